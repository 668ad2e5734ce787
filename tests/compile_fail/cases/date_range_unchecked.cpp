// A query range made without make_range, which checks it (so no query ever
// sees a reversed or impossible range).
// targets: host
// expect-gcc: date_range::date_range\([^)]*\)' is private within this context
// expect-clang: calling a private constructor of class 'afbrief::core::date_range'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  afbrief::date_range r(afbrief::civil_date(2021, 7, 18), afbrief::civil_date(2021, 7, 17));
#else
  afbrief::date_range r =
      afbrief::make_range(afbrief::civil_date(2021, 7, 17), afbrief::civil_date(2021, 7, 18)).value();
#endif
  sink = static_cast<long>(afbrief::rt::count_events(r));
  return 0;
}

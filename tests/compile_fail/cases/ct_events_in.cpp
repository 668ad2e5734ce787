// The selections walked with range-for (events_in, figures_from, ...) are
// rt's alone.
// targets: host avr
// levels: -Os
// expect-gcc: 'events_in' is not a member of
// expect-clang: no member named 'events_in'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  constexpr afbrief::range_result july =
      afbrief::make_range(afbrief::civil_date(2021, 7, 1), afbrief::civil_date(2021, 7, 31));
  long n = 0;
  for (afbrief::event e : face::events_in(july.value())) n += e.paragraph;
  sink = n;
  return 0;
}

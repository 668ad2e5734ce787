// make_range answers with a result: a range that failed its check must not
// reach a query, so the result has to be opened first.
// targets: host
// expect-gcc: cannot convert '[^']*range_result' .* to '[^']*date_range'
// expect-clang: no viable conversion from '[^']*range_result' .* to 'date_range'
#include <afbrief/afbrief.hpp>

volatile uint8_t day = 17;
volatile long sink;

int main() {
  afbrief::range_result week =
      afbrief::make_range(afbrief::civil_date(2021, 7, day), afbrief::civil_date(2021, 7, 18));
#ifdef AFBRIEF_FAIL
  sink = static_cast<long>(afbrief::rt::count_events(week));
#else
  sink = week ? static_cast<long>(afbrief::rt::count_events(week.value())) : -1;
#endif
  return 0;
}

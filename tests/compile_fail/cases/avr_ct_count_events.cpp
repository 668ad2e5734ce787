// ct::count_events outside a constant expression, on AVR.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t day = 17;
volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  afbrief::range_result week =
      afbrief::make_range(afbrief::civil_date(2021, 7, day), afbrief::civil_date(2021, 7, 18));
  sink = week ? static_cast<long>(face::count_events(week.value())) : -1;
  return 0;
}

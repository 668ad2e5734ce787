// ct::nth_event outside a constant expression, on AVR.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t rank = 0;
volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  constexpr afbrief::range_result saturday =
      afbrief::make_range(afbrief::civil_date(2021, 7, 17), afbrief::civil_date(2021, 7, 17));
  afbrief::maybe<afbrief::event_id> first = face::nth_event(saturday.value(), rank);
  sink = first ? static_cast<long>(first.value()) : -1;
  return 0;
}

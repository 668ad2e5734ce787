// ct::get with an id known only at run time, on AVR.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t chosen = 8;
volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  afbrief::maybe<afbrief::figure> f = face::get(static_cast<afbrief::figure_id>(chosen));
  sink = f ? f.value().amount.best : -1;
  return 0;
}

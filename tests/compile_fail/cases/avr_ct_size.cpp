// ct::size of a record's text at run time, on AVR: the plain copy of the
// texts is in flash.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t chosen = 8;
volatile long sink;

int main() {
  afbrief::maybe<afbrief::figure> f = afbrief::rt::get(static_cast<afbrief::figure_id>(chosen));
  if (!f) return 1;
#ifdef AFBRIEF_FAIL
  sink = static_cast<long>(afbrief::ct::size(f.value().subject));
#else
  sink = static_cast<long>(afbrief::rt::size(f.value().subject));
#endif
  return 0;
}

// ct::text at run time, on AVR: the text_ref it gives points into flash.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t chosen = 8;
volatile long sink;

int main() {
  afbrief::maybe<afbrief::figure> f = afbrief::rt::get(static_cast<afbrief::figure_id>(chosen));
  if (!f) return 1;
#ifdef AFBRIEF_FAIL
  afbrief::text_ref subject = afbrief::ct::text(f.value().subject);
  sink = static_cast<long>(subject.size());
#else
  sink = static_cast<long>(afbrief::rt::size(f.value().subject));
#endif
  return 0;
}

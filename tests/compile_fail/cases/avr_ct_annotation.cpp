// ct::annotation at run time, on AVR: the annotations live in flash too.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t chosen = 3;
volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  afbrief::maybe<afbrief::figure_annotation> note =
      face::annotation(static_cast<afbrief::figure_id>(chosen));
  sink = note ? note.value().wording.offset : -1;
  return 0;
}

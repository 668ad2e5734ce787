// ct::name_of at run time, on AVR: the source's record is read from flash.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t chosen = 2;
volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  afbrief::packed_text name = face::name_of(static_cast<afbrief::source_id>(chosen));
  sink = name.offset;
  return 0;
}

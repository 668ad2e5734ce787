// ct::char_at of a library text (a vocabulary word) at run time, on AVR:
// the words are in flash, like the tables.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t at = 0;
volatile char sink;

int main() {
  afbrief::library_text word = afbrief::measure_name(afbrief::measure::injured);
#ifdef AFBRIEF_FAIL
  sink = afbrief::ct::char_at(word, at);
#else
  sink = afbrief::rt::char_at(word, at);
#endif
  return 0;
}

// core::char_at of a vocabulary word at run time on AVR: the word is in
// flash, and core's default reader would read RAM at its address. A library
// text is a type of its own there, read through rt.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt \(a library text too
#include <afbrief/afbrief.hpp>

volatile uint8_t at = 0;
volatile char sink;

int main() {
  const afbrief::library_text word = afbrief::measure_name(afbrief::measure::injured);
#ifdef AFBRIEF_FAIL
  sink = afbrief::core::char_at(word, at);
#else
  sink = afbrief::rt::char_at(word, at);
#endif
  return 0;
}

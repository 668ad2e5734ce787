// ct::char_at of a record's text at run time, on AVR.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t at = 0;
volatile char sink;

int main() {
  constexpr afbrief::packed_text subject =
      afbrief::ct::get(afbrief::figure_id::people_in_need).value().subject;
#ifdef AFBRIEF_FAIL
  sink = afbrief::ct::char_at(subject, at);
#else
  sink = afbrief::rt::char_at(subject, at);
#endif
  return 0;
}

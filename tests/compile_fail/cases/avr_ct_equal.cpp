// ct::equal of a record's text and a text of the caller's, at run time, on AVR.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t chosen = 8;
volatile long sink;

int main() {
  afbrief::maybe<afbrief::figure> f = afbrief::rt::get(static_cast<afbrief::figure_id>(chosen));
  if (!f) return 1;
#ifdef AFBRIEF_FAIL
  sink = afbrief::ct::equal(f.value().subject, "people");
#else
  sink = afbrief::rt::equal(f.value().subject, "people");
#endif
  return 0;
}

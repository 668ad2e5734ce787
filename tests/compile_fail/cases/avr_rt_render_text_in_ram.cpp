// rt::render of a text of ours, in RAM, on AVR: rt reads library texts
// through the flash reader, which would read flash at a RAM address. It
// takes only library texts there; core::render_text reads ours.
// targets: avr
// expect-gcc: no matching function for call to 'afbrief::query::run_time<afbrief::data::sheet>::render\(const afbrief::core::text_ref
#include <afbrief/afbrief.hpp>

volatile char first;

int main() {
  char line[16] = "kabul";
  const afbrief::text_ref ours(line, 5);
#ifdef AFBRIEF_FAIL
  afbrief::rt::render(ours, line, sizeof line);
#else
  afbrief::core::render_text(ours, line, sizeof line);
#endif
  first = line[0];
  return 0;
}

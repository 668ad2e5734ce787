// ct::render at run time, on AVR.
// targets: avr
// expect: afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time
#include <afbrief/afbrief.hpp>

volatile char sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  char line[64];
  face::render(face::get(afbrief::figure_id::people_in_need).value().subject, line, sizeof line);
  sink = line[0];
  return 0;
}

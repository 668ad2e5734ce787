// ct::format_event at run time, on AVR.
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
  char line[160];
  face::format_event(afbrief::event_id::doha_meeting, line, sizeof line);
  sink = line[0];
  return 0;
}

// An event's id where a figure's is due: the ids are distinct types.
// targets: host
// expect-gcc: cannot convert 'afbrief::event_id' to '[^']*figure_id'
// expect-clang: cannot initialize a parameter of type '[^']*figure_id'.* with an rvalue of type 'afbrief::event_id'
#include <afbrief/afbrief.hpp>

volatile char sink;

int main() {
  char line[160];
#ifdef AFBRIEF_FAIL
  afbrief::ct::format_figure(afbrief::event_id::doha_meeting, line, sizeof line);
#else
  afbrief::ct::format_event(afbrief::event_id::doha_meeting, line, sizeof line);
#endif
  sink = line[0];
  return 0;
}

// A source's id where an actor's is due (afp the source is not afp the actor).
// targets: host
// expect-gcc: cannot convert 'afbrief::source_id' to '[^']*actor_id'
// expect-clang: cannot initialize a parameter of type '[^']*actor_id'.* with an rvalue of type 'afbrief::source_id'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  sink = static_cast<long>(afbrief::rt::count_events_involving(afbrief::source_id::afp));
#else
  sink = static_cast<long>(afbrief::rt::count_events_involving(afbrief::actor_id::afp));
#endif
  return 0;
}

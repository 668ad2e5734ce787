// core::render_text of a vocabulary word at run time on AVR, and a writer's
// put of a note: both read through core's default reader, which refuses to
// run on a library text there. rt::render and put<default_reader> read flash.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt \(a library text too
#include <afbrief/afbrief.hpp>

volatile afbrief::measure which = afbrief::measure::killed;
volatile char first;

int main() {
  char line[32];
#ifdef AFBRIEF_FAIL
  afbrief::core::render_text(afbrief::measure_words(which), line, sizeof line);
  afbrief::core::writer out(line, sizeof line);
  out.put(afbrief::rt::article_annotation().note);
#else
  afbrief::rt::render(afbrief::measure_words(which), line, sizeof line);
  afbrief::core::writer out(line, sizeof line);
  out.put<afbrief::core::default_reader>(afbrief::rt::article_annotation().note);
#endif
  first = line[0];
  return 0;
}

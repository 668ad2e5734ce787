// ct::the_article() at run time, on AVR.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  afbrief::article a = face::the_article();
  sink = a.published.day() + a.paragraph_count;
  return 0;
}

// ct::find_figure with a key that arrives at run time (a serial line), on AVR:
// the key index would be read from RAM at its flash address.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile char line[16] = {'p', 'e', 'o', 'p', 'l', 'e', '_', 'i', 'n', '_', 'n', 'e', 'e', 'd'};
volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  char key[16];
  for (size_t i = 0; i < sizeof key; ++i) key[i] = line[i];
  afbrief::maybe<afbrief::figure_id> id = face::find_figure(afbrief::text_ref(key, 14));
  sink = id ? static_cast<long>(id.value()) : -1;
  return 0;
}

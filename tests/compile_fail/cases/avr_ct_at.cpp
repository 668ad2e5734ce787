// ct::figures().at(i) at run time on AVR would read RAM at the flash address
// of the table: the sum of every figure came out as -1,839,011,898.
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
  long sum = 0;
  for (size_t i = 0; i < face::figures().size(); ++i) {
    sum += face::figures().at(i).value().amount.best;
  }
  sink = sum;
  return 0;
}

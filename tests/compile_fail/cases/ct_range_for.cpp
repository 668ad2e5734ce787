// ct hands out tables that cannot be walked: iteration runs at run time,
// which is rt's job (on AVR a ct walk would read flash as RAM).
// targets: host avr
// levels: -Os
// expect-gcc: has no member named 'all'
// expect-clang: no member named 'all'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  long sum = 0;
  for (afbrief::figure f : face::figures().all()) sum += f.amount.best;
  sink = sum;
  return 0;
}

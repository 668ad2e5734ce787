// Range-for straight over a ct table: it has no begin() or end().
// targets: host avr
// levels: -Os
// expect-gcc: 'begin' was not declared in this scope
// expect-clang: no viable 'begin' function available
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
  long sum = 0;
#ifdef AFBRIEF_FAIL
  for (afbrief::figure f : afbrief::ct::figures()) sum += f.amount.best;
#else
  for (afbrief::figure f : afbrief::rt::figures().all()) sum += f.amount.best;
#endif
  sink = sum;
  return 0;
}

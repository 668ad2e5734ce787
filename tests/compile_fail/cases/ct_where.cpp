// A filtered walk over a ct table (where): not on ct, for the same reason.
// targets: host avr
// levels: -Os
// expect-gcc: has no member named 'where'
// expect-clang: no member named 'where'
#include <afbrief/afbrief.hpp>

volatile long sink;

struct counts_troops {
  bool operator()(const afbrief::figure& f) const {
    return f.counts == afbrief::measure::troops_remaining;
  }
};

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  long sum = 0;
  for (afbrief::figure f : face::figures().where(counts_troops())) sum += f.amount.best;
  sink = sum;
  return 0;
}

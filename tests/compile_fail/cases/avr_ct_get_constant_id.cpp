// ct::get with a constant id, but outside a constant expression: on AVR it
// still runs at run time, and people_in_need's best figure read 0.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  long best = afbrief::ct::get(afbrief::figure_id::people_in_need).value().amount.best;
#else
  // The same read in a constant expression: right on AVR too.
  constexpr long best = afbrief::ct::get(afbrief::figure_id::people_in_need).value().amount.best;
#endif
  sink = best;
  return 0;
}

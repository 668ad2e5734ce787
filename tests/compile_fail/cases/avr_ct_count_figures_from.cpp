// ct::count_figures_from and nth_figure_from at run time, on AVR.
// targets: avr
// expect: afbrief::ct read at run time on a flash target: use afbrief::rt
#include <afbrief/afbrief.hpp>

volatile uint8_t chosen = 6;
volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  typedef afbrief::ct face;
#else
  typedef afbrief::rt face;
#endif
  afbrief::source_id from = static_cast<afbrief::source_id>(chosen);
  afbrief::maybe<afbrief::figure_id> first = face::nth_figure_from(from, 0);
  sink = static_cast<long>(face::count_figures_from(from)) + (first ? 1 : 0);
  return 0;
}

// The compile-time lookup, as a run-time function: a figure found by its key
// in a constant expression. bench/constant_proof.py disassembles this object
// and checks that each function is a constant move and a return: no call, no
// loop, no reference to a table.
#include "afbrief/afbrief.hpp"
#include "bench_data.hpp"

// The value pinned in a constexpr variable: the language guarantees the
// lookup happens while compiling.
int figure_best_pinned_at_compile_time() {
  constexpr int best = afbrief::ct::get(afbrief::ct::find_figure(BENCH_PROOF_FIGURE_KEY).value())
                           .value()
                           .amount.best;
  return best;
}

// The same expression returned directly: a constant only if the optimiser
// folds the whole lookup.
int figure_best_returned_directly() {
  return afbrief::ct::get(afbrief::ct::find_figure(BENCH_PROOF_FIGURE_KEY).value())
      .value()
      .amount.best;
}

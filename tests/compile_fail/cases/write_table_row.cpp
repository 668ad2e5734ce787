// The generated rows are const: a table cannot be written to.
// targets: host
// expect-gcc: assignment of member '[^']*' in read-only object
// expect-clang: cannot assign to variable 'rows' with const-qualified type
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  afbrief::data::figure_table<>::rows[8].amount.best = 0;
  sink = afbrief::data::figure_table<>::rows[8].amount.best;
#else
  afbrief::figure copy = afbrief::data::figure_table<>::rows[8];
  copy.amount.best = 0;
  sink = copy.amount.best;
#endif
  return 0;
}

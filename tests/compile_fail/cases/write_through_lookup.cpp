// A lookup answers with a copy: assigning to its fields in place is refused
// (it could not have reached the table anyway).
// targets: host
// expect-gcc: using rvalue as lvalue
// expect-clang: expression is not assignable
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  afbrief::rt::get(afbrief::figure_id::people_in_need).value().amount.best = 0;
#else
  afbrief::figure copy = afbrief::rt::get(afbrief::figure_id::people_in_need).value();
  copy.amount.best = 0;
  sink = copy.amount.best;
#endif
  return 0;
}

// Ids of two tables are not comparable: afp the source is not afp the actor.
// targets: host
// expect-gcc: no match for 'operator==' \(operand types are 'afbrief::source_id' and 'afbrief::actor_id'\)
// expect-clang: invalid operands to binary expression \('afbrief::source_id' and 'afbrief::actor_id'\)
#include <afbrief/afbrief.hpp>

volatile bool sink;

int main() {
  afbrief::figure f = afbrief::rt::get(afbrief::figure_id::people_in_need).value();
#ifdef AFBRIEF_FAIL
  sink = f.originator.value() == afbrief::actor_id::rick_brennan;
#else
  sink = f.originator.value() == afbrief::source_id::rick_brennan;
#endif
  return 0;
}

// A record's text compared with == to a literal: it is an offset into the
// pool, not characters; rt::equal compares the texts.
// targets: host
// expect-gcc: no match for 'operator==' \(operand types are 'afbrief::core::packed_text' and 'const char ?\[7\]'\)
// expect-clang: invalid operands to binary expression \('packed_text' and 'const char ?\[7\]'\)
#include <afbrief/afbrief.hpp>

volatile bool sink;

int main() {
  afbrief::figure f = afbrief::rt::get(afbrief::figure_id::people_in_need).value();
#ifdef AFBRIEF_FAIL
  sink = f.subject == "people";
#else
  sink = afbrief::rt::equal(f.subject, "people");
#endif
  return 0;
}

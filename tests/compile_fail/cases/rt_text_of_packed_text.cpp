// rt reads texts from the packed pool: there are no characters in place for
// a text_ref to point at.
// targets: host
// expect: a packed text has no characters in place
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
  afbrief::figure f = afbrief::rt::get(afbrief::figure_id::people_in_need).value();
#ifdef AFBRIEF_FAIL
  afbrief::text_ref subject = afbrief::rt::text(f.subject);
  sink = static_cast<long>(subject.size());
#else
  sink = static_cast<long>(afbrief::rt::size(f.subject));
#endif
  return 0;
}

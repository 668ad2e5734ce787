// An id where a position is due: at() counts rows, get() takes ids.
// targets: host
// expect-gcc: cannot convert 'afbrief::figure_id' to 'size_t'
// expect-clang: cannot initialize a parameter of type 'size_t'.* with an rvalue of type 'afbrief::figure_id'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  afbrief::maybe<afbrief::figure> f = afbrief::rt::figures().at(afbrief::figure_id::people_in_need);
#else
  afbrief::maybe<afbrief::figure> f = afbrief::rt::get(afbrief::figure_id::people_in_need);
#endif
  sink = f ? f.value().amount.best : -1;
  return 0;
}

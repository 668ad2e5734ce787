// A plain number where an id is due: which table would 3 be in?
// targets: host
// expect-gcc: no matching function for call to .*get\(int\)
// expect-clang: no matching function for call to 'get'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  afbrief::maybe<afbrief::figure> f = afbrief::rt::get(3);
#else
  afbrief::maybe<afbrief::figure> f = afbrief::rt::get(static_cast<afbrief::figure_id>(3));
#endif
  sink = f ? f.value().amount.best : -1;
  return 0;
}

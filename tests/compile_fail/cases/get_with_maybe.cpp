// A lookup's maybe where an id is due: the miss must be looked at first.
// targets: host
// expect-gcc: no matching function for call to .*get\(afbrief::core::maybe<afbrief::figure_id>
// expect-clang: no matching function for call to 'get'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
  afbrief::maybe<afbrief::figure_id> id = afbrief::rt::find_figure("people_in_need");
#ifdef AFBRIEF_FAIL
  afbrief::maybe<afbrief::figure> f = afbrief::rt::get(id);
#else
  afbrief::maybe<afbrief::figure> f = id ? afbrief::rt::get(id.value()) : afbrief::maybe<afbrief::figure>();
#endif
  sink = f ? f.value().amount.best : -1;
  return 0;
}

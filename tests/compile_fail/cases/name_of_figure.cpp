// A figure has no name: name_of takes only sources, actors and places.
// targets: host
// expect-gcc: no matching function for call to .*name_of\(afbrief::figure_id\)
// expect-clang: no matching function for call to 'name_of'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main() {
#ifdef AFBRIEF_FAIL
  sink = afbrief::ct::name_of(afbrief::figure_id::people_in_need).offset;
#else
  sink = afbrief::ct::name_of(afbrief::place_id::kabul).offset;
#endif
  return 0;
}

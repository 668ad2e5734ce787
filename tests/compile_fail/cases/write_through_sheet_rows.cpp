// Nor through the sheet's row pointers, which the lookups read.
// targets: host
// expect-gcc: assignment of member '[^']*' in read-only object
// expect-clang: read-only variable is not assignable
#include <afbrief/afbrief.hpp>

volatile uint8_t sink;

int main() {
#ifdef AFBRIEF_FAIL
  afbrief::data::sheet::event_rows()[2].paragraph = 1;
  sink = afbrief::data::sheet::event_rows()[2].paragraph;
#else
  afbrief::event copy = afbrief::data::sheet::event_rows()[2];
  copy.paragraph = 1;
  sink = copy.paragraph;
#endif
  return 0;
}

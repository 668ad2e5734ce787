// A "misuse" that compiles: the runner must fail it.
// targets: host
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
static_assert(!afbrief::ct::find_figure("peple_in_need").has_value(), "");
#endif

int main() { return 0; }

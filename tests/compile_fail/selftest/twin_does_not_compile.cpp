// The right diagnostic, but the snippet is broken without the misuse too:
// the runner must fail it.
// targets: host
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
static_assert(afbrief::ct::find_figure("peple_in_need").value() == afbrief::figure_id{}, "");
#endif
static_assert(afbrief::ct::figures().size() == 0, "");

int main() { return 0; }

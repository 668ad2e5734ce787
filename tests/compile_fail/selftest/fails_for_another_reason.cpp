// A misuse that fails, but through a typo, not the misuse: the runner must
// fail it.
// targets: host
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
static_assert(afbrief::ct::find_figure("people_in_need").has_valeu(), "");
#endif

int main() { return 0; }

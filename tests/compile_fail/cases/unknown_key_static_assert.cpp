// A typo in a key inside static_assert: the miss's value() must not pass for
// record 0 (it read the British troop figure).
// targets: host avr
// levels: -Os
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
static_assert(afbrief::ct::get(afbrief::ct::find_figure("peple_in_need").value()).has_value(), "");
#else
static_assert(afbrief::ct::get(afbrief::ct::find_figure("people_in_need").value()).has_value(), "");
#endif

int main() { return 0; }

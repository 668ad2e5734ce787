// A value-initialised id names no record: its get() in a constant expression
// must not pass for the first record (the British troop figure).
// targets: host avr
// levels: -Os
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
constexpr afbrief::figure_id chosen{};
#else
constexpr afbrief::figure_id chosen = afbrief::figure_id::british_troops_remaining;
#endif
static_assert(afbrief::ct::get(chosen).value().amount.best == 100, "");

int main() { return 0; }

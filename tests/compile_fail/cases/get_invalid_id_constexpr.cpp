// value() of get() for an id no record has (cast from a bad number).
// targets: host avr
// levels: -Os
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
constexpr afbrief::figure_id chosen = static_cast<afbrief::figure_id>(200);
#else
constexpr afbrief::figure_id chosen = static_cast<afbrief::figure_id>(8);
#endif
constexpr long best = afbrief::ct::get(chosen).value().amount.best;
static_assert(best > 0, "");

int main() { return 0; }

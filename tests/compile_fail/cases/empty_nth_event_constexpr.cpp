// value() of an empty nth_event in a constant expression: there is no 100th
// event on the day of the Doha meeting (it gave the Akhundzada event).
// targets: host avr
// levels: -Os
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

constexpr afbrief::range_result saturday =
    afbrief::make_range(afbrief::civil_date(2021, 7, 17), afbrief::civil_date(2021, 7, 17));
#ifdef AFBRIEF_FAIL
constexpr afbrief::event_id chosen = afbrief::ct::nth_event(saturday.value(), 100).value();
#else
constexpr afbrief::event_id chosen = afbrief::ct::nth_event(saturday.value(), 0).value();
#endif
static_assert(afbrief::ct::get(chosen).has_value(), "");

int main() { return 0; }

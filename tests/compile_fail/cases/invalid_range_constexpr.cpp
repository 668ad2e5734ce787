// A query range from an invalid date, taken with value() in a constant
// expression.
// targets: host avr
// levels: -Os
// expect: value_called_on_an_error_result
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
constexpr afbrief::date_range r =
    afbrief::make_range(afbrief::civil_date(2021, 2, 29), afbrief::civil_date(2021, 3, 1)).value();
#else
constexpr afbrief::date_range r =
    afbrief::make_range(afbrief::civil_date(2021, 2, 28), afbrief::civil_date(2021, 3, 1)).value();
#endif
static_assert(r.from().month() == 2, "");

int main() { return 0; }

// A query range that ends before it starts, taken with value() in a constant
// expression.
// targets: host
// expect: value_called_on_an_error_result
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
constexpr afbrief::date_range r =
    afbrief::make_range(afbrief::civil_date(2021, 7, 18), afbrief::civil_date(2021, 7, 17)).value();
#else
constexpr afbrief::date_range r =
    afbrief::make_range(afbrief::civil_date(2021, 7, 17), afbrief::civil_date(2021, 7, 18)).value();
#endif
static_assert(afbrief::ct::count_events(r) > 0, "");

int main() { return 0; }

// A day past 9999-12-31, taken with value() in a constant expression.
// targets: host
// expect: value_called_on_an_error_result
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
constexpr afbrief::civil_date next = afbrief::add_days(afbrief::civil_date(9999, 12, 31), 1).value();
#else
constexpr afbrief::civil_date next = afbrief::add_days(afbrief::civil_date(9999, 12, 30), 1).value();
#endif
static_assert(next.day() == 31, "");

int main() { return 0; }

// An invalid date in a constant expression: 30 February.
// targets: host avr
// levels: -Os
// expect: value_called_on_an_error_result
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
constexpr auto d = afbrief::core::parse_date("2021-02-30").value();
#else
constexpr auto d = afbrief::core::parse_date("2021-02-28").value();
#endif
static_assert(d.month() == 2, "");

int main() { return 0; }

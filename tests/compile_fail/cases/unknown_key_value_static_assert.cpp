// The issue's own example: a misspelt key, then the record's number.
// targets: host avr
// levels: -Os
// expect: value_called_on_an_empty_maybe
#include <afbrief/afbrief.hpp>

#ifdef AFBRIEF_FAIL
static_assert(afbrief::ct::get(afbrief::ct::find_figure("britsh_troops_remaining").value())
                      .value()
                      .amount.best == 100,
              "");
#else
static_assert(afbrief::ct::get(afbrief::ct::find_figure("british_troops_remaining").value())
                      .value()
                      .amount.best == 100,
              "");
#endif

int main() { return 0; }

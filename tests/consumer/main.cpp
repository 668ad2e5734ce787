// The consumer project's program: one compile-time and one runtime lookup.
#include <stdio.h>

#include <afbrief/afbrief.hpp>

static_assert(afbrief::ct::find_figure("us_troops_remaining").has_value(), "found at compile time");

int main() {
  const afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::core::text_from_c_string("us_troops_remaining"));
  if (!id || afbrief::rt::get(id.value()).value().amount.best != 650) return 1;
  puts("consumer ok");
  return 0;
}

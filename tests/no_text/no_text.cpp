// AFBRIEF_NO_TEXT=1: the long texts (summaries, quotations, verbatim wording)
// are compiled out and read as empty; keys, names, numbers and every lookup
// still work. Built and run as the ctest test `no_text`.
#define AFBRIEF_NO_TEXT 1
#include <stdio.h>
#include <string.h>

#include <afbrief/afbrief.hpp>

typedef afbrief::ct brief;

static_assert(brief::size(brief::get(afbrief::statement_id::government_not_bad).value().quote) == 0,
              "quotes are compiled out");
static_assert(brief::size(brief::get(afbrief::event_id::doha_meeting).value().summary) == 0,
              "summaries are compiled out");
static_assert(brief::size(brief::get(afbrief::figure_id::people_in_need).value().wording) == 0,
              "verbatim wording is compiled out");
static_assert(brief::find_figure("people_in_need").has_value(), "keys stay");
static_assert(brief::get(afbrief::figure_id::people_in_need).value().amount.best == 18400000L,
              "numbers stay");
static_assert(brief::size(brief::get(afbrief::event_id::doha_meeting).value().phrase) != 0,
              "short phrases stay");

int main() {
  int failures = 0;
  char line[200];
  const afbrief::format_result r =
      afbrief::rt::format_figure(afbrief::figure_id::people_in_need, line, sizeof line);
  if (r.truncated || strstr(line, "up to 18,400,000 people") != line) {
    printf("FAILED: format_figure: %s\n", line);
    ++failures;
  }
  size_t quote_bytes = 0;
  for (afbrief::statement s : afbrief::rt::statements().all()) {
    quote_bytes += afbrief::rt::size(s.quote);
  }
  if (quote_bytes != 0) {
    printf("FAILED: %lu bytes of quotes left\n", static_cast<unsigned long>(quote_bytes));
    ++failures;
  }
  printf("%d passed, %d failed\n", 2 - failures, failures);
  return failures == 0 ? 0 : 1;
}

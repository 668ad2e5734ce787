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
// Reported speech is a long text like any quote.
static_assert(brief::get(afbrief::statement_id::un_refugee_agency_displacement).value().indirect &&
                  brief::size(brief::get(afbrief::statement_id::un_refugee_agency_displacement)
                                  .value()
                                  .quote) == 0,
              "reported speech is compiled out too");
// What is not text stays whole: dates (one day of a set included), derived
// sets, bounds, links between statements, and the locators, which still
// point into the article file where the compiled-out words stand.
static_assert(brief::get(afbrief::event_id::eid_al_adha).value().when.form ==
                      afbrief::period_form::one_of &&
                  brief::get(afbrief::event_id::eid_al_adha)
                      .value()
                      .derived.has(afbrief::event_field::when),
              "dates and derived sets stay");
static_assert(
    brief::get(afbrief::statement_id::abdullah_positive_outcome).value().repeats.value() ==
        afbrief::statement_id::abdullah_tweet_meetings_continued,
    "links stay");
static_assert(brief::get(afbrief::figure_id::women_killed_past_decade).value().amount.low.kind ==
                  afbrief::bound_kind::inclusive,
              "bounds stay");
static_assert(
    brief::annotation(afbrief::statement_id::government_not_bad).value().quote.paragraph == 13 &&
        brief::annotation(afbrief::statement_id::government_not_bad).value().quote.length == 7,
    "locators stay: the 7 bytes of \"not bad\" in paragraph 13");
static_assert(brief::statements().size() == 18 && brief::events().size() == 14,
              "every record stays");

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
  // A figure with no period phrase prints no period part, texts out or not.
  const afbrief::format_result t =
      afbrief::rt::format_figure(afbrief::figure_id::displaced_total, line, sizeof line);
  if (t.truncated || strcmp(line, "more than 3,500,000 Afghans forced from their homes "
                                  "(UN refugee agency via Doha News)") != 0) {
    printf("FAILED: format_figure(displaced_total): %s\n", line);
    ++failures;
  }
  // An event: its EDTF and phrase, and no summary.
  const afbrief::format_result e =
      afbrief::rt::format_event(afbrief::event_id::eid_al_adha, line, sizeof line);
  if (e.truncated || strcmp(line, "[2021-07-20..] (just days ahead): ") != 0) {
    printf("FAILED: format_event(eid_al_adha): %s\n", line);
    ++failures;
  }
  printf("%d passed, %d failed\n", 4 - failures, failures);
  return failures == 0 ? 0 : 1;
}

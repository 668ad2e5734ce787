// The single header alone in a translation unit, under every compiler of the
// strict matrix (tests/strict_matrix.cmake). Nothing else is included: the
// header must bring what it needs (<stdint.h> and <stddef.h> only).
#include "afbrief/afbrief.hpp"

static_assert(AFBRIEF_VERSION_MAJOR == 0 && AFBRIEF_VERSION_MINOR == 4 &&
                  AFBRIEF_VERSION_PATCH == 0,
              "version 0.4.0");
static_assert(afbrief::ct::find_figure("children_killed_past_decade").has_value(),
              "key lookup at compile time");
static_assert(afbrief::ct::get(afbrief::figure_id::people_in_need).value().amount.best ==
                  18400000L,
              "18.4 million people in need");
static_assert(!afbrief::ct::find_event("no_such_event").has_value(), "explicit not found");
static_assert(afbrief::parse_date("2021-07-18").ok() && !afbrief::parse_date("2021-02-29").ok(),
              "ISO dates");
static_assert(afbrief::weekday_of(afbrief::civil_date(2021, 7, 18)) ==
                  afbrief::weekday::sunday,
              "weekdays");

// Runtime use, so the compiler instantiates the runtime paths too.
unsigned long afbrief_strict_probe(const char* key, unsigned long length);
unsigned long afbrief_strict_probe(const char* key, unsigned long length) {
  const afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::text_ref(key, static_cast<size_t>(length)));
  if (!id) return 0;
  unsigned long total = static_cast<unsigned long>(afbrief::rt::get(id.value()).value().amount.best);
  for (afbrief::event e : afbrief::rt::events().all()) total += e.paragraph;
  char buffer[96];
  total += static_cast<unsigned long>(afbrief::rt::format_figure(id.value(), buffer, sizeof buffer).needed);
  // A record's packed texts, every way rt reads them.
  const afbrief::figure f = afbrief::rt::get(id.value()).value();
  total += static_cast<unsigned long>(afbrief::rt::render(f.wording, buffer, sizeof buffer).length);
  total += static_cast<unsigned long>(
      afbrief::rt::render(f.subject, buffer, sizeof buffer, afbrief::charset::ascii).needed);
  total += static_cast<unsigned long>(afbrief::rt::size(f.key));
  total += static_cast<unsigned char>(afbrief::rt::char_at(f.key, 0));
  total += afbrief::rt::equal(f.key, afbrief::text_ref(key, static_cast<size_t>(length))) ? 1u : 0u;
  struct counter {
    unsigned long n;
    bool operator()(char) {
      ++n;
      return true;
    }
  } chars = {0};
  afbrief::rt::each_char(f.period_phrase, chars);
  return total + chars.n;
}

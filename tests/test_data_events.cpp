// afbrief tests: the events table, pinned against the article.
//
// Every expected value below was read off data/doha_news_2021-07-18.txt
// ("paragraph N" = line N), not copied from the generated tables or the TOML.
// Dates resolve the article's words against Sunday 2021-07-18. A date the
// article does not give is either unknown (an empty EDTF side), open (".."),
// or, for a single day it does not print, one day of a set ("[..b]", "[a..]").
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <algorithm>
#include <string>
#include <vector>

namespace {

using afbrief::actor_id;
using afbrief::event_id;
using afbrief::place_id;
using afbrief::source_id;
namespace core = afbrief::core;

// ---- Compile-time face ------------------------------------------------------

constexpr afbrief::event ev(event_id id) { return afbrief::ct::get(id).value(); }

constexpr afbrief::date_range days(int16_t y1, uint8_t m1, uint8_t d1, int16_t y2, uint8_t m2,
                                   uint8_t d2) {
  return afbrief::make_range(core::civil_date(y1, m1, d1), core::civil_date(y2, m2, d2)).value();
}

static_assert(afbrief::ct::events().size() == 14, "the article dates 14 events");
static_assert(!afbrief::ct::get(static_cast<event_id>(15)).has_value(), "no 15th event");
static_assert(afbrief::ct::get(static_cast<event_id>(14)).has_value(), "ids count from 1");
static_assert(!afbrief::ct::get(static_cast<event_id>(0)).has_value(), "id 0 is none");
static_assert(afbrief::ct::find_event("doha_meeting").value() == event_id::doha_meeting, "key");
static_assert(afbrief::ct::find_event("us_pullout_ongoing").value() == event_id::us_pullout_ongoing,
              "key");
static_assert(!afbrief::ct::find_event("doha").has_value(), "no such key");

// Paragraph 8: the delegation met the Taliban "just a day after" ... i.e. on
// Saturday 2021-07-17 (the message of paragraph 2 came on Sunday 2021-07-18).
static_assert(ev(event_id::doha_meeting).kind == core::event_kind::meeting, "p8");
static_assert(ev(event_id::doha_meeting).when.begin.first_day == core::civil_date(2021, 7, 17) &&
                  ev(event_id::doha_meeting).when.begin.precision == core::grain::day,
              "p8: 2021-07-17");
static_assert(ev(event_id::doha_meeting).place.value() == place_id::doha, "p8: in Doha");
// Paragraph 2: "said on Sunday".
static_assert(ev(event_id::akhundzada_message_released).when.begin.first_day ==
                  core::civil_date(2021, 7, 18),
              "p2: Sunday 2021-07-18");
static_assert(ev(event_id::akhundzada_message_released).named_weekday.value() ==
                  core::weekday::sunday,
              "p2: on Sunday");
// Paragraph 9: "in September last year".
static_assert(ev(event_id::intra_afghan_talks_began).when.begin.first_day ==
                      core::civil_date(2020, 9, 1) &&
                  ev(event_id::intra_afghan_talks_began).when.begin.precision == core::grain::month,
              "p9: September 2020");
static_assert(ev(event_id::intra_afghan_talks_began).dated_to == core::precision::month, "p9");
static_assert(ev(event_id::intra_afghan_talks_began).place.value() == place_id::qatar,
              "p9: talks in Qatar");
// Paragraph 22: "On Saturday, France evacuated".
static_assert(ev(event_id::france_evacuation).when.begin.first_day == core::civil_date(2021, 7, 17),
              "p22: Saturday 2021-07-17");
static_assert(ev(event_id::france_evacuation).named_weekday.value() == core::weekday::saturday,
              "p22");
static_assert(ev(event_id::france_evacuation).actors.size() == 1 &&
                  ev(event_id::france_evacuation).actors.contains(actor_id::france),
              "p22: France");
static_assert(ev(event_id::other_countries_evacuations).actors.size() == 4 &&
                  ev(event_id::other_countries_evacuations).actors.contains(actor_id::india) &&
                  ev(event_id::other_countries_evacuations).actors.contains(actor_id::china) &&
                  ev(event_id::other_countries_evacuations).actors.contains(actor_id::germany) &&
                  ev(event_id::other_countries_evacuations).actors.contains(actor_id::canada),
              "p22: India, China, Germany and Canada");
static_assert(ev(event_id::other_countries_evacuations).via.value() == source_id::afp,
              "p22: according to AFP");
// Paragraph 23: "in late June", one day of June 2021 the article does not
// give. EDTF has no grain for the end of a month, and any first day of "late"
// would be made up, so the date is the month itself and "late" stays in the
// phrase: no day bound is invented.
static_assert(ev(event_id::germany_italy_withdrawal_announced).when.begin.precision ==
                      core::grain::month &&
                  core::same_instant(ev(event_id::germany_italy_withdrawal_announced).when.begin,
                                     ev(event_id::germany_italy_withdrawal_announced).when.end) &&
                  ev(event_id::germany_italy_withdrawal_announced).when.begin.first_day ==
                      core::civil_date(2021, 6, 1) &&
                  !ev(event_id::germany_italy_withdrawal_announced).when.begin.approximate,
              "p23: June 2021, with no made-up day");
static_assert(ev(event_id::germany_italy_withdrawal_announced).dated_to == core::precision::month,
              "p23: dated to the month");
static_assert(ev(event_id::germany_italy_withdrawal_announced).derived.has(core::event_field::when),
              "p23: neither the year nor the days are printed");

// Paragraph 3: "In a message released just days ahead of the Islamic Eid
// Al-Adha holiday". The message is Sunday 2021-07-18's; "days" is at least
// two, so the holiday is one day on or after 2021-07-20, which the article
// does not print.
static_assert(ev(event_id::eid_al_adha).when.form == core::period_form::one_of &&
                  ev(event_id::eid_al_adha).when.begin.precision == core::grain::day &&
                  ev(event_id::eid_al_adha).when.begin.first_day == core::civil_date(2021, 7, 20) &&
                  ev(event_id::eid_al_adha).when.end.precision == core::grain::unknown,
              "p3: on or after 2021-07-20");
static_assert(ev(event_id::eid_al_adha).dated_to == core::precision::after &&
                  ev(event_id::eid_al_adha).derived.has(core::event_field::when),
              "p3: after, worked out");
static_assert(ev(event_id::eid_al_adha).actors.size() == 0 &&
                  !ev(event_id::eid_al_adha).place.has_value(),
              "p3: a holiday, nobody acts in it, no place given");
// Paragraph 22: "On Saturday, France evacuated ... Several other countries ...
// have followed suit": to follow suit is to do the same after another, so
// each evacuation is one day, not given, from France's Saturday 2021-07-17 to
// publication.
static_assert(ev(event_id::other_countries_evacuations).when.form == core::period_form::one_of &&
                  ev(event_id::other_countries_evacuations).when.begin.first_day ==
                      core::civil_date(2021, 7, 17) &&
                  ev(event_id::other_countries_evacuations).when.end.first_day ==
                      core::civil_date(2021, 7, 18) &&
                  ev(event_id::other_countries_evacuations).when.begin.precision ==
                      core::grain::day &&
                  ev(event_id::other_countries_evacuations).when.end.precision == core::grain::day,
              "p22: after France's evacuation, by publication");
static_assert(ev(event_id::other_countries_evacuations).dated_to == core::precision::days &&
                  ev(event_id::other_countries_evacuations).derived.has(core::event_field::when),
              "p22: one of two days, worked out");
static_assert(!ev(event_id::other_countries_evacuations).place.has_value(),
              "p22 gives the other countries' evacuations no place");
// Paragraphs 10 and 16: gains over a span the article does not bound, up to
// publication: an interval with an unknown start, not one day of a set.
static_assert(ev(event_id::taliban_key_areas_taken).when.form == core::period_form::interval &&
                  ev(event_id::taliban_key_areas_taken).when.begin.precision ==
                      core::grain::unknown &&
                  ev(event_id::taliban_key_areas_taken).when.end.first_day ==
                      core::civil_date(2021, 7, 18),
              "p16: /2021-07-18");
static_assert(ev(event_id::taliban_territorial_gains).when.form == core::period_form::interval &&
                  ev(event_id::taliban_territorial_gains).when.begin.precision ==
                      core::grain::unknown &&
                  ev(event_id::taliban_territorial_gains).when.end.first_day ==
                      core::civil_date(2021, 7, 18),
              "p10: /2021-07-18");
// Paragraph 9: "following decades of conflict between the two parties", the
// Afghan government and the Taliban; paragraph 2, "the ongoing conflict in
// Afghanistan". No year is given for its start.
static_assert(ev(event_id::conflict_between_the_parties).kind == core::event_kind::conflict &&
                  ev(event_id::conflict_between_the_parties).dated_to == core::precision::ongoing &&
                  ev(event_id::conflict_between_the_parties).when.begin.precision ==
                      core::grain::unknown &&
                  ev(event_id::conflict_between_the_parties).when.end.precision ==
                      core::grain::open &&
                  ev(event_id::conflict_between_the_parties).paragraph == 9,
              "p9: decades of conflict, ongoing");
static_assert(ev(event_id::conflict_between_the_parties).actors.size() == 2 &&
                  ev(event_id::conflict_between_the_parties).actors.contains(actor_id::taliban) &&
                  ev(event_id::conflict_between_the_parties).actors.contains(
                      actor_id::afghan_government),
              "p9: the two parties");
static_assert(!ev(event_id::conflict_between_the_parties).derived.has(core::event_field::when),
              "no date, so nothing derived about it");
// Paragraph 24: "remains ongoing".
static_assert(ev(event_id::us_pullout_ongoing).dated_to == core::precision::ongoing &&
                  ev(event_id::us_pullout_ongoing).when.end.precision == core::grain::open,
              "p24");

static_assert(afbrief::ct::count_events(days(2021, 7, 17, 2021, 7, 18), afbrief::match::within) ==
                  5,
              "five events dated to the weekend itself: the Saturday meeting and evacuation, "
              "the Sunday message and talks, and the evacuations that followed suit");
static_assert(afbrief::ct::nth_event(days(2021, 7, 17, 2021, 7, 18), 0, afbrief::match::within)
                      .value() == event_id::akhundzada_message_released,
              "table order");
static_assert(afbrief::ct::count_events(days(2020, 1, 1, 2020, 12, 31), afbrief::match::within) ==
                  1,
              "only the talks of September 2020");
static_assert(afbrief::ct::count_events_involving(actor_id::italy) == 1, "p23 only");
static_assert(afbrief::ct::count_events_involving(actor_id::taliban) == 8,
              "p1, p2, p8, p9 (twice), p10, p12, p16");
static_assert(afbrief::ct::count_events_involving(actor_id::canada) == 1, "p22 only");

// ---- Run-time helpers -------------------------------------------------------

std::string str(afbrief::text_ref t) { return std::string(t.data(), t.size()); }
// A record's text as afbrief::rt decodes it from the packed pool.
std::string str(afbrief::packed_text t) {
  std::string text;
  auto append = [&text](char c) {
    text += c;
    return true;
  };
  afbrief::rt::each_char(t, append);
  return text;
}

std::string edtf(core::period p) {
  char buffer[64];
  const core::format_result r = core::format_edtf(p, buffer, sizeof buffer);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}

std::string place_key(core::maybe<place_id> p) {
  return p.has_value() ? str(afbrief::rt::get(p.value()).value().key) : std::string("none");
}

std::string source_key(core::maybe<source_id> s) {
  return s.has_value() ? str(afbrief::rt::get(s.value()).value().key) : std::string("none");
}

std::string weekday_text(core::maybe<core::weekday> w) {
  return w.has_value() ? str(core::weekday_name(w.value())) : std::string("none");
}

// The actors as a set: sorted keys, comma separated.
template <size_t N>
std::string actor_set(core::id_list<actor_id, N> actors) {
  std::vector<std::string> keys;
  for (size_t i = 0; i < actors.size(); ++i) {
    keys.push_back(str(afbrief::rt::get(actors[i].value()).value().key));
  }
  std::sort(keys.begin(), keys.end());
  std::string out;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) out += ",";
    out += keys[i];
  }
  return out;
}

struct expected_event {
  const char* key;
  const char* kind;
  const char* when;  // EDTF
  const char* precision;
  const char* phrase;   // the article's time words
  const char* weekday;  // "none" when the article names none
  const char* actors;   // sorted keys
  const char* place;
  const char* via;
  int paragraph;
  bool when_derived;   // the date is worked out: the article does not print it
  bool place_derived;  // the place is read from context ("the country"), not named
};

void check_event(const expected_event& x) {
  INFO("event " << std::string(x.key));
  const core::maybe<event_id> id =
      afbrief::rt::find_event(afbrief::text_ref(x.key, std::string(x.key).size()));
  REQUIRE(id.has_value());
  const afbrief::event e = afbrief::rt::get(id.value()).value();
  CHECK(e.id == id.value());
  CHECK(str(e.key) == std::string(x.key));
  CHECK(str(core::event_kind_name(e.kind)) == std::string(x.kind));
  CHECK(edtf(e.when) == std::string(x.when));
  CHECK(core::is_valid(e.when));
  // EDTF writes one day of a set in brackets, an interval without.
  CHECK((e.when.form == core::period_form::one_of) == (x.when[0] == '['));
  CHECK(e.derived.has(core::event_field::when) == x.when_derived);
  CHECK(e.derived.has(core::event_field::place) == x.place_derived);
  // Nothing else about an event's date is derived: its phrase is verbatim.
  CHECK_FALSE(e.derived.has(core::event_field::phrase));
  CHECK_FALSE(e.derived.has(core::event_field::named_weekday));
  CHECK(str(core::precision_name(e.dated_to)) == std::string(x.precision));
  CHECK(str(e.phrase) == std::string(x.phrase));
  CHECK(weekday_text(e.named_weekday) == std::string(x.weekday));
  if (e.named_weekday.has_value()) {
    // A named weekday must be the weekday of the single day the event is dated to.
    REQUIRE(core::single_day(e.when).has_value());
    CHECK(core::weekday_of(core::single_day(e.when).value()) == e.named_weekday.value());
  }
  CHECK(actor_set(e.actors) == std::string(x.actors));
  CHECK(place_key(e.place) == std::string(x.place));
  CHECK(source_key(e.via) == std::string(x.via));
  CHECK(int(e.paragraph) == x.paragraph);
  CHECK_FALSE(str(e.summary).empty());
}

}  // namespace

// ---- One test case per event -------------------------------------------------
// The last fields: whether `when` and `place` are derived. An event's date is
// derived when
// its `when` holds a date the article does not print: a weekday resolved
// ("on Sunday"), a relative time resolved ("just a day after", "last year"),
// a bound worked out ("just days ahead", "late June"). No event's date is
// printed (paragraph 6's July 17, 2021 dates the tweet, not an event). An
// event with no date at all (unknown start, still going on) derives nothing.
// A place is derived when the paragraph does not name it: "across the
// country", "the war-torn country", or nothing at all.

TEST_CASE("event akhundzada_message_released: on Sunday (paragraph 2)") {
  check_event({"akhundzada_message_released", "message_released", "2021-07-18", "day", "on Sunday",
               "Sunday", "hibatullah_akhundzada,taliban", "none", "none", 2, true, false});
}

TEST_CASE("event conflict_between_the_parties: decades of conflict (paragraph 9)") {
  // "following decades of conflict between the two parties"; "the ongoing
  // conflict in Afghanistan" (paragraph 2). Decades before September 2020,
  // but no year: the start is unknown, and it is not over.
  check_event({"conflict_between_the_parties", "conflict", "/..", "ongoing", "decades of conflict",
               "none", "afghan_government,taliban", "afghanistan", "none", 9, false, true});
}

TEST_CASE("event doha_meeting: just a day after, Saturday 2021-07-17 (paragraph 8)") {
  check_event({"doha_meeting", "meeting", "2021-07-17", "day", "just a day after", "none",
               "afghan_government,taliban", "doha", "none", 8, true, false});
}

TEST_CASE("event doha_talks_continue: set to continue on Sunday (paragraph 12)") {
  check_event({"doha_talks_continue", "talks_scheduled", "2021-07-18", "day", "on Sunday", "Sunday",
               "afghan_government,taliban", "doha", "none", 12, true, true});
}

TEST_CASE("event eid_al_adha: just days ahead of the holiday (paragraph 3)") {
  // Upcoming when the article was written: "just days ahead" of the Sunday
  // message, so on 2021-07-20 or later (days: at least two), one day of that
  // set; no date printed; nobody acts in it.
  check_event({"eid_al_adha", "holiday", "[2021-07-20..]", "after", "just days ahead", "none", "",
               "none", "none", 3, true, false});
}

TEST_CASE("event foreign_troops_withdrawing: now withdrawing (paragraph 10)") {
  check_event({"foreign_troops_withdrawing", "withdrawal", "/..", "ongoing", "now withdrawing",
               "none", "foreign_forces,united_states", "afghanistan", "none", 10, false, true});
}

TEST_CASE("event france_evacuation: On Saturday (paragraph 22)") {
  check_event({"france_evacuation", "evacuation", "2021-07-17", "day", "On Saturday", "Saturday",
               "france", "kabul", "none", 22, true, false});
}

TEST_CASE("event germany_italy_withdrawal_announced: in late June (paragraph 23)") {
  // One day of June 2021 the article does not give: dated to the month, with
  // "late" in the phrase, not to a made-up first day of "late". "From the
  // country" is Afghanistan.
  check_event({"germany_italy_withdrawal_announced", "withdrawal_announced", "2021-06", "month",
               "in late June", "none", "germany,italy", "afghanistan", "none", 23, true, true});
}

TEST_CASE("event intra_afghan_talks_began: in September last year (paragraph 9)") {
  check_event({"intra_afghan_talks_began", "talks_started", "2020-09", "month",
               "in September last year", "none", "afghan_government,taliban", "qatar", "none", 9,
               true, false});
}

TEST_CASE(
    "event other_countries_evacuations: have followed suit, according to AFP "
    "(paragraph 22)") {
  // Each country's evacuation is one day the article does not give, after
  // France's "On Saturday" (they followed suit) and by publication: one day of
  // the set [2021-07-17..2021-07-18].
  check_event({"other_countries_evacuations", "evacuation", "[2021-07-17..2021-07-18]", "days",
               "have followed suit", "none", "canada,china,germany,india", "none", "afp", 22,
               true, false});
}

TEST_CASE("event taliban_key_areas_taken: has taken control (paragraph 16)") {
  // Several areas over a span the article does not bound, up to publication:
  // an interval with an unknown start, whose end, the publication date, the
  // article does not print. "Across Afghanistan" names the place.
  check_event({"taliban_key_areas_taken", "territorial_gain", "/2021-07-18", "before",
               "has taken control", "none", "taliban", "afghanistan", "none", 16, true, false});
}

TEST_CASE("event taliban_offensives: in recent weeks (paragraph 1)") {
  check_event({"taliban_offensives", "offensive", "/..", "ongoing", "in recent weeks", "none",
               "taliban", "afghanistan", "none", 1, false, true});
}

TEST_CASE("event taliban_territorial_gains: capitalised on the moment (paragraph 10)") {
  // As taliban_key_areas_taken, but paragraph 10 names no place.
  check_event({"taliban_territorial_gains", "territorial_gain", "/2021-07-18", "before",
               "capitalised on the moment", "none", "taliban", "afghanistan", "none", 10, true,
               true});
}

TEST_CASE("event us_pullout_ongoing: remains ongoing (paragraph 24)") {
  check_event({"us_pullout_ongoing", "withdrawal", "/..", "ongoing", "remains ongoing", "none",
               "united_states", "afghanistan", "none", 24, false, true});
}

// ---- The table as a whole ----------------------------------------------------

TEST_CASE("events: exactly 14, in key order, none after publication but the upcoming holiday") {
  CHECK(afbrief::rt::events().size() == 14u);
  std::string previous;
  size_t n = 0;
  const int32_t published = core::days_from_civil(core::civil_date(2021, 7, 18));
  for (const afbrief::event e : afbrief::rt::events().all()) {
    INFO("event " << str(e.key));
    CHECK(afbrief::core::position_of(e.id) == n);
    CHECK(str(e.key) > previous);
    previous = str(e.key);
    const bool upcoming = e.id == event_id::eid_al_adha;
    CHECK((core::earliest_day_number(e.when) <= published) != upcoming);
    CHECK((e.actors.size() >= 1u) != upcoming);
    ++n;
  }
  CHECK(n == 14u);
}

TEST_CASE("an event's when is derived exactly when it holds a date the article does not print") {
  // No event's date is printed (each is worked out from a relative word or
  // the publication date), so: derived <=> `when` has a dated bound.
  size_t dated = 0;
  for (const afbrief::event e : afbrief::rt::events().all()) {
    INFO("event " << str(e.key) << ": " << edtf(e.when));
    const bool has_a_date = core::has_date(e.when.begin) || core::has_date(e.when.end);
    if (has_a_date) ++dated;
    CHECK(e.derived.has(core::event_field::when) == has_a_date);
  }
  // Four have no date at all: the offensives, the conflict, the two withdrawals.
  CHECK(dated == 10u);
}

TEST_CASE("events by date") {
  // The weekend of the article: Saturday's meeting and evacuation, Sunday's
  // message and talks, and the evacuations that followed France's, in table
  // (key) order.
  const afbrief::date_range weekend = days(2021, 7, 17, 2021, 7, 18);
  std::vector<std::string> keys;
  for (const afbrief::event e : afbrief::rt::events_in(weekend, afbrief::match::within)) {
    keys.push_back(str(e.key));
  }
  REQUIRE(keys.size() == 5u);
  CHECK(keys[0] == "akhundzada_message_released");
  CHECK(keys[1] == "doha_meeting");
  CHECK(keys[2] == "doha_talks_continue");
  CHECK(keys[3] == "france_evacuation");
  CHECK(keys[4] == "other_countries_evacuations");

  // Saturday alone.
  const afbrief::date_range saturday = days(2021, 7, 17, 2021, 7, 17);
  CHECK(afbrief::rt::count_events(saturday, afbrief::match::within) == 2u);
  // "May have happened on Saturday": the two dated to it, the evacuations
  // that followed suit (the 17th or the 18th), the two gains known only to
  // come by publication, and the four still going on (offensives, conflict,
  // two withdrawals).
  CHECK(afbrief::rt::count_events(saturday) == 9u);
  // Sunday: the same, with Sunday's two instead of Saturday's.
  CHECK(afbrief::rt::count_events(days(2021, 7, 18, 2021, 7, 18)) == 9u);
  // The day after publication: only what is still going on; the holiday is
  // at least two days after the Sunday message.
  CHECK(afbrief::rt::count_events(days(2021, 7, 19, 2021, 7, 19)) == 4u);
  CHECK(afbrief::rt::count_events(days(2021, 7, 20, 2021, 7, 20)) == 5u);
  // After publication: what is still going on, and the holiday to come.
  CHECK(afbrief::rt::count_events(days(2021, 7, 19, 2021, 12, 31)) == 5u);
  CHECK(afbrief::rt::count_events(days(2021, 7, 19, 2021, 12, 31), afbrief::match::within) == 0u);
  // June 2021: the announcement of late June.
  CHECK(afbrief::rt::count_events(days(2021, 6, 1, 2021, 6, 30), afbrief::match::within) == 1u);
  CHECK(afbrief::rt::count_events(days(2021, 6, 1, 2021, 6, 20), afbrief::match::within) == 0u);
  // June 1-20 may hold the announcement too: the article dates it to the
  // month, and "late" gives no day. With it, the six with an unknown start.
  CHECK(afbrief::rt::count_events(days(2021, 6, 1, 2021, 6, 20)) == 7u);
  CHECK(afbrief::rt::count_events(days(2021, 6, 21, 2021, 6, 21)) == 7u);
  // 2020: the talks that began in September.
  REQUIRE(afbrief::rt::nth_event(days(2020, 1, 1, 2020, 12, 31), 0, afbrief::match::within)
              .has_value());
  CHECK(afbrief::rt::nth_event(days(2020, 1, 1, 2020, 12, 31), 0, afbrief::match::within).value() ==
        event_id::intra_afghan_talks_began);
  // September 30, 2020: the talks' month, and the six with an unknown start.
  CHECK(afbrief::rt::count_events(days(2020, 9, 30, 2020, 9, 30)) == 7u);
  CHECK(afbrief::rt::count_events(days(2020, 10, 1, 2020, 10, 1), afbrief::match::within) == 0u);
  CHECK(afbrief::rt::count_events(days(2020, 10, 1, 2020, 10, 1)) == 6u);
}

TEST_CASE("events by actor") {
  // Paragraphs 1, 2 (its leader's message), 8, 9 (the talks and the
  // conflict), 10, 12 and 16.
  CHECK(afbrief::rt::count_events_involving(actor_id::taliban) == 8u);
  // Paragraphs 8, 9 (twice) and 12.
  CHECK(afbrief::rt::count_events_involving(actor_id::afghan_government) == 4u);
  CHECK(afbrief::rt::count_events_involving(actor_id::united_states) == 2u);
  CHECK(afbrief::rt::count_events_involving(actor_id::germany) == 2u);
  CHECK(afbrief::rt::count_events_involving(actor_id::france) == 1u);
  CHECK(afbrief::rt::count_events_involving(actor_id::hibatullah_akhundzada) == 1u);
  CHECK(afbrief::rt::count_events_involving(actor_id::foreign_forces) == 1u);
  CHECK(afbrief::rt::count_events_involving(actor_id::united_kingdom) == 0u);
  CHECK(afbrief::rt::count_events_involving(actor_id::doha_news) == 0u);

  std::vector<std::string> germany;
  for (const afbrief::event e : afbrief::rt::events_involving(actor_id::germany)) {
    germany.push_back(str(e.key));
  }
  REQUIRE(germany.size() == 2u);
  CHECK(germany[0] == "germany_italy_withdrawal_announced");
  CHECK(germany[1] == "other_countries_evacuations");
  std::vector<std::string> government;
  for (const afbrief::event e : afbrief::rt::events_involving(actor_id::afghan_government)) {
    government.push_back(str(e.key));
  }
  REQUIRE(government.size() == 4u);
  CHECK(government[0] == "conflict_between_the_parties");
  CHECK(government[1] == "doha_meeting");
  CHECK(government[2] == "doha_talks_continue");
  CHECK(government[3] == "intra_afghan_talks_began");
}

namespace {
std::string event_line(event_id id) {
  char buffer[256];
  const afbrief::format_result r = afbrief::rt::format_event(id, buffer, sizeof buffer);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}
}  // namespace

TEST_CASE("events written out: EDTF, the article's phrase, our summary") {
  CHECK(event_line(event_id::france_evacuation).find("2021-07-17 (On Saturday): ") == 0u);
  CHECK(event_line(event_id::eid_al_adha).find("[2021-07-20..] (just days ahead): ") == 0u);
  CHECK(event_line(event_id::other_countries_evacuations)
            .find("[2021-07-17..2021-07-18] (have followed suit): ") == 0u);
  CHECK(event_line(event_id::germany_italy_withdrawal_announced)
            .find("2021-06 (in late June): ") == 0u);
  CHECK(event_line(event_id::conflict_between_the_parties).find("/.. (decades of conflict): ") ==
        0u);
  // The summary follows, whole.
  for (const afbrief::event e : afbrief::rt::events().all()) {
    INFO("event " << str(e.key));
    const std::string line = event_line(e.id);
    CHECK(line.size() > str(e.summary).size());
    CHECK(line.compare(line.size() - str(e.summary).size(), std::string::npos, str(e.summary)) ==
          0);
  }
}

#if AFBRIEF_HAS_CONSTEXPR14
namespace {
struct event_text {
  char text[160];
  size_t length;
};
constexpr event_text event_at_compile_time(event_id id) {
  event_text out{};
  out.length = afbrief::ct::format_event(id, out.text, sizeof out.text).length;
  return out;
}
constexpr event_text eid_line = event_at_compile_time(event_id::eid_al_adha);
static_assert(eid_line.text[0] == '[' && eid_line.text[1] == '2' && eid_line.text[11] == '.' &&
                  eid_line.text[12] == '.' && eid_line.text[13] == ']' && eid_line.text[15] == '(',
              "[2021-07-20..] (... at compile time, from C++14");
}  // namespace
#endif

// The public lookups over the article: compile-time answers, runtime answers
// from keys and dates known only at run time, and the two compared.
#include <doctest/doctest.h>
#include <string.h>

#include <string>

#include <afbrief/afbrief.hpp>

using afbrief::civil_date;
using afbrief::ct;
using afbrief::rt;
namespace core = afbrief::core;

namespace {
constexpr afbrief::date_range days(civil_date from, civil_date to) {
  return afbrief::make_range(from, to).value();
}
constexpr afbrief::date_range saturday = days(civil_date(2021, 7, 17), civil_date(2021, 7, 17));
constexpr afbrief::date_range sunday = days(civil_date(2021, 7, 18), civil_date(2021, 7, 18));

// A key the optimiser cannot see through: copied into a buffer at run time.
struct runtime_key {
  char text[64];
  explicit runtime_key(const char* s) : text() {
    const char* volatile source = s;  // volatile: the copy happens at run time
    for (size_t i = 0; i + 1 < sizeof text && source[i] != '\0'; ++i) text[i] = source[i];
  }
  afbrief::text_ref ref() const { return core::text_from_c_string(text); }
};
}  // namespace

// Counts of every table.
static_assert(ct::figures().size() == 11, "11 figures");
static_assert(ct::events().size() == 14, "14 events");
static_assert(ct::statements().size() == 18, "18 statements");
static_assert(ct::places().size() == 4, "4 places");
static_assert(ct::sources().size() == 7, "7 sources");
static_assert(ct::actors().size() == 25, "25 actors");
static_assert(ct::paragraphs().size() == 26, "26 paragraphs");

// Keys to typed ids, and misses.
static_assert(ct::find_event("doha_meeting").value() == afbrief::event_id::doha_meeting, "event");
static_assert(ct::find_actor("taliban").value() == afbrief::actor_id::taliban, "actor");
static_assert(ct::find_place("kabul").value() == afbrief::place_id::kabul, "place");
static_assert(ct::find_source("unama").value() == afbrief::source_id::unama, "source");
static_assert(ct::find_statement("government_not_bad").value() ==
                  afbrief::statement_id::government_not_bad,
              "statement");
static_assert(!ct::find_figure("").has_value(), "empty key");
static_assert(!ct::find_figure("people_in_nee").has_value(), "a prefix");
static_assert(!ct::find_figure("people_in_needs").has_value(), "an extension");
static_assert(!ct::find_figure("PEOPLE_IN_NEED").has_value(), "case matters");
static_assert(!ct::get(static_cast<afbrief::figure_id>(12)).has_value(), "an id past the end");
static_assert(!ct::get(static_cast<afbrief::figure_id>(0)).has_value(), "none");
static_assert(!ct::get(static_cast<afbrief::event_id>(255)).has_value(), "a forged id");

// ---- Date queries: every range below, answered at compile time ---------------
// The events' `when`, read off the article: 4 with no date at all (the
// offensives, the conflict, the foreign and the US withdrawals: unknown
// start, still going on); 2 up to publication with an unknown start (the two
// Taliban gains, /2021-07-18); the other countries' evacuations, one day of
// Saturday 2021-07-17 (when France evacuated, whom they followed) and Sunday;
// Saturday's meeting and France's evacuation; Sunday's message and talks;
// September 2020; June 2021 ("late June", no day given); and the Eid holiday,
// one day on or after 2021-07-20.
// The statements' `said`: 5 on Saturday, 5 on Sunday, 2 on one of the two
// (the government's "not bad" and Doucet's report of it), 2 in June 2021
// (Germany's and Italy's announcements), and 4 on some day by publication.
namespace {
struct range_case {
  afbrief::date_range range;
  afbrief::match mode;
  size_t events;      // read off the article
  size_t statements;  // read off the article
};
constexpr civil_date d(int16_t y, uint8_t m, uint8_t day) { return civil_date(y, m, day); }
constexpr afbrief::match overlaps = afbrief::match::overlaps;
constexpr afbrief::match within = afbrief::match::within;
constexpr range_case cases[] = {
    // Saturday: its 2 events and 5 statements surely; may have been: the 6
    // events with no start, the evacuations that followed suit, the 2
    // statements of the 17th or the 18th and the 4 undated ones.
    {saturday, overlaps, 9, 11},
    {saturday, within, 2, 5},
    {sunday, overlaps, 9, 11},
    {sunday, within, 2, 5},
    {days(d(2021, 7, 17), d(2021, 7, 18)), overlaps, 11, 16},
    {days(d(2021, 7, 17), d(2021, 7, 18)), within, 5, 12},
    // The Friday before: only what has no start.
    {days(d(2021, 7, 16), d(2021, 7, 16)), overlaps, 6, 4},
    {days(d(2021, 7, 16), d(2021, 7, 16)), within, 0, 0},
    // The day after publication: the holiday is "just days ahead" of the
    // Sunday message, on or after 2021-07-20, so not on the 19th.
    {days(d(2021, 7, 19), d(2021, 7, 19)), overlaps, 4, 0},
    {days(d(2021, 7, 19), d(2021, 7, 19)), within, 0, 0},
    {days(d(2021, 7, 20), d(2021, 7, 20)), overlaps, 5, 0},
    {days(d(2021, 7, 20), d(2021, 7, 20)), within, 0, 0},
    {days(d(2021, 7, 19), d(2021, 12, 31)), overlaps, 5, 0},
    // "On or after" has no last day: within no range, however long.
    {days(d(2021, 7, 19), d(9999, 12, 31)), within, 0, 0},
    {days(d(2021, 8, 1), d(2021, 8, 31)), overlaps, 5, 0},
    // June 2021: the announcement and the two governments' words, dated to
    // the month; its first twenty days may hold them, but surely hold nothing.
    {days(d(2021, 6, 1), d(2021, 6, 30)), overlaps, 7, 6},
    {days(d(2021, 6, 1), d(2021, 6, 30)), within, 1, 2},
    {days(d(2021, 6, 1), d(2021, 6, 20)), overlaps, 7, 6},
    {days(d(2021, 6, 1), d(2021, 6, 20)), within, 0, 0},
    // 2021 before the weekend.
    {days(d(2021, 1, 1), d(2021, 7, 16)), overlaps, 7, 6},
    {days(d(2021, 1, 1), d(2021, 7, 16)), within, 1, 2},
    // September 2020 (month precision), and 2020.
    {days(d(2020, 9, 15), d(2020, 9, 15)), overlaps, 7, 4},
    {days(d(2020, 9, 15), d(2020, 9, 15)), within, 0, 0},
    {days(d(2020, 1, 1), d(2020, 12, 31)), within, 1, 0},
    {days(d(2020, 10, 1), d(2020, 10, 1)), overlaps, 6, 4},
    // All time: everything may have happened; surely within it is all that
    // has two dated ends.
    {days(d(1, 1, 1), d(9999, 12, 31)), overlaps, 14, 18},
    {days(d(1, 1, 1), d(9999, 12, 31)), within, 7, 14},
};
constexpr size_t case_count = sizeof(cases) / sizeof(cases[0]);

// Every case's count and every rank (n = 0..18, one past the largest table),
// computed by ct.
struct ct_answer {
  size_t events;
  afbrief::maybe<afbrief::event_id> nth_event[19];
  size_t statements;
  afbrief::maybe<afbrief::statement_id> nth_statement[19];
};
#define AFBRIEF_TEST_NTH(f, r, m)                                                               \
  {                                                                                             \
    ct::f(r, 0, m), ct::f(r, 1, m), ct::f(r, 2, m), ct::f(r, 3, m), ct::f(r, 4, m),             \
        ct::f(r, 5, m), ct::f(r, 6, m), ct::f(r, 7, m), ct::f(r, 8, m), ct::f(r, 9, m),         \
        ct::f(r, 10, m), ct::f(r, 11, m), ct::f(r, 12, m), ct::f(r, 13, m), ct::f(r, 14, m),    \
        ct::f(r, 15, m), ct::f(r, 16, m), ct::f(r, 17, m), ct::f(r, 18, m)                      \
  }
#define AFBRIEF_TEST_ANSWER(i)                                                                  \
  {                                                                                             \
    ct::count_events(cases[i].range, cases[i].mode),                                            \
        AFBRIEF_TEST_NTH(nth_event, cases[i].range, cases[i].mode),                             \
        ct::count_statements(cases[i].range, cases[i].mode),                                    \
        AFBRIEF_TEST_NTH(nth_statement, cases[i].range, cases[i].mode)                          \
  }
// One constant expression per case (clang counts evaluation steps per
// expression), then their addresses in one table.
#define AFBRIEF_TEST_CASE_ANSWER(i) constexpr ct_answer answer_##i = AFBRIEF_TEST_ANSWER(i);
AFBRIEF_TEST_CASE_ANSWER(0)
AFBRIEF_TEST_CASE_ANSWER(1)
AFBRIEF_TEST_CASE_ANSWER(2)
AFBRIEF_TEST_CASE_ANSWER(3)
AFBRIEF_TEST_CASE_ANSWER(4)
AFBRIEF_TEST_CASE_ANSWER(5)
AFBRIEF_TEST_CASE_ANSWER(6)
AFBRIEF_TEST_CASE_ANSWER(7)
AFBRIEF_TEST_CASE_ANSWER(8)
AFBRIEF_TEST_CASE_ANSWER(9)
AFBRIEF_TEST_CASE_ANSWER(10)
AFBRIEF_TEST_CASE_ANSWER(11)
AFBRIEF_TEST_CASE_ANSWER(12)
AFBRIEF_TEST_CASE_ANSWER(13)
AFBRIEF_TEST_CASE_ANSWER(14)
AFBRIEF_TEST_CASE_ANSWER(15)
AFBRIEF_TEST_CASE_ANSWER(16)
AFBRIEF_TEST_CASE_ANSWER(17)
AFBRIEF_TEST_CASE_ANSWER(18)
AFBRIEF_TEST_CASE_ANSWER(19)
AFBRIEF_TEST_CASE_ANSWER(20)
AFBRIEF_TEST_CASE_ANSWER(21)
AFBRIEF_TEST_CASE_ANSWER(22)
AFBRIEF_TEST_CASE_ANSWER(23)
AFBRIEF_TEST_CASE_ANSWER(24)
AFBRIEF_TEST_CASE_ANSWER(25)
AFBRIEF_TEST_CASE_ANSWER(26)
#undef AFBRIEF_TEST_CASE_ANSWER
constexpr const ct_answer* answers[] = {
    &answer_0,  &answer_1,  &answer_2,  &answer_3,  &answer_4,  &answer_5,  &answer_6,
    &answer_7,  &answer_8,  &answer_9,  &answer_10, &answer_11, &answer_12, &answer_13,
    &answer_14, &answer_15, &answer_16, &answer_17, &answer_18, &answer_19, &answer_20,
    &answer_21, &answer_22, &answer_23, &answer_24, &answer_25, &answer_26,
};
#undef AFBRIEF_TEST_ANSWER
#undef AFBRIEF_TEST_NTH
static_assert(sizeof(answers) / sizeof(answers[0]) == case_count, "one answer per case");

// ct's counts are the article's, case by case.
constexpr bool counts_agree(size_t i) {
  return i >= case_count ? true
                         : answers[i]->events == cases[i].events &&
                               answers[i]->statements == cases[i].statements &&
                               counts_agree(i + 1);
}
static_assert(counts_agree(0), "every range: ct counts what the article says");
// And ranks: exactly count of them, in table order. (Recursion by case, then
// by rank: a few dozen levels deep, far inside the constexpr limits.)
constexpr bool rank_ok(const ct_answer& x, size_t n) {
  return (x.nth_event[n].has_value() == (n < x.events)) &&
         (x.nth_statement[n].has_value() == (n < x.statements)) &&
         (n == 0 || !x.nth_event[n].has_value() ||
          x.nth_event[n - 1].value() < x.nth_event[n].value()) &&
         (n == 0 || !x.nth_statement[n].has_value() ||
          x.nth_statement[n - 1].value() < x.nth_statement[n].value());
}
constexpr bool ranks_of(const ct_answer& x, size_t n) {
  return n >= 19 || (rank_ok(x, n) && ranks_of(x, n + 1));
}
constexpr bool ranks_agree(size_t i) {
  return i >= case_count || (ranks_of(*answers[i], 0) && ranks_agree(i + 1));
}
static_assert(ranks_agree(0), "every range: ranks 0..count-1 found, ascending, none after");
}  // namespace

// A few answers spelled out.
static_assert(ct::nth_event(saturday, 1, afbrief::match::within).value() ==
                  afbrief::event_id::france_evacuation,
              "in table order");
static_assert(!ct::nth_event(saturday, 2, afbrief::match::within).has_value(), "no third");
static_assert(ct::nth_event(days(d(2021, 7, 20), d(2021, 7, 20)), 1).value() ==
                  afbrief::event_id::eid_al_adha,
              "2021-07-20: the holiday may fall on it (after the conflict, in key order)");
static_assert(ct::nth_event(days(d(2021, 6, 1), d(2021, 6, 30)), 0, afbrief::match::within)
                      .value() == afbrief::event_id::germany_italy_withdrawal_announced,
              "June 2021: the German and Italian announcement");
static_assert(ct::nth_statement(saturday, 0).value() ==
                  afbrief::statement_id::abdullah_positive_outcome,
              "Saturday's first statement, in key order");
static_assert(ct::nth_statement(sunday, 0, afbrief::match::within).value() ==
                  afbrief::statement_id::akhundzada_islamic_emirate,
              "Sunday's first, surely");
static_assert(ct::nth_statement(sunday, 4).value() ==
                      afbrief::statement_id::akhundzada_strenuously_favours &&
                  ct::nth_statement(sunday, 5).value() ==
                      afbrief::statement_id::brennan_people_in_need,
              "Sunday, overlapping: Akhundzada's five, then the undated and the two of "
              "the 17th or 18th");

// Events by actor, figures by originator and by measure.
static_assert(ct::count_events_involving(afbrief::actor_id::taliban) == 8, "Taliban");
static_assert(ct::count_events_involving(afbrief::actor_id::germany) == 2, "Germany");
static_assert(ct::count_events_involving(afbrief::actor_id::bbc) == 0, "BBC");
static_assert(ct::count_figures_from(afbrief::source_id::unama) == 3, "UNAMA");
static_assert(ct::count_figures_from(afbrief::source_id::un_refugee_agency) == 2, "UNHCR");
static_assert(ct::count_figures_from(afbrief::source_id::rick_brennan) == 2, "WHO");
static_assert(ct::count_figures_from(afbrief::source_id::doha_news) == 0, "only a relay");
static_assert(ct::count_figures_counting(afbrief::measure::killed) == 2, "killed");
static_assert(ct::count_figures_counting(afbrief::measure::troops_remaining) == 2, "troops");
static_assert(ct::nth_figure_counting(afbrief::measure::killed, 1).value() ==
                  afbrief::figure_id::women_killed_past_decade,
              "second killed figure");

TEST_CASE("every key found at run time gives the compile-time id") {
  for (size_t i = 0; i < ct::figures().size(); ++i) {
    const afbrief::figure f = ct::figures().at(i).value();
    runtime_key key(std::string(ct::text(f.key).data(), ct::text(f.key).size()).c_str());
    CAPTURE(key.text);
    REQUIRE(rt::find_figure(key.ref()).has_value());
    CHECK(afbrief::core::position_of(rt::find_figure(key.ref()).value()) == i);
  }
  for (size_t i = 0; i < ct::events().size(); ++i) {
    const afbrief::event e = ct::events().at(i).value();
    runtime_key key(std::string(ct::text(e.key).data(), ct::text(e.key).size()).c_str());
    REQUIRE(rt::find_event(key.ref()).has_value());
    CHECK(afbrief::core::position_of(rt::find_event(key.ref()).value()) == i);
  }
  for (size_t i = 0; i < ct::statements().size(); ++i) {
    const afbrief::statement s = ct::statements().at(i).value();
    runtime_key key(std::string(ct::text(s.key).data(), ct::text(s.key).size()).c_str());
    REQUIRE(rt::find_statement(key.ref()).has_value());
    CHECK(afbrief::core::position_of(rt::find_statement(key.ref()).value()) == i);
  }
  for (size_t i = 0; i < ct::actors().size(); ++i) {
    const afbrief::actor a = ct::actors().at(i).value();
    runtime_key key(std::string(ct::text(a.key).data(), ct::text(a.key).size()).c_str());
    REQUIRE(rt::find_actor(key.ref()).has_value());
    CHECK(afbrief::core::position_of(rt::find_actor(key.ref()).value()) == i);
  }
}

TEST_CASE("runtime key lookups match the compile-time answers") {
  constexpr afbrief::maybe<afbrief::figure_id> at_compile_time[] = {
      ct::find_figure("people_in_need"), ct::find_figure("displaced_total"),
      ct::find_figure("no_such_figure"), ct::find_figure("")};
  const char* keys[] = {"people_in_need", "displaced_total", "no_such_figure", ""};
  for (size_t i = 0; i < 4; ++i) {
    runtime_key key(keys[i]);
    CHECK(rt::find_figure(key.ref()) == at_compile_time[i]);
  }
  constexpr long people_in_need = ct::get(afbrief::figure_id::people_in_need).value().amount.best;
  runtime_key key("people_in_need");
  CHECK(rt::get(rt::find_figure(key.ref()).value()).value().amount.best == people_in_need);
}

TEST_CASE("over-long and hostile keys miss cleanly") {
  std::string huge(10000, 'a');
  CHECK_FALSE(rt::find_figure(afbrief::text_ref(huge.data(), huge.size())).has_value());
  huge.assign(10000, '\xff');
  CHECK_FALSE(rt::find_event(afbrief::text_ref(huge.data(), huge.size())).has_value());
  const char with_nul[] = {'d', 'o', 'h', 'a', '\0', 'x'};
  CHECK_FALSE(rt::find_place(afbrief::text_ref(with_nul, sizeof with_nul)).has_value());
  CHECK(rt::find_place(afbrief::text_ref(with_nul, 4)).has_value());
}

TEST_CASE("runtime date queries agree with compile-time counts and ranks, range by range") {
  for (size_t i = 0; i < case_count; ++i) {
    const range_case& c = cases[i];
    const ct_answer& want = *answers[i];
    CAPTURE(i);
    CAPTURE(static_cast<int>(c.mode));
    // Events: rt's iteration, count and ranks against ct's.
    size_t seen = 0;
    for (afbrief::event e : rt::events_in(c.range, c.mode)) {
      CHECK(afbrief::matches(e.when, c.range, c.mode));
      REQUIRE(seen < 19u);
      CHECK(want.nth_event[seen] == afbrief::maybe<afbrief::event_id>(e.id));
      ++seen;
    }
    CHECK(seen == want.events);
    CHECK(rt::count_events(c.range, c.mode) == want.events);
    for (size_t n = 0; n < 19; ++n) CHECK(rt::nth_event(c.range, n, c.mode) == want.nth_event[n]);
    // What it leaves out does not match.
    size_t left_out = 0;
    for (afbrief::event e : rt::events().all()) {
      if (!afbrief::matches(e.when, c.range, c.mode)) ++left_out;
    }
    CHECK(seen + left_out == rt::events().size());
    // Statements, the same way.
    seen = 0;
    for (afbrief::statement s : rt::statements_in(c.range, c.mode)) {
      CHECK(afbrief::matches(s.said, c.range, c.mode));
      REQUIRE(seen < 19u);
      CHECK(want.nth_statement[seen] == afbrief::maybe<afbrief::statement_id>(s.id));
      ++seen;
    }
    CHECK(seen == want.statements);
    CHECK(rt::count_statements(c.range, c.mode) == want.statements);
    for (size_t n = 0; n < 19; ++n) {
      CHECK(rt::nth_statement(c.range, n, c.mode) == want.nth_statement[n]);
    }
    // overlaps is the default.
    if (c.mode == afbrief::match::overlaps) {
      CHECK(rt::count_events(c.range) == want.events);
      CHECK(rt::count_statements(c.range) == want.statements);
    }
  }
}

TEST_CASE("a range parsed at run time: on 2021-07-19 and on 2021-07-20") {
  // The holiday is one day on or after 2021-07-20: it cannot be on the 19th,
  // it may be on the 20th.
  const afbrief::core::date_result nineteenth =
      afbrief::parse_date(runtime_key("2021-07-19").ref());
  const afbrief::core::date_result twentieth = afbrief::parse_date(runtime_key("2021-07-20").ref());
  REQUIRE(nineteenth.ok());
  REQUIRE(twentieth.ok());
  const afbrief::core::range_result on_19 =
      afbrief::make_range(nineteenth.value(), nineteenth.value());
  const afbrief::core::range_result on_20 =
      afbrief::make_range(twentieth.value(), twentieth.value());
  REQUIRE(on_19.ok());
  REQUIRE(on_20.ok());
  bool eid_on_19 = false;
  for (afbrief::event e : rt::events_in(on_19.value())) {
    if (e.id == afbrief::event_id::eid_al_adha) eid_on_19 = true;
    // What may have happened on the 19th has no dated end.
    CHECK_FALSE(afbrief::has_date(e.when.end));
  }
  CHECK_FALSE(eid_on_19);
  bool eid_on_20 = false;
  for (afbrief::event e : rt::events_in(on_20.value())) {
    if (e.id == afbrief::event_id::eid_al_adha) eid_on_20 = true;
  }
  CHECK(eid_on_20);
  constexpr size_t ct_19 = ct::count_events(days(d(2021, 7, 19), d(2021, 7, 19)));
  constexpr size_t ct_20 = ct::count_events(days(d(2021, 7, 20), d(2021, 7, 20)));
  CHECK(rt::count_events(on_19.value()) == ct_19);
  CHECK(rt::count_events(on_20.value()) == ct_20);
  CHECK(ct_20 == ct_19 + 1);
  // The other countries' evacuations were on or before the 18th: on the
  // 18th they may have been, on the 19th not.
  const afbrief::core::date_result eighteenth =
      afbrief::parse_date(runtime_key("2021-07-18").ref());
  REQUIRE(eighteenth.ok());
  const afbrief::date_range on_18 =
      afbrief::make_range(eighteenth.value(), eighteenth.value()).value();
  bool others_on_18 = false;
  for (afbrief::event e : rt::events_in(on_18)) {
    if (e.id == afbrief::event_id::other_countries_evacuations) others_on_18 = true;
  }
  CHECK(others_on_18);
  for (afbrief::event e : rt::events_in(on_19.value())) {
    CHECK(e.id != afbrief::event_id::other_countries_evacuations);
  }
}

TEST_CASE("statements by date: within is what surely falls in the range") {
  const afbrief::date_range saturday_rt =
      afbrief::make_range(afbrief::parse_date(runtime_key("2021-07-17").ref()).value(),
                          afbrief::parse_date(runtime_key("2021-07-17").ref()).value())
          .value();
  size_t within_count = 0;
  for (afbrief::statement s : rt::statements_in(saturday_rt, afbrief::match::within)) {
    // Surely on Saturday: a single day, Saturday.
    REQUIRE(afbrief::single_day(s.said).has_value());
    CHECK(afbrief::single_day(s.said).value() == civil_date(2021, 7, 17));
    ++within_count;
  }
  CHECK(within_count == ct::count_statements(saturday, afbrief::match::within));
  size_t maybe_count = 0;
  size_t not_surely = 0;
  for (afbrief::statement s : rt::statements_in(saturday_rt)) {
    if (!afbrief::single_day(s.said).has_value()) {
      // The government's words and Doucet's report (Saturday or Sunday) and
      // the four undated.
      CHECK(s.said.form == afbrief::period_form::one_of);
      ++not_surely;
    }
    ++maybe_count;
  }
  CHECK(maybe_count == ct::count_statements(saturday));
  CHECK(not_surely == 6u);
  CHECK(maybe_count == within_count + not_surely);
}

TEST_CASE("a reversed range cannot be built") {
  const afbrief::core::range_result r =
      afbrief::make_range(civil_date(2021, 7, 18), civil_date(2021, 7, 1));
  CHECK_FALSE(r.ok());
  CHECK(r.error() == afbrief::core::range_error::from_after_to);
}

TEST_CASE("events by actor and figures by originator iterate what they count") {
  size_t taliban = 0;
  for (afbrief::event e : rt::events_involving(afbrief::actor_id::taliban)) {
    CHECK(e.actors.contains(afbrief::actor_id::taliban));
    ++taliban;
  }
  CHECK(taliban == ct::count_events_involving(afbrief::actor_id::taliban));
  size_t unama = 0;
  for (afbrief::figure f : rt::figures_from(afbrief::source_id::unama)) {
    CHECK(f.paragraph == 17);
    ++unama;
  }
  CHECK(unama == 3);
}

namespace {
std::string sentence(afbrief::figure_id id) {
  char buffer[200];
  const afbrief::format_result r = rt::format_figure(id, buffer, sizeof buffer);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}
}  // namespace

TEST_CASE("figures in plain English") {
  CHECK(sentence(afbrief::figure_id::children_killed_past_decade) ==
        "up to 7,792 children killed (in the past decade alone; UNAMA via Al Jazeera, Doha News)");
  CHECK(sentence(afbrief::figure_id::women_killed_past_decade) ==
        "more than 3,000 women killed (in the past decade alone; UNAMA via Al Jazeera, Doha News)");
  CHECK(sentence(afbrief::figure_id::people_in_need) ==
        "up to 18,400,000 people in need of humanitarian assistance (now; WHO\u2019s Rick Brennan "
        "via Doha News)");
  CHECK(sentence(afbrief::figure_id::civilian_casualty_change_q1_2021) ==
        "29% change in casualties among civilians (the first quarter of this year, compared "
        "with 2020; source not stated, reported by Doha News)");
  CHECK(sentence(afbrief::figure_id::newly_displaced_since_january) ==
        "an estimated 270,000 Afghans newly internally displaced (since January; UN refugee "
        "agency via Doha News)");
  // No period phrase and no base: no period part.
  CHECK(sentence(afbrief::figure_id::displaced_total) ==
        "more than 3,500,000 Afghans forced from their homes (UN refugee agency via Doha News)");
  CHECK(sentence(afbrief::figure_id::france_evacuated) ==
        "around 100 citizens and Afghans working for the embassy evacuated (On Saturday; source "
        "not stated, reported by Doha News)");
}

TEST_CASE("figure formatting into buffers of size 0 and 1, and a forged id") {
  char untouched = 'x';
  afbrief::format_result r = rt::format_figure(afbrief::figure_id::people_in_need, &untouched, 0);
  CHECK(untouched == 'x');
  CHECK(r.truncated);
  CHECK(r.needed == sentence(afbrief::figure_id::people_in_need).size());
  char one[1] = {'x'};
  r = rt::format_figure(afbrief::figure_id::people_in_need, one, 1);
  CHECK(one[0] == '\0');
  CHECK(r.length == 0);
  CHECK(r.truncated);
  char buffer[16] = {'x'};
  r = rt::format_figure(static_cast<afbrief::figure_id>(200), buffer, sizeof buffer);
  CHECK(r.needed == 0);
  CHECK(buffer[0] == '\0');
  CHECK_FALSE(r.truncated);
}

TEST_CASE("events in one line") {
  char buffer[160];
  const afbrief::format_result r = rt::format_event(
      afbrief::event_id::germany_italy_withdrawal_announced, buffer, sizeof buffer);
  const std::string line(buffer, r.length);
  // "in late June": its month, the article's phrase, then our summary.
  const std::string head = "2021-06 (in late June): ";
  CHECK(line.find(head) == 0u);
  char summary[120];
  const afbrief::format_result s = rt::render(
      rt::get(afbrief::event_id::germany_italy_withdrawal_announced).value().summary, summary,
      sizeof summary);
  CHECK(line == head + std::string(summary, s.length));
}

#if AFBRIEF_HAS_CONSTEXPR14
namespace {
struct line {
  char text[120];
  size_t length;
};
constexpr line figure_line(afbrief::figure_id id) {
  line out{};
  out.length = ct::format_figure(id, out.text, sizeof out.text).length;
  return out;
}
constexpr line killed = figure_line(afbrief::figure_id::children_killed_past_decade);
static_assert(killed.length == 87 && killed.text[0] == 'u' && killed.text[6] == '7' &&
                  killed.text[7] == ',',
              "formatting a figure is a constant expression from C++14");
}  // namespace
#endif

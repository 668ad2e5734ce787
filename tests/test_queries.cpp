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
static_assert(ct::events().size() == 13, "13 events");
static_assert(ct::statements().size() == 8, "8 statements");
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
static_assert(!ct::get(static_cast<afbrief::figure_id>(11)).has_value(), "an id past the end");
static_assert(!ct::get(static_cast<afbrief::event_id>(255)).has_value(), "a forged id");

// Events by date: overlaps (could have happened then) and within.
static_assert(ct::count_events(saturday) == 8,
              "Saturday 17 July: the meeting, France's evacuation, and six undated or ongoing");
static_assert(ct::count_events(saturday, afbrief::match::within) == 2,
              "dated to that day exactly: the meeting and France's evacuation");
static_assert(ct::nth_event(saturday, 1, afbrief::match::within).value() ==
                  afbrief::event_id::france_evacuation,
              "in table order");
static_assert(!ct::nth_event(saturday, 2, afbrief::match::within).has_value(), "no third");
static_assert(ct::count_events(days(civil_date(2021, 6, 1), civil_date(2021, 6, 30)),
                               afbrief::match::within) == 1,
              "June 2021: the German and Italian announcement");
static_assert(ct::count_events(days(civil_date(2020, 9, 15), civil_date(2020, 9, 15))) == 7,
              "mid-September 2020: the talks began (month precision), plus the six events whose "
              "start the article does not give (three ongoing, three known only to precede "
              "publication)");
static_assert(ct::count_events(days(civil_date(2021, 8, 1), civil_date(2021, 8, 31))) == 4,
              "after publication only the three ongoing events and the upcoming holiday "
              "(unknown end) can overlap");

// Statements by date.
static_assert(ct::count_statements(sunday) == 3, "Akhundzada's three quotations");
static_assert(ct::count_statements(saturday) == 5, "the Saturday quotations");
static_assert(ct::count_statements(days(civil_date(2021, 7, 19), civil_date(9999, 12, 31))) == 0,
              "nothing said after publication");

// Events by actor, figures by originator and by measure.
static_assert(ct::count_events_involving(afbrief::actor_id::taliban) == 7, "Taliban");
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
    CHECK(static_cast<size_t>(rt::find_figure(key.ref()).value()) == i);
  }
  for (size_t i = 0; i < ct::events().size(); ++i) {
    const afbrief::event e = ct::events().at(i).value();
    runtime_key key(std::string(ct::text(e.key).data(), ct::text(e.key).size()).c_str());
    REQUIRE(rt::find_event(key.ref()).has_value());
    CHECK(static_cast<size_t>(rt::find_event(key.ref()).value()) == i);
  }
  for (size_t i = 0; i < ct::statements().size(); ++i) {
    const afbrief::statement s = ct::statements().at(i).value();
    runtime_key key(std::string(ct::text(s.key).data(), ct::text(s.key).size()).c_str());
    REQUIRE(rt::find_statement(key.ref()).has_value());
    CHECK(static_cast<size_t>(rt::find_statement(key.ref()).value()) == i);
  }
  for (size_t i = 0; i < ct::actors().size(); ++i) {
    const afbrief::actor a = ct::actors().at(i).value();
    runtime_key key(std::string(ct::text(a.key).data(), ct::text(a.key).size()).c_str());
    REQUIRE(rt::find_actor(key.ref()).has_value());
    CHECK(static_cast<size_t>(rt::find_actor(key.ref()).value()) == i);
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

TEST_CASE("runtime date queries agree with compile-time counts") {
  constexpr size_t expected_saturday = ct::count_events(saturday);
  const afbrief::core::date_result from = afbrief::parse_date(runtime_key("2021-07-17").ref());
  REQUIRE(from.ok());
  const afbrief::core::range_result r = afbrief::make_range(from.value(), from.value());
  REQUIRE(r.ok());
  size_t seen = 0;
  for (afbrief::event e : rt::events_in(r.value())) {
    CHECK(core::overlaps(e.when, from.value(), from.value()));
    ++seen;
  }
  CHECK(seen == expected_saturday);
  CHECK(rt::count_events(r.value()) == expected_saturday);
  for (size_t n = 0; n < seen; ++n) CHECK(rt::nth_event(r.value(), n) == ct::nth_event(saturday, n));

  size_t statements = 0;
  for (afbrief::statement s : rt::statements_in(r.value())) {
    CHECK(s.said_on == civil_date(2021, 7, 17));
    ++statements;
  }
  CHECK(statements == ct::count_statements(saturday));
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
  const afbrief::format_result r =
      rt::format_event(afbrief::event_id::germany_italy_withdrawal_announced, buffer, sizeof buffer);
  CHECK(std::string(buffer, r.length) ==
        "2021-06-21/2021-06-30 (in late June): Germany and Italy announce the complete "
        "withdrawal of their forces");
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

// What a careless call answers at run time: never data. An empty maybe's
// value() is none (core/maybe.hpp), an invalid date formats as nothing, and
// the error codes name the real fault. (The same calls inside a constant
// expression do not compile: tests/compile_fail.)
#include <doctest/doctest.h>
#include <string.h>

#include <afbrief/afbrief.hpp>

using afbrief::civil_date;
using afbrief::rt;
namespace core = afbrief::core;

namespace {
// Values the optimiser cannot fold: each misuse runs as a firmware's would.
template <class T>
T at_run_time(T value) {
  volatile T copy = value;
  return copy;
}
template <class Id>
unsigned bits_of(Id id) {
  return static_cast<unsigned>(id);
}
// The key of a record, decoded from the pool.
template <class Record>
size_t key_size(const Record& r) {
  return rt::size(r.key);
}
}  // namespace

TEST_CASE("an empty maybe's value() is none, which no lookup takes for a record") {
  // In a buffer of its own size, with a length the compiler cannot see:
  // GCC -O3 once warned (-Warray-bounds, an error here) that the key
  // index's word compares could read past it. They read [0, length) only.
  const char typo[] = "peple_in_need";
  const afbrief::maybe<afbrief::figure_id> missed =
      rt::find_figure(afbrief::text_ref(typo, at_run_time(sizeof typo - 1)));
  REQUIRE_FALSE(missed.has_value());
  // Not the first figure (the British troops), but none: id 0.
  CHECK(bits_of(missed.value()) == 0u);
  CHECK(afbrief::core::is_none(missed.value()));
  CHECK(missed.value() == core::none<afbrief::figure_id>());
  CHECK(afbrief::core::position_of(missed.value()) >= rt::figures().size());
  CHECK_FALSE(rt::get(missed.value()).has_value());
  CHECK_FALSE(rt::annotation(missed.value()).has_value());
  char buffer[64] = "canary";
  const afbrief::format_result r = rt::format_figure(missed.value(), buffer, sizeof buffer);
  CHECK(r.length == 0);
  CHECK(r.needed == 0);
  CHECK(buffer[0] == '\0');

  // Every id type of the sheet has the same none, and the first record is 1.
  CHECK(bits_of(afbrief::figure_id::british_troops_remaining) == 1u);
  CHECK(bits_of(rt::find_event(afbrief::text_ref("x", 1)).value()) == 0u);
  CHECK(bits_of(rt::find_statement(afbrief::text_ref("x", 1)).value()) == 0u);
  CHECK(bits_of(rt::find_actor(afbrief::text_ref("x", 1)).value()) == 0u);
  CHECK(bits_of(rt::find_source(afbrief::text_ref("x", 1)).value()) == 0u);
  CHECK(bits_of(rt::find_place(afbrief::text_ref("x", 1)).value()) == 0u);
  CHECK(rt::size(rt::name_of(rt::find_source(afbrief::text_ref("x", 1)).value())) == 0);
  CHECK(rt::size(rt::name_of(rt::find_actor(afbrief::text_ref("x", 1)).value())) == 0);
  CHECK(rt::size(rt::name_of(rt::find_place(afbrief::text_ref("x", 1)).value())) == 0);
}

TEST_CASE("an empty maybe's record is none: its texts are empty, its ids none") {
  // Was: the key of "record" 200 rendered as "Doha News", text offset 0.
  const afbrief::maybe<afbrief::figure> f = rt::get(at_run_time(afbrief::figure_id(200)));
  REQUIRE_FALSE(f.has_value());
  CHECK(f.value().key == core::packed_text{0});
  CHECK(key_size(f.value()) == 0);
  CHECK(rt::size(f.value().subject) == 0);
  CHECK(rt::size(f.value().wording) == 0);
  CHECK(bits_of(f.value().id) == 0u);
  CHECK_FALSE(f.value().originator.has_value());
  CHECK(f.value().via.size() == 0);
  CHECK(f.value().paragraph == 0);
  CHECK_FALSE(core::is_valid(f.value().covers.begin.first_day));
  char buffer[64] = "canary";
  core::writer out(buffer, sizeof buffer);
  rt::put_figure(out, f.value());
  CHECK(out.finish().needed == 0);

  const afbrief::maybe<afbrief::statement> s = rt::get(at_run_time(afbrief::statement_id(200)));
  REQUIRE_FALSE(s.has_value());
  CHECK(key_size(s.value()) == 0);
  CHECK(rt::size(s.value().quote) == 0);
  CHECK(bits_of(s.value().speaker) == 0u);
  CHECK_FALSE(rt::get(s.value().speaker).has_value());

  const afbrief::maybe<afbrief::source> src = rt::get(at_run_time(afbrief::source_id(200)));
  REQUIRE_FALSE(src.has_value());
  CHECK(rt::size(src.value().name) == 0);
  CHECK_FALSE(rt::get(src.value().actor).has_value());

  CHECK(key_size(rt::get(at_run_time(afbrief::actor_id(200))).value()) == 0);
  CHECK(key_size(rt::get(at_run_time(afbrief::place_id(200))).value()) == 0);
  // Offset 0 is the empty text in the pool, not only in this copy.
  CHECK(rt::size(core::packed_text{0}) == 0);
}

TEST_CASE("formatting the value() of an empty nth_event writes nothing") {
  const afbrief::date_range july = afbrief::make_range(civil_date(2021, 7, 1),
                                                       civil_date(2021, 7, 31)).value();
  const size_t count = rt::count_events(july);
  REQUIRE(count > 0);
  const afbrief::maybe<afbrief::event_id> past = rt::nth_event(july, at_run_time(count));
  REQUIRE_FALSE(past.has_value());
  // Was: the Akhundzada event, record 0.
  char buffer[128] = "canary";
  const afbrief::format_result r = rt::format_event(past.value(), buffer, sizeof buffer);
  CHECK(r.needed == 0);
  CHECK(buffer[0] == '\0');
  core::writer out(buffer, sizeof buffer);
  rt::put_event(out, rt::get(past.value()).value());
  CHECK(out.finish().needed == 0);
}

TEST_CASE("a failed make_range's range matches nothing, not even unknown bounds") {
  const afbrief::range_result failed =
      afbrief::make_range(civil_date(2021, 7, 18), civil_date(2021, 7, 17));
  REQUIRE_FALSE(failed.ok());
  CHECK_FALSE(core::is_valid(failed.value().from()));
  // Some events have an unknown start and end ("/.."), which overlap every
  // real range, even one a century before the article.
  const afbrief::date_range long_before =
      afbrief::make_range(civil_date(1900, 1, 1), civil_date(1900, 1, 1)).value();
  CHECK(rt::count_events(long_before) > 0);
  CHECK(rt::count_events(failed.value()) == 0);
  CHECK(rt::count_events(failed.value(), afbrief::match::within) == 0);
  CHECK(rt::count_statements(failed.value()) == 0);
  CHECK_FALSE(rt::nth_event(failed.value(), 0).has_value());
}

TEST_CASE("an invalid date formats as nothing, never as another date") {
  struct bad {
    int16_t year;
    uint8_t month;
    uint8_t day;
  };
  // Each was written as a valid date before: 12021 -> 2021, -1 -> 7295.
  const bad dates[] = {{12021, 7, 17}, {-1, 7, 17}, {2021, 107, 17}, {2021, 2, 29},
                       {10000, 1, 1},  {0, 1, 1},   {2021, 0, 17},   {2021, 7, 0},
                       {2021, 7, 32},  {0, 0, 0}};
  for (const bad& d : dates) {
    CAPTURE(d.year);
    CAPTURE(static_cast<int>(d.month));
    CAPTURE(static_cast<int>(d.day));
    const civil_date date(at_run_time(d.year), at_run_time(d.month), at_run_time(d.day));
    char buffer[32] = "canary";
    afbrief::format_result r = core::format_date(date, buffer, sizeof buffer);
    CHECK(r.needed == 0);
    CHECK(r.length == 0);
    CHECK(buffer[0] == '\0');
    strcpy(buffer, "canary");
    r = core::format_edtf(core::during(core::on_day(date.year(), date.month(), date.day())), buffer,
                          sizeof buffer);
    CHECK(r.needed == 0);
    CHECK(buffer[0] == '\0');
  }
  // A period whose bounds are valid but reversed is invalid too.
  char buffer[32];
  CHECK(core::format_edtf(core::between(core::on_day(2021, 7, 18), core::on_day(2021, 7, 17)),
                          buffer, sizeof buffer)
            .needed == 0);
  // The edges of the range still format, and every valid period writes
  // something, so needed == 0 always means "invalid".
  CHECK(core::format_date(civil_date(1, 1, 1), buffer, sizeof buffer).needed == 10);
  CHECK(strcmp(buffer, "0001-01-01") == 0);
  CHECK(core::format_date(civil_date(9999, 12, 31), buffer, sizeof buffer).needed == 10);
  CHECK(strcmp(buffer, "9999-12-31") == 0);
  CHECK(core::format_edtf(core::between(core::unknown_instant(), core::unknown_instant()), buffer,
                          sizeof buffer)
            .needed == 1);
  // A failed parse holds no date, so it cannot be printed as one.
  const afbrief::date_result parsed = core::parse_date("2021-02-30");
  REQUIRE_FALSE(parsed.ok());
  CHECK(core::format_date(parsed.value(), buffer, sizeof buffer).needed == 0);
}

TEST_CASE("the year limits and error codes agree everywhere") {
  using core::date_error;
  // Was day_out_of_range: the day is fine, the year is not.
  CHECK(core::add_days(civil_date(at_run_time<int16_t>(10000), 1, 1), 1).error() ==
        date_error::year_out_of_range);
  CHECK(core::add_days(civil_date(-1, 7, 17), 1).error() == date_error::year_out_of_range);
  CHECK(core::add_days(civil_date(0, 7, 17), 1).error() == date_error::year_out_of_range);
  CHECK(core::add_days(civil_date(2021, 13, 1), 1).error() == date_error::month_out_of_range);
  CHECK(core::add_days(civil_date(2021, 2, 29), 1).error() == date_error::day_out_of_range);
  CHECK(core::add_days(civil_date(9999, 12, 31), 1).error() == date_error::year_out_of_range);
  CHECK(core::add_days(civil_date(1, 1, 1), -1).error() == date_error::year_out_of_range);
  CHECK(core::parse_date("0000-07-17").error() == date_error::year_out_of_range);
  CHECK(core::civil_from_days(core::days_from_civil(civil_date(9999, 12, 31)) + 1).error() ==
        date_error::year_out_of_range);
  // And on error the value is no date, whichever function failed.
  CHECK_FALSE(core::is_valid(core::add_days(civil_date(10000, 1, 1), 1).value()));
  CHECK_FALSE(core::is_valid(core::civil_from_days(2147483647L).value()));
  CHECK_FALSE(core::is_valid(core::parse_date("x").value()));
}

TEST_CASE("every writer defaults to UTF-8") {
  // A library text with a non-ASCII character: the curly apostrophe of a
  // record's text would do as well; a vocabulary word is plain ASCII, so use
  // a text of the caller's own.
  const char curly[] = "\xE2\x80\x99";
  char buffer[8];
  CHECK(core::render_text(afbrief::text_ref(curly, 3), buffer, sizeof buffer).length == 3);
  core::writer out(buffer, sizeof buffer);
  out.put(afbrief::text_ref(curly, 3));
  CHECK(out.finish().length == 3);
  CHECK(rt::render(afbrief::text_ref(curly, 3), buffer, sizeof buffer).length == 3);
  // ASCII is asked for by name.
  CHECK(core::render_text(afbrief::text_ref(curly, 3), buffer, sizeof buffer,
                          afbrief::charset::ascii)
            .length == 1);
  CHECK(buffer[0] == '\'');
}

// Imprecise dates: last days, validity, overlap semantics and EDTF text.
#include <doctest/doctest.h>
#include <string.h>

#include <string>

#include <afbrief/afbrief.hpp>

namespace core = afbrief::core;
using afbrief::civil_date;

static_assert(core::last_day(core::in_month(2020, 2)) == civil_date(2020, 2, 29), "leap February");
static_assert(core::last_day(core::in_month(2021, 6)) == civil_date(2021, 6, 30), "June");
static_assert(core::last_day(core::in_quarter(2021, 1)) == civil_date(2021, 3, 31), "Q1");
static_assert(core::last_day(core::in_quarter(2021, 4)) == civil_date(2021, 12, 31), "Q4");
static_assert(core::last_day(core::in_year(2020)) == civil_date(2020, 12, 31), "year");
static_assert(core::is_valid(core::between(core::in_month(2021, 1), core::on_day(2021, 7, 18))),
              "since January");
static_assert(!core::is_valid(core::between(core::on_day(2021, 7, 18), core::on_day(2021, 7, 17))),
              "reversed");
static_assert(!core::is_valid(core::between(core::open_instant(), core::on_day(2021, 7, 17))),
              "an open begin is not a thing; unknown is");
static_assert(!core::is_valid(core::during(core::on_day(2021, 2, 29))), "invalid day");
static_assert(!core::is_valid(core::instant{civil_date(2021, 2, 1), core::grain::quarter, false}),
              "a quarter starts in January, April, July or October");

namespace {
constexpr civil_date d(int16_t y, uint8_t m, uint8_t day) { return civil_date(y, m, day); }
constexpr core::date_range range(civil_date from, civil_date to) {
  return core::make_range(from, to).value();
}
}  // namespace

// overlaps: could have touched the range; within: entirely inside it.
static_assert(core::matches(core::during(core::in_month(2020, 9)),
                            range(d(2020, 9, 30), d(2020, 10, 5)), core::match::overlaps),
              "September 2020 may include the 30th");
static_assert(!core::matches(core::during(core::in_month(2020, 9)),
                             range(d(2020, 9, 30), d(2020, 10, 5)), core::match::within),
              "but is not inside 30 Sep - 5 Oct");
static_assert(core::matches(core::during(core::in_month(2020, 9)),
                            range(d(2020, 9, 1), d(2020, 9, 30)), core::match::within),
              "September lies within September");
static_assert(!core::matches(core::during(core::in_month(2020, 9)),
                             range(d(2020, 10, 1), d(2020, 10, 1)), core::match::overlaps),
              "no overlap the day after");
static_assert(core::matches(core::between(core::unknown_instant(), core::open_instant()),
                            range(d(1, 1, 1), d(1, 1, 1)), core::match::overlaps),
              "unknown start and open end overlap everything");
static_assert(!core::matches(core::between(core::unknown_instant(), core::open_instant()),
                             range(d(1, 1, 1), d(9999, 12, 31)), core::match::within),
              "but lie within nothing");
static_assert(!core::make_range(d(2021, 7, 18), d(2021, 7, 17)).ok() &&
                  core::make_range(d(2021, 7, 18), d(2021, 7, 17)).error() ==
                      core::range_error::from_after_to,
              "a reversed range is an error");
static_assert(core::make_range(civil_date(2021, 2, 29), d(2021, 7, 17)).error() ==
                  core::range_error::invalid_from,
              "an impossible start is an error");
static_assert(core::make_range(d(2021, 7, 17), civil_date(2021, 13, 1)).error() ==
                  core::range_error::invalid_to,
              "an impossible end is an error");

// ---- One day of a set (EDTF [a..b]) ----------------------------------------------
// "on or before 2021-07-18", "on or after 2021-07-20", "the 17th or the 18th":
// a single day the source does not give. Compared like an interval by its
// earliest and latest possible days.
namespace {
constexpr core::period on_or_before =
    core::one_of(core::unknown_instant(), core::on_day(2021, 7, 18));
constexpr core::period on_or_after =
    core::one_of(core::on_day(2021, 7, 20), core::unknown_instant());
constexpr core::period weekend = core::one_of(core::on_day(2021, 7, 17), core::on_day(2021, 7, 18));
constexpr core::period weekend_span =
    core::between(core::on_day(2021, 7, 17), core::on_day(2021, 7, 18));
}  // namespace
static_assert(on_or_before.form == core::period_form::one_of &&
                  weekend_span.form == core::period_form::interval,
              "one_of makes a set, between an interval");
static_assert(core::is_valid(on_or_before) && core::is_valid(on_or_after) &&
                  core::is_valid(weekend),
              "valid sets");
static_assert(!core::is_valid(core::one_of(core::on_day(2021, 7, 20), core::open_instant())),
              "a set has no open end");
static_assert(!core::is_valid(core::one_of(core::unknown_instant(), core::unknown_instant())),
              "a set needs a dated bound");
static_assert(!core::is_valid(core::one_of(core::on_day(2021, 7, 18), core::on_day(2021, 7, 18))),
              "a set of one day is that day");
static_assert(!core::is_valid(core::one_of(core::on_day(2021, 7, 18), core::on_day(2021, 7, 17))),
              "a reversed set");
static_assert(core::earliest_day_number(on_or_before) == core::no_earliest_day &&
                  core::latest_day_number(on_or_before) ==
                      core::days_from_civil(civil_date(2021, 7, 18)),
              "on or before: no earliest day");
static_assert(core::earliest_day_number(on_or_after) ==
                      core::days_from_civil(civil_date(2021, 7, 20)) &&
                  core::latest_day_number(on_or_after) == core::no_latest_day,
              "on or after: no latest day");
static_assert(core::earliest_day_number(weekend) == core::earliest_day_number(weekend_span) &&
                  core::latest_day_number(weekend) == core::latest_day_number(weekend_span),
              "a set and an interval over the same days compare alike");
static_assert(!core::overlaps(on_or_after, d(2021, 7, 19), d(2021, 7, 19)) &&
                  core::overlaps(on_or_after, d(2021, 7, 20), d(2021, 7, 20)) &&
                  core::overlaps(on_or_after, d(2099, 1, 1), d(2099, 1, 1)),
              "on or after the 20th: not the 19th, the 20th and any day after");
static_assert(!core::lies_within(on_or_after, d(2021, 7, 20), d(9999, 12, 31)),
              "no end, so within no range");
static_assert(core::overlaps(on_or_before, d(1, 1, 1), d(1, 1, 1)) &&
                  core::overlaps(on_or_before, d(2021, 7, 18), d(2021, 7, 18)) &&
                  !core::overlaps(on_or_before, d(2021, 7, 19), d(2021, 7, 31)),
              "on or before the 18th: any day up to it, none after");
static_assert(core::lies_within(weekend, d(2021, 7, 17), d(2021, 7, 18)) &&
                  !core::lies_within(weekend, d(2021, 7, 17), d(2021, 7, 17)) &&
                  core::overlaps(weekend, d(2021, 7, 17), d(2021, 7, 17)),
              "the 17th or the 18th: within the weekend, may be the 17th, not surely");

// single_day: the one day a period names, if it names one.
static_assert(core::single_day(core::during(core::on_day(2021, 7, 18))).value() == d(2021, 7, 18),
              "a day");
static_assert(!core::single_day(weekend).has_value(), "one of two days is not a single day");
static_assert(!core::single_day(on_or_before).has_value(), "nor is one of many");
static_assert(!core::single_day(weekend_span).has_value(), "an interval of two days");
static_assert(!core::single_day(core::during(core::in_month(2020, 9))).has_value(), "a month");
static_assert(!core::single_day(core::during(core::approximately(core::on_day(2021, 6, 21))))
                   .has_value(),
              "an approximate day");
static_assert(!core::single_day(core::between(core::unknown_instant(), core::on_day(2021, 7, 18)))
                   .has_value(),
              "up to a day");

namespace {
std::string edtf(core::period p) {
  char buffer[48];
  core::format_result r = core::format_edtf(p, buffer, sizeof buffer);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}
}  // namespace

TEST_CASE("EDTF text for each grain and for intervals") {
  CHECK(edtf(core::during(core::on_day(2021, 7, 17))) == "2021-07-17");
  CHECK(edtf(core::during(core::in_month(2020, 9))) == "2020-09");
  CHECK(edtf(core::during(core::in_year(2020))) == "2020");
  CHECK(edtf(core::during(core::in_quarter(2021, 1))) == "2021-33");
  CHECK(edtf(core::during(core::in_quarter(2021, 4))) == "2021-36");
  CHECK(edtf(core::during(core::approximately(core::in_year(2011)))) == "2011~");
  CHECK(edtf(core::between(core::on_day(2021, 6, 21), core::on_day(2021, 6, 30))) ==
        "2021-06-21/2021-06-30");
  CHECK(edtf(core::between(core::in_month(2021, 1), core::open_instant())) == "2021-01/..");
  CHECK(edtf(core::between(core::unknown_instant(), core::on_day(2021, 7, 18))) == "/2021-07-18");
  CHECK(edtf(core::between(core::unknown_instant(), core::open_instant())) == "/..");
  CHECK(edtf(core::between(core::approximately(core::in_year(2011)), core::on_day(2021, 7, 18))) ==
        "2011~/2021-07-18");
  // An approximate day ("late June": its 21st is not the article's).
  CHECK(edtf(core::between(core::approximately(core::on_day(2021, 6, 21)),
                           core::on_day(2021, 6, 30))) == "2021-06-21~/2021-06-30");
}

TEST_CASE("EDTF text for one day of a set") {
  CHECK(edtf(on_or_before) == "[..2021-07-18]");
  CHECK(edtf(on_or_after) == "[2021-07-20..]");
  CHECK(edtf(weekend) == "[2021-07-17..2021-07-18]");
  CHECK(edtf(weekend_span) == "2021-07-17/2021-07-18");
  CHECK(edtf(core::one_of(core::in_month(2021, 6), core::in_month(2021, 7))) ==
        "[2021-06..2021-07]");
  // Truncated like any text: needed counts the whole.
  char small[6];
  const core::format_result r = core::format_edtf(on_or_before, small, sizeof small);
  CHECK(r.truncated);
  CHECK(r.needed == 14u);
  CHECK(std::string(small) == "[..20");
}

TEST_CASE("a set and the interval over the same days answer date queries alike") {
  const core::period pairs[][2] = {
      {weekend, weekend_span},
      {on_or_before, core::between(core::unknown_instant(), core::on_day(2021, 7, 18))},
  };
  size_t differ = 0;
  for (const auto& pair : pairs) {
    for (int from = 10; from <= 25; ++from) {
      for (int to = from; to <= 25; ++to) {
        const civil_date f(2021, 7, static_cast<uint8_t>(from));
        const civil_date t(2021, 7, static_cast<uint8_t>(to));
        if (core::overlaps(pair[0], f, t) != core::overlaps(pair[1], f, t)) ++differ;
        if (core::lies_within(pair[0], f, t) != core::lies_within(pair[1], f, t)) ++differ;
      }
    }
  }
  CHECK(differ == 0u);
}

TEST_CASE("EDTF into small buffers: truncated, terminated, sized") {
  const core::period p = core::between(core::on_day(2021, 6, 21), core::on_day(2021, 6, 30));
  char four[4] = {'x', 'x', 'x', 'x'};
  core::format_result r = core::format_edtf(p, four, sizeof four);
  CHECK(strcmp(four, "202") == 0);
  CHECK(r.length == 3);
  CHECK(r.needed == 21);
  CHECK(r.truncated);
  char one[1] = {'x'};
  r = core::format_edtf(p, one, 1);
  CHECK(one[0] == '\0');
  CHECK(r.needed == 21);
  r = core::format_edtf(p, nullptr, 0);
  CHECK(r.length == 0);
  CHECK(r.truncated);
}

#if AFBRIEF_HAS_CONSTEXPR14
namespace {
struct edtf_text {
  char text[24];
  size_t length;
};
constexpr edtf_text edtf_at_compile_time(core::period p) {
  edtf_text out{};
  out.length = core::format_edtf(p, out.text, sizeof out.text).length;
  return out;
}
constexpr edtf_text late_june =
    edtf_at_compile_time(core::between(core::on_day(2021, 6, 21), core::on_day(2021, 6, 30)));
static_assert(late_june.length == 21 && late_june.text[10] == '/' && late_june.text[20] == '0',
              "EDTF is produced at compile time from C++14");
constexpr edtf_text quarter = edtf_at_compile_time(core::during(core::in_quarter(2021, 1)));
static_assert(quarter.length == 7 && quarter.text[5] == '3' && quarter.text[6] == '3',
              "2021-33");
constexpr edtf_text after_text = edtf_at_compile_time(on_or_after);
static_assert(after_text.length == 14 && after_text.text[0] == '[' && after_text.text[11] == '.' &&
                  after_text.text[13] == ']',
              "[2021-07-20..] at compile time");
}  // namespace
#endif

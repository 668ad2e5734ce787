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
static_assert(core::matches(core::during(core::in_month(2020, 9)), range(d(2020, 9, 30), d(2020, 10, 5)),
                            core::match::overlaps),
              "September 2020 may include the 30th");
static_assert(!core::matches(core::during(core::in_month(2020, 9)),
                             range(d(2020, 9, 30), d(2020, 10, 5)), core::match::within),
              "but is not inside 30 Sep - 5 Oct");
static_assert(core::matches(core::during(core::in_month(2020, 9)), range(d(2020, 9, 1), d(2020, 9, 30)),
                            core::match::within),
              "September lies within September");
static_assert(!core::matches(core::during(core::in_month(2020, 9)), range(d(2020, 10, 1), d(2020, 10, 1)),
                             core::match::overlaps),
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
}  // namespace
#endif

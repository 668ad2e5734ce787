// Civil dates: conversions, weekdays, ISO 8601 parsing and formatting.
#include <doctest/doctest.h>
#include <string.h>

#include <afbrief/afbrief.hpp>

using afbrief::civil_date;
using afbrief::parse_date;
using afbrief::core::date_error;
using afbrief::core::days_from_civil;
using afbrief::core::civil_from_days;
using afbrief::core::weekday;
using afbrief::core::weekday_of;

// Reference day numbers computed independently (Python's datetime.date).
static_assert(days_from_civil(civil_date(1970, 1, 1)) == 0, "epoch");
static_assert(days_from_civil(civil_date(1969, 12, 31)) == -1, "day before the epoch");
static_assert(days_from_civil(civil_date(2000, 3, 1)) == 11017, "after a 400-year leap day");
static_assert(days_from_civil(civil_date(2020, 2, 29)) == 18321, "leap day");
static_assert(days_from_civil(civil_date(2021, 7, 18)) == 18826L, "publication day");
static_assert(days_from_civil(civil_date(1, 1, 1)) == -719162L, "first valid day");
static_assert(days_from_civil(civil_date(9999, 12, 31)) == 2932896L, "last valid day");
static_assert(civil_from_days(18826L).value() == civil_date(2021, 7, 18), "inverse");
static_assert(civil_from_days(-719162L).value() == civil_date(1, 1, 1), "inverse, far past");
static_assert(civil_from_days(2932896L).value() == civil_date(9999, 12, 31), "last day");
static_assert(civil_from_days(-719163L).error() == date_error::year_out_of_range, "before year 1");
static_assert(civil_from_days(2932897L).error() == date_error::year_out_of_range, "after 9999");
static_assert(civil_from_days(2147483647L).error() == date_error::year_out_of_range,
              "no overflow at the top of int32_t");
static_assert(civil_from_days(-2147483647L - 1).error() == date_error::year_out_of_range,
              "nor at the bottom");
static_assert(afbrief::core::weekday_from_days(2147483647L) == weekday::friday &&
                  afbrief::core::weekday_from_days(-2147483647L - 1) == weekday::tuesday,
              "weekdays of the extreme day numbers (checked in Python), without overflow");
static_assert(weekday_of(civil_date(2021, 7, 18)) == weekday::sunday, "Sunday");
static_assert(weekday_of(civil_date(2021, 7, 17)) == weekday::saturday, "Saturday");
static_assert(weekday_of(civil_date(1, 1, 1)) == weekday::monday, "0001-01-01 was a Monday");
static_assert(weekday_of(civil_date(1969, 12, 31)) == weekday::wednesday, "before the epoch");
static_assert(afbrief::core::days_between(civil_date(2021, 7, 17), civil_date(2021, 7, 18)) == 1,
              "one day apart");
static_assert(afbrief::core::add_days(civil_date(2020, 12, 31), 1).value() ==
                  civil_date(2021, 1, 1),
              "year rollover");
static_assert(afbrief::core::add_days(civil_date(9999, 12, 31), 1).error() ==
                  date_error::year_out_of_range,
              "past 9999 is an error, not year 10000");
static_assert(afbrief::core::add_days(civil_date(2021, 7, 18), 2147483647L).error() ==
                  date_error::year_out_of_range,
              "a huge step neither overflows nor wraps");
static_assert(afbrief::core::add_days(civil_date(2021, 7, 18), -2147483647L - 1).error() ==
                  date_error::year_out_of_range,
              "nor does a huge step back");
static_assert(afbrief::core::add_days(civil_date(2021, 2, 29), 1).error() ==
                  date_error::day_out_of_range,
              "an invalid start is reported");
static_assert(afbrief::core::days_from_civil(civil_date(2021, 255, 1)) != 0,
              "an unchecked month is arithmetic, not undefined behaviour");

static_assert(parse_date("2021-07-18").ok(), "well formed");
static_assert(parse_date("2021-07-18").value() == civil_date(2021, 7, 18), "fields");
static_assert(parse_date("2021-02-29").error() == date_error::day_out_of_range, "not a leap year");
static_assert(parse_date("2020-02-29").ok(), "a leap year");
static_assert(parse_date("2021-13-01").error() == date_error::month_out_of_range, "month 13");
static_assert(parse_date("2021-00-10").error() == date_error::month_out_of_range, "month 0");
static_assert(parse_date("2021-04-31").error() == date_error::day_out_of_range, "April 31");
static_assert(parse_date("2021-7-1").error() == date_error::syntax, "unpadded");
static_assert(parse_date("").error() == date_error::empty, "empty");
static_assert(parse_date("2021-07-18x").error() == date_error::trailing_characters, "trailing");
static_assert(parse_date("2021-07-18 ").error() == date_error::trailing_characters, "space");
static_assert(parse_date("0000-01-01").error() == date_error::year_out_of_range, "year 0");
static_assert(parse_date("2021/07/18").error() == date_error::syntax, "slashes");
static_assert(parse_date("20210718").error() == date_error::syntax, "basic format");

TEST_CASE("every day from 0001-01-01 to 9999-12-31 round-trips and steps by one") {
  const int32_t first = days_from_civil(civil_date(1, 1, 1));
  const int32_t last = days_from_civil(civil_date(9999, 12, 31));
  civil_date previous = civil_date(0, 12, 31);  // the day before 0001-01-01
  int32_t mismatches = 0;
  for (int32_t day = first; day <= last; ++day) {
    const civil_date d = civil_from_days(day).value();
    if (!afbrief::core::is_valid(d) || days_from_civil(d) != day || !(previous < d) ||
        static_cast<int>(weekday_of(d)) != static_cast<int>((static_cast<int>(weekday_of(previous)) + 1) % 7))
      ++mismatches;
    previous = d;
  }
  CHECK(mismatches == 0);
  CHECK(last - first + 1 == 3652059L);  // 9999 Gregorian years
}

TEST_CASE("runtime parsing agrees with compile-time parsing") {
  const char* inputs[] = {"2021-07-18", "2021-02-29", "2021-13-01", "2021-7-1",
                          "",           "2021-07-18x", "9999-12-31", "0001-01-01"};
  constexpr afbrief::core::date_result expected[] = {
      parse_date("2021-07-18"), parse_date("2021-02-29"), parse_date("2021-13-01"),
      parse_date("2021-7-1"),   parse_date(""),           parse_date("2021-07-18x"),
      parse_date("9999-12-31"), parse_date("0001-01-01")};
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; ++i) {
    CAPTURE(inputs[i]);
    const afbrief::core::date_result got =
        parse_date(afbrief::core::text_from_c_string(inputs[i]));
    CHECK(got.ok() == expected[i].ok());
    CHECK(got.error() == expected[i].error());
    if (got.ok()) CHECK(got.value() == expected[i].value());
  }
  CHECK(parse_date(afbrief::core::text_from_c_string(nullptr)).error() == date_error::empty);
}

TEST_CASE("format_date writes YYYY-MM-DD and reports truncation") {
  char buffer[11];
  afbrief::format_result r = afbrief::core::format_date(civil_date(2021, 7, 8), buffer, sizeof buffer);
  CHECK(strcmp(buffer, "2021-07-08") == 0);
  CHECK(r.length == 10);
  CHECK(r.needed == 10);
  CHECK_FALSE(r.truncated);

  char small[5] = {'x', 'x', 'x', 'x', 'x'};
  r = afbrief::core::format_date(civil_date(2021, 7, 8), small, sizeof small);
  CHECK(strcmp(small, "2021") == 0);
  CHECK(r.truncated);
  CHECK(r.needed == 10);

  char one[1] = {'x'};
  r = afbrief::core::format_date(civil_date(2021, 7, 8), one, 1);
  CHECK(one[0] == '\0');
  CHECK(r.length == 0);
  CHECK(r.truncated);

  char untouched = 'x';
  r = afbrief::core::format_date(civil_date(2021, 7, 8), &untouched, 0);
  CHECK(untouched == 'x');
  CHECK(r.truncated);
  CHECK(r.needed == 10);

  r = afbrief::core::format_date(civil_date(2021, 7, 8), nullptr, 64);
  CHECK(r.length == 0);
  CHECK(r.truncated);
}

TEST_CASE("every date error has its own description") {
  const date_error errors[] = {date_error::none, date_error::empty, date_error::syntax,
                               date_error::trailing_characters, date_error::month_out_of_range,
                               date_error::day_out_of_range, date_error::year_out_of_range};
  for (size_t i = 0; i < 7; ++i)
    for (size_t j = i + 1; j < 7; ++j)
      CHECK_FALSE(afbrief::core::equal(afbrief::core::describe(errors[i]),
                                       afbrief::core::describe(errors[j])));
}

#if AFBRIEF_HAS_CONSTEXPR14
namespace {
struct formatted_date {
  char text[11];
};
constexpr formatted_date format_at_compile_time(civil_date d) {
  formatted_date out{};
  afbrief::core::format_date(d, out.text, sizeof out.text);
  return out;
}
constexpr formatted_date publication = format_at_compile_time(civil_date(2021, 7, 18));
static_assert(publication.text[0] == '2' && publication.text[4] == '-' &&
                  publication.text[5] == '0' && publication.text[6] == '7' &&
                  publication.text[9] == '8' && publication.text[10] == '\0',
              "formatting runs at compile time from C++14");
}  // namespace
#endif

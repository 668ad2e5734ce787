// afbrief: civil (proleptic Gregorian) dates.
//
// Day arithmetic uses int32_t throughout: int is 16 bits on AVR, and the day
// count of year 9999 does not fit in it. The conversions follow the
// era-based method published by Howard Hinnant ("chrono-Compatible Low-Level
// Date Algorithms"), written here as C++11 constexpr expressions. Valid years
// are 1..9999, the range ISO 8601 writes with four digits.
#ifndef AFBRIEF_CORE_DATE_HPP
#define AFBRIEF_CORE_DATE_HPP

#include "../config.hpp"
#include "maybe.hpp"
#include "names.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

class civil_date {
 public:
  // No date: 0000-00-00, which is_valid rejects and no formatter writes. It is
  // what a failed parse or an empty maybe holds, so it cannot pass for a day.
  constexpr civil_date() noexcept : year_(0), month_(0), day_(0) {}
  constexpr civil_date(int16_t year, uint8_t month, uint8_t day) noexcept
      : year_(year), month_(month), day_(day) {}

  constexpr int16_t year() const noexcept { return year_; }
  constexpr uint8_t month() const noexcept { return month_; }
  constexpr uint8_t day() const noexcept { return day_; }

 private:
  int16_t year_;
  uint8_t month_;
  uint8_t day_;
};

// Sunday is 0, as in C's tm_wday.
enum class weekday : uint8_t { sunday, monday, tuesday, wednesday, thursday, friday, saturday };

constexpr bool is_leap_year(int32_t year) noexcept {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

constexpr uint8_t days_in_month(int32_t year, uint8_t month) noexcept {
  return month == 2 ? (is_leap_year(year) ? 29 : 28)
         : (month == 4 || month == 6 || month == 9 || month == 11) ? 30
         : (month >= 1 && month <= 12)                              ? 31
                                                                    : 0;
}

constexpr bool is_valid(civil_date d) noexcept {
  return d.year() >= 1 && d.year() <= 9999 && d.month() >= 1 && d.month() <= 12 &&
         d.day() >= 1 && d.day() <= days_in_month(d.year(), d.month());
}

namespace detail {

// Years counted from March, so that the leap day ends the year.
constexpr int32_t march_year(civil_date d) noexcept {
  return static_cast<int32_t>(d.year()) - (d.month() <= 2 ? 1 : 0);
}
constexpr int32_t era_of_year(int32_t y) noexcept { return (y >= 0 ? y : y - 399) / 400; }
// Day of the March-based year, [0, 365].
constexpr int32_t day_of_march_year(civil_date d) noexcept {
  // In int32_t: `int` is 16 bits on AVR, and 153 * month overflows it for
  // the out-of-range months an unchecked civil_date can hold.
  return (153 * (d.month() > 2 ? static_cast<int32_t>(d.month()) - 3
                               : static_cast<int32_t>(d.month()) + 9) +
          2) / 5 +
         d.day() - 1;
}
// Day of the 400-year era, [0, 146096].
constexpr int32_t day_of_era(int32_t year_of_era, int32_t day_of_year) noexcept {
  return year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
}
constexpr int32_t days_from_parts(int32_t y, civil_date d) noexcept {
  return era_of_year(y) * 146097 + day_of_era(y - era_of_year(y) * 400, day_of_march_year(d)) -
         719468;
}

// The inverse, step by step; each helper names one intermediate quantity.
constexpr int32_t era_of_day(int32_t z) noexcept { return (z >= 0 ? z : z - 146096) / 146097; }
constexpr int32_t year_of_era(int32_t doe) noexcept {
  return (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
}
constexpr int32_t day_of_year_from(int32_t doe, int32_t yoe) noexcept {
  return doe - (365 * yoe + yoe / 4 - yoe / 100);
}
constexpr int32_t march_month(int32_t doy) noexcept { return (5 * doy + 2) / 153; }
constexpr civil_date civil_from_parts(int32_t y, int32_t doy) noexcept {
  return civil_date(
      static_cast<int16_t>(y + (march_month(doy) < 10 ? 0 : 1)),
      static_cast<uint8_t>(march_month(doy) < 10 ? march_month(doy) + 3 : march_month(doy) - 9),
      static_cast<uint8_t>(doy - (153 * march_month(doy) + 2) / 5 + 1));
}
constexpr civil_date civil_from_era(int32_t z, int32_t era) noexcept {
  return civil_from_parts(year_of_era(z - era * 146097) + era * 400,
                          day_of_year_from(z - era * 146097, year_of_era(z - era * 146097)));
}

}  // namespace detail

// Days since 1970-01-01 (negative before it), for a valid date (is_valid).
// Any civil_date gives a defined number; an invalid one, a meaningless one.
constexpr int32_t days_from_civil(civil_date d) noexcept {
  return detail::days_from_parts(detail::march_year(d), d);
}

// The day numbers of 0001-01-01 and 9999-12-31, the valid range.
constexpr int32_t first_day_number = -719162L;
constexpr int32_t last_day_number = 2932896L;

// 1970-01-01 was a Thursday. Defined for every int32_t (no overflow).
constexpr weekday weekday_from_days(int32_t days) noexcept {
  return static_cast<weekday>((days % 7 + 11) % 7);
}
constexpr weekday weekday_of(civil_date d) noexcept {
  return weekday_from_days(days_from_civil(d));
}

// to - from, in days (both valid dates: the difference fits easily).
constexpr int32_t days_between(civil_date from, civil_date to) noexcept {
  return days_from_civil(to) - days_from_civil(from);
}

constexpr bool operator==(civil_date a, civil_date b) noexcept {
  return a.year() == b.year() && a.month() == b.month() && a.day() == b.day();
}
constexpr bool operator!=(civil_date a, civil_date b) noexcept { return !(a == b); }
constexpr bool operator<(civil_date a, civil_date b) noexcept {
  return a.year() != b.year()     ? a.year() < b.year()
         : a.month() != b.month() ? a.month() < b.month()
                                  : a.day() < b.day();
}
constexpr bool operator>(civil_date a, civil_date b) noexcept { return b < a; }
constexpr bool operator<=(civil_date a, civil_date b) noexcept { return !(b < a); }
constexpr bool operator>=(civil_date a, civil_date b) noexcept { return !(a < b); }

// ---- ISO 8601 calendar date, extended format: exactly YYYY-MM-DD ----------

// none: parsed; syntax: not four digits, '-', two digits, '-', two digits;
// trailing_characters: a well-formed date followed by more text;
// day_out_of_range: day 00, or past the month's end (2021-02-29).
#define AFBRIEF_DATE_ERRORS(X, arg)                                         \
  X(arg, none, "no error")                                                  \
  X(arg, empty, "empty date")                                               \
  X(arg, syntax, "expected a date written YYYY-MM-DD")                      \
  X(arg, trailing_characters, "unexpected text after the date")            \
  X(arg, month_out_of_range, "month out of range (01-12)")                  \
  X(arg, day_out_of_range, "day out of range for that month")               \
  X(arg, year_out_of_range, "year out of range (0001-9999)")
enum class date_error : uint8_t { AFBRIEF_DATE_ERRORS(AFBRIEF_PHRASE_ENUMERATOR, ~) };
AFBRIEF_PHRASES(describe, date_error, AFBRIEF_DATE_ERRORS)

typedef result<civil_date, date_error> date_result;

namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr int32_t digit(text_ref s, size_t i) noexcept { return char_at(s, i) - '0'; }
constexpr bool has_date_shape(text_ref s) noexcept {
  return s.size() >= 10 && is_digit(char_at(s, 0)) && is_digit(char_at(s, 1)) &&
         is_digit(char_at(s, 2)) && is_digit(char_at(s, 3)) && char_at(s, 4) == '-' &&
         is_digit(char_at(s, 5)) && is_digit(char_at(s, 6)) && char_at(s, 7) == '-' &&
         is_digit(char_at(s, 8)) && is_digit(char_at(s, 9));
}
constexpr civil_date date_fields(text_ref s) noexcept {
  return civil_date(
      static_cast<int16_t>(digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3)),
      static_cast<uint8_t>(digit(s, 5) * 10 + digit(s, 6)),
      static_cast<uint8_t>(digit(s, 8) * 10 + digit(s, 9)));
}
constexpr date_result checked_date(civil_date d) noexcept {
  return d.year() < 1 || d.year() > 9999  ? date_result(civil_date(), date_error::year_out_of_range)
         : d.month() < 1 || d.month() > 12 ? date_result(civil_date(), date_error::month_out_of_range)
         : !is_valid(d)                    ? date_result(civil_date(), date_error::day_out_of_range)
                                           : date_result(d);
}

}  // namespace detail

// Parses exactly "YYYY-MM-DD". On error the value is no date (0000-00-00);
// check ok() or error() first.
constexpr date_result parse_date(text_ref s) noexcept {
  return s.empty()                    ? date_result(civil_date(), date_error::empty)
         : !detail::has_date_shape(s) ? date_result(civil_date(), date_error::syntax)
         : s.size() > 10 ? date_result(civil_date(), date_error::trailing_characters)
                         : detail::checked_date(detail::date_fields(s));
}

// The date of a day number; year_out_of_range outside 0001-01-01..9999-12-31
// (where the arithmetic would also overflow), never a silently wrong date.
constexpr date_result civil_from_days(int32_t days) noexcept {
  return days < first_day_number || days > last_day_number
             ? date_result(civil_date(), date_error::year_out_of_range)
             : date_result(detail::civil_from_era(days + 719468, detail::era_of_day(days + 719468)));
}

namespace detail {
constexpr date_result shifted(int32_t from, int32_t n) noexcept {
  return (n > 0 && n > last_day_number - from) || (n < 0 && n < first_day_number - from)
             ? date_result(civil_date(), date_error::year_out_of_range)
             : civil_from_days(from + n);
}
}  // namespace detail

// d moved by n days; the error of an invalid d, or year_out_of_range when the
// result would leave 0001-01-01..9999-12-31.
constexpr date_result add_days(civil_date d, int32_t n) noexcept {
  return !detail::checked_date(d).ok() ? detail::checked_date(d)
                                       : detail::shifted(days_from_civil(d), n);
}

#define AFBRIEF_WEEKDAY_NAMES(X, arg) \
  X(arg, sunday, "Sunday")            \
  X(arg, monday, "Monday")            \
  X(arg, tuesday, "Tuesday")          \
  X(arg, wednesday, "Wednesday")      \
  X(arg, thursday, "Thursday")        \
  X(arg, friday, "Friday")            \
  X(arg, saturday, "Saturday")
AFBRIEF_PHRASES(weekday_name, weekday, AFBRIEF_WEEKDAY_NAMES)

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_DATE_HPP

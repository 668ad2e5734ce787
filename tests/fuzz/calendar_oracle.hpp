// An independent calendar in 64-bit arithmetic, for checking afbrief's dates.
//
// Deliberately not the library's method (era-based, March-first years): days
// are counted from 0001-01-01 by whole years, then a month table, and the
// inverse searches for the year. Slower and simpler; every fuzz target that
// checks a date against it checks two unrelated derivations against each
// other. oracle_self_test() walks every day of 0001..9999 once at start-up,
// so the oracle is itself checked before it judges anything.
#ifndef AFBRIEF_TESTS_FUZZ_CALENDAR_ORACLE_HPP
#define AFBRIEF_TESTS_FUZZ_CALENDAR_ORACLE_HPP

#include <stdint.h>

#include "fuzz_support.hpp"

namespace oracle {

struct ymd {
  int64_t year;
  int64_t month;
  int64_t day;
};

inline bool leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline int64_t month_length(int64_t y, int64_t m) {
  static const int64_t lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : lengths[m - 1];
}

// The range ISO 8601 writes with four digits, as afbrief documents it.
inline bool valid(int64_t y, int64_t m, int64_t d) {
  return y >= 1 && y <= 9999 && d >= 1 && d <= month_length(y, m);
}

// Days since 1970-01-01 of a valid date.
inline int64_t days(int64_t y, int64_t m, int64_t d) {
  const int64_t before = y - 1;
  int64_t n = 365 * before + before / 4 - before / 100 + before / 400;  // from 0001-01-01
  for (int64_t k = 1; k < m; ++k) n += month_length(y, k);
  n += d - 1;
  // 1969 whole years lie between 0001-01-01 and 1970-01-01: 477 leap days.
  return n - (1969 * 365 + 477);
}

inline int64_t first_day() { return days(1, 1, 1); }
inline int64_t last_day() { return days(9999, 12, 31); }

// The date of a day number inside [first_day(), last_day()].
inline ymd date_of(int64_t n) {
  int64_t y = 1 + (n - first_day()) / 366;  // never past the year
  while (y < 9999 && days(y + 1, 1, 1) <= n) ++y;
  int64_t m = 1;
  while (m < 12 && days(y, m + 1, 1) <= n) ++m;
  return ymd{y, m, n - days(y, m, 1) + 1};
}

// Sunday 0 .. Saturday 6; 1970-01-01 was a Thursday (4).
inline int64_t weekday(int64_t n) { return ((n % 7) + 7 + 4) % 7; }

inline void self_test() {
  // Fixed points from outside both algorithms.
  FUZZ_REQUIRE(days(1970, 1, 1) == 0);
  FUZZ_REQUIRE(days(2000, 1, 1) == 10957);
  FUZZ_REQUIRE(days(2021, 7, 18) == 18826);
  FUZZ_REQUIRE(weekday(days(2021, 7, 18)) == 0);  // a Sunday
  int64_t expected = first_day();
  for (int64_t y = 1; y <= 9999; ++y) {
    for (int64_t m = 1; m <= 12; ++m) {
      for (int64_t d = 1; d <= month_length(y, m); ++d) {
        FUZZ_REQUIRE(days(y, m, d) == expected);
        ++expected;
      }
    }
  }
  // The inverse on every year's first and last day and on a spread of days.
  for (int64_t n = first_day(); n <= last_day(); n += 997) {
    const ymd d = date_of(n);
    FUZZ_REQUIRE(valid(d.year, d.month, d.day) && days(d.year, d.month, d.day) == n);
  }
  FUZZ_REQUIRE(date_of(last_day()).year == 9999 && date_of(last_day()).day == 31);
}

inline bool same(afbrief::civil_date a, ymd b) {
  return a.year() == b.year && a.month() == b.month && a.day() == b.day;
}

inline bool valid(afbrief::civil_date d) { return valid(d.year(), d.month(), d.day()); }
inline int64_t days(afbrief::civil_date d) { return days(d.year(), d.month(), d.day()); }

// The error afbrief must name for an invalid date: the year first (outside
// 0001..9999), then the month, then the day.
inline afbrief::date_error error_of(afbrief::civil_date d) {
  return d.year() < 1 || d.year() > 9999   ? afbrief::date_error::year_out_of_range
         : d.month() < 1 || d.month() > 12 ? afbrief::date_error::month_out_of_range
         : !valid(d)                       ? afbrief::date_error::day_out_of_range
                                           : afbrief::date_error::none;
}

}  // namespace oracle

#endif  // AFBRIEF_TESTS_FUZZ_CALENDAR_ORACLE_HPP

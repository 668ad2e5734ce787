// afbrief: imprecise dates and intervals, and their EDTF (ISO 8601-2) text.
//
// An instant is a date known to some grain: a day, a month, a quarter, a year,
// or not at all. A period runs from a begin instant to an end instant. A
// bound can also be unknown (the article does not say when it began) or open
// (it is still going on). A period is either an interval (it spans the days
// between its bounds) or one day of a set (it is a single day, somewhere
// between them: EDTF's [a..b], "on or before", "on or after"). The earliest
// and latest possible days of a period are what date queries compare against;
// see overlaps() and lies_within().
#ifndef AFBRIEF_CORE_PERIOD_HPP
#define AFBRIEF_CORE_PERIOD_HPP

#include "../config.hpp"
#include "date.hpp"
#include "names.hpp"
#include "writer.hpp"

namespace afbrief {
namespace core {

enum class grain : uint8_t { day, month, quarter, year, unknown, open };

struct instant {
  civil_date first_day;  // the first day of the grain (day 1 of the month...)
  grain precision;
  bool approximate;      // EDTF '~': the article hedges ("the past decade")
};

constexpr instant on_day(int16_t y, uint8_t m, uint8_t d) noexcept {
  return instant{civil_date(y, m, d), grain::day, false};
}
constexpr instant in_month(int16_t y, uint8_t m) noexcept {
  return instant{civil_date(y, m, 1), grain::month, false};
}
constexpr instant in_quarter(int16_t y, uint8_t q) noexcept {
  return instant{civil_date(y, static_cast<uint8_t>(q * 3 - 2), 1), grain::quarter, false};
}
constexpr instant in_year(int16_t y) noexcept {
  return instant{civil_date(y, 1, 1), grain::year, false};
}
constexpr instant unknown_instant() noexcept {
  return instant{civil_date(), grain::unknown, false};
}
constexpr instant open_instant() noexcept { return instant{civil_date(), grain::open, false}; }
constexpr instant approximately(instant i) noexcept {
  return instant{i.first_day, i.precision, true};
}

constexpr bool has_date(instant i) noexcept {
  return i.precision != grain::unknown && i.precision != grain::open;
}

// The last day an instant covers.
constexpr civil_date last_day(instant i) noexcept {
  return i.precision == grain::day ? i.first_day
         : i.precision == grain::month
             ? civil_date(i.first_day.year(), i.first_day.month(),
                          days_in_month(i.first_day.year(), i.first_day.month()))
         : i.precision == grain::quarter
             ? civil_date(i.first_day.year(), static_cast<uint8_t>(i.first_day.month() + 2),
                          days_in_month(i.first_day.year(),
                                        static_cast<uint8_t>(i.first_day.month() + 2)))
         : i.precision == grain::year ? civil_date(i.first_day.year(), 12, 31)
                                      : i.first_day;
}

constexpr bool is_valid(instant i) noexcept {
  return !has_date(i) ||
         (is_valid(i.first_day) &&
          (i.precision == grain::day ||
           (i.first_day.day() == 1 &&
            (i.precision == grain::month ||
             (i.precision == grain::quarter && i.first_day.month() % 3 == 1) ||
             (i.precision == grain::year && i.first_day.month() == 1)))));
}

// interval: the happening spans the period ("since January", "in recent
// weeks"). one_of: it is one day, which the source does not give, between the
// bounds ("have followed suit", by publication; "days ahead", from a date on).
#define AFBRIEF_PERIOD_FORMS(X, arg) \
  X(arg, interval)                   \
  X(arg, one_of)
AFBRIEF_VOCABULARY(period_form, AFBRIEF_PERIOD_FORMS)

struct period {
  instant begin;
  instant end;
  period_form form;
};

// A period that is one instant ("on Sunday", "in September last year").
constexpr period during(instant i) noexcept { return period{i, i, period_form::interval}; }
constexpr period between(instant begin, instant end) noexcept {
  return period{begin, end, period_form::interval};
}
// One day of the set between begin and end; either bound may be unknown
// (EDTF "[..2021-07-18]", on or before; "[2021-07-20..]", on or after).
constexpr period one_of(instant begin, instant end) noexcept {
  return period{begin, end, period_form::one_of};
}

// Day numbers used for comparisons. An unknown begin reaches back without
// limit; an open or unknown end reaches forward without limit. (INT32_MIN is
// not used: avr-libc hides the limit macros from C++.)
constexpr int32_t no_earliest_day = -2147483647L - 1;
constexpr int32_t no_latest_day = 2147483647L;
constexpr int32_t earliest_day_number(period p) noexcept {
  return has_date(p.begin) ? days_from_civil(p.begin.first_day) : no_earliest_day;
}
constexpr int32_t latest_day_number(period p) noexcept {
  return has_date(p.end) ? days_from_civil(last_day(p.end)) : no_latest_day;
}

constexpr bool same_instant(instant a, instant b) noexcept {
  return a.precision == b.precision && a.approximate == b.approximate &&
         (!has_date(a) || a.first_day == b.first_day);
}

// Well formed: both bounds valid, and the begin can come no later than the
// end (earliest begin <= earliest end, latest begin <= latest end). A set
// (one_of) has at least one dated bound, neither bound open, and two
// different bounds (a set of one instant is written as that instant).
constexpr bool is_valid(period p) noexcept {
  return is_valid(p.begin) && is_valid(p.end) && p.begin.precision != grain::open &&
         (!has_date(p.begin) || !has_date(p.end) ||
          (p.begin.first_day <= p.end.first_day && last_day(p.begin) <= last_day(p.end))) &&
         (p.form == period_form::interval ||
          (p.form == period_form::one_of && p.end.precision != grain::open &&
           (has_date(p.begin) || has_date(p.end)) && !same_instant(p.begin, p.end)));
}

// A query range [from, to] in whole days. Query semantics:
// - overlaps: the period could have touched the range (its earliest possible
//   day is <= to and its latest possible day is >= from). An unknown begin or
//   an open end therefore matches every range on that side. This is the
//   "may have happened then" reading, the one "events on DATE" uses.
// - lies_within: every day the period could cover lies inside the range.
constexpr bool overlaps(period p, civil_date from, civil_date to) noexcept {
  return earliest_day_number(p) <= days_from_civil(to) &&
         latest_day_number(p) >= days_from_civil(from);
}
constexpr bool lies_within(period p, civil_date from, civil_date to) noexcept {
  return earliest_day_number(p) >= days_from_civil(from) &&
         latest_day_number(p) <= days_from_civil(to);
}

// A validated query range of whole days, from <= to. It can only be made by
// make_range, so a query never sees a reversed or impossible range.
#define AFBRIEF_RANGE_ERRORS(X, arg)                                         \
  X(arg, none, "no error")                                                   \
  X(arg, invalid_from, "the start of the range is not a valid date")         \
  X(arg, invalid_to, "the end of the range is not a valid date")             \
  X(arg, from_after_to, "the range starts after it ends")
enum class range_error : uint8_t { AFBRIEF_RANGE_ERRORS(AFBRIEF_PHRASE_ENUMERATOR, ~) };
AFBRIEF_PHRASES(describe, range_error, AFBRIEF_RANGE_ERRORS)

class date_range;
typedef result<date_range, range_error> range_result;
constexpr range_result make_range(civil_date from, civil_date to) noexcept;

class date_range {
 public:
  constexpr civil_date from() const noexcept { return from_; }
  constexpr civil_date to() const noexcept { return to_; }

 private:
  friend constexpr range_result make_range(civil_date from, civil_date to) noexcept;
  constexpr date_range(civil_date from, civil_date to) noexcept : from_(from), to_(to) {}
  civil_date from_;
  civil_date to_;
};

// On error the range is from no date to no date (0000-00-00), which matches
// nothing; check ok() or error() first.
constexpr range_result make_range(civil_date from, civil_date to) noexcept {
  return !is_valid(from) ? range_result(date_range(civil_date(), civil_date()),
                                        range_error::invalid_from)
         : !is_valid(to) ? range_result(date_range(civil_date(), civil_date()),
                                        range_error::invalid_to)
         : to < from     ? range_result(date_range(civil_date(), civil_date()),
                                        range_error::from_after_to)
                         : range_result(date_range(from, to));
}

enum class match : uint8_t { overlaps, within };

// A failed make_range's range (from no date, whose month is 0) matches no
// period, not even one with unknown bounds, which overlaps every real range.
constexpr bool matches(period p, date_range r, match m) noexcept {
  return r.from().month() != 0 &&
         (m == match::overlaps ? overlaps(p, r.from(), r.to()) : lies_within(p, r.from(), r.to()));
}

// ---- EDTF ------------------------------------------------------------------
// Day "2021-07-17", month "2020-09", year "2020", quarter "2021-33" (EDTF
// level 2: 33..36 are the first to fourth quarters), approximate "2011~".
// Intervals are "begin/end"; an unknown bound is empty ("/2021-07-18") and an
// open end is ".." ("2021-01/.."), as EDTF level 1 writes them. One day of a
// set is "[begin..end]", an unknown bound left empty ("[..2021-07-18]"), as
// EDTF level 2 writes it.

// An invalid instant writes nothing, as an unknown one does.
AFBRIEF_CONSTEXPR14 void put_edtf(writer& out, instant i) noexcept {
  if (i.precision == grain::unknown || !is_valid(i)) return;
  if (i.precision == grain::open) {
    out.put('.');
    out.put('.');
    return;
  }
  out.put_padded(static_cast<uint32_t>(i.first_day.year()), 4);
  if (i.precision == grain::quarter) {
    out.put('-');
    out.put_padded(32u + (i.first_day.month() + 2u) / 3u, 2);
  } else if (i.precision != grain::year) {
    out.put('-');
    out.put_padded(i.first_day.month(), 2);
    if (i.precision == grain::day) {
      out.put('-');
      out.put_padded(i.first_day.day(), 2);
    }
  }
  if (i.approximate) out.put('~');
}

// An invalid period (is_valid) writes nothing: every valid one writes at
// least one character, so needed == 0 reports it, and no other period is
// ever written in its place.
AFBRIEF_CONSTEXPR14 void put_edtf(writer& out, period p) noexcept {
  if (!is_valid(p)) return;
  if (p.form == period_form::one_of) {
    out.put('[');
    put_edtf(out, p.begin);
    out.put('.');
    out.put('.');
    put_edtf(out, p.end);
    out.put(']');
    return;
  }
  put_edtf(out, p.begin);
  if (same_instant(p.begin, p.end) && has_date(p.begin)) return;
  out.put('/');
  put_edtf(out, p.end);
}

// The period as EDTF into the caller's buffer; an invalid period writes an
// empty text and reports needed == 0.
AFBRIEF_CONSTEXPR14 format_result format_edtf(period p, char* buffer, size_t capacity) noexcept {
  writer out(buffer, capacity);
  put_edtf(out, p);
  return out.finish();
}

// An invalid date (is_valid: years 0001-9999) writes nothing, never the
// digits of another date: needed == 0 reports it.
AFBRIEF_CONSTEXPR14 void put_iso_date(writer& out, civil_date d) noexcept {
  if (!is_valid(d)) return;
  out.put_padded(static_cast<uint32_t>(d.year()), 4);
  out.put('-');
  out.put_padded(d.month(), 2);
  out.put('-');
  out.put_padded(d.day(), 2);
}

// "YYYY-MM-DD" into the caller's buffer (11 bytes hold it with the NUL); an
// invalid date writes an empty text and reports needed == 0.
AFBRIEF_CONSTEXPR14 format_result format_date(civil_date d, char* buffer,
                                              size_t capacity) noexcept {
  writer out(buffer, capacity);
  put_iso_date(out, d);
  return out.finish();
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_PERIOD_HPP

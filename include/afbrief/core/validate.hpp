// afbrief: the rules a fact sheet's tables obey, checked at compile time.
//
// The generated checks (data/generated/checks.hpp, written by
// tools/generate.py) call one of these per record and per rule inside a
// static_assert whose message names the record and the rule, so a table that
// breaks a rule the lookups rely on does not compile, and says where. They are
// the second line of defence: the generator refuses bad data first. Table-wide
// checks recurse by halves, so even a table of 10,000 records stays far inside
// the compilers' constexpr depth limits.
#ifndef AFBRIEF_CORE_VALIDATE_HPP
#define AFBRIEF_CORE_VALIDATE_HPP

#include "../config.hpp"
#include "date.hpp"
#include "ids.hpp"
#include "maybe.hpp"
#include "period.hpp"
#include "quantity.hpp"
#include "records.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

namespace afbrief {
namespace core {

namespace detail {

template <class Record, class Check>
constexpr bool all_in(const Record* rows, size_t lo, size_t hi, Check check) noexcept {
  return hi <= lo       ? true
         : hi - lo == 1 ? check(rows[lo], lo)
                        : all_in(rows, lo, lo + (hi - lo) / 2, check) &&
                              all_in(rows, lo + (hi - lo) / 2, hi, check);
}

// Pairs (i, i + 1) for i in [lo, hi).
template <class Record, class KeyText>
constexpr bool ascending_pairs(const Record* rows, size_t lo, size_t hi, KeyText text) noexcept {
  return hi <= lo       ? true
         : hi - lo == 1 ? compare(text(rows[lo].key), text(rows[lo + 1].key)) < 0
                        : ascending_pairs(rows, lo, lo + (hi - lo) / 2, text) &&
                              ascending_pairs(rows, lo + (hi - lo) / 2, hi, text);
}

constexpr bool is_key_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}
constexpr bool key_chars_in(text_ref t, size_t lo, size_t hi) noexcept {
  return hi <= lo       ? true
         : hi - lo == 1 ? is_key_char(char_at(t, lo))
                        : key_chars_in(t, lo, lo + (hi - lo) / 2) &&
                              key_chars_in(t, lo + (hi - lo) / 2, hi);
}

struct id_matches_position {
  template <class Record>
  constexpr bool operator()(const Record& r, size_t position) const noexcept {
    return position_of(r.id) == position;
  }
};

}  // namespace detail

// check(record, position) holds for every record.
template <class Record, class Check>
constexpr bool all_records(const Record* rows, size_t count, Check check) noexcept {
  return detail::all_in(rows, 0, count, check);
}

// Sorted by key with no two keys equal: binary search is valid and keys are
// unique. text(record.key) is the key's text (a function object: the key
// field may be packed).
template <class Record, class KeyText>
constexpr bool keys_strictly_ascending(const Record* rows, size_t count, KeyText text) noexcept {
  return count < 2 || detail::ascending_pairs(rows, 0, count - 1, text);
}

namespace detail {
struct key_as_is {
  constexpr text_ref operator()(text_ref key) const noexcept { return key; }
};
}  // namespace detail

// The same, for records whose key is a text_ref.
template <class Record>
constexpr bool keys_strictly_ascending(const Record* rows, size_t count) noexcept {
  return keys_strictly_ascending(rows, count, detail::key_as_is());
}

// Each record's id names its own position (core/ids.hpp: position plus one),
// so an id indexes the table directly.
template <class Record>
constexpr bool ids_match_positions(const Record* rows, size_t count) noexcept {
  return detail::all_in(rows, 0, count, detail::id_matches_position());
}

// snake_case: lower-case letters, digits and '_', starting with a letter.
constexpr bool is_snake_case(text_ref key) noexcept {
  return !key.empty() && char_at(key, 0) >= 'a' && char_at(key, 0) <= 'z' &&
         detail::key_chars_in(key, 0, key.size());
}

// ---- One record's rules ------------------------------------------------------
namespace rules {

// An id, optional id or list of ids names a record of a table of `count`.
template <class Id>
constexpr bool in_range(Id id, size_t count) noexcept {
  return position_of(id) < count;
}
template <class Id>
constexpr bool in_range(maybe<Id> id, size_t count) noexcept {
  return !id.has_value() || position_of(id.value()) < count;
}
template <class Id, size_t N>
constexpr bool in_range(id_list<Id, N> ids, size_t count, size_t from = 0) noexcept {
  return ids.size() <= N &&
         (from >= ids.size() ||
          (position_of(ids.items[from]) < count && in_range(ids, count, from + 1)));
}

// low <= best <= high (core/quantity.hpp).
constexpr bool bounds_hold(quantity q) noexcept { return is_consistent(q); }

// The period could have begun by day d: its earliest possible day is d or
// earlier (an unknown start always could).
constexpr bool begins_by(period p, civil_date d) noexcept {
  return earliest_day_number(p) <= days_from_civil(d);
}
// The period is over by day d: it has a dated end no later than d.
constexpr bool ends_by(period p, civil_date d) noexcept {
  return has_date(p.end) && latest_day_number(p) <= days_from_civil(d);
}

// The precision label says what the period's shape says.
// A flat choice per label, written as ?: because a C++11 constexpr
// function is one return statement, which the metric counts as nesting.
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
constexpr bool precision_agrees(precision label, period when) noexcept {
  return label == precision::day
             ? when.begin.precision == grain::day && same_instant(when.begin, when.end)
         : label == precision::days  // two to six days, as UCDP's date_prec 2
             ? when.begin.precision == grain::day && when.end.precision == grain::day &&
                   !same_instant(when.begin, when.end) &&
                   days_from_civil(when.end.first_day) - days_from_civil(when.begin.first_day) <= 5
         : label == precision::part_of_month
             ? when.begin.precision == grain::day && when.end.precision == grain::day &&
                   !same_instant(when.begin, when.end) &&
                   when.begin.first_day.year() == when.end.first_day.year() &&
                   when.begin.first_day.month() == when.end.first_day.month()
         : label == precision::month
             ? when.begin.precision == grain::month && same_instant(when.begin, when.end)
         : label == precision::quarter
             ? when.begin.precision == grain::quarter && same_instant(when.begin, when.end)
         : label == precision::year
             ? when.begin.precision == grain::year && same_instant(when.begin, when.end)
         : label == precision::before
             ? when.begin.precision == grain::unknown && has_date(when.end)
         : label == precision::after
             ? has_date(when.begin) && when.end.precision == grain::unknown
         : label == precision::ongoing ? when.end.precision == grain::open
                                       : false;
}

// A named weekday, when there is one, is the weekday of a single-day period.
constexpr bool weekday_agrees(maybe<weekday> named, period when) noexcept {
  return !named.has_value() ||
         (single_day(when).has_value() && weekday_of(single_day(when).value()) == named.value());
}

// Paragraph n exists and reports (the body or an embedded post, not a byline,
// a linked headline or a footer).
constexpr bool is_reporting(paragraph_role role) noexcept {
  return role == paragraph_role::body || role == paragraph_role::embedded_post;
}
constexpr bool cites_reporting(const paragraph_record* paragraphs, size_t count,
                               uint8_t n) noexcept {
  return n >= 1 && n <= count && paragraphs[n - 1].number == n &&
         is_reporting(paragraphs[n - 1].role);
}

// A chain of relays that ends with a source of kind `last`.
template <class Source, class Id, size_t N>
constexpr bool ends_with_kind(id_list<Id, N> via, const Source* sources, size_t count,
                              source_kind last) noexcept {
  return via.size() >= 1 && via.size() <= N &&
         position_of(via.items[via.size() - 1]) < count &&
         sources[position_of(via.items[via.size() - 1])].kind == last;
}

// A text field holds a text: its offset is where a text of the pool starts
// (at 0 or right after a text's end code; index_matches_pool proves these
// are exactly the texts) and that text's first code is not its end, so both
// faces read at least one character there. An offset inside a text, or past
// the pool, reads as empty and fails (in a numbered pool: a number past the
// last text). O(1), with no text lookup.
template <class Pool>
constexpr bool has_text(packed_text t) noexcept {
  return code_start_of<Pool>(t) < sizeof(Pool::codes) &&
         (code_start_of<Pool>(t) == 0 || Pool::codes[code_start_of<Pool>(t) - 1] == 0) &&
         Pool::codes[code_start_of<Pool>(t)] != 0;
}

}  // namespace rules

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_VALIDATE_HPP

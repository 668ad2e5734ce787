// afbrief: checks a table runs on itself at compile time.
//
// The data layer calls these inside static_assert, so a table that breaks a
// rule the lookups rely on does not compile. All of them recurse by halves.
#ifndef AFBRIEF_CORE_VALIDATE_HPP
#define AFBRIEF_CORE_VALIDATE_HPP

#include "../config.hpp"
#include "text.hpp"

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
    return static_cast<size_t>(r.id) == position;
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

// Each record's id is its position, so an id indexes the table directly.
template <class Record>
constexpr bool ids_match_positions(const Record* rows, size_t count) noexcept {
  return detail::all_in(rows, 0, count, detail::id_matches_position());
}

// snake_case: lower-case letters, digits and '_', starting with a letter.
constexpr bool is_snake_case(text_ref key) noexcept {
  return !key.empty() && char_at(key, 0) >= 'a' && char_at(key, 0) <= 'z' &&
         detail::key_chars_in(key, 0, key.size());
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_VALIDATE_HPP

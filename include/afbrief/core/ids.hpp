// afbrief: typed ids and the table positions they name.
//
// A fact sheet's ids are enum classes (written by tools/generate.py) whose
// value is the record's position plus one. Id 0 is none: it is all zero
// bytes, the value an empty maybe holds (core/maybe.hpp) and a value-
// initialised record carries, so a miss can never pass for the first record,
// and building "none" on AVR never needs a constant copied to SRAM.
#ifndef AFBRIEF_CORE_IDS_HPP
#define AFBRIEF_CORE_IDS_HPP

#include "../config.hpp"

namespace afbrief {
namespace core {

// The position an id names; for none (0), SIZE_MAX, past every table.
template <class Id>
constexpr size_t position_of(Id id) noexcept {
  return static_cast<size_t>(id) - 1u;
}

// The id of the record at a position.
template <class Id>
constexpr Id id_at(size_t position) noexcept {
  return static_cast<Id>(position + 1u);
}

// Whether an id is none (0), the id of no record.
template <class Id>
constexpr bool is_none(Id id) noexcept {
  return static_cast<size_t>(id) == 0u;
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_IDS_HPP

// afbrief: a set of a record's fields, in two bytes.
//
// A record says which of its fields were worked out rather than printed (its
// `derived` set) with one bit per field of its shape (the *_field enums of
// core/records.hpp, at most 16 fields each). Typed, so a figure's set cannot
// be asked about an event's field.
//   constexpr auto d = core::fields(core::figure_field::covers, core::figure_field::place);
//   static_assert(d.has(core::figure_field::covers), "");
#ifndef AFBRIEF_CORE_FIELD_SET_HPP
#define AFBRIEF_CORE_FIELD_SET_HPP

#include "../config.hpp"

namespace afbrief {
namespace core {

template <class Field>
class field_set {
 public:
  constexpr field_set() noexcept : bits_(0) {}

  constexpr bool has(Field f) const noexcept {
    return static_cast<unsigned>(f) < 16u && ((bits_ >> static_cast<unsigned>(f)) & 1u) != 0;
  }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  // The same set with f added.
  constexpr field_set with(Field f) const noexcept {
    return field_set(static_cast<uint16_t>(bits_ | (1u << (static_cast<unsigned>(f) & 15u))));
  }
  constexpr uint16_t bits() const noexcept { return bits_; }

 private:
  explicit constexpr field_set(uint16_t bits) noexcept : bits_(bits) {}
  uint16_t bits_;
};

template <class Field>
constexpr bool operator==(field_set<Field> a, field_set<Field> b) noexcept {
  return a.bits() == b.bits();
}
template <class Field>
constexpr bool operator!=(field_set<Field> a, field_set<Field> b) noexcept {
  return a.bits() != b.bits();
}

// The empty set of Field, and the set of the fields named.
template <class Field>
constexpr field_set<Field> fields() noexcept {
  return field_set<Field>();
}
template <class Field, class... More>
constexpr field_set<Field> fields(Field first, More... more) noexcept {
  return fields<Field>(more...).with(first);
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_FIELD_SET_HPP

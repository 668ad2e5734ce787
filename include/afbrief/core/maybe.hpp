// afbrief: explicit "not found" and "error" results.
//
// A lookup never answers with a value that could be mistaken for data: it
// answers with a maybe<T> (found or not) or a result<T, E> (a value or an
// error code). Both are literal types, usable in constant expressions.
#ifndef AFBRIEF_CORE_MAYBE_HPP
#define AFBRIEF_CORE_MAYBE_HPP

#include "../config.hpp"

namespace afbrief {
namespace core {

template <class T>
class maybe {
 public:
  // Not found. The stored T is value-initialised and never exposed as data:
  // value() on an empty maybe returns T{} by definition, never garbage.
  constexpr maybe() noexcept : value_{}, found_(false) {}
  // Found. Implicit, so that a table row can write an id where a maybe is due.
  constexpr maybe(T value) noexcept : value_(value), found_(true) {}

  constexpr bool has_value() const noexcept { return found_; }
  constexpr explicit operator bool() const noexcept { return found_; }
  constexpr T value() const noexcept { return value_; }
  constexpr T value_or(T fallback) const noexcept { return found_ ? value_ : fallback; }

 private:
  T value_;
  bool found_;
};

template <class T>
constexpr bool operator==(maybe<T> a, maybe<T> b) noexcept {
  return a.has_value() == b.has_value() && (!a.has_value() || a.value() == b.value());
}
template <class T>
constexpr bool operator!=(maybe<T> a, maybe<T> b) noexcept {
  return !(a == b);
}

template <class T, class Error>
class result {
 public:
  constexpr result(T value) noexcept : value_(value), error_(Error{}) {}
  constexpr result(T fallback, Error error) noexcept : value_(fallback), error_(error) {}

  // Error{} (the enumerator 0) must mean "no error".
  constexpr bool ok() const noexcept { return error_ == Error{}; }
  constexpr explicit operator bool() const noexcept { return ok(); }
  constexpr Error error() const noexcept { return error_; }
  // On error this is the fallback the producer chose, documented there.
  constexpr T value() const noexcept { return value_; }

 private:
  T value_;
  Error error_;
};

// A short fixed-capacity list of ids (the actors of an event, the relays of a
// figure). Slots past count() are unused.
template <class Id, size_t Capacity>
struct id_list {
  Id items[Capacity];
  uint8_t length;

  constexpr size_t size() const noexcept { return length; }
  constexpr maybe<Id> operator[](size_t i) const noexcept {
    return i < length && i < Capacity ? maybe<Id>(items[i]) : maybe<Id>();
  }
  constexpr bool contains(Id id, size_t from = 0) const noexcept {
    return from < length && from < Capacity && (items[from] == id || contains(id, from + 1));
  }
};

template <class Id, size_t Capacity, class... Ids>
constexpr id_list<Id, Capacity> make_id_list(Ids... ids) noexcept {
  static_assert(sizeof...(Ids) <= Capacity, "too many ids for this list");
  return id_list<Id, Capacity>{{ids...}, static_cast<uint8_t>(sizeof...(Ids))};
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_MAYBE_HPP

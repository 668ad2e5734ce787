// afbrief: explicit "not found" and "error" results.
//
// A lookup never answers with a value that could be mistaken for data: it
// answers with a maybe<T> (found or not) or a result<T, E> (a value or an
// error code). Both are literal types, usable in constant expressions.
//
// Asking an empty maybe for its value(), or a failed result for its value(),
// is the one way to misuse them. Inside a constant expression it does not
// compile: the diagnostic names value_called_on_an_empty_maybe or
// value_called_on_an_error_result. At run time it answers the type's none,
// all zero bytes (core::none<T>()), which no lookup or formatter takes for
// data:
//   - an id is 0, and ids count from 1 (core/ids.hpp): get() of 0 is not
//     found, format_* writes nothing, a name is the empty text;
//   - a text is offset 0, which every generated pool holds as the empty text;
//   - a date is 0000-00-00, which is_valid rejects and no formatter writes;
//   - a record has id 0, empty texts, no dates and no optional fields.
// A vocabulary word's 0 is its first word (weekday's is Sunday, as in C's
// tm_wday): a record's optional word is data only where has_value() says so.
// Zero bytes, not a pattern of ones: on AVR a non-zero constant aggregate is
// built by copying it from SRAM, and afbrief puts nothing there.
#ifndef AFBRIEF_CORE_MAYBE_HPP
#define AFBRIEF_CORE_MAYBE_HPP

#include "../config.hpp"

namespace afbrief {
namespace core {

namespace detail {
// Not constexpr, on purpose: reaching one of these inside a constant
// expression is a compile error that names it. At run time they do nothing.
inline void value_called_on_an_empty_maybe() noexcept {}
inline void value_called_on_an_error_result() noexcept {}
}  // namespace detail

// What an empty maybe answers at run time (see above).
template <class T>
constexpr T none() noexcept {
  return T{};
}

template <class T>
class maybe {
 public:
  // Not found.
  constexpr maybe() noexcept : value_(none<T>()), found_(false) {}
  // Found. Implicit, so that a table row can write an id where a maybe is due.
  constexpr maybe(T value) noexcept : value_(value), found_(true) {}

  constexpr bool has_value() const noexcept { return found_; }
  constexpr explicit operator bool() const noexcept { return found_; }
  // The value; when empty, a compile error in a constant expression and
  // none<T>() at run time (see above). Check has_value() first.
  constexpr T value() const noexcept {
    return found_ ? value_ : (detail::value_called_on_an_empty_maybe(), value_);
  }
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
  // On error: a compile error in a constant expression, and at run time the
  // fallback the producer chose, documented there (never valid data).
  constexpr T value() const noexcept {
    return ok() ? value_ : (detail::value_called_on_an_error_result(), value_);
  }

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

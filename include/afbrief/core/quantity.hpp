// afbrief: a reported number and how sure its source is.
//
// Following the UCDP GED codebook, a quantity has a best value and optional
// low and high bounds. Here the bounds are derived from the wording, never
// guessed: "up to 7,792" gives an inclusive high bound of 7,792 and no low
// bound; "more than 3,000" gives an exclusive low bound; "around 100" and
// "an estimated 270,000" give no bounds at all. `best` is always the number the
// source printed.
#ifndef AFBRIEF_CORE_QUANTITY_HPP
#define AFBRIEF_CORE_QUANTITY_HPP

#include "../config.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

enum class qualifier : uint8_t {
  exact,        // a bare number
  approximate,  // "around", "about"
  at_most,      // "up to"
  at_least,     // "more than", "over"
  estimate      // "are estimated to"
};

enum class unit : uint8_t {
  people,  // a head count
  percent  // a percentage (a change, when the record names a base period)
};

enum class bound_kind : uint8_t { none, inclusive, exclusive };

struct bound {
  int32_t value;
  bound_kind kind;
};

struct quantity {
  int32_t best;
  bound low;
  bound high;
  qualifier hedge;
  unit measured_in;
};

constexpr bound no_bound() noexcept { return bound{0, bound_kind::none}; }

constexpr quantity exactly(int32_t v, unit u) noexcept {
  return quantity{v, bound{v, bound_kind::inclusive}, bound{v, bound_kind::inclusive},
                  qualifier::exact, u};
}
constexpr quantity around(int32_t v, unit u) noexcept {
  return quantity{v, no_bound(), no_bound(), qualifier::approximate, u};
}
constexpr quantity up_to(int32_t v, unit u) noexcept {
  return quantity{v, no_bound(), bound{v, bound_kind::inclusive}, qualifier::at_most, u};
}
constexpr quantity more_than(int32_t v, unit u) noexcept {
  return quantity{v, bound{v, bound_kind::exclusive}, no_bound(), qualifier::at_least, u};
}
constexpr quantity estimated(int32_t v, unit u) noexcept {
  return quantity{v, no_bound(), no_bound(), qualifier::estimate, u};
}

// low <= best <= high wherever a bound exists.
constexpr bool is_consistent(quantity q) noexcept {
  return (q.low.kind == bound_kind::none || q.low.value <= q.best) &&
         (q.high.kind == bound_kind::none || q.best <= q.high.value) &&
         (q.low.kind == bound_kind::none || q.high.kind == bound_kind::none ||
          q.low.value <= q.high.value);
}

constexpr text_ref qualifier_name(qualifier q) noexcept {
  return q == qualifier::exact         ? text_ref("exact")
         : q == qualifier::approximate ? text_ref("approximate")
         : q == qualifier::at_most     ? text_ref("at_most")
         : q == qualifier::at_least    ? text_ref("at_least")
                                       : text_ref("estimate");
}

// The English words that carry the qualifier in front of a number; empty for
// exact. Used by the figure formatter.
constexpr text_ref qualifier_words(qualifier q) noexcept {
  return q == qualifier::approximate ? text_ref("around")
         : q == qualifier::at_most   ? text_ref("up to")
         : q == qualifier::at_least  ? text_ref("more than")
         : q == qualifier::estimate  ? text_ref("an estimated")
                                     : text_ref();
}

constexpr text_ref unit_name(unit u) noexcept {
  return u == unit::people ? text_ref("people") : text_ref("percent");
}

constexpr text_ref bound_kind_name(bound_kind k) noexcept {
  return k == bound_kind::none        ? text_ref("none")
         : k == bound_kind::inclusive ? text_ref("inclusive")
                                      : text_ref("exclusive");
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_QUANTITY_HPP

// afbrief: a reported number and how sure its source is.
//
// Following the UCDP GED codebook, a quantity has a best value and optional
// low and high bounds, and low <= best <= high always holds. The bounds are
// derived from the wording, never guessed, and never say more than the words:
// "up to 7,792" gives an inclusive high bound of 7,792 and no low bound;
// "at least 12" gives the inclusive low bound 12; "more than 3,000" gives the
// inclusive low bound 3,000 too (conservative, as UCDP's bounds are: the
// strictness is kept by the qualifier, more_than, and its words); "around
// 100" and "an estimated 270,000" give no bounds at all. `best` is always the
// number the source printed.
#ifndef AFBRIEF_CORE_QUANTITY_HPP
#define AFBRIEF_CORE_QUANTITY_HPP

#include "../config.hpp"
#include "names.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

// exact: a bare number; approximate: "around", "about"; at_most: "up to";
// at_least: "at least"; more_than: "more than", "over" (both an inclusive low
// bound at the number printed); estimate: "are estimated to".
#define AFBRIEF_QUALIFIERS(X, arg) \
  X(arg, exact)                    \
  X(arg, approximate)              \
  X(arg, at_most)                  \
  X(arg, at_least)                 \
  X(arg, more_than)                \
  X(arg, estimate)
AFBRIEF_VOCABULARY(qualifier, AFBRIEF_QUALIFIERS)

// The English words that carry the qualifier in front of a number; empty for
// exact. Used by the figure formatter.
#define AFBRIEF_QUALIFIER_WORDS(X, arg) \
  X(arg, exact, "")                     \
  X(arg, approximate, "around")         \
  X(arg, at_most, "up to")              \
  X(arg, at_least, "at least")          \
  X(arg, more_than, "more than")        \
  X(arg, estimate, "an estimated")
AFBRIEF_PHRASES(qualifier_words, qualifier, AFBRIEF_QUALIFIER_WORDS)

// people: a head count; percent: a percentage (a change, when the record
// names a base period).
#define AFBRIEF_UNITS(X, arg) \
  X(arg, people)              \
  X(arg, percent)
AFBRIEF_VOCABULARY(unit, AFBRIEF_UNITS)

#define AFBRIEF_BOUND_KINDS(X, arg) \
  X(arg, none)                      \
  X(arg, inclusive)                 \
  X(arg, exclusive)
AFBRIEF_VOCABULARY(bound_kind, AFBRIEF_BOUND_KINDS)

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
constexpr quantity at_least(int32_t v, unit u) noexcept {
  return quantity{v, bound{v, bound_kind::inclusive}, no_bound(), qualifier::at_least, u};
}
// The low bound is inclusive, as for at_least: a bound never says more than
// the words, and best stays within its bounds.
constexpr quantity more_than(int32_t v, unit u) noexcept {
  return quantity{v, bound{v, bound_kind::inclusive}, no_bound(), qualifier::more_than, u};
}
constexpr quantity estimated(int32_t v, unit u) noexcept {
  return quantity{v, no_bound(), no_bound(), qualifier::estimate, u};
}

// best lies within its bounds wherever a bound exists: low <= best <= high,
// strictly on an exclusive side (an exclusive bound at best itself would put
// best outside its own bounds).
constexpr bool is_consistent(quantity q) noexcept {
  return (q.low.kind == bound_kind::none ||
          (q.low.kind == bound_kind::inclusive ? q.low.value <= q.best : q.low.value < q.best)) &&
         (q.high.kind == bound_kind::none ||
          (q.high.kind == bound_kind::inclusive ? q.best <= q.high.value
                                                : q.best < q.high.value));
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_QUANTITY_HPP

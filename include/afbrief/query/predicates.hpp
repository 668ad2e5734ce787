// afbrief: the selections the lookups offer, as function objects.
//
// Function objects rather than lambdas, so that they work in constant
// expressions from C++11 on (count_*, nth_*) as well as in the run-time
// iterators (*_in, *_involving, figures_from, figures_counting).
#ifndef AFBRIEF_QUERY_PREDICATES_HPP
#define AFBRIEF_QUERY_PREDICATES_HPP

#include "../config.hpp"
#include "../core/period.hpp"
#include "../core/vocabulary.hpp"

namespace afbrief {
namespace detail {

// A dated record (an event's `when`, a statement's `said`) against a range:
// match::overlaps, it could have happened on a day of the range (an unknown
// start or an open end matches every range on that side); match::within,
// every day it could cover lies in the range.
template <class Event>
struct event_dated {
  core::date_range range;
  core::match mode;
  constexpr bool operator()(const Event& e) const noexcept {
    return core::matches(e.when, range, mode);
  }
};
template <class Statement>
struct statement_dated {
  core::date_range range;
  core::match mode;
  constexpr bool operator()(const Statement& s) const noexcept {
    return core::matches(s.said, range, mode);
  }
};

template <class Event, class ActorId>
struct event_involving {
  ActorId who;
  constexpr bool operator()(const Event& e) const noexcept { return e.actors.contains(who); }
};

template <class Figure, class SourceId>
struct figure_originated_by {
  SourceId who;
  constexpr bool operator()(const Figure& f) const noexcept {
    return f.originator.has_value() && f.originator.value() == who;
  }
};

template <class Figure>
struct figure_counting {
  core::measure what;
  constexpr bool operator()(const Figure& f) const noexcept { return f.counts == what; }
};

}  // namespace detail
}  // namespace afbrief

#endif  // AFBRIEF_QUERY_PREDICATES_HPP

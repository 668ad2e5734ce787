// core/quantity.hpp: the qualifiers' bounds and is_consistent, on numbers
// made up here (the article's figures are pinned in test_data_figures.cpp).
//
// Before 0.3 "more than N" (core::more_than) set an EXCLUSIVE low bound at N,
// so best lay outside its own bounds and is_consistent ignored the kind. Now
// core::more_than and core::at_least both set an INCLUSIVE low bound at N
// (the qualifier keeps "more than" apart from "at least"), and is_consistent
// reads an exclusive bound strictly.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <string>

namespace core = afbrief::core;
using afbrief::bound_kind;
using afbrief::qualifier;
using afbrief::unit;

namespace {

constexpr core::quantity more = core::more_than(3000, unit::people);
constexpr core::quantity least = core::at_least(12, unit::people);
constexpr core::quantity most = core::up_to(7792, unit::people);
constexpr core::quantity bare = core::exactly(29, unit::percent);
constexpr core::quantity about = core::around(100, unit::people);
constexpr core::quantity guess = core::estimated(270000, unit::people);

// more_than: the low bound is the number printed, inclusive; no high bound.
static_assert(more.best == 3000 && more.low.value == 3000 &&
                  more.low.kind == bound_kind::inclusive && more.high.kind == bound_kind::none,
              "more than 3,000: inclusive low bound 3,000");
static_assert(more.hedge == qualifier::more_than && more.measured_in == unit::people,
              "the qualifier keeps the words");
static_assert(least.best == 12 && least.low.value == 12 &&
                  least.low.kind == bound_kind::inclusive && least.high.kind == bound_kind::none &&
                  least.hedge == qualifier::at_least,
              "at least 12: the same bound, its own qualifier");
static_assert(more.hedge != least.hedge, "\"more than\" and \"at least\" are two words");
static_assert(most.low.kind == bound_kind::none && most.high.kind == bound_kind::inclusive &&
                  most.high.value == 7792 && most.hedge == qualifier::at_most,
              "up to 7,792");
static_assert(bare.low.kind == bound_kind::inclusive && bare.low.value == 29 &&
                  bare.high.kind == bound_kind::inclusive && bare.high.value == 29 &&
                  bare.hedge == qualifier::exact && bare.measured_in == unit::percent,
              "a bare number bounds itself");
static_assert(about.low.kind == bound_kind::none && about.high.kind == bound_kind::none &&
                  about.hedge == qualifier::approximate,
              "around: no bounds");
static_assert(guess.low.kind == bound_kind::none && guess.high.kind == bound_kind::none &&
                  guess.hedge == qualifier::estimate,
              "an estimate: no bounds");

// Every constructor's quantity is consistent: low <= best <= high.
static_assert(core::is_consistent(more) && core::is_consistent(least) &&
                  core::is_consistent(most) && core::is_consistent(bare) &&
                  core::is_consistent(about) && core::is_consistent(guess),
              "low <= best <= high for every qualifier");

// is_consistent, bound by bound: inclusive allows equality, exclusive does not.
constexpr core::quantity q(int32_t best, core::bound low, core::bound high) {
  return core::quantity{best, low, high, qualifier::exact, unit::people};
}
constexpr core::bound inc(int32_t v) { return core::bound{v, bound_kind::inclusive}; }
constexpr core::bound exc(int32_t v) { return core::bound{v, bound_kind::exclusive}; }
constexpr core::bound none() { return core::no_bound(); }
static_assert(!core::is_consistent(q(3000, exc(3000), none())),
              "an exclusive low bound at best puts best outside its bounds (the old more_than)");
static_assert(core::is_consistent(q(3000, exc(2999), none())), "exclusive, strictly below");
static_assert(!core::is_consistent(q(3000, exc(3001), none())), "exclusive, above");
static_assert(core::is_consistent(q(3000, inc(3000), none())), "inclusive, at best");
static_assert(!core::is_consistent(q(3000, inc(3001), none())), "inclusive, above best");
static_assert(!core::is_consistent(q(7792, none(), exc(7792))), "exclusive high bound at best");
static_assert(core::is_consistent(q(7792, none(), exc(7793))), "exclusive, strictly above");
static_assert(core::is_consistent(q(7792, none(), inc(7792))), "inclusive high bound at best");
static_assert(!core::is_consistent(q(7792, none(), inc(7791))), "inclusive, below best");
static_assert(core::is_consistent(q(5, inc(1), inc(9))) &&
                  !core::is_consistent(q(0, inc(1), inc(9))) &&
                  !core::is_consistent(q(10, inc(1), inc(9))),
              "both bounds");
// A bound of kind none is ignored whatever its value.
static_assert(core::is_consistent(q(5, core::bound{99, bound_kind::none},
                                    core::bound{-99, bound_kind::none})),
              "no bound, no constraint");
static_assert(core::rules::bounds_hold(more) &&
                  !core::rules::bounds_hold(q(3000, exc(3000), none())),
              "the generated checks' rule is is_consistent");

std::string str(afbrief::text_ref t) { return std::string(t.data(), t.size()); }

}  // namespace

TEST_CASE("each qualifier's words, as the figure formatter prints them") {
  CHECK(str(core::qualifier_words(qualifier::exact)).empty());
  CHECK(str(core::qualifier_words(qualifier::approximate)) == "around");
  CHECK(str(core::qualifier_words(qualifier::at_most)) == "up to");
  CHECK(str(core::qualifier_words(qualifier::at_least)) == "at least");
  CHECK(str(core::qualifier_words(qualifier::more_than)) == "more than");
  CHECK(str(core::qualifier_words(qualifier::estimate)) == "an estimated");
  CHECK(str(core::qualifier_name(qualifier::more_than)) == "more_than");
  CHECK(str(core::qualifier_name(qualifier::at_least)) == "at_least");
}

TEST_CASE("is_consistent at run time: every bound kind around a best value") {
  // Exhaustive over small values: inclusive is <=, exclusive is <, none is
  // nothing, on either side.
  const bound_kind kinds[] = {bound_kind::none, bound_kind::inclusive, bound_kind::exclusive};
  size_t checked = 0;
  for (bound_kind lk : kinds) {
    for (bound_kind hk : kinds) {
      for (int32_t low = -2; low <= 2; ++low) {
        for (int32_t high = -2; high <= 2; ++high) {
          const int32_t best = 0;
          const core::quantity x{best, core::bound{low, lk}, core::bound{high, hk},
                                 qualifier::exact, unit::people};
          const bool low_ok = lk == bound_kind::none ||
                              (lk == bound_kind::inclusive ? low <= best : low < best);
          const bool high_ok = hk == bound_kind::none ||
                               (hk == bound_kind::inclusive ? best <= high : best < high);
          CAPTURE(low);
          CAPTURE(high);
          CHECK(core::is_consistent(x) == (low_ok && high_ok));
          ++checked;
        }
      }
    }
  }
  CHECK(checked == 225u);
}

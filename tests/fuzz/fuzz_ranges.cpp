// The selections: count_*, nth_* and the range-for views (*_in, *_involving,
// figures_from, figures_counting). count equals the number iterated, nth(i)
// is the i-th record iterated and nth at or past count is empty, the records
// iterated are exactly those our own predicate accepts, in table order, and
// afbrief::ct counts and ranks as afbrief::rt does. make_range is checked on
// the way: it refuses exactly the ranges it must, with the right reason.
//
// Input: byte 0 (which dates to fold near the article's years, the match
// mode), two dates, an actor, a source and a measure byte, and a rank to
// probe past the end with.
#include <vector>

#include "calendar_oracle.hpp"
#include "fuzz_support.hpp"

namespace {

typedef afbrief::rt rt;
typedef afbrief::ct ct;
using afbrief::civil_date;
using afbrief::match;

const int64_t before_everything = INT64_MIN;
const int64_t after_everything = INT64_MAX;

// The last day an instant covers, by our own reading of the grains.
int64_t last_day_of(afbrief::instant i) {
  const int64_t y = i.first_day.year();
  const int64_t m = i.first_day.month();
  switch (i.precision) {
    case afbrief::grain::day:
      return oracle::days(i.first_day);
    case afbrief::grain::month:
      return oracle::days(y, m, oracle::month_length(y, m));
    case afbrief::grain::quarter:
      return oracle::days(y, m + 2, oracle::month_length(y, m + 2));
    case afbrief::grain::year:
      return oracle::days(y, 12, 31);
    default:
      return after_everything;  // unknown or open: no end
  }
}

// Whether a dated record matches the range: "overlaps", it may have touched
// it; "within", it lies inside it whatever it turns out to be.
bool dated_match(afbrief::period p, civil_date from, civil_date to, match m) {
  const int64_t earliest =
      afbrief::has_date(p.begin) ? oracle::days(p.begin.first_day) : before_everything;
  const int64_t latest = afbrief::has_date(p.end) ? last_day_of(p.end) : after_everything;
  return m == match::overlaps ? earliest <= oracle::days(to) && latest >= oracle::days(from)
                              : earliest >= oracle::days(from) && latest <= oracle::days(to);
}

// One selection. `nth(i)` answers rt's and checks ct's against it.
template <class Id, class Selection, class Nth, class Table, class Accepts>
void check_selection(size_t count, size_t constant_count, Selection selection, Nth nth, Table table,
                     Accepts accepts, uint32_t far) {
  FUZZ_REQUIRE(count == constant_count);
  std::vector<Id> iterated;
  for (auto record : selection) iterated.push_back(record.id);
  FUZZ_REQUIRE(count == iterated.size());
  for (size_t i = 0; i < count; ++i) {
    const afbrief::maybe<Id> at = nth(i);
    FUZZ_REQUIRE(at.has_value() && at.value() == iterated[i]);
  }
  const size_t past[] = {count, count + 1, count + far, static_cast<size_t>(-1)};
  for (size_t n : past) FUZZ_REQUIRE(!nth(n).has_value());
  std::vector<Id> expected;
  for (auto record : table.all()) {
    if (accepts(record)) expected.push_back(record.id);
  }
  FUZZ_REQUIRE(iterated == expected);
}

void check_dated(afbrief::date_range r, match m, uint32_t far) {
  const civil_date from = r.from();
  const civil_date to = r.to();
  check_selection<afbrief::event_id>(
      rt::count_events(r, m), ct::count_events(r, m), rt::events_in(r, m),
      [&](size_t n) {
        FUZZ_REQUIRE(rt::nth_event(r, n, m) == ct::nth_event(r, n, m));
        return rt::nth_event(r, n, m);
      },
      rt::events(), [&](const afbrief::event& e) { return dated_match(e.when, from, to, m); }, far);
  check_selection<afbrief::statement_id>(
      rt::count_statements(r, m), ct::count_statements(r, m), rt::statements_in(r, m),
      [&](size_t n) {
        FUZZ_REQUIRE(rt::nth_statement(r, n, m) == ct::nth_statement(r, n, m));
        return rt::nth_statement(r, n, m);
      },
      rt::statements(),
      [&](const afbrief::statement& s) { return dated_match(s.said, from, to, m); }, far);
}

void check_by_id(afbrief::actor_id a, afbrief::source_id s, afbrief::measure what, uint32_t far) {
  check_selection<afbrief::event_id>(
      rt::count_events_involving(a), ct::count_events_involving(a), rt::events_involving(a),
      [&](size_t n) {
        FUZZ_REQUIRE(rt::nth_event_involving(a, n) == ct::nth_event_involving(a, n));
        return rt::nth_event_involving(a, n);
      },
      rt::events(),
      [&](const afbrief::event& e) {
        for (size_t i = 0; i < e.actors.length; ++i) {
          if (e.actors.items[i] == a) return true;
        }
        return false;
      },
      far);
  check_selection<afbrief::figure_id>(
      rt::count_figures_from(s), ct::count_figures_from(s), rt::figures_from(s),
      [&](size_t n) {
        FUZZ_REQUIRE(rt::nth_figure_from(s, n) == ct::nth_figure_from(s, n));
        return rt::nth_figure_from(s, n);
      },
      rt::figures(),
      [&](const afbrief::figure& f) {
        return f.originator.has_value() && f.originator.value() == s;
      },
      far);
  check_selection<afbrief::figure_id>(
      rt::count_figures_counting(what), ct::count_figures_counting(what),
      rt::figures_counting(what),
      [&](size_t n) {
        FUZZ_REQUIRE(rt::nth_figure_counting(what, n) == ct::nth_figure_counting(what, n));
        return rt::nth_figure_counting(what, n);
      },
      rt::figures(), [&](const afbrief::figure& f) { return f.counts == what; }, far);
}

// Near the article's years (2005..2024), the day up to 31 in any month, so
// ranges cut through its events and are sometimes impossible (02-30).
civil_date near_article(civil_date d) {
  return civil_date(static_cast<int16_t>(2005 + static_cast<uint16_t>(d.year()) % 20),
                    static_cast<uint8_t>(1 + d.month() % 12),
                    static_cast<uint8_t>(1 + d.day() % 31));
}

// make_range against the oracle; the range when it is one.
afbrief::range_result checked_range(civil_date from, civil_date to) {
  const afbrief::range_result r = afbrief::make_range(from, to);
  const afbrief::range_error expected = !oracle::valid(from) ? afbrief::range_error::invalid_from
                                        : !oracle::valid(to) ? afbrief::range_error::invalid_to
                                        : oracle::days(to) < oracle::days(from)
                                            ? afbrief::range_error::from_after_to
                                            : afbrief::range_error::none;
  FUZZ_REQUIRE(r.error() == expected);
  if (r.ok()) FUZZ_REQUIRE(r.value().from() == from && r.value().to() == to);
  return r;
}

// An id byte: below 0x80 folded onto 0 to one past the table's ids (the none
// id and an unknown one included, however ids are numbered), above it any
// value.
template <class Id>
Id any_id(uint8_t b, size_t count) {
  return static_cast<Id>(b < 0x80u ? b % (count + 2) : b);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  oracle::self_test();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_input in(data, size);
  const uint8_t flags = in.byte();
  civil_date from = any_date(in);
  civil_date to = any_date(in);
  if ((flags & 1u) != 0) from = near_article(from);
  if ((flags & 2u) != 0) to = near_article(to);
  const match m = (flags & 4u) != 0 ? match::within : match::overlaps;
  const auto a = any_id<afbrief::actor_id>(in.byte(), rt::actors().size());
  const auto s = any_id<afbrief::source_id>(in.byte(), rt::sources().size());
  const auto what = any_id<afbrief::measure>(in.byte(), afbrief::measure_count);
  const uint32_t far = in.u32();
  const afbrief::range_result r = checked_range(from, to);
  if (r.ok()) check_dated(r.value(), m, far);
  check_by_id(a, s, what, far);
  return 0;
}

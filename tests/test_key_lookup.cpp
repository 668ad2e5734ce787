// Lookup by key is exact in every table, at compile time and at run time: every
// key finds its own record, and every near miss of every key (one byte short,
// one NUL more, one byte changed, a NUL in place of a byte) finds nothing, or
// a record whose key is exactly the probe.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>

using afbrief::ct;
using afbrief::rt;
using afbrief::text_ref;

#if AFBRIEF_HAS_CONSTEXPR14
#define KEY_TEST_CONSTEXPR14 constexpr
#else
#define KEY_TEST_CONSTEXPR14 inline
#endif

namespace {

// The near misses of `key` in `buffer`, one per call: kind 0..3.
struct near_miss {
  char buffer[64];
  size_t size;
  KEY_TEST_CONSTEXPR14 near_miss(text_ref key, int kind) noexcept : buffer(), size(key.size()) {
    for (size_t i = 0; i < key.size() && i < sizeof buffer - 1; ++i) buffer[i] = key.data()[i];
    const size_t middle = key.size() / 2;
    if (kind == 0 && size > 0) --size;                          // one byte short
    if (kind == 1) buffer[size++] = '\0';                       // one NUL more
    if (kind == 2 && size > 0) buffer[middle] ^= 1;             // one byte changed
    if (kind == 3 && size > 0) buffer[middle] = '\0';           // a NUL in place of a byte
  }
  KEY_TEST_CONSTEXPR14 text_ref text() const noexcept { return text_ref(buffer, size); }
};

// Every key of the table found at its position, and every near miss exact.
template <class Table, class Find>
KEY_TEST_CONSTEXPR14 bool exact_at_compile_time(Table table, Find find) noexcept {
  for (size_t i = 0; i < table.size(); ++i) {
    const text_ref key = ct::text(table.at(i).value().key);
    if (!find(key).has_value() || afbrief::core::position_of(find(key).value()) != i) return false;
    for (int kind = 0; kind < 4; ++kind) {
      const near_miss probe(key, kind);
      const auto found = find(probe.text());
      if (found.has_value() &&
          !afbrief::core::equal(ct::text(table.at(afbrief::core::position_of(found.value())).value().key),
                                probe.text()))
        return false;
    }
  }
  return true;
}

#if AFBRIEF_HAS_CONSTEXPR14
struct find_figure { constexpr afbrief::maybe<afbrief::figure_id> operator()(text_ref k) const noexcept { return ct::find_figure(k); } };
struct find_event { constexpr afbrief::maybe<afbrief::event_id> operator()(text_ref k) const noexcept { return ct::find_event(k); } };
struct find_statement { constexpr afbrief::maybe<afbrief::statement_id> operator()(text_ref k) const noexcept { return ct::find_statement(k); } };
struct find_actor { constexpr afbrief::maybe<afbrief::actor_id> operator()(text_ref k) const noexcept { return ct::find_actor(k); } };
struct find_source { constexpr afbrief::maybe<afbrief::source_id> operator()(text_ref k) const noexcept { return ct::find_source(k); } };
struct find_place { constexpr afbrief::maybe<afbrief::place_id> operator()(text_ref k) const noexcept { return ct::find_place(k); } };
static_assert(exact_at_compile_time(ct::figures(), find_figure()), "figures: exact at compile time");
static_assert(exact_at_compile_time(ct::events(), find_event()), "events: exact at compile time");
static_assert(exact_at_compile_time(ct::statements(), find_statement()),
              "statements: exact at compile time");
static_assert(exact_at_compile_time(ct::actors(), find_actor()), "actors: exact at compile time");
static_assert(exact_at_compile_time(ct::sources(), find_source()), "sources: exact at compile time");
static_assert(exact_at_compile_time(ct::places(), find_place()), "places: exact at compile time");
#endif

// The same at run time, with keys rendered into RAM through rt.
template <class Table, class Find>
void check_exact_at_run_time(Table table, Find find) {
  for (const auto record : table.all()) {
    char key[64];
    const afbrief::format_result r = rt::render(record.key, key, sizeof key);
    const text_ref k(key, r.length);
    CAPTURE(k.data());
    REQUIRE(find(k).has_value());
    CHECK(find(k).value() == record.id);
    for (int kind = 0; kind < 4; ++kind) {
      const near_miss probe(k, kind);
      const auto found = find(probe.text());
      CAPTURE(kind);
      CHECK((!found.has_value() || rt::equal(rt::get(found.value()).value().key, probe.text())));
    }
  }
}

}  // namespace

TEST_CASE("every table finds each of its keys and nothing near one, at run time") {
  check_exact_at_run_time(rt::figures(), [](text_ref k) { return rt::find_figure(k); });
  check_exact_at_run_time(rt::events(), [](text_ref k) { return rt::find_event(k); });
  check_exact_at_run_time(rt::statements(), [](text_ref k) { return rt::find_statement(k); });
  check_exact_at_run_time(rt::actors(), [](text_ref k) { return rt::find_actor(k); });
  check_exact_at_run_time(rt::sources(), [](text_ref k) { return rt::find_source(k); });
  check_exact_at_run_time(rt::places(), [](text_ref k) { return rt::find_place(k); });
}

TEST_CASE("a probe longer than every key, or empty, is not found") {
  char longest[200] = {};
  for (char& c : longest) c = 'a';
  CHECK_FALSE(rt::find_figure(text_ref(longest, sizeof longest)).has_value());
  CHECK_FALSE(rt::find_place(text_ref()).has_value());
  static_assert(!ct::find_actor(text_ref()).has_value(), "the empty key at compile time");
}

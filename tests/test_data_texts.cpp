// Every text of every table, decoded at run time: afbrief::rt reads the
// packed pool and must give exactly what afbrief::ct reads from the plain
// copy beside it (which the generated checks tie to the pool with
// core::index_matches_pool).
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <set>
#include <string>

namespace core = afbrief::core;
using afbrief::packed_text;
using afbrief::text_ref;

namespace {

struct tally {
  size_t texts;
  size_t longest;
  std::set<uint16_t> offsets;  // distinct texts: equal texts share one offset
};

text_ref as_text(const std::string& s) { return text_ref(s.data(), s.size()); }

// One text, through every run-time face: size, render, each_char, char_at
// and equal.
void check_text(packed_text t, const char* table, const char* field, size_t row, tally& seen) {
  INFO(table << " row " << row << " " << field << " (offset " << t.offset << ")");
  const text_ref plain = afbrief::ct::text(t);
  // A copy in ordinary memory, as a caller's probe would be.
  const std::string expected(plain.data(), plain.size());
  ++seen.texts;
  seen.offsets.insert(t.offset);
  if (expected.size() > seen.longest) seen.longest = expected.size();

  CHECK(afbrief::rt::size(t) == expected.size());
  CHECK(afbrief::ct::size(t) == expected.size());

  // render, into a buffer with room for everything, into one exactly big
  // enough and into one a byte short of that.
  char buffer[600];
  REQUIRE(expected.size() + 1 <= sizeof buffer);
  afbrief::format_result r = afbrief::rt::render(t, buffer, sizeof buffer);
  CHECK(std::string(buffer, r.length) == expected);
  CHECK(r.needed == expected.size());
  CHECK_FALSE(r.truncated);
  CHECK(buffer[r.length] == '\0');
  r = afbrief::rt::render(t, buffer, expected.size() + 1);
  CHECK(r.length == expected.size());
  CHECK_FALSE(r.truncated);
  if (!expected.empty()) {
    r = afbrief::rt::render(t, buffer, expected.size());
    CHECK(r.truncated);
    CHECK(r.length < expected.size());
    CHECK(r.needed == expected.size());
  }
  // In ASCII, what the writer makes of the row's own text.
  char ascii[600];
  const afbrief::format_result a =
      afbrief::rt::render(t, buffer, sizeof buffer, afbrief::charset::ascii);
  const afbrief::format_result b =
      core::render_text(plain, ascii, sizeof ascii, afbrief::charset::ascii);
  CHECK(std::string(buffer, a.length) == std::string(ascii, b.length));
  CHECK(a.needed == b.needed);

  // each_char: every byte in order.
  std::string streamed;
  auto append = [&streamed](char c) {
    streamed += c;
    return true;
  };
  afbrief::rt::each_char(t, append);
  CHECK(streamed == expected);

  // char_at at every index, and '\0' one past the end.
  size_t wrong_chars = 0;
  for (size_t i = 0; i < expected.size(); ++i)
    if (afbrief::rt::char_at(t, i) != expected[i]) ++wrong_chars;
  CHECK(wrong_chars == 0);
  CHECK(afbrief::rt::char_at(t, expected.size()) == '\0');
  CHECK(afbrief::rt::char_at(t, expected.size() + 1) == '\0');

  // equal: the same text, and every one-byte change, cut or extension of it.
  CHECK(afbrief::rt::equal(t, as_text(expected)));
  CHECK(afbrief::ct::equal(t, as_text(expected)));
  size_t equal_when_changed = 0;
  std::string changed = expected;
  for (size_t i = 0; i < changed.size(); ++i) {
    changed[i] = static_cast<char>(changed[i] ^ 0x01);
    if (afbrief::rt::equal(t, as_text(changed))) ++equal_when_changed;
    changed[i] = expected[i];
  }
  CHECK(equal_when_changed == 0);
  if (!expected.empty()) {
    CHECK_FALSE(afbrief::rt::equal(t, as_text(expected.substr(0, expected.size() - 1))));
    CHECK(afbrief::rt::char_at(t, expected.size() - 1) == expected.back());
  }
  CHECK_FALSE(afbrief::rt::equal(t, as_text(expected + "x")));
  CHECK_FALSE(afbrief::rt::equal(t, as_text(expected + std::string(1, '\0'))));
}

}  // namespace

TEST_CASE("afbrief::rt decodes every text of every table exactly as afbrief::ct reads it") {
  tally seen{0, 0, std::set<uint16_t>()};

  const afbrief::article art = afbrief::rt::the_article();
  check_text(art.outlet, "article", "outlet", 0, seen);
  check_text(art.subject, "article", "subject", 0, seen);

  size_t row = 0;
  for (afbrief::figure f : afbrief::rt::figures().all()) {
    check_text(f.key, "figures", "key", row, seen);
    check_text(f.subject, "figures", "subject", row, seen);
    check_text(f.period_phrase, "figures", "period_phrase", row, seen);
    check_text(f.base_phrase, "figures", "base_phrase", row, seen);
    check_text(f.wording, "figures", "wording", row, seen);
    ++row;
  }
  row = 0;
  for (afbrief::event e : afbrief::rt::events().all()) {
    check_text(e.key, "events", "key", row, seen);
    check_text(e.phrase, "events", "phrase", row, seen);
    check_text(e.summary, "events", "summary", row, seen);
    ++row;
  }
  row = 0;
  for (afbrief::statement s : afbrief::rt::statements().all()) {
    check_text(s.key, "statements", "key", row, seen);
    check_text(s.role, "statements", "role", row, seen);
    check_text(s.quote, "statements", "quote", row, seen);
    ++row;
  }
  row = 0;
  for (afbrief::actor a : afbrief::rt::actors().all()) {
    check_text(a.key, "actors", "key", row, seen);
    check_text(a.name, "actors", "name", row, seen);
    check_text(a.role, "actors", "role", row, seen);
    ++row;
  }
  row = 0;
  for (afbrief::source s : afbrief::rt::sources().all()) {
    check_text(s.key, "sources", "key", row, seen);
    check_text(s.name, "sources", "name", row, seen);
    ++row;
  }
  row = 0;
  for (afbrief::place p : afbrief::rt::places().all()) {
    check_text(p.key, "places", "key", row, seen);
    check_text(p.name, "places", "name", row, seen);
    ++row;
  }

  // Every text field of every row was visited, once: 2 for the article, 5 a
  // figure (11), 3 an event (14), a statement (18) and an actor (25), 2 a
  // source (7) and a place (4).
  CHECK(seen.texts == 2 + 5 * afbrief::rt::figures().size() + 3 * afbrief::rt::events().size() +
                          3 * afbrief::rt::statements().size() + 3 * afbrief::rt::actors().size() +
                          2 * afbrief::rt::sources().size() + 2 * afbrief::rt::places().size());
  CHECK(seen.texts == 250u);
  // Equal texts are stored once ("now", "On Saturday", the empty text...):
  // the distinct offsets the fields use are every text the pool holds.
  CHECK(seen.offsets.size() == static_cast<size_t>(afbrief::data::text_pool<>::start_count));
  CHECK(seen.offsets.size() < seen.texts);
  CHECK(seen.offsets.count(afbrief::data::text_pool<>::empty_text) == 1u);
  CHECK(seen.longest == static_cast<size_t>(afbrief::data::text_pool<>::longest_text));
  CHECK(seen.longest == afbrief::core::longest_text(afbrief::data::sheet::texts()));
}

TEST_CASE("every offset of the pool: rt and ct agree, texts or empty") {
  // A packed_text made up by hand may hold any offset. Where a text starts,
  // rt decodes what ct reads; anywhere else (inside a text, past the pool)
  // both read the empty text.
  typedef afbrief::data::text_pool<> pool;
  size_t starts = 0;
  for (size_t offset = 0; offset <= sizeof(pool::codes) + 1; ++offset) {
    CAPTURE(offset);
    const afbrief::packed_text t{static_cast<uint16_t>(offset)};
    const bool text_starts_here =
        offset < sizeof(pool::codes) && (offset == 0 || pool::codes[offset - 1] == 0);
    if (text_starts_here) ++starts;
    const afbrief::text_ref plain = afbrief::ct::text(t);
    CHECK(afbrief::rt::size(t) == plain.size());
    CHECK(afbrief::ct::size(t) == plain.size());
    CHECK(afbrief::rt::equal(t, plain));
    if (!text_starts_here) CHECK(plain.empty());
  }
  // Every distinct text starts once; all of them are row texts.
  CHECK(starts == static_cast<size_t>(pool::start_count));
}

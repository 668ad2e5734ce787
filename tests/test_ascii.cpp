// ASCII rendering for displays without UTF-8.
#include <doctest/doctest.h>

#include <string>

#include <afbrief/afbrief.hpp>

namespace core = afbrief::core;

namespace {
std::string ascii(const char* utf8) {
  char buffer[128];
  const core::format_result r =
      core::render_text(core::text_from_c_string(utf8), buffer, sizeof buffer,
                        core::charset::ascii);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}
bool is_ascii(const std::string& s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80u) return false;
  return true;
}
}  // namespace

TEST_CASE("every writer defaults to UTF-8, render_text included") {
  char buffer[16];
  const core::format_result r = core::render_text("WHO\u2019s", buffer, sizeof buffer);
  CHECK(std::string(buffer, r.length) == "WHO\u2019s");
}

TEST_CASE("typographic characters map to their ASCII look-alikes") {
  CHECK(ascii("the Taliban\u2019s") == "the Taliban's");
  CHECK(ascii("\u2018concerned\u2019") == "'concerned'");
  CHECK(ascii("\u201Cstrenuously favours\u201D") == "\"strenuously favours\"");
  CHECK(ascii("since January \u2013 raising") == "since January - raising");
  CHECK(ascii("\u2014 Dr. Abdullah") == "- Dr. Abdullah");
  CHECK(ascii("wait\u2026") == "wait...");
  CHECK(ascii("a\u00A0b") == "a b");
  CHECK(ascii("plain ASCII stays") == "plain ASCII stays");
}

TEST_CASE("anything else, and malformed UTF-8, becomes one question mark") {
  CHECK(ascii("caf\u00E9") == "caf?");
  CHECK(ascii("\xF0\x9F\x98\x80!") == "?!");      // an emoji, four bytes
  CHECK(ascii("x\xE2\x80") == "x??");            // truncated sequence: each byte
  CHECK(ascii("\xC0\xAF") == "??");              // overlong lead byte
  CHECK(ascii("\x80z") == "?z");                 // stray continuation byte
}

TEST_CASE("every text of every table renders to pure ASCII") {
  char buffer[400];
  size_t texts = 0;
  for (afbrief::statement s : afbrief::rt::statements().all()) {
    const core::format_result r =
        afbrief::rt::render(s.quote, buffer, sizeof buffer, core::charset::ascii);
    CHECK_FALSE(r.truncated);
    CHECK(is_ascii(std::string(buffer, r.length)));
    ++texts;
  }
  for (afbrief::actor a : afbrief::rt::actors().all()) {
    const core::format_result r =
        afbrief::rt::render(a.name, buffer, sizeof buffer, core::charset::ascii);
    CHECK(is_ascii(std::string(buffer, r.length)));
    ++texts;
  }
  CHECK(texts == 18 + 25);  // every statement's quote and every actor's name
  const core::format_result r = afbrief::rt::format_figure(
      afbrief::figure_id::people_in_need, buffer, sizeof buffer, afbrief::charset::ascii);
  CHECK(std::string(buffer, r.length) ==
        "up to 18,400,000 people in need of humanitarian assistance (now; WHO's Rick Brennan "
        "via Doha News)");
}

TEST_CASE("ASCII rendering truncates cleanly, never inside a replacement") {
  char small[4];
  const core::format_result r =
      core::render_text("ab\u2026", small, sizeof small, core::charset::ascii);
  CHECK(std::string(small) == "ab");
  CHECK(r.needed == 5);
  CHECK(r.truncated);
}

TEST_CASE("UTF-8 output is truncated between characters, never inside one") {
  // "WHO’s": the apostrophe is three bytes. With room for five characters
  // plus the NUL, the text stops before the apostrophe rather than inside it.
  char buffer[6];
  core::format_result r =
      core::render_text("WHO\u2019s", buffer, sizeof buffer, core::charset::utf8);
  CHECK(std::string(buffer) == "WHO");
  CHECK(r.needed == 7);
  CHECK(r.truncated);
  char roomy[8];
  r = core::render_text("WHO\u2019s", roomy, sizeof roomy, core::charset::utf8);
  CHECK(std::string(roomy) == "WHO\u2019s");
  CHECK_FALSE(r.truncated);
  // Once something has not fitted nothing after it is written, even if small.
  char three[3];
  r = core::render_text("\u2019ab", three, sizeof three, core::charset::utf8);
  CHECK(std::string(three).empty());
  CHECK(r.needed == 5);
}

TEST_CASE("rt::render copies a record's text through the platform reader") {
  char buffer[64];
  const afbrief::format_result r =
      afbrief::rt::render(afbrief::rt::get(afbrief::actor_id::rick_brennan).value().role, buffer,
                          sizeof buffer);
  CHECK(std::string(buffer, r.length) == "regional emergencies director");
  CHECK(afbrief::rt::equal(afbrief::rt::get(afbrief::place_id::doha).value().name, "Doha"));
  CHECK(afbrief::rt::char_at(afbrief::rt::get(afbrief::place_id::doha).value().name, 3) == 'a');
  CHECK(afbrief::rt::char_at(afbrief::rt::get(afbrief::place_id::doha).value().name, 4) == '\0');
}

#if AFBRIEF_HAS_CONSTEXPR14
namespace {
struct rendered {
  char text[16];
};
constexpr rendered render(core::text_ref t) {
  rendered out{};
  core::render_text(t, out.text, sizeof out.text, core::charset::ascii);
  return out;
}
constexpr rendered apostrophe = render("Taliban\u2019s");
static_assert(apostrophe.text[7] == '\'' && apostrophe.text[8] == 's' && apostrophe.text[9] == '\0',
              "ASCII rendering is a constant expression from C++14");
}  // namespace
#endif

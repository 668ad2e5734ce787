// text_ref: lengths, ordering, equality and bounds.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>

namespace core = afbrief::core;
using afbrief::text_ref;

static_assert(text_ref("abc").size() == 3, "the NUL is not counted");
static_assert(text_ref().empty() && text_ref("").empty(), "empty");
static_assert(core::compare(text_ref("abc"), text_ref("abd")) < 0, "by character");
static_assert(core::compare(text_ref("abd"), text_ref("abc")) > 0, "by character, reversed");
static_assert(core::compare(text_ref("ab"), text_ref("abc")) < 0, "a prefix sorts first");
static_assert(core::compare(text_ref("abc"), text_ref("abc")) == 0, "equal");
static_assert(core::compare(text_ref("a_b"), text_ref("ab")) < 0, "'_' sorts before letters");
static_assert(core::compare(text_ref("\xC3\xA9"), text_ref("z")) > 0, "bytes compare unsigned");
static_assert(core::equal(text_ref("doha"), text_ref("doha")), "equal");
static_assert(!core::equal(text_ref("doha"), text_ref("doh")), "lengths differ");
static_assert(!core::equal(text_ref("doha"), text_ref("dohA")), "case matters");
static_assert(core::char_at(text_ref("ab"), 1) == 'b' && core::char_at(text_ref("ab"), 2) == '\0',
              "no read past the end");
static_assert(core::is_snake_case("children_killed_past_decade"), "snake_case");
static_assert(!core::is_snake_case("Children") && !core::is_snake_case("_x") &&
                  !core::is_snake_case("") && !core::is_snake_case("a-b"),
              "not snake_case");

TEST_CASE("comparison at run time matches the definition on many lengths") {
  // Long texts exercise every level of the halving recursion.
  char a[300];
  char b[300];
  for (size_t i = 0; i < sizeof a; ++i) a[i] = b[i] = static_cast<char>('a' + i % 26);
  for (size_t length = 0; length <= sizeof a; length += 7) {
    CHECK(core::compare(text_ref(a, length), text_ref(b, length)) == 0);
    if (length == 0) continue;
    b[length - 1] = 'Z';  // smaller than any lower-case letter
    CHECK(core::compare(text_ref(a, length), text_ref(b, length)) > 0);
    CHECK(core::compare(text_ref(b, length), text_ref(a, length)) < 0);
    CHECK_FALSE(core::equal(text_ref(a, length), text_ref(b, length)));
    b[length - 1] = a[length - 1];
  }
}

TEST_CASE("text_from_c_string measures at run time") {
  const char* s = "kabul";
  CHECK(core::text_from_c_string(s).size() == 5);
  CHECK(core::text_from_c_string(nullptr).empty());
  CHECK(core::equal(core::text_from_c_string(s), text_ref("kabul")));
}

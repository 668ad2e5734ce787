// core/packed_text.hpp on a pool made by hand: decoding literal and nested
// pair codes, ordering like core::compare, early stops, bounds, the index
// of plain texts (core::text_index, core::unpacked_text) and the compile-time
// proofs over it (index_matches_pool, pairs_are_sound, pool_is_well_formed,
// longest_text), broken pools and indexes included, and UTF-8 through
// core::character_sink.
// The core knows nothing about the article, so nothing here reads its pool.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <string>

namespace core = afbrief::core;
using afbrief::text_ref;
using core::packed_text;

namespace {

// A tiny pool in the generator's layout. MaxDepth is what the pool claims:
// its pairs really nest 4 deep, so tiny_pool<4> is honest and tiny_pool<1>
// lies (the decoder must still stay in bounds on it).
//   literals: 1 ' '  2 'a'  3 'b'  4 'c'  5 'd'  6 0xE2  7 0x80  8 0x99
//   pairs:    9 = 2 3 "ab" (depth 1)          10 = 9 4 "abc" (2)
//            11 = 10 9 "abcab" (3)             12 = 11 11 "abcababcab" (4)
//            13 = 2 11 "aabcab" (4, deep on the right)
//            14 = 6 7 (the first two bytes of U+2019, depth 1)
template <uint8_t MaxDepth>
struct tiny_pool {
  enum : uint8_t { first_pair = 9, max_depth = MaxDepth, numbered = 0 };
  static constexpr uint8_t literals[] = {0, ' ', 'a', 'b', 'c', 'd', 0xE2, 0x80, 0x99};
  static constexpr uint8_t pairs[] = {2, 3, 9, 4, 10, 9, 11, 11, 2, 11, 6, 7};
  static constexpr uint8_t codes[] = {
      0,                      // 0: ""
      2,  0,                  // 1: "a"
      9,  0,                  // 3: "ab"
      10, 0,                  // 5: "abc"
      9,  4,  0,              // 7: "abc" again, coded differently
      11, 0,                  // 10: "abcab"
      12, 0,                  // 12: "abcababcab"
      13, 1,  5, 0,           // 14: "aabcab d"
      2,  3,  6, 7, 8, 4, 0,  // 18: "ab’c", the apostrophe as three literal bytes
      9,  14, 8, 4, 0,        // 25: "ab’c", the apostrophe split across a pair and a literal
      6,  7,  8, 0,           // 30: "’"
      3,  0,                  // 34: "b"
      2,  12, 0,              // 36: "aabcababcab" (its pair is 4 deep right after a literal)
      2,  14, 0,              // 39: "a" then E2 80: U+2019 cut short at the end
      14, 3,  0,              // 42: E2 80 then "b": cut short before ASCII
      7,  2,  0,              // 45: a stray continuation byte 80, then "a"
  };
};
#if !AFBRIEF_HAS_INLINE_VARIABLES
template <uint8_t MaxDepth>
constexpr uint8_t tiny_pool<MaxDepth>::literals[];
template <uint8_t MaxDepth>
constexpr uint8_t tiny_pool<MaxDepth>::pairs[];
template <uint8_t MaxDepth>
constexpr uint8_t tiny_pool<MaxDepth>::codes[];
#endif

typedef tiny_pool<4> pool;
typedef tiny_pool<1> lying_pool;  // claims max_depth 1; its pairs nest 4 deep
constexpr size_t code_count = sizeof(pool::codes);
static_assert(code_count == 48, "the offsets in the comments above are right");
// Naming each array's size here also makes clang instantiate the arrays'
// definitions: without that, clang (16, at C++17) rejects a constant
// expression that first indexes a class template's static array of unknown
// bound inside a function template (llvm/llvm-project#76787).
static_assert(sizeof(pool::literals) == pool::first_pair && sizeof(pool::pairs) == 12,
              "9 literals, 6 pairs");
static_assert(sizeof(lying_pool::literals) == 9 && sizeof(lying_pool::pairs) == 12 &&
                  sizeof(lying_pool::codes) == code_count,
              "the same arrays");

constexpr packed_text empty{0}, a{1}, ab{3}, abc{5}, abc_again{7}, abcab{10}, abcab2{12},
    aabcab_d{14}, apostrophe_literal{18}, apostrophe_split{25}, apostrophe_alone{30}, b{34},
    a_deep{36}, cut_at_end{39}, cut_before_b{42}, stray{45};

// Every text of the pool, in pool order: where it starts, and what it must
// decode to. Together they are the pool's index (core::text_index), as the
// generator writes one beside a real pool.
constexpr uint32_t tiny_starts[] = {0, 1, 3, 5, 7, 10, 12, 14, 18, 25, 30, 34, 36, 39, 42, 45};
constexpr text_ref tiny_plain[] = {
    "",
    "a",
    "ab",
    "abc",
    "abc",
    "abcab",
    "abcababcab",
    "aabcab d",
    "ab\xE2\x80\x99"
    "c",
    "ab\xE2\x80\x99"
    "c",
    "\xE2\x80\x99",
    "b",
    "aabcababcab",
    "a\xE2\x80",
    "\xE2\x80"
    "b",
    "\x80"
    "a",
};
constexpr size_t tiny_text_count = sizeof(tiny_starts) / sizeof(tiny_starts[0]);
static_assert(sizeof(tiny_plain) / sizeof(tiny_plain[0]) == tiny_text_count, "one plain per start");
static_assert(tiny_text_count == 16, "16 texts");
constexpr core::text_index tiny_index{tiny_starts, tiny_plain, tiny_text_count, false};
// The named offsets above are the starts, in order.
static_assert(tiny_starts[0] == empty.offset && tiny_starts[6] == abcab2.offset &&
                  tiny_starts[7] == aabcab_d.offset && tiny_starts[12] == a_deep.offset &&
                  tiny_starts[15] == stray.offset,
              "the starts are the named texts");

// ---- The index proof: index_matches_pool (C++11) -------------------------------
static_assert(core::index_matches_pool<pool>(tiny_index), "every text decodes to its plain copy");
// The proof reads codes, not depth: a pool lying about its depth still matches
// its index. That is pairs_are_sound's job (below), which rejects it.
static_assert(core::index_matches_pool<lying_pool>(tiny_index), "depth is not this proof's");

// Broken indexes over the good pool: each is caught at compile time.
constexpr text_ref wrong_byte_plain[] = {"", "a", "ab", "abd", "abc", "abcab", "abcababcab",
                                         "aabcab d", tiny_plain[8], tiny_plain[9], tiny_plain[10],
                                         "b", "aabcababcab", tiny_plain[13], tiny_plain[14],
                                         tiny_plain[15]};
constexpr text_ref too_short_plain[] = {"", "a", "ab", "ab", "abc", "abcab", "abcababcab",
                                        "aabcab d", tiny_plain[8], tiny_plain[9], tiny_plain[10],
                                        "b", "aabcababcab", tiny_plain[13], tiny_plain[14],
                                        tiny_plain[15]};
constexpr text_ref too_long_plain[] = {"", "a", "ab", "abcd", "abc", "abcab", "abcababcab",
                                       "aabcab d", tiny_plain[8], tiny_plain[9], tiny_plain[10],
                                       "b", "aabcababcab", tiny_plain[13], tiny_plain[14],
                                       tiny_plain[15]};
constexpr text_ref swapped_plain[] = {"", "a", "ab", "abcab", "abc", "abc", "abcababcab",
                                      "aabcab d", tiny_plain[8], tiny_plain[9], tiny_plain[10],
                                      "b", "aabcababcab", tiny_plain[13], tiny_plain[14],
                                      tiny_plain[15]};
constexpr text_ref last_wrong_plain[] = {"", "a", "ab", "abc", "abc", "abcab", "abcababcab",
                                         "aabcab d", tiny_plain[8], tiny_plain[9], tiny_plain[10],
                                         "b", "aabcababcab", tiny_plain[13], tiny_plain[14],
                                         "\x80"
                                         "b"};
// Texts 3 (offset 5) and 5 (offset 10) swapped: each start keeps the other's text.
constexpr uint32_t swapped_starts[] = {0, 1, 3, 10, 7, 5, 12, 14, 18, 25, 30, 34, 36, 39, 42, 45};
constexpr text_ref swapped_starts_plain[] = {"", "a", "ab", "abcab", "abc", "abc", "abcababcab",
                                             "aabcab d", tiny_plain[8], tiny_plain[9],
                                             tiny_plain[10], "b", "aabcababcab", tiny_plain[13],
                                             tiny_plain[14], tiny_plain[15]};
// Offset 10 ("abcab") left out.
constexpr uint32_t missing_starts[] = {0, 1, 3, 5, 7, 12, 14, 18, 25, 30, 34, 36, 39, 42, 45};
constexpr text_ref missing_plain[] = {"", "a", "ab", "abc", "abc", "abcababcab", "aabcab d",
                                      tiny_plain[8], tiny_plain[9], tiny_plain[10], "b",
                                      "aabcababcab", tiny_plain[13], tiny_plain[14],
                                      tiny_plain[15]};
// Offset 15, inside "aabcab d" (it reads " d" from there), for offset 14.
constexpr uint32_t inside_starts[] = {0, 1, 3, 5, 7, 10, 12, 15, 18, 25, 30, 34, 36, 39, 42, 45};
constexpr text_ref inside_plain[] = {"", "a", "ab", "abc", "abc", "abcab", "abcababcab",
                                     " d", tiny_plain[8], tiny_plain[9], tiny_plain[10], "b",
                                     "aabcababcab", tiny_plain[13], tiny_plain[14],
                                     tiny_plain[15]};
// Offset 15 added after 14: a start inside a text.
constexpr uint32_t extra_starts[] = {0,  1,  3,  5,  7,  10, 12, 14, 15,
                                     18, 25, 30, 34, 36, 39, 42, 45};
constexpr text_ref extra_plain[] = {"", "a", "ab", "abc", "abc", "abcab", "abcababcab",
                                    "aabcab d", " d", tiny_plain[8], tiny_plain[9],
                                    tiny_plain[10], "b", "aabcababcab", tiny_plain[13],
                                    tiny_plain[14], tiny_plain[15]};
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts, wrong_byte_plain, 16, false}),
              "a changed byte is caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts, too_short_plain, 16, false}),
              "a shorter plain text is caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts, too_long_plain, 16, false}),
              "a longer plain text is caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts, swapped_plain, 16, false}),
              "two plain texts swapped are caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts, last_wrong_plain, 16, false}),
              "the last text is checked too");
static_assert(!core::index_matches_pool<pool>(
                  core::text_index{swapped_starts, swapped_starts_plain, 16, false}),
              "starts out of order are caught, even with their texts swapped with them");
static_assert(!core::index_matches_pool<pool>(core::text_index{missing_starts, missing_plain, 15, false}),
              "a text missing from the middle of the index is caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts, tiny_plain, 15, false}),
              "the last text missing from the index is caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts + 1, tiny_plain + 1,
                                                               15, false}),
              "the first text (offset 0) missing is caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{inside_starts, inside_plain, 16, false}),
              "a start inside a text is caught, though it decodes to its plain text");
static_assert(!core::index_matches_pool<pool>(core::text_index{extra_starts, extra_plain, 17, false}),
              "an extra start inside a text is caught");
static_assert(!core::index_matches_pool<pool>(core::text_index{tiny_starts, tiny_plain, 0, false}),
              "an empty index is caught");

// Broken pools under a right-looking index. Every code must be in range: 20
// names no literal and no pair (9 literals + 6 pairs = codes below 15).
struct code_out_of_range_pool {
  enum : uint8_t { first_pair = 9, max_depth = 4, numbered = 0 };
  static constexpr uint8_t literals[] = {0, ' ', 'a', 'b', 'c', 'd', 0xE2, 0x80, 0x99};
  static constexpr uint8_t pairs[] = {2, 3, 9, 4, 10, 9, 11, 11, 2, 11, 6, 7};
  static constexpr uint8_t codes[] = {0, 2, 20, 0};
};
// The last text is not ended: the pool stops after "ab".
struct unended_pool {
  enum : uint8_t { first_pair = 9, max_depth = 4, numbered = 0 };
  static constexpr uint8_t literals[] = {0, ' ', 'a', 'b', 'c', 'd', 0xE2, 0x80, 0x99};
  static constexpr uint8_t pairs[] = {2, 3, 9, 4, 10, 9, 11, 11, 2, 11, 6, 7};
  static constexpr uint8_t codes[] = {0, 2, 3};
};
// The same pool, ended.
struct ended_pool {
  enum : uint8_t { first_pair = 9, max_depth = 4, numbered = 0 };
  static constexpr uint8_t literals[] = {0, ' ', 'a', 'b', 'c', 'd', 0xE2, 0x80, 0x99};
  static constexpr uint8_t pairs[] = {2, 3, 9, 4, 10, 9, 11, 11, 2, 11, 6, 7};
  static constexpr uint8_t codes[] = {0, 2, 3, 0};
};
#if !AFBRIEF_HAS_INLINE_VARIABLES
constexpr uint8_t code_out_of_range_pool::literals[];
constexpr uint8_t code_out_of_range_pool::pairs[];
constexpr uint8_t code_out_of_range_pool::codes[];
constexpr uint8_t unended_pool::literals[];
constexpr uint8_t unended_pool::pairs[];
constexpr uint8_t unended_pool::codes[];
constexpr uint8_t ended_pool::literals[];
constexpr uint8_t ended_pool::pairs[];
constexpr uint8_t ended_pool::codes[];
#endif
constexpr uint32_t two_starts[] = {0, 1};
constexpr text_ref empty_and_ab[] = {"", "ab"};
constexpr text_ref empty_and_a_question[] = {"", "a?"};
static_assert(core::index_matches_pool<ended_pool>(core::text_index{two_starts, empty_and_ab, 2, false}),
              "the control: two texts, ended");
static_assert(!core::index_matches_pool<unended_pool>(
                  core::text_index{two_starts, empty_and_ab, 2, false}),
              "a last text with no final 0 is caught");
static_assert(!core::index_matches_pool<code_out_of_range_pool>(
                  core::text_index{two_starts, empty_and_a_question, 2, false}),
              "a code past the last pair is caught (and never read as a pair)");

// ---- unpacked_text: binary search over the index, constexpr from C++11 --------
static_assert(core::equal(core::unpacked_text(tiny_index, a), "a"), "the second text");
static_assert(core::equal(core::unpacked_text(tiny_index, abc), "abc"), "a middle text");
static_assert(core::equal(core::unpacked_text(tiny_index, abc_again), "abc"), "its twin");
static_assert(core::unpacked_text(tiny_index, ab).size() == 2, "ab");
static_assert(core::equal(core::unpacked_text(tiny_index, b), "b"), "b");
static_assert(core::equal(core::unpacked_text(tiny_index, abcab), "abcab"), "a pair of pairs");
static_assert(core::equal(core::unpacked_text(tiny_index, abcab2), "abcababcab"), "nested pairs");
static_assert(core::equal(core::unpacked_text(tiny_index, stray),
                          "\x80"
                          "a"),
              "the last start");
static_assert(core::unpacked_text(tiny_index, empty).data() == tiny_plain[0].data(),
              "the first text (empty, but its own)");
static_assert(core::unpacked_text(tiny_index, abc_again).data() == tiny_plain[4].data(),
              "each start has its own plain text, twins included");
static_assert(core::unpacked_text(tiny_index, packed_text{2}).empty(), "between two starts");
static_assert(core::unpacked_text(tiny_index, packed_text{15}).empty(), "inside a text");
static_assert(core::unpacked_text(tiny_index, packed_text{46}).empty(), "past the last start");
static_assert(core::unpacked_text(tiny_index, packed_text{0xFFFF}).empty(), "far off");
static_assert(core::unpacked_text(core::text_index{tiny_starts, tiny_plain, 0, false}, a).empty(),
              "an empty index finds nothing");
static_assert(core::unpacked_text(core::text_index{tiny_starts, tiny_plain, 3, false}, abc).empty(),
              "only the first count texts");
static_assert(core::equal(core::unpacked_text(core::text_index{tiny_starts, tiny_plain, 3, false}, ab),
                          "ab"),
              "the last of the first count texts");

// ---- longest_text -----------------------------------------------------------------
static_assert(core::longest_text(tiny_index) == 11, "aabcababcab");
static_assert(core::longest_text(core::text_index{tiny_starts, tiny_plain, 12, false}) == 10,
              "only the first count texts: abcababcab");
static_assert(core::longest_text(core::text_index{tiny_starts, tiny_plain, 4, false}) == 3, "abc");
static_assert(core::longest_text(core::text_index{tiny_starts, tiny_plain, 0, false}) == 0, "no texts");

#if AFBRIEF_HAS_CONSTEXPR14
// ---- Decoding, at compile time ----------------------------------------------
static_assert(core::packed_size<pool>(empty) == 0, "empty");
static_assert(core::packed_size<pool>(a) == 1, "one literal");
static_assert(core::packed_size<pool>(ab) == 2, "one pair");
static_assert(core::packed_size<pool>(abcab2) == 10, "a pair of pairs of pairs");
static_assert(core::packed_size<pool>(aabcab_d) == 8, "a pair nested on its right");
static_assert(core::packed_size<pool>(apostrophe_literal) == 6, "bytes, not characters");
static_assert(core::packed_char_at<pool>(abcab2, 0) == 'a' &&
                  core::packed_char_at<pool>(abcab2, 4) == 'b' &&
                  core::packed_char_at<pool>(abcab2, 5) == 'a' &&
                  core::packed_char_at<pool>(abcab2, 9) == 'b',
              "characters of a nested text");
static_assert(core::packed_char_at<pool>(aabcab_d, 6) == ' ' &&
                  core::packed_char_at<pool>(aabcab_d, 7) == 'd',
              "characters after a deep pair");
static_assert(core::packed_char_at<pool>(abc, 3) == '\0' &&
                  core::packed_char_at<pool>(abc, 100) == '\0',
              "'\\0' past the end");
static_assert(core::packed_char_at<pool>(empty, 0) == '\0', "'\\0' in the empty text");
static_assert(core::packed_char_at<pool>(apostrophe_split, 2) == '\xE2' &&
                  core::packed_char_at<pool>(apostrophe_split, 4) == '\x99',
              "bytes of a pair of non-ASCII literals");

// Order: that of core::compare.
static_assert(core::packed_compare<pool>(abc, "abc") == 0, "equal");
static_assert(core::packed_compare<pool>(abc, "abcd") < 0, "a shorter text sorts first");
static_assert(core::packed_compare<pool>(abc, "ab") > 0, "a longer text sorts last");
static_assert(core::packed_compare<pool>(abc, "abd") < 0, "by byte");
static_assert(core::packed_compare<pool>(abc, "abb") > 0, "by byte, reversed");
static_assert(core::packed_compare<pool>(b, "abc") > 0, "the first byte decides");
static_assert(core::packed_compare<pool>(apostrophe_alone, "z") > 0, "bytes compare unsigned");
static_assert(core::packed_compare<pool>(empty, "") == 0, "empty equals empty");
static_assert(core::packed_compare<pool>(empty, "a") < 0, "empty sorts first");
static_assert(core::packed_compare<pool>(a, "") > 0, "anything sorts after empty");
static_assert(core::packed_equal<pool>(abcab2, "abcababcab"), "equal");
static_assert(!core::packed_equal<pool>(abcab2, "abcababca"), "one byte shorter");
static_assert(!core::packed_equal<pool>(abcab2, "abcababcabc"), "one byte longer");
static_assert(!core::packed_equal<pool>(abcab2, "abcababcac"), "last byte differs");

// An offset past the codes, or inside a text, reads as empty (and, in a
// constant expression, reading out of bounds would not compile): as
// unpacked_text reads it.
static_assert(core::packed_size<pool>(packed_text{code_count}) == 0, "one past the end");
static_assert(core::packed_size<pool>(packed_text{0xFFFF}) == 0, "far past the end");
static_assert(core::packed_compare<pool>(packed_text{code_count}, "") == 0, "empty");
static_assert(core::packed_char_at<pool>(packed_text{0xFFFF}, 0) == '\0', "empty");
static_assert(core::packed_size<pool>(packed_text{15}) == 0, "inside a text");

// A pool that nests deeper than it claims: the decoder stops, in bounds.
static_assert(core::packed_size<lying_pool>(abcab2) < 10, "stops on a pair too deep");
static_assert(core::packed_size<lying_pool>(a_deep) < 11, "stops on a pair too deep");

#endif  // AFBRIEF_HAS_CONSTEXPR14

// ---- pairs_are_sound and pool_is_well_formed ---------------------------------
template <uint8_t FirstPair, uint8_t MaxDepth>
struct shape {
  enum : uint8_t { first_pair = FirstPair, max_depth = MaxDepth, numbered = 0 };
};
typedef shape<9, 4> tiny_shape;

static_assert(core::pairs_are_sound<pool>(pool::pairs), "the tiny pool's pairs nest 4 deep");
static_assert(!core::pairs_are_sound<lying_pool>(pool::pairs),
              "pairs nesting deeper than max_depth are rejected");
static_assert(!core::pairs_are_sound<tiny_pool<3>>(pool::pairs), "one level too deep");
static_assert(core::pool_is_well_formed<pool>(pool::pairs, pool::codes), "the tiny pool is good");
static_assert(!core::pool_is_well_formed<lying_pool>(pool::pairs, pool::codes),
              "pairs nesting deeper than max_depth are rejected");
static_assert(!core::pool_is_well_formed<tiny_pool<3>>(pool::pairs, pool::codes),
              "one level too deep is rejected");

constexpr uint8_t good_pairs[] = {2, 3, 9, 4};      // 9 "ab", 10 "abc"
constexpr uint8_t left_self[] = {2, 3, 10, 4};      // 10 = 10 4
constexpr uint8_t right_self[] = {2, 3, 4, 10};     // 10 = 4 10
constexpr uint8_t left_larger[] = {10, 3, 2, 3};    // 9 = 10 3
constexpr uint8_t right_larger[] = {2, 10, 2, 3};   // 9 = 2 10
constexpr uint8_t mutual[] = {10, 3, 9, 4};         // 9 = 10 3, 10 = 9 4: a loop of two
constexpr uint8_t zero_half[] = {2, 3, 0, 4};       // 10 = 0 4: code 0 ends a text
constexpr uint8_t odd_pairs[] = {2, 3, 9};          // half a pair
constexpr uint8_t good_codes[] = {10, 0, 2, 9, 0};  // codes below 11 = 9 + 2 pairs
constexpr uint8_t highest_code[] = {0, 10, 0};
constexpr uint8_t code_out_of_range[] = {0, 11, 0};  // no pair 11
constexpr uint8_t code_far_out[] = {0, 255, 0};
constexpr uint8_t unended[] = {10, 0, 2, 9};  // the last text has no 0
constexpr uint8_t only_end[] = {0};
static_assert(core::pairs_are_sound<tiny_shape>(good_pairs), "good");
static_assert(!core::pairs_are_sound<tiny_shape>(left_self), "refers to itself (left)");
static_assert(!core::pairs_are_sound<tiny_shape>(right_self), "refers to itself (right)");
static_assert(!core::pairs_are_sound<tiny_shape>(left_larger), "a larger code (left)");
static_assert(!core::pairs_are_sound<tiny_shape>(right_larger), "a larger code (right)");
static_assert(!core::pairs_are_sound<tiny_shape>(mutual), "two pairs naming each other");
static_assert(!core::pairs_are_sound<tiny_shape>(zero_half), "code 0 in a pair");
static_assert(!core::pairs_are_sound<tiny_shape>(odd_pairs), "half a pair");
static_assert(core::pairs_are_sound<shape<9, 2>>(good_pairs), "depth 2 is 2");
static_assert(!core::pairs_are_sound<shape<9, 1>>(good_pairs), "depth 2 > 1");
static_assert(core::pairs_are_sound<shape<254, 4>>(good_pairs), "codes 254 and 255");
static_assert(!core::pairs_are_sound<shape<255, 4>>(good_pairs), "code 256");

static_assert(core::pool_is_well_formed<tiny_shape>(good_pairs, good_codes), "good");
static_assert(core::pool_is_well_formed<tiny_shape>(good_pairs, highest_code), "the highest pair");
static_assert(core::pool_is_well_formed<tiny_shape>(good_pairs, only_end), "one empty text");
static_assert(!core::pool_is_well_formed<tiny_shape>(left_self, good_codes), "refers to itself");
static_assert(!core::pool_is_well_formed<tiny_shape>(right_self, good_codes), "refers to itself");
static_assert(!core::pool_is_well_formed<tiny_shape>(left_larger, good_codes), "a larger code");
static_assert(!core::pool_is_well_formed<tiny_shape>(right_larger, good_codes), "a larger code");
static_assert(!core::pool_is_well_formed<tiny_shape>(mutual, good_codes), "a loop of two");
static_assert(!core::pool_is_well_formed<tiny_shape>(zero_half, good_codes), "code 0 in a pair");
static_assert(!core::pool_is_well_formed<tiny_shape>(odd_pairs, good_codes), "half a pair");
static_assert(!core::pool_is_well_formed<tiny_shape>(good_pairs, code_out_of_range),
              "a code past the last pair");
static_assert(!core::pool_is_well_formed<tiny_shape>(good_pairs, code_far_out), "code 255");
static_assert(!core::pool_is_well_formed<tiny_shape>(good_pairs, unended), "no final 0");
static_assert(core::pool_is_well_formed<shape<9, 2>>(good_pairs, good_codes), "depth 2 is 2");
static_assert(!core::pool_is_well_formed<shape<9, 1>>(good_pairs, good_codes), "depth 2 > 1");
// With first_pair 254 the two pairs are codes 254 and 255; with 255 the
// second would be code 256, which a byte cannot hold.
static_assert(core::pool_is_well_formed<shape<254, 4>>(good_pairs, only_end), "codes <= 255");
static_assert(!core::pool_is_well_formed<shape<255, 4>>(good_pairs, only_end), "code 256");

// ---- A hole index_matches_pool once had ----------------------------------------
// A text that failed to match made the proof's end position wrap to 0
// (no_match + 1), which then "equalled" a following start of 0: an index whose
// starts did not ascend could hide a wrong plain text behind a repeated start
// 0, and ct would have read the wrong text where rt decodes the right one.
// The proof now requires a match and strictly ascending starts; the test case
// below keeps this index as a regression test.
constexpr uint32_t hole_starts[] = {0, 0, 1, 3, 5, 7, 10, 12, 14, 18, 25, 30, 34, 36, 39, 42, 45};
constexpr text_ref hole_plain[] = {"WRONG", "", "a", "ab", "abc", "abc", "abcab", "abcababcab",
                                   "aabcab d", tiny_plain[8], tiny_plain[9], tiny_plain[10], "b",
                                   "aabcababcab", tiny_plain[13], tiny_plain[14], tiny_plain[15]};
constexpr core::text_index hole_index{hole_starts, hole_plain, 17, false};

// ---- Run-time helpers -------------------------------------------------------
template <class Pool>
std::string decoded(packed_text t) {
  std::string text;
  auto append = [&text](char c) {
    text += c;
    return true;
  };
  core::unpack<Pool, core::plain_reader>(t, append);
  return text;
}

std::string str(text_ref t) { return std::string(t.data(), t.size()); }

int sign(int order) { return order < 0 ? -1 : order > 0 ? 1 : 0; }

// A packed text rendered the way rt::render does it.
core::format_result render(packed_text t, char* buffer, size_t capacity, core::charset output) {
  core::writer out(buffer, capacity, output);
  core::character_sink sink(out);
  core::unpack<pool, core::plain_reader>(t, sink);
  sink.flush();
  return out.finish();
}

std::string rendered(packed_text t, core::charset output) {
  char buffer[32];
  const core::format_result r = render(t, buffer, sizeof buffer, output);
  REQUIRE_FALSE(r.truncated);
  REQUIRE(r.length == r.needed);
  return std::string(buffer, r.length);
}

// Answers false on call number `stop_at`, and counts every call.
struct stopping_sink {
  size_t stop_at;
  size_t calls;
  std::string seen;
  bool operator()(char c) {
    ++calls;
    seen += c;
    return calls < stop_at;
  }
};

}  // namespace

TEST_CASE("packed texts decode to their characters, literal and nested pair codes alike") {
  for (size_t k = 0; k < tiny_text_count; ++k) {
    const packed_text t{static_cast<uint16_t>(tiny_starts[k])};
    const text_ref plain = tiny_plain[k];
    CAPTURE(t.offset);
    CHECK(decoded<pool>(t) == str(plain));
    CHECK(core::packed_size<pool>(t) == plain.size());
    // What ct reads (the plain copy, found by the index) is what rt decodes.
    CHECK(str(core::unpacked_text(tiny_index, t)) == decoded<pool>(t));
    for (size_t i = 0; i <= plain.size() + 1; ++i) {
      CAPTURE(i);
      CHECK(core::packed_char_at<pool>(t, i) == core::char_at(plain, i));
    }
  }
  CHECK(core::packed_char_at<pool>(abcab2, 10) == '\0');
  CHECK(core::packed_char_at<pool>(abcab2, static_cast<size_t>(-1)) == '\0');
}

TEST_CASE("packed_compare orders exactly as core::compare does") {
  const text_ref probes[] = {"",
                             "a",
                             "aa",
                             "ab",
                             "abb",
                             "abc",
                             "abcd",
                             "abd",
                             "abcab",
                             "abcaba",
                             "abcababcab",
                             "abcababcaa",
                             "abcababcac",
                             "aabcab d",
                             "aabcab",
                             "aabcababcab",
                             "b",
                             "ba",
                             "z",
                             "ab\xE2\x80\x99"
                             "c",
                             "ab\xE2\x80\x98"
                             "c",
                             "ab\xE2\x80",
                             "\xE2\x80\x99",
                             "\xE2",
                             "\xFF",
                             "A",
                             "a\xE2\x80",
                             "\xE2\x80"
                             "b",
                             "\x80"
                             "a"};
  size_t equal_pairs = 0;
  for (size_t k = 0; k < tiny_text_count; ++k) {
    const packed_text t{static_cast<uint16_t>(tiny_starts[k])};
    for (text_ref probe : probes) {
      CAPTURE(t.offset);
      CAPTURE(str(probe));
      const int expected = sign(core::compare(tiny_plain[k], probe));
      CHECK(sign(core::packed_compare<pool>(t, probe)) == expected);
      CHECK(core::packed_equal<pool>(t, probe) == (expected == 0));
      if (expected == 0) ++equal_pairs;
    }
  }
  // Every text of the pool is among the probes exactly once: the equal case ran.
  CHECK(equal_pairs == tiny_text_count);
}

TEST_CASE("unpack stops as soon as the sink answers false") {
  // "abcababcab": the stop lands inside every level of the nesting.
  for (size_t stop_at = 1; stop_at <= 10; ++stop_at) {
    CAPTURE(stop_at);
    stopping_sink sink{stop_at, 0, std::string()};
    core::unpack<pool, core::plain_reader>(abcab2, sink);
    CHECK(sink.calls == stop_at);
    CHECK(sink.seen == std::string("abcababcab").substr(0, stop_at));
  }
  // A deep pair on the right of a pair.
  for (size_t stop_at = 1; stop_at <= 8; ++stop_at) {
    CAPTURE(stop_at);
    stopping_sink sink{stop_at, 0, std::string()};
    core::unpack<pool, core::plain_reader>(aabcab_d, sink);
    CHECK(sink.calls == stop_at);
    CHECK(sink.seen == std::string("aabcab d").substr(0, stop_at));
  }
  // packed_char_at relies on it: it reads up to character i and no further.
  CHECK(core::packed_char_at<pool>(abcab2, 2) == 'c');
}

TEST_CASE("an offset past the end of the codes reads as empty") {
  const packed_text past[] = {packed_text{code_count}, packed_text{code_count + 1},
                              packed_text{0x7FFF}, packed_text{0xFFFF}};
  for (packed_text t : past) {
    CAPTURE(t.offset);
    stopping_sink sink{1000, 0, std::string()};
    core::unpack<pool, core::plain_reader>(t, sink);
    CHECK(sink.calls == 0);
    CHECK(core::packed_size<pool>(t) == 0);
    CHECK(core::packed_char_at<pool>(t, 0) == '\0');
    CHECK(core::packed_compare<pool>(t, "") == 0);
    CHECK(core::packed_compare<pool>(t, "a") < 0);
    CHECK(core::packed_equal<pool>(t, ""));
  }
  // The last text in the pool, right before the end, still reads.
  CHECK(decoded<pool>(stray) ==
        "\x80"
        "a");
}

TEST_CASE("a pool nesting deeper than it claims stops decoding, in bounds") {
  // lying_pool says max_depth 1, so the decoder's stack has 2 slots; its
  // pairs nest 4 deep. What it yields must be a prefix of the real text and
  // it must stop short of it. (Under AddressSanitizer a write past the stack
  // or a read past the pool fails this test.)
  for (size_t k = 0; k < tiny_text_count; ++k) {
    const packed_text t{static_cast<uint16_t>(tiny_starts[k])};
    CAPTURE(t.offset);
    const std::string got = decoded<lying_pool>(t);
    CHECK(str(tiny_plain[k]).compare(0, got.size(), got) == 0);
    CHECK(got.size() <= tiny_plain[k].size());
    CHECK(core::packed_size<lying_pool>(t) == got.size());
  }
  CHECK(decoded<lying_pool>(abcab2).size() < 10);
  CHECK(decoded<lying_pool>(a_deep).size() < 11);
  CHECK(decoded<lying_pool>(abc) == "abc");  // depth 2 = max_depth + 1 still fits its stack
  CHECK(core::packed_char_at<lying_pool>(abcab2, 9) == '\0');
  CHECK_FALSE(core::packed_equal<lying_pool>(abcab2, "abcababcab"));
  // The same pool, honest about its depth, decodes everything.
  CHECK(decoded<tiny_pool<4>>(abcab2) == "abcababcab");
}

TEST_CASE("a curly apostrophe in the pool renders as ' in ASCII and whole in UTF-8") {
  const packed_text texts[] = {apostrophe_literal, apostrophe_split};
  for (packed_text t : texts) {
    CAPTURE(t.offset);
    CHECK(rendered(t, core::charset::ascii) == "ab'c");
    CHECK(rendered(t, core::charset::utf8) ==
          "ab\xE2\x80\x99"
          "c");
  }
  CHECK(rendered(apostrophe_alone, core::charset::ascii) == "'");
  CHECK(rendered(apostrophe_alone, core::charset::utf8) == "\xE2\x80\x99");
  CHECK(rendered(apostrophe_alone, core::charset::utf8).size() == 3);
  CHECK(rendered(abcab2, core::charset::ascii) == "abcababcab");
  CHECK(rendered(empty, core::charset::utf8).empty());
}

TEST_CASE("a small buffer never gets part of the 3-byte character") {
  const std::string whole =
      "ab\xE2\x80\x99"
      "c";
  const packed_text texts[] = {apostrophe_literal, apostrophe_split};
  for (packed_text t : texts) {
    for (size_t capacity = 0; capacity <= 8; ++capacity) {
      CAPTURE(t.offset);
      CAPTURE(capacity);
      char buffer[10];
      for (char& c : buffer) c = '#';
      const core::format_result r = render(t, buffer, capacity, core::charset::utf8);
      // Room for capacity - 1 bytes: "a", "ab", then nothing more until the
      // whole apostrophe fits.
      const size_t expected = capacity <= 1   ? 0
                              : capacity == 2 ? 1
                              : capacity < 6  ? 2
                              : capacity == 6 ? 5
                                              : 6;
      CHECK(r.length == expected);
      CHECK(r.needed == 6);
      CHECK(r.truncated == (expected < 6));
      if (capacity > 0) {
        CHECK(buffer[r.length] == '\0');
        CHECK(std::string(buffer, r.length) == whole.substr(0, r.length));
      }
      for (size_t i = capacity; i < sizeof buffer; ++i) CHECK(buffer[i] == '#');
    }
    // In ASCII the apostrophe is one byte.
    char small[4];
    const core::format_result r = render(t, small, sizeof small, core::charset::ascii);
    CHECK(std::string(small) == "ab'");
    CHECK(r.length == 3);
    CHECK(r.needed == 4);
    CHECK(r.truncated);
  }
  // Only the apostrophe: three bytes or none.
  char three[3];
  const core::format_result r = render(apostrophe_alone, three, sizeof three, core::charset::utf8);
  CHECK(r.length == 0);
  CHECK(r.needed == 3);
  CHECK(three[0] == '\0');
}

TEST_CASE("character_sink renders a decoded text exactly as writer::put renders the text") {
  // Whatever codes carry the bytes, and wherever the buffer ends: the same
  // characters, the same length and needed, malformed bytes included (a lead
  // byte whose continuation bytes are missing is one stray byte to both).
  const core::charset charsets[] = {core::charset::utf8, core::charset::ascii};
  for (size_t k = 0; k < tiny_text_count; ++k) {
    const packed_text t{static_cast<uint16_t>(tiny_starts[k])};
    for (core::charset output : charsets) {
      for (size_t capacity = 0; capacity <= 14; ++capacity) {
        CAPTURE(t.offset);
        CAPTURE(static_cast<int>(output));
        CAPTURE(capacity);
        char got[16] = {};
        char want[16] = {};
        const core::format_result g = render(t, got, capacity, output);
        const core::format_result w = core::render_text(tiny_plain[k], want, capacity, output);
        CHECK(g.length == w.length);
        CHECK(g.needed == w.needed);
        CHECK(g.truncated == w.truncated);
        CHECK(std::string(got, sizeof got) == std::string(want, sizeof want));
      }
    }
  }
  // The cut-short sequences, in full: each byte alone.
  CHECK(rendered(cut_at_end, core::charset::ascii) == "a??");
  CHECK(rendered(cut_at_end, core::charset::utf8) == "a\xE2\x80");
  CHECK(rendered(cut_before_b, core::charset::ascii) == "??b");
  CHECK(rendered(cut_before_b, core::charset::utf8) ==
        "\xE2\x80"
        "b");
  CHECK(rendered(stray, core::charset::ascii) == "?a");
}

TEST_CASE("every offset of the tiny pool: the index and the decoder agree, text or empty") {
  // A packed_text made up by hand may hold any offset: where a text starts
  // both read it, anywhere else (inside a text, past the pool) both read
  // the empty text.
  size_t starts = 0;
  for (size_t offset = 0; offset <= code_count + 2; ++offset) {
    CAPTURE(offset);
    const packed_text t{static_cast<uint16_t>(offset)};
    const bool starts_here = offset < code_count && (offset == 0 || pool::codes[offset - 1] == 0);
    if (starts_here) ++starts;
    const text_ref plain = core::unpacked_text(tiny_index, t);
    CHECK(str(plain) == decoded<pool>(t));
    if (!starts_here) CHECK(plain.empty());
  }
  CHECK(starts == tiny_text_count);
}

TEST_CASE("index_matches_pool catches a wrong index at run time too") {
  // The proofs are ordinary constexpr functions: the same answers at run
  // time, on an index changed in memory.
  CHECK(core::index_matches_pool<pool>(tiny_index));
  text_ref plain[tiny_text_count];
  uint32_t starts[tiny_text_count];
  for (size_t k = 0; k < tiny_text_count; ++k) {
    plain[k] = tiny_plain[k];
    starts[k] = tiny_starts[k];
  }
  const core::text_index copy{starts, plain, tiny_text_count, false};
  CHECK(core::index_matches_pool<pool>(copy));
  CHECK(core::longest_text(copy) == 11u);

  // One byte of one plain text.
  const size_t a_deep_at = 12;
  REQUIRE(starts[a_deep_at] == a_deep.offset);
  plain[a_deep_at] = "aabcababcaa";
  CHECK_FALSE(core::index_matches_pool<pool>(copy));
  // ct would now read the wrong text: the proof is what stops that.
  CHECK(str(core::unpacked_text(copy, a_deep)) == "aabcababcaa");
  CHECK(decoded<pool>(a_deep) == "aabcababcab");
  // The texts before it still match as a prefix, but a prefix does not list
  // every text of the pool.
  CHECK_FALSE(core::index_matches_pool<pool>(core::text_index{starts, plain, a_deep_at, false}));
  plain[a_deep_at] = tiny_plain[a_deep_at];
  CHECK(core::index_matches_pool<pool>(copy));

  // One start moved by one, to the 0 that ends the text before it.
  starts[3] = 4;
  CHECK_FALSE(core::index_matches_pool<pool>(copy));
  CHECK(core::unpacked_text(copy, abc).empty());
  starts[3] = tiny_starts[3];
  CHECK(core::index_matches_pool<pool>(copy));

  // A plain text one byte too long.
  plain[15] = "\x80"
              "ab";
  CHECK_FALSE(core::index_matches_pool<pool>(copy));
  CHECK(core::longest_text(copy) == 11u);
}

TEST_CASE("index_matches_pool refuses a wrong text hidden by a repeated start 0") {
  // See hole_index above: its plain text for offset 0 is "WRONG" where the
  // pool holds the empty text, and a second start 0 follows it. A mismatch
  // must not pass for an end (no_match + 1 wraps to 0), and the starts must
  // strictly ascend; the proof checks both.
  static_assert(!core::index_matches_pool<pool>(hole_index), "the wrong index is refused");
  CHECK(str(core::unpacked_text(hole_index, empty)) == "WRONG");
  CHECK(decoded<pool>(empty).empty());
}

// ---- A numbered pool: too large for 16-bit offsets, so a packed_text holds
// the text's number and `starts` gives its codes (tools/generator/pack.py
// numbers a pool past 65,535 codes; this one is numbered small, by hand).
namespace {
struct numbered_pool : tiny_pool<4> {
  enum : uint8_t { numbered = 1 };
  enum : uint16_t { start_count = 16 };
  static constexpr uint32_t starts[16] = {0, 1, 3, 5, 7, 10, 12, 14, 18, 25, 30, 34, 36, 39, 42, 45};
};
constexpr uint32_t numbered_pool::starts[16];
constexpr core::text_index numbered_index{numbered_pool::starts, tiny_plain, 16, true};
static_assert(core::unpacked_text(numbered_index, packed_text{5}).size() == 5 &&
                  core::equal(core::unpacked_text(numbered_index, packed_text{5}), "abcab"),
              "ct reads text number 5 in place");
static_assert(core::unpacked_text(numbered_index, packed_text{16}).size() == 0,
              "a number past the last text reads as empty");
static_assert(core::rules::has_text<numbered_pool>(packed_text{15}) &&
                  !core::rules::has_text<numbered_pool>(packed_text{0}) &&
                  !core::rules::has_text<numbered_pool>(packed_text{16}),
              "has_text reads through the numbers");
}  // namespace

TEST_CASE("a numbered pool decodes each text by its number") {
  for (uint16_t k = 0; k < 16; ++k) {
    CAPTURE(k);
    CHECK(core::packed_size<numbered_pool>(packed_text{k}) == tiny_plain[k].size());
    CHECK(core::packed_equal<numbered_pool>(packed_text{k}, tiny_plain[k]));
  }
  CHECK(core::packed_size<numbered_pool>(packed_text{16}) == 0);
  CHECK(core::packed_size<numbered_pool>(packed_text{0xFFFF}) == 0);
}

// afbrief: texts packed into one pool, read one character at a time.
//
// Why: a record's texts are most of a fact sheet's bytes. Stored as separate
// NUL-terminated arrays with a pointer and a length per field they cost
// 1.2x their characters on AVR and 1.7x on 32-bit parts. Packed, every text
// is a run of one-byte codes in a shared pool and a record holds a 2-byte
// offset; the pool is about half the size of the characters.
//
// The pool (written by tools/pack_texts.py, never by hand) is a class with
// static members:
//   enum { first_pair, max_depth };
//   uint8_t literals[first_pair];  // code -> byte, for 0 < code < first_pair
//   uint8_t pairs[];               // code c >= first_pair stands for the codes
//                                  // pairs[2k] then pairs[2k + 1], k = c - first_pair
//   uint8_t codes[];               // each text: its codes, then code 0
// A pair's two codes are both smaller than the pair's own code (so pairs
// cannot loop) and nest at most max_depth deep; pool_is_well_formed checks
// both, and every code's range, at compile time (C++11 included).
//
// Texts are decoded front to back into a sink, a function object taking one
// char and answering whether to go on. That needs no buffer and no
// allocation: a small stack of max_depth + 1 pending codes.
#ifndef AFBRIEF_CORE_PACKED_TEXT_HPP
#define AFBRIEF_CORE_PACKED_TEXT_HPP

#include "../config.hpp"
#include "flash.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

// A text in a pool: the offset of its first code, or, in a pool too large for
// 16-bit offsets (Pool::numbered), the text's number, which Pool::starts
// turns into an offset.
struct packed_text {
  uint16_t offset;
};

constexpr bool operator==(packed_text a, packed_text b) noexcept { return a.offset == b.offset; }
constexpr bool operator!=(packed_text a, packed_text b) noexcept { return a.offset != b.offset; }

namespace detail {
// Where t's codes start: its offset, or in a numbered pool what starts holds
// for its number (past the pool for a number no text has).
template <bool Numbered>
struct code_start {
  template <class Pool, class Reader>
  static constexpr size_t of(packed_text t) noexcept {
    return t.offset;
  }
};
template <>
struct code_start<true> {
  template <class Pool, class Reader>
  static constexpr size_t of(packed_text t) noexcept {
    return t.offset < Pool::start_count ? static_cast<size_t>(Reader::read(Pool::starts[t.offset]))
                                        : sizeof(Pool::codes);
  }
};
}  // namespace detail

template <class Pool, class Reader = plain_reader>
constexpr size_t code_start_of(packed_text t) noexcept {
  return detail::code_start<Pool::numbered != 0>::template of<Pool, Reader>(t);
}

// Every character of t, in order, into sink(char) until the text ends or the
// sink answers false.
template <class Pool, class Reader, class Sink>
AFBRIEF_CONSTEXPR14 void unpack(packed_text t, Sink& sink) noexcept {
  uint8_t pending[Pool::max_depth + 1] = {};
  size_t at = code_start_of<Pool, Reader>(t);
  // An offset no text starts at (a packed_text made up by hand) reads as
  // empty, as afbrief::ct reads it: past the pool, or inside a text (a text
  // starts at 0 or right after the 0 that ends another).
  if (at >= sizeof(Pool::codes) || (at != 0 && Reader::read(Pool::codes[at - 1]) != 0)) return;
  for (;;) {
    uint8_t code = Reader::read(Pool::codes[at]);
    ++at;
    if (code == 0) return;
    size_t depth = 0;
    for (;;) {
      // Walk down the left halves, remembering each right half.
      while (code >= Pool::first_pair && depth <= Pool::max_depth) {
        const size_t k = 2u * static_cast<size_t>(code - Pool::first_pair);
        pending[depth] = Reader::read(Pool::pairs[k + 1]);
        ++depth;
        code = Reader::read(Pool::pairs[k]);
      }
      if (code >= Pool::first_pair) return;  // only a malformed pool gets here
      if (!sink(static_cast<char>(Reader::read(Pool::literals[code])))) return;
      if (depth == 0) break;
      --depth;
      code = pending[depth];
    }
  }
}

namespace detail {

struct count_sink {
  size_t count;
  AFBRIEF_CONSTEXPR14 bool operator()(char /*unused*/) noexcept {
    ++count;
    return true;
  }
};

struct char_at_sink {
  size_t left;
  char found;
  AFBRIEF_CONSTEXPR14 bool operator()(char c) noexcept {
    if (left == 0) {
      found = c;
      return false;
    }
    --left;
    return true;
  }
};

// Orders the packed text against a probe in ordinary memory, as
// core::compare orders two texts: by unsigned byte, then by length.
struct order_sink {
  text_ref probe;
  size_t matched;
  int order;
  AFBRIEF_CONSTEXPR14 bool operator()(char c) noexcept {
    if (matched >= probe.size()) {
      order = 1;
      return false;
    }
    order = compare_chars(c, probe.data()[matched]);
    ++matched;
    return order == 0;
  }
};

}  // namespace detail

template <class Pool, class Reader = plain_reader>
AFBRIEF_CONSTEXPR14 size_t packed_size(packed_text t) noexcept {
  detail::count_sink sink{0};
  unpack<Pool, Reader>(t, sink);
  return sink.count;
}

// Character i, or '\0' past the end.
template <class Pool, class Reader = plain_reader>
AFBRIEF_CONSTEXPR14 char packed_char_at(packed_text t, size_t i) noexcept {
  detail::char_at_sink sink{i, '\0'};
  unpack<Pool, Reader>(t, sink);
  return sink.found;
}

// <0, 0 or >0, in the order of core::compare.
template <class Pool, class Reader = plain_reader>
AFBRIEF_CONSTEXPR14 int packed_compare(packed_text t, text_ref probe) noexcept {
  detail::order_sink sink{probe, 0, 0};
  unpack<Pool, Reader>(t, sink);
  return sink.order != 0 ? sink.order : sink.matched < probe.size() ? -1 : 0;
}

template <class Pool, class Reader = plain_reader>
AFBRIEF_CONSTEXPR14 bool packed_equal(packed_text t, text_ref probe) noexcept {
  return packed_compare<Pool, Reader>(t, probe) == 0;
}

// ---- The same texts, unpacked, for compile time ------------------------------
// A constant expression cannot decode through a flash reader, and C++11 cannot
// run the decoder's loops at all, so compile-time queries read each text in
// place instead: the generator writes every distinct text once more, plain,
// and an index from its packed offset to that plain text.
struct text_index {
  const uint32_t* starts;  // every text's code offset in the pool, ascending
  const text_ref* plain;   // the same texts, plain, in the same order
  size_t count;
  bool numbered;           // packed_text holds the text's number, not its offset
};

namespace detail {
constexpr size_t first_start_not_below(const uint32_t* starts, size_t lo, size_t hi,
                                       uint32_t offset) noexcept {
  return lo >= hi ? lo
         : starts[lo + (hi - lo) / 2] < offset
             ? first_start_not_below(starts, lo + (hi - lo) / 2 + 1, hi, offset)
             : first_start_not_below(starts, lo, lo + (hi - lo) / 2, offset);
}
constexpr text_ref indexed_text(text_index index, size_t k, packed_text t) noexcept {
  return k < index.count && index.starts[k] == t.offset ? index.plain[k] : text_ref();
}
}  // namespace detail

// The plain text of t by binary search, or the empty text for an offset no
// text starts at (as unpack reads it).
constexpr text_ref unpacked_text(text_index index, packed_text t) noexcept {
  return index.numbered ? (t.offset < index.count ? index.plain[t.offset] : text_ref())
                        : detail::indexed_text(
      index, detail::first_start_not_below(index.starts, 0, index.count, t.offset), t);
}

// ---- Compile-time proofs -------------------------------------------------------
// Written for C++11 (one return statement, recursion by halves or along one
// text), so that every build checks its pool, an Arduino's gnu++11 included.
namespace detail {

constexpr size_t no_match = static_cast<size_t>(-1);

// Where matching `code` against plain[i..] ends, or no_match.
template <class Pool>
constexpr size_t match_code(uint8_t code, text_ref plain, size_t i) noexcept {
  return i == no_match ? no_match
         : code < Pool::first_pair
             ? (i < plain.size() && static_cast<uint8_t>(plain.data()[i]) == Pool::literals[code]
                    ? i + 1
                    : no_match)
             : match_code<Pool>(
                   Pool::pairs[2u * static_cast<size_t>(code - Pool::first_pair) + 1u], plain,
                   match_code<Pool>(Pool::pairs[2u * static_cast<size_t>(code - Pool::first_pair)],
                                    plain, i));
}

// The text whose codes start at `at` matches plain[i..] to its end.
template <class Pool>
constexpr bool text_matches(size_t at, text_ref plain, size_t i) noexcept {
  return i == no_match            ? false
         : Pool::codes[at] == 0 ? i == plain.size()
                                  : text_matches<Pool>(at + 1, plain,
                                                       match_code<Pool>(Pool::codes[at], plain, i));
}

// Where the text whose codes start at `at` ends (the position of its 0), if
// every code of it names a literal or an existing pair and it decodes to
// exactly plain[i..]; no_match otherwise.
template <class Pool>
constexpr size_t text_end(size_t at, text_ref plain, size_t i) noexcept {
  return i == no_match || at >= sizeof(Pool::codes) ? no_match
         : Pool::codes[at] == 0                     ? (i == plain.size() ? at : no_match)
         : Pool::codes[at] >= Pool::first_pair + sizeof(Pool::pairs) / 2
             ? no_match
             : text_end<Pool>(at + 1, plain, match_code<Pool>(Pool::codes[at], plain, i));
}
// Where text k must end: right before text k + 1 starts, or at the pool's
// end for the last.
constexpr size_t next_start(text_index index, size_t k, size_t pool_size) noexcept {
  return k + 1 < index.count ? static_cast<size_t>(index.starts[k + 1]) : pool_size;
}
// A text that starts at `start` and ends (its 0) at `end` lies right before
// `next`: a mismatch (no_match) is never an end, and next lies strictly
// after start. (end is passed in so that the decode runs once: a C++11
// constant expression cannot keep a result in a variable.)
constexpr bool ends_right_before(size_t start, size_t end, size_t next) noexcept {
  return end != no_match && next > start && end + 1 == next;
}
// Text k decodes to its plain text and ends right before the next start: so
// the starts are every text of the pool, each once, in order.
template <class Pool>
constexpr bool start_agrees(text_index index, size_t k) noexcept {
  return ends_right_before(static_cast<size_t>(index.starts[k]),
                           text_end<Pool>(static_cast<size_t>(index.starts[k]), index.plain[k], 0),
                           next_start(index, k, sizeof(Pool::codes)));
}
template <class Pool>
constexpr bool starts_agree_in(text_index index, size_t lo, size_t hi) noexcept {
  return hi <= lo       ? true
         : hi - lo == 1 ? start_agrees<Pool>(index, lo)
                        : starts_agree_in<Pool>(index, lo, lo + (hi - lo) / 2) &&
                              starts_agree_in<Pool>(index, lo + (hi - lo) / 2, hi);
}

constexpr size_t larger(size_t a, size_t b) noexcept { return a > b ? a : b; }
constexpr size_t longest_in(const text_ref* plain, size_t lo, size_t hi) noexcept {
  return hi <= lo       ? 0
         : hi - lo == 1 ? plain[lo].size()
                        : larger(longest_in(plain, lo, lo + (hi - lo) / 2),
                                 longest_in(plain, lo + (hi - lo) / 2, hi));
}

// A pair code whose halves are nonzero smaller codes, nesting at most
// `budget` pairs deep (this one included).
constexpr bool half_ok(const uint8_t* pairs, size_t first_pair, uint8_t half, size_t code,
                       size_t budget) noexcept;
constexpr bool pair_ok(const uint8_t* pairs, size_t first_pair, size_t code,
                       size_t budget) noexcept {
  return budget != 0 &&
         half_ok(pairs, first_pair, pairs[2u * (code - first_pair)], code, budget - 1) &&
         half_ok(pairs, first_pair, pairs[2u * (code - first_pair) + 1u], code, budget - 1);
}
constexpr bool half_ok(const uint8_t* pairs, size_t first_pair, uint8_t half, size_t code,
                       size_t budget) noexcept {
  return half != 0 && half < code &&
         (half < first_pair || pair_ok(pairs, first_pair, half, budget));
}
constexpr bool pairs_ok(const uint8_t* pairs, size_t first_pair, size_t max_depth, size_t lo,
                        size_t hi) noexcept {
  return hi <= lo       ? true
         : hi - lo == 1 ? pair_ok(pairs, first_pair, first_pair + lo, max_depth)
                        : pairs_ok(pairs, first_pair, max_depth, lo, lo + (hi - lo) / 2) &&
                              pairs_ok(pairs, first_pair, max_depth, lo + (hi - lo) / 2, hi);
}
constexpr bool codes_below(const uint8_t* codes, size_t lo, size_t hi, size_t limit) noexcept {
  return hi <= lo       ? true
         : hi - lo == 1 ? codes[lo] < limit
                        : codes_below(codes, lo, lo + (hi - lo) / 2, limit) &&
                              codes_below(codes, lo + (hi - lo) / 2, hi, limit);
}

}  // namespace detail

// The index lists every text of the pool, in order, each decoding to exactly
// its plain text, every code in range: so compile-time reads (the plain
// texts) and run-time reads (the decoder) agree on every offset, a text's
// start or not. With pairs_are_sound, the pool is also safe to decode.
template <class Pool>
constexpr bool index_matches_pool(text_index index) noexcept {
  return index.count >= 1 && index.starts[0] == 0 &&
         detail::starts_agree_in<Pool>(index, 0, index.count);
}
// The same for texts [lo, hi) of the index (and its first start; a range
// past the last text is cut there), so that a large pool can be proved in
// pieces, each one constant evaluation inside the compilers' default budgets:
// pieces that cover [0, count) together are index_matches_pool.
template <class Pool>
constexpr bool index_matches_pool(text_index index, size_t lo, size_t hi) noexcept {
  return index.count >= 1 && index.starts[0] == 0 && lo <= hi &&
         detail::starts_agree_in<Pool>(index, lo < index.count ? lo : index.count,
                                       hi < index.count ? hi : index.count);
}

// Every pair's halves are nonzero smaller codes (no loops), nesting no deeper
// than max_depth (the decoder's stack).
template <class Pool, size_t PairBytes>
constexpr bool pairs_are_sound(const uint8_t (&pairs)[PairBytes]) noexcept {
  return PairBytes % 2 == 0 && Pool::first_pair + PairBytes / 2 <= 256 &&
         detail::pairs_ok(pairs, Pool::first_pair, Pool::max_depth, 0, PairBytes / 2);
}

// The size of the longest text.
constexpr size_t longest_text(text_index index) noexcept {
  return detail::longest_in(index.plain, 0, index.count);
}

// A pool can be decoded safely: every code names a literal or an existing
// pair, every pair's halves are smaller codes (no loops) and nest no deeper
// than max_depth, and the last text is ended.
template <class Pool, size_t PairBytes, size_t CodeCount>
constexpr bool pool_is_well_formed(const uint8_t (&pairs)[PairBytes],
                                   const uint8_t (&codes)[CodeCount]) noexcept {
  return pairs_are_sound<Pool>(pairs) && codes[CodeCount - 1] == 0 &&
         detail::codes_below(codes, 0, CodeCount, Pool::first_pair + PairBytes / 2);
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_PACKED_TEXT_HPP

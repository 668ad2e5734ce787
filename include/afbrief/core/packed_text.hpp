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
// both, and every code's range, at compile time.
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

// A text in a pool: the offset of its first code.
struct packed_text {
  uint16_t offset;
};

constexpr bool operator==(packed_text a, packed_text b) noexcept { return a.offset == b.offset; }
constexpr bool operator!=(packed_text a, packed_text b) noexcept { return a.offset != b.offset; }

// Every character of t, in order, into sink(char) until the text ends or the
// sink answers false.
template <class Pool, class Reader, class Sink>
AFBRIEF_CONSTEXPR14 void unpack(packed_text t, Sink& sink) noexcept {
  uint8_t pending[Pool::max_depth + 1] = {};
  size_t at = t.offset;
  // An offset no record holds (a packed_text made up by hand) reads as empty.
  if (at >= sizeof(Pool::codes)) return;
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
  AFBRIEF_CONSTEXPR14 bool operator()(char) noexcept {
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
// run the decoder's loops at all, so compile-time queries read each text from
// its own array instead: an entry pairs a packed text with that array.
// Identical texts share one packed copy, so several entries may hold the same
// offset (with the same characters).
struct text_entry {
  packed_text packed;
  text_ref plain;
};

namespace detail {
constexpr size_t entry_in(const text_entry* entries, size_t lo, size_t hi, packed_text t,
                          size_t none) noexcept {
  return hi <= lo       ? none
         : hi - lo == 1 ? (entries[lo].packed == t ? lo : none)
         : entry_in(entries, lo, lo + (hi - lo) / 2, t, none) != none
             ? entry_in(entries, lo, lo + (hi - lo) / 2, t, none)
             : entry_in(entries, lo + (hi - lo) / 2, hi, t, none);
}
}  // namespace detail

// The unpacked text of t, or the empty text when no entry holds it.
constexpr text_ref unpacked_text(const text_entry* entries, size_t count, packed_text t) noexcept {
  return detail::entry_in(entries, 0, count, t, count) != count
             ? entries[detail::entry_in(entries, 0, count, t, count)].plain
             : text_ref();
}

#if AFBRIEF_HAS_CONSTEXPR14
// Every entry's packed text decodes to exactly its unpacked text.
template <class Pool>
constexpr bool entries_agree(const text_entry* entries, size_t count) noexcept {
  for (size_t i = 0; i < count; ++i)
    if (!packed_equal<Pool>(entries[i].packed, entries[i].plain)) return false;
  return true;
}

// The size of the longest unpacked text.
constexpr size_t longest_entry(const text_entry* entries, size_t count) noexcept {
  size_t longest = 0;
  for (size_t i = 0; i < count; ++i)
    if (entries[i].plain.size() > longest) longest = entries[i].plain.size();
  return longest;
}

// Compile-time proof that a pool can be decoded safely: every code names a
// literal or an existing pair, every pair's halves are smaller codes (no
// loops) and nest no deeper than max_depth, and the last text is ended.
template <class Pool, size_t PairBytes, size_t CodeCount>
constexpr bool pool_is_well_formed(const uint8_t (&pairs)[PairBytes],
                                   const uint8_t (&codes)[CodeCount]) noexcept {
  const size_t code_limit = Pool::first_pair + PairBytes / 2;
  if (PairBytes % 2 != 0 || code_limit > 256 || CodeCount == 0 || codes[CodeCount - 1] != 0)
    return false;
  uint8_t depth[256] = {};
  for (size_t k = 0; k < PairBytes / 2; ++k) {
    const size_t self = Pool::first_pair + k;
    const uint8_t left = pairs[2 * k];
    const uint8_t right = pairs[2 * k + 1];
    if (left == 0 || right == 0 || left >= self || right >= self) return false;
    const uint8_t deeper = depth[left] > depth[right] ? depth[left] : depth[right];
    depth[self] = static_cast<uint8_t>(deeper + 1);
    if (depth[self] > Pool::max_depth) return false;
  }
  for (size_t i = 0; i < CodeCount; ++i)
    if (codes[i] >= code_limit) return false;
  return true;
}
#endif

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_PACKED_TEXT_HPP

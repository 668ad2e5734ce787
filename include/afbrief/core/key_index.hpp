// afbrief: finding a record by its key, in O(1): a perfect hash, then one
// exact compare.
//
// Why not a binary search over the records' keys: the keys sit in the packed
// text pool, so every comparison decoded a key, and a lookup linked the
// whole pool. A key index is a table's keys once more, plain and
// back to back, with a hash that sends each key to its own slot
// (tools/generator/key_index.py computes it; that file explains the hash).
// A lookup hashes the probe a 4-byte word at a time (its first and last eight
// bytes, or every word where the table's keys need it), reads one pilot and one
// slot, and compares the probe with the one key the slot names: the same work
// for a table of 10 keys or of 10,000, and a miss is exact. A probe shorter
// than the shortest key or longer than the longest is refused before any of
// that.
// A firmware that never looks a key up links none of it.
//
// An index is a class with static members (written by the generator):
//   enum { seed, reads, shortest, longest, bucket_count, slot_count, count, none };
//   pilot_type pilots[bucket_count];   // uint8_t or uint16_t
//   slot_type slots[slot_count];       // a position, or none
//   start_type starts[count + 1];      // key i is chars[starts[i], starts[i + 1])
//   char chars[];
#ifndef AFBRIEF_CORE_KEY_INDEX_HPP
#define AFBRIEF_CORE_KEY_INDEX_HPP

#include "../config.hpp"
#include "flash.hpp"
#include "maybe.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {
namespace key_hash {

constexpr uint32_t byte_at(text_ref key, size_t i) noexcept {
  return i < key.size() ? static_cast<uint32_t>(static_cast<uint8_t>(key.data()[i])) : 0u;
}
// Four bytes from `at`, little-endian, zero past the end.
constexpr uint32_t word(text_ref key, size_t at) noexcept {
  return byte_at(key, at) | byte_at(key, at + 1) << 8 | byte_at(key, at + 2) << 16 |
         byte_at(key, at + 3) << 24;
}
// The last word starts here: the key's last four bytes, or all of a shorter key.
constexpr size_t last_word(size_t size) noexcept { return size >= 4 ? size - 4 : 0; }

// tools/generator/key_index.py's step() and finish(), bit for bit.
constexpr uint32_t rotate_13(uint32_t h) noexcept { return h << 13 | h >> 19; }
constexpr uint32_t step(uint32_t h, uint32_t w) noexcept {
  return rotate_13((h ^ w) * 0x9E3779B1u);
}
constexpr uint32_t finish_mixed(uint32_t h) noexcept { return h ^ (h >> 16); }
constexpr uint32_t finish(uint32_t h) noexcept {
  return finish_mixed((h ^ (h >> 15)) * 0x846CA68Bu);
}
// What the hash reads (tools/generator/key_index.py picks per table).
enum key_reads : uint32_t { first_and_last_eight_bytes = 0, every_word = 1 };

// Every whole word before the last, then the last: one level of recursion a
// word (the caller refuses a probe longer than the longest key first).
constexpr uint32_t words_from(text_ref key, size_t at, uint32_t h) noexcept {
  return at < last_word(key.size()) ? words_from(key, at + 4, step(h, word(key, at)))
                                    : step(h, word(key, last_word(key.size())));
}
// Words 0, 4 (or the last), n - 8 (or 0) and the last: the first and last
// eight bytes, overlapping in a key of under 16.
constexpr uint32_t ends(text_ref key, uint32_t h) noexcept {
  return key.size() < 4
             ? step(h, word(key, 0))
             : step(step(step(step(h, word(key, 0)), word(key, key.size() < 8 ? key.size() - 4 : 4)),
                         word(key, key.size() < 8 ? 0 : key.size() - 8)),
                    word(key, key.size() - 4));
}
constexpr uint32_t hash(uint32_t seed, uint32_t reads, text_ref key) noexcept {
  return finish(reads == every_word ? words_from(key, 0, seed ^ static_cast<uint32_t>(key.size()))
                                    : ends(key, seed ^ static_cast<uint32_t>(key.size())));
}

constexpr size_t bucket_of(uint32_t h, uint32_t bucket_count) noexcept {
  return static_cast<size_t>(((h & 0xFFFFu) * bucket_count) >> 16);
}
constexpr size_t slot_of(uint32_t h, uint32_t pilot, uint32_t slot_count) noexcept {
  return static_cast<size_t>(((((h >> 16) ^ (pilot * 0x9E37u)) & 0xFFFFu) * slot_count) >> 16);
}

}  // namespace key_hash

// How a compile-time lookup reads the probe and compares it: one constant
// expression, C++11 included, recursing by halves (log n deep).
struct constant_key_probe {
  static constexpr uint32_t hash(uint32_t seed, uint32_t reads, text_ref key) noexcept {
    return key_hash::hash(seed, reads, key);
  }
  template <class Reader>
  static constexpr bool same(const char* stored, text_ref probe, size_t from, size_t n) noexcept {
    return n == 0   ? true
           : n == 1 ? Reader::read_char(stored + from) == probe.data()[from]
                    : same<Reader>(stored, probe, from, n / 2) &&
                          same<Reader>(stored, probe, from + n / 2, n - n / 2);
  }
};

// How a run-time lookup does it: whole words where it can, nothing called.
// Never in a constant expression: afbrief::ct uses constant_key_probe.
struct run_time_key_probe {
  // key_hash::hash, a loaded word at a time.
  static uint32_t hash(uint32_t seed, uint32_t reads, const char* p, size_t n) noexcept {
    uint32_t h = seed ^ static_cast<uint32_t>(n);
    if (n < 4) return key_hash::finish(key_hash::step(h, key_hash::word(text_ref(p, n), 0)));
    if (reads == key_hash::every_word) {
      for (size_t at = 0; at < n - 4; at += 4) h = key_hash::step(h, hash_word(p + at));
    } else {
      h = key_hash::step(h, hash_word(p));
      h = key_hash::step(h, hash_word(p + (n < 8 ? n - 4 : 4)));
      h = key_hash::step(h, hash_word(p + (n < 8 ? 0 : n - 8)));
    }
    return key_hash::finish(key_hash::step(h, hash_word(p + n - 4)));
  }

  // Whether the n bytes at `stored` are the probe's, in a table whose keys
  // are Shortest to Longest bytes long (length classes no key has drop out).
  // Keys in ordinary memory: overlapping 8-byte words, a loop only past 32
  // bytes.
  template <size_t Shortest, size_t Longest>
  static bool same(plain_reader /*tag*/, const char* stored, const char* probe, size_t n) noexcept {
    return Longest > 16 && (Shortest > 16 || n > 16)   ? same_17_or_more<Longest>(stored, probe, n)
           : Longest >= 8 && (Shortest >= 8 || n >= 8) ? same_8_to_16(stored, probe, n)
                                                       : same_0_to_7(stored, probe, n);
  }
  // Keys in flash: byte by byte through the reader.
  template <size_t Shortest, size_t Longest, class Reader>
  static bool same(Reader /*tag*/, const char* stored, const char* probe, size_t n) noexcept {
    for (size_t i = 0; i < n; ++i)
      if (Reader::read_char(stored + i) != probe[i]) return false;
    return true;
  }

 private:
  // A word from any address: memcpy is how C++ says it, and it compiles to
  // one load where the machine allows unaligned ones. Equality compares
  // need no byte order; the hash wants little-endian words.
  // Every load lies inside the probe, for the probe's own length n (the
  // compares below read [0, n) and nothing else). GCC at -O3 cannot tie the
  // n > 16 paths to a short local buffer's size and warns that they would
  // read past it (-Warray-bounds), in the user's code; hence the pragma.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif
  template <class Word>
  static Word load(const char* p) noexcept {
    Word w;
    __builtin_memcpy(&w, p, sizeof w);
    return w;
  }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
  // A word as key_hash::word reads it: little-endian.
  static uint32_t hash_word(const char* p) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return load<uint32_t>(p);
#else
    return key_hash::word(text_ref(p, 4), 0);
#endif
  }
  template <class Word>
  static bool same_at(const char* a, const char* b, size_t at) noexcept {
    return load<Word>(a + at) == load<Word>(b + at);
  }
  template <size_t Longest>
  static bool same_17_or_more(const char* a, const char* b, size_t n) noexcept {
    if (!same_at<uint64_t>(a, b, 8)) return false;
    if (Longest > 32 && n > 32) {  // the rest of the middle, [16, n - 16)
      for (size_t at = n - 24; at > 8; at -= 8) {
        if (!same_at<uint64_t>(a, b, at)) return false;
      }
    }
    return same_at<uint64_t>(a, b, n - 16) && same_at<uint64_t>(a, b, 0) &&
           same_at<uint64_t>(a, b, n - 8);
  }
  static bool same_8_to_16(const char* a, const char* b, size_t n) noexcept {
    return same_at<uint64_t>(a, b, n - 8) && same_at<uint64_t>(a, b, 0);
  }
  static bool same_0_to_7(const char* a, const char* b, size_t n) noexcept {
    if (n >= 4) return same_at<uint32_t>(a, b, n - 4) && same_at<uint32_t>(a, b, 0);
    for (size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
};

template <class Index, class Reader = plain_reader, class Probe = constant_key_probe>
struct key_index_search {
  // The position of the record whose key is `key`, or not found.
  static constexpr maybe<size_t> find(text_ref key) noexcept {
    return key.size() <= static_cast<size_t>(Index::longest) &&
                   key.size() >= static_cast<size_t>(Index::shortest)
               ? confirm(key, position(hash(key)))
               : maybe<size_t>();
  }

  static constexpr uint32_t hash(text_ref key) noexcept {
    return Probe::hash(static_cast<uint32_t>(Index::seed), static_cast<uint32_t>(Index::reads), key);
  }

 private:
  static constexpr size_t position(uint32_t h) noexcept {
    return static_cast<size_t>(Reader::read(Index::slots[key_hash::slot_of(
        h,
        static_cast<uint32_t>(
            Reader::read(Index::pilots[key_hash::bucket_of(h, Index::bucket_count)])),
        Index::slot_count)]));
  }
  static constexpr size_t start(size_t i) noexcept {
    return static_cast<size_t>(Reader::read(Index::starts[i]));
  }
  static constexpr maybe<size_t> confirm(text_ref key, size_t i) noexcept {
    return i < static_cast<size_t>(Index::count) && start(i + 1) - start(i) == key.size() &&
                   Probe::template same<Reader>(Index::chars + start(i), key, 0, key.size())
               ? maybe<size_t>(i)
               : maybe<size_t>();
  }
};

// The run-time search: the same hash, slots and answers as above, in
// statements, with run_time_key_probe's loads and compares.
template <class Index, class Reader>
struct key_index_search<Index, Reader, run_time_key_probe> {
  static maybe<size_t> find(text_ref key) noexcept {
    const size_t n = key.size();
    if (n > static_cast<size_t>(Index::longest) || n < static_cast<size_t>(Index::shortest))
      return maybe<size_t>();
    const size_t i = position(run_time_key_probe::hash(
        static_cast<uint32_t>(Index::seed), static_cast<uint32_t>(Index::reads), key.data(), n));
    if (i >= static_cast<size_t>(Index::count)) return maybe<size_t>();  // an empty slot
    const size_t begin = static_cast<size_t>(Reader::read(Index::starts[i]));
    if (static_cast<size_t>(Reader::read(Index::starts[i + 1])) - begin != n)
      return maybe<size_t>();
    return run_time_key_probe::same<Index::shortest, Index::longest>(Reader(), Index::chars + begin,
                                                                     key.data(), n)
               ? maybe<size_t>(i)
               : maybe<size_t>();
  }

 private:
  static size_t position(uint32_t h) noexcept {
    const uint32_t pilot =
        static_cast<uint32_t>(Reader::read(Index::pilots[key_hash::bucket_of(h, Index::bucket_count)]));
    return static_cast<size_t>(
        Reader::read(Index::slots[key_hash::slot_of(h, pilot, Index::slot_count)]));
  }
};

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_KEY_INDEX_HPP

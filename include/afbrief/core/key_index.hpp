// afbrief: finding a record by its key, in O(1): a perfect hash, then one
// exact compare.
//
// Why not a binary search over the records' keys: the keys sit in the packed
// text pool, so every comparison decoded a key, and a lookup linked the
// whole pool. A key index is a table's keys once more, plain and
// back to back, with a hash that sends each key to its own slot
// (tools/generator/key_index.py computes it; that file explains the hash).
// A lookup hashes the probe a 4-byte word at a time, reads one pilot and one
// slot, and compares the probe with the one key the slot names: the same work
// for a table of 10 keys or of 10,000, and a miss is exact. A probe longer
// than the longest key is refused before any of that.
// A firmware that never looks a key up links none of it.
//
// An index is a class with static members (written by the generator):
//   enum { seed, longest, bucket_count, slot_count, count, none };
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
// Every whole word before the last, then the last: one level of recursion a
// word (the caller refuses a probe longer than the longest key first).
constexpr uint32_t words_from(text_ref key, size_t at, uint32_t h) noexcept {
  return at < last_word(key.size()) ? words_from(key, at + 4, step(h, word(key, at)))
                                    : step(h, word(key, last_word(key.size())));
}
constexpr uint32_t hash(uint32_t seed, text_ref key) noexcept {
  return finish(words_from(key, 0, seed ^ static_cast<uint32_t>(key.size())));
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
  static constexpr uint32_t hash(uint32_t seed, text_ref key) noexcept {
    return key_hash::hash(seed, key);
  }
  template <class Reader>
  static constexpr bool same(const char* stored, text_ref probe, size_t from, size_t n) noexcept {
    return n == 0   ? true
           : n == 1 ? Reader::read_char(stored + from) == probe.data()[from]
                    : same<Reader>(stored, probe, from, n / 2) &&
                          same<Reader>(stored, probe, from + n / 2, n - n / 2);
  }
};

// How a run-time lookup does it: whole words where it can. Never in a
// constant expression: afbrief::ct uses constant_key_probe.
struct run_time_key_probe {
  static uint32_t hash(uint32_t seed, text_ref key) noexcept {
    const char* p = key.data();
    const size_t size = key.size();
    uint32_t h = seed ^ static_cast<uint32_t>(size);
    if (size < 4) return key_hash::finish(key_hash::step(h, key_hash::word(key, 0)));
    for (size_t at = 0; at < size - 4; at += 4) h = key_hash::step(h, load_word(p + at));
    return key_hash::finish(key_hash::step(h, load_word(p + size - 4)));
  }
  template <class Reader>
  static bool same(const char* stored, text_ref probe, size_t from, size_t n) noexcept {
    return same_bytes(Reader(), stored + from, probe.data() + from, n);
  }

 private:
  // Four bytes as key_hash::word reads them, in one load where the machine
  // allows (memcpy: no alignment is assumed).
  static uint32_t load_word(const char* p) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint32_t w;
    __builtin_memcpy(&w, p, 4);
    return w;
#else
    return key_hash::word(text_ref(p, 4), 0);
#endif
  }
  // Keys in ordinary memory: the compiler's memcmp (a builtin, so nothing is
  // included), which compares whole words.
  static bool same_bytes(plain_reader, const char* stored, const char* probe, size_t n) noexcept {
    return __builtin_memcmp(stored, probe, n) == 0;
  }
  // Keys in flash: byte by byte through the reader.
  template <class Reader>
  static bool same_bytes(Reader, const char* stored, const char* probe, size_t n) noexcept {
    for (size_t i = 0; i < n; ++i)
      if (Reader::read_char(stored + i) != probe[i]) return false;
    return true;
  }
};

template <class Index, class Reader = plain_reader, class Probe = constant_key_probe>
struct key_index_search {
  // The position of the record whose key is `key`, or not found.
  static constexpr maybe<size_t> find(text_ref key) noexcept {
    return key.size() <= static_cast<size_t>(Index::longest) ? confirm(key, position(hash(key)))
                                                             : maybe<size_t>();
  }

  static constexpr uint32_t hash(text_ref key) noexcept {
    return Probe::hash(static_cast<uint32_t>(Index::seed), key);
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

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_KEY_INDEX_HPP

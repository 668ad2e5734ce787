// afbrief: finding a record by its key, in O(1): a perfect hash, then one
// exact compare.
//
// Why not a binary search over the records' keys: the keys sit in the packed
// text pool, so every comparison decoded a key, and a lookup linked the
// whole pool. A key index is a table's keys once more, plain and
// back to back, with a hash that sends each key to its own slot
// (tools/generator/key_index.py computes it; that file explains the hash).
// A lookup hashes two 4-byte windows of the probe and its length, reads one
// pilot and one slot, and compares the probe with the one key the slot names:
// the same work for a table of 10 keys or of 10,000, and a miss is exact.
// A firmware that never looks a key up links none of it.
//
// An index is a class with static members (written by the generator):
//   enum { seed, head, tail, bucket_count, slot_count, count, none };
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
constexpr uint32_t window(text_ref key, size_t at) noexcept {
  return byte_at(key, at) | byte_at(key, at + 1) << 8 | byte_at(key, at + 2) << 16 |
         byte_at(key, at + 3) << 24;
}
// Where the windows start, clamped to the key.
constexpr size_t head_at(size_t size, size_t head) noexcept {
  return size >= 4 + head ? head : size >= 4 ? size - 4 : 0;
}
constexpr size_t tail_at(size_t size, size_t tail) noexcept {
  return size >= 4 + tail ? size - 4 - tail : 0;
}

// The stages of tools/generator/key_index.py's mix(), one per function so
// that C++11 can evaluate them in one expression.
constexpr uint32_t absorb_head(uint32_t seed, uint32_t head_window) noexcept {
  return (head_window ^ seed) * 0x9E3779B1u;
}
constexpr uint32_t absorb_tail(uint32_t h, uint32_t tail_window, uint32_t size) noexcept {
  return ((h ^ tail_window) * 0x85EBCA77u) ^ size;
}
constexpr uint32_t scramble(uint32_t h) noexcept { return (h ^ (h >> 15)) * 0x846CA68Bu; }
constexpr uint32_t finish(uint32_t h) noexcept { return h ^ (h >> 16); }
constexpr uint32_t mix(uint32_t seed, uint32_t size, uint32_t head_window,
                       uint32_t tail_window) noexcept {
  return finish(scramble(absorb_tail(absorb_head(seed, head_window), tail_window, size)));
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
  static constexpr uint32_t window(text_ref key, size_t at) noexcept {
    return key_hash::window(key, at);
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
  static uint32_t window(text_ref key, size_t at) noexcept {
    uint32_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (key.size() >= 4) {
      __builtin_memcpy(&w, key.data() + at, 4);  // one load where unaligned loads are allowed
      return w;
    }
#endif
    // A short key (or a big-endian machine): the same bytes, one at a time.
    for (size_t i = 4; i-- > 0;) w = w << 8 | key_hash::byte_at(key, at + i);
    return w;
  }
  template <class Reader>
  static bool same(const char* stored, text_ref probe, size_t from, size_t n) noexcept {
    return same_bytes(Reader(), stored + from, probe.data() + from, n);
  }

 private:
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
    return confirm(key, position(hash(key)));
  }

  static constexpr uint32_t hash(text_ref key) noexcept {
    return key_hash::mix(static_cast<uint32_t>(Index::seed), static_cast<uint32_t>(key.size()),
                         Probe::window(key, key_hash::head_at(key.size(), Index::head)),
                         Probe::window(key, key_hash::tail_at(key.size(), Index::tail)));
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

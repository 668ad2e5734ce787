// A reader that gets one byte of the data wrong, every time it is read: a
// fault injector for firmware_test.cpp, to see that its checks catch wrong
// reads (and which bytes no check can see). Host only, never built by
// mcu.cmake. From the repository's top directory:
//   c++ -std=c++11 -Iinclude -Itests/mcu -include tests/mcu/mcu_faulty_reader.hpp
//     -DAFBRIEF_MCU_READER=mcu_faulty_reader tests/mcu/firmware_test.cpp
//     tests/mcu/mcu_semihost.cpp -o fault
//   FAULT_LIST=1 ./fault        the byte ranges, their sizes and record sizes
//   FAULT_INDEX=K FAULT_BIT=B ./fault
//                               byte K of all the ranges (in that order) reads
//                               with bit B flipped; the test must then fail
//   FAULT_TRACE=1 ...           also says which range, record and byte K is
// A sweep over every K that passes anyway leaves only bytes no answer
// depends on: padding of the host's layout, unused slots of an id list, the
// value of an empty maybe, the offset of an empty text (any offset that is no
// text's start reads as empty), the NUL between two notes, and literal 0 of
// the pool (the end code). (A maybe's flag with a high bit flipped still
// reads as true.)
#ifndef AFBRIEF_TESTS_MCU_FAULTY_READER_HPP
#define AFBRIEF_TESTS_MCU_FAULTY_READER_HPP

#include <stdio.h>
#include <stdlib.h>

#include "afbrief/afbrief.hpp"

struct mcu_faulty_reader {
  static const unsigned char*& fault() {
    static const unsigned char* address = nullptr;
    return address;
  }
  static unsigned& bit() {
    static unsigned b = 0;
    return b;
  }
  static void corrupt(const void* from, unsigned char* copy, size_t n) {
    const unsigned char* at = static_cast<const unsigned char*>(from);
    if (fault() >= at && fault() < at + n) {
      copy[fault() - at] = static_cast<unsigned char>(copy[fault() - at] ^ (1u << bit()));
    }
  }
  template <class T>
  static T read(const T& ref) noexcept {
    T copy = ref;
    corrupt(&ref, reinterpret_cast<unsigned char*>(&copy), sizeof(T));
    return copy;
  }
  static char read_char(const char* p) noexcept {
    char c = *p;
    corrupt(p, reinterpret_cast<unsigned char*>(&c), 1);
    return c;
  }
};

namespace mcu_fault {
namespace d = afbrief::data;
struct range {
  const char* name;
  const void* bytes;
  size_t size;
  size_t record;
};
#define MCU_FAULT_RANGE(name, array, record) {name, array, sizeof(array), record}
inline void choose_from_environment() {
  static const range ranges[] = {
      MCU_FAULT_RANGE("figures", d::figure_table<>::rows, sizeof(afbrief::figure)),
      MCU_FAULT_RANGE("events", d::event_table<>::rows, sizeof(afbrief::event)),
      MCU_FAULT_RANGE("statements", d::statement_table<>::rows, sizeof(afbrief::statement)),
      MCU_FAULT_RANGE("actors", d::actor_table<>::rows, sizeof(afbrief::actor)),
      MCU_FAULT_RANGE("sources", d::source_table<>::rows, sizeof(afbrief::source)),
      MCU_FAULT_RANGE("places", d::place_table<>::rows, sizeof(afbrief::place)),
      MCU_FAULT_RANGE("paragraphs", d::article_table<>::paragraphs, sizeof(afbrief::paragraph)),
      {"article", &d::article_table<>::row, sizeof(afbrief::article), sizeof(afbrief::article)},
      MCU_FAULT_RANGE("pool literals", d::text_pool<>::literals, 1),
      MCU_FAULT_RANGE("pool pairs", d::text_pool<>::pairs, 2),
      MCU_FAULT_RANGE("pool codes", d::text_pool<>::codes, 1),
      MCU_FAULT_RANGE("figure annotations", d::figure_annotation_table<>::rows,
                      sizeof(afbrief::figure_annotation)),
      MCU_FAULT_RANGE("event annotations", d::event_annotation_table<>::rows,
                      sizeof(afbrief::event_annotation)),
      MCU_FAULT_RANGE("statement annotations", d::statement_annotation_table<>::rows,
                      sizeof(afbrief::statement_annotation)),
      MCU_FAULT_RANGE("actor annotations", d::actor_annotation_table<>::rows,
                      sizeof(afbrief::note_annotation)),
      MCU_FAULT_RANGE("source annotations", d::source_annotation_table<>::rows,
                      sizeof(afbrief::note_annotation)),
      MCU_FAULT_RANGE("place annotations", d::place_annotation_table<>::rows,
                      sizeof(afbrief::note_annotation)),
      MCU_FAULT_RANGE("paragraph annotations", d::article_annotation_table<>::paragraphs,
                      sizeof(afbrief::note_annotation)),
      {"article annotation", &d::article_annotation_table<>::row,
       sizeof(afbrief::note_annotation), sizeof(afbrief::note_annotation)},
      MCU_FAULT_RANGE("notes", d::note_texts<>::chars, 1),
  };
  if (getenv("FAULT_LIST") != nullptr) {
    for (const range& r : ranges) printf("%s: %zu bytes, records of %zu\n", r.name, r.size, r.record);
    exit(0);
  }
  const char* index = getenv("FAULT_INDEX");
  if (index == nullptr) return;
  size_t k = strtoul(index, nullptr, 10);
  const char* bit = getenv("FAULT_BIT");
  mcu_faulty_reader::bit() = bit != nullptr ? static_cast<unsigned>(strtoul(bit, nullptr, 10)) % 8u : 0u;
  for (const range& r : ranges) {
    if (k < r.size) {
      mcu_faulty_reader::fault() = static_cast<const unsigned char*>(r.bytes) + k;
      if (getenv("FAULT_TRACE") != nullptr) {
        fprintf(stderr, "fault: %s, record %zu, byte %zu\n", r.name, k / r.record, k % r.record);
      }
      return;
    }
    k -= r.size;
  }
  fprintf(stderr, "fault: FAULT_INDEX past the last range\n");
  exit(3);
}
#undef MCU_FAULT_RANGE
struct chosen {
  chosen() { choose_from_environment(); }
};
static const chosen from_environment;
}  // namespace mcu_fault

#endif  // AFBRIEF_TESTS_MCU_FAULTY_READER_HPP

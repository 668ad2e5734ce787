// What every libFuzzer target of afbrief shares: a failed check that
// libFuzzer reports as a crash (with the input that caused it), and a reader
// that takes numbers and texts off the front of the fuzz input.
#ifndef AFBRIEF_TESTS_FUZZ_SUPPORT_HPP
#define AFBRIEF_TESTS_FUZZ_SUPPORT_HPP

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <afbrief/afbrief.hpp>

// abort(), not an exception or a return: libFuzzer saves the input of any
// crash as an artifact, which then becomes a regression file.
#define FUZZ_REQUIRE(condition) \
  ((condition) ? (void)0 : fuzz_check_failed(#condition, __FILE__, __LINE__))

[[noreturn]] inline void fuzz_check_failed(const char* what, const char* file, int line) {
  fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
  abort();
}

// The input read front to back; past its end every read is zero, so any
// input, even an empty one, is a complete test case.
class fuzz_input {
 public:
  fuzz_input(const uint8_t* data, size_t size) : data_(data), size_(size), at_(0) {}

  uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  // Little-endian, so that the fuzzer's byte-level mutations move values a
  // little or a lot.
  uint32_t u32() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(byte()) << (8 * i);
    return v;
  }
  uint16_t u16() { return static_cast<uint16_t>(byte() | byte() << 8); }
  int32_t i32() { return static_cast<int32_t>(u32()); }
  // Whatever is left, as a text (the caller's bytes, any value, NULs included).
  afbrief::text_ref rest() {
    afbrief::text_ref t(reinterpret_cast<const char*>(data_) + at_, size_ - at_);
    at_ = size_;
    return t;
  }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t at_;
};

// Any civil_date, valid or not: the type holds int16 years and uint8 fields.
inline afbrief::civil_date any_date(fuzz_input& in) {
  const int16_t year = static_cast<int16_t>(in.u16());
  const uint8_t month = in.byte();
  return afbrief::civil_date(year, month, in.byte());
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, surrogates or values past
// U+10FFFF.
inline bool is_utf8(const char* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    const uint8_t b = static_cast<uint8_t>(s[i]);
    size_t len = b < 0x80u                  ? 1
                 : b >= 0xC2u && b <= 0xDFu ? 2
                 : b >= 0xE0u && b <= 0xEFu ? 3
                 : b >= 0xF0u && b <= 0xF4u ? 4
                                            : 0;
    if (len == 0 || i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<uint8_t>(s[i + k]) & 0xC0u) != 0x80u) return false;
    }
    const uint8_t second = len > 1 ? static_cast<uint8_t>(s[i + 1]) : 0;
    if ((b == 0xE0u && second < 0xA0u) || (b == 0xEDu && second > 0x9Fu) ||
        (b == 0xF0u && second < 0x90u) || (b == 0xF4u && second > 0x8Fu)) {
      return false;
    }
    i += len;
  }
  return true;
}

#endif  // AFBRIEF_TESTS_FUZZ_SUPPORT_HPP

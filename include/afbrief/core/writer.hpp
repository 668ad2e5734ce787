// afbrief: writing text into a caller's buffer.
//
// Formatting never allocates and never writes past the buffer. It always
// NUL-terminates when the buffer has room for at least that, and it reports
// how many characters the whole text needs, so that a caller can tell a
// truncated answer from a complete one (and size a buffer for a second try).
// The writer mutates its state, so it is constexpr from C++14 on.
#ifndef AFBRIEF_CORE_WRITER_HPP
#define AFBRIEF_CORE_WRITER_HPP

#include "../config.hpp"
#include "flash.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

struct format_result {
  size_t length;   // characters written, not counting the terminating NUL
  size_t needed;   // characters the whole text needs, not counting the NUL
  bool truncated;  // needed > length: the buffer was too small
};

class writer {
 public:
  // capacity counts the NUL. A null buffer is treated as capacity 0.
  AFBRIEF_CONSTEXPR14 writer(char* buffer, size_t capacity) noexcept
      : buffer_(buffer), capacity_(buffer == nullptr ? 0 : capacity), length_(0), needed_(0) {
    if (capacity_ > 0) buffer_[0] = '\0';
  }

  AFBRIEF_CONSTEXPR14 void put(char c) noexcept {
    ++needed_;
    if (length_ + 1 < capacity_) {
      buffer_[length_] = c;
      ++length_;
      buffer_[length_] = '\0';
    }
  }

  template <class Reader = plain_reader>
  AFBRIEF_CONSTEXPR14 void put(text_ref t) noexcept {
    for (size_t i = 0; i < t.size(); ++i) put(Reader::read_char(t.data() + i));
  }

  // Unsigned decimal; with grouping, a comma every three digits (7,792).
  AFBRIEF_CONSTEXPR14 void put_unsigned(uint32_t value, bool grouped = false) noexcept {
    char digits[10] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    size_t count = 0;
    do {
      digits[count] = static_cast<char>('0' + value % 10u);
      ++count;
      value /= 10u;
    } while (value != 0);
    while (count > 0) {
      --count;
      put(digits[count]);
      if (grouped && count > 0 && count % 3 == 0) put(',');
    }
  }

  AFBRIEF_CONSTEXPR14 void put_signed(int32_t value, bool grouped = false) noexcept {
    if (value < 0) {
      put('-');
      // Negate in unsigned arithmetic: -INT32_MIN overflows int32_t.
      put_unsigned(0u - static_cast<uint32_t>(value), grouped);
    } else {
      put_unsigned(static_cast<uint32_t>(value), grouped);
    }
  }

  // Exactly `width` digits, zero padded (dates).
  AFBRIEF_CONSTEXPR14 void put_padded(uint32_t value, size_t width) noexcept {
    uint32_t scale = 1;
    for (size_t i = 1; i < width; ++i) scale *= 10u;
    for (; scale > 0; scale /= 10u) put(static_cast<char>('0' + (value / scale) % 10u));
  }

  AFBRIEF_CONSTEXPR14 format_result finish() const noexcept {
    return format_result{length_, needed_, needed_ > length_};
  }

 private:
  char* buffer_;
  size_t capacity_;
  size_t length_;
  size_t needed_;
};

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_WRITER_HPP

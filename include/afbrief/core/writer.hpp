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

// How texts are written. utf8 copies them as printed. ascii is for displays
// that show only ASCII (HD44780 character LCDs, 5x7 fonts): curly quotes and
// apostrophes become ' and ", dashes become -, an ellipsis becomes ..., a
// no-break space a space, and any other non-ASCII character (or a malformed
// UTF-8 byte) a single '?'.
enum class charset : uint8_t { utf8, ascii };

struct format_result {
  size_t length;   // characters written, not counting the terminating NUL
  size_t needed;   // characters the whole text needs, not counting the NUL
  bool truncated;  // needed > length: the buffer was too small
};

class writer {
 public:
  // capacity counts the NUL. A null buffer is treated as capacity 0.
  AFBRIEF_CONSTEXPR14 writer(char* buffer, size_t capacity,
                             charset output = charset::utf8) noexcept
      : buffer_(buffer),
        capacity_(buffer == nullptr ? 0 : capacity),
        length_(0),
        needed_(0),
        output_(output),
        full_(false) {
    if (capacity_ > 0) buffer_[0] = '\0';
  }

  AFBRIEF_CONSTEXPR14 void put(char c) noexcept { put_sequence(&c, 1); }

  // A run of bytes that must not be split (one UTF-8 character): written
  // whole, or not at all. Once anything has not fitted nothing more is
  // written, so a truncated text is always a prefix of the whole text and
  // never ends inside a character.
  AFBRIEF_CONSTEXPR14 void put_sequence(const char* bytes, size_t count) noexcept {
    needed_ += count;
    // Room for the bytes and the NUL after them. Written without
    // `length_ + count` so that nothing can wrap around (and GCC's
    // -Warray-bounds can see it).
    if (full_ || capacity_ == 0 || count > capacity_ - 1 - length_) {
      full_ = true;
      return;
    }
    for (size_t i = 0; i < count; ++i) buffer_[length_ + i] = bytes[i];
    length_ += count;
    buffer_[length_] = '\0';
  }

#if AFBRIEF_HAS_FLASH
  // A library text in flash (core/text.hpp): in a constant expression by
  // default, or through the Reader given (rt passes the flash reader).
  template <class Reader = compile_time_reader>
  AFBRIEF_CONSTEXPR14 void put(library_text t) noexcept {
    put<Reader>(t.in_flash());
  }
#endif

  template <class Reader = plain_reader>
  AFBRIEF_CONSTEXPR14 void put(text_ref t) noexcept {
    size_t i = 0;
    while (i < t.size()) {
      const uint8_t lead = static_cast<uint8_t>(Reader::read_char(t.data() + i));
      if (lead < 0x80u) {
        put(static_cast<char>(lead));
        ++i;
        continue;
      }
      // A UTF-8 sequence: its length from the lead byte, then its code point.
      const size_t length = sequence_length(lead);
      if (output_ == charset::utf8) {
        // Copied as printed, each character whole. A lead byte without all
        // its continuation bytes is a malformed byte: copied alone, and the
        // bytes after it are taken as they come (as character_sink does).
        char bytes[4] = {static_cast<char>(lead), 0, 0, 0};
        size_t take = length != 0 && i + length <= t.size() ? length : 1;
        for (size_t k = 1; k < take; ++k) {
          bytes[k] = Reader::read_char(t.data() + i + k);
          if ((static_cast<uint8_t>(bytes[k]) & 0xC0u) != 0x80u) take = 1;
        }
        put_sequence(bytes, take);
        i += take;
        continue;
      }
      uint32_t code = lead_bits(lead, length);
      bool well_formed = length != 0 && i + length <= t.size();
      for (size_t k = 1; well_formed && k < length; ++k) {
        const uint8_t next = static_cast<uint8_t>(Reader::read_char(t.data() + i + k));
        well_formed = (next & 0xC0u) == 0x80u;
        code = (code << 6) | (next & 0x3Fu);
      }
      put_ascii_for(well_formed ? code : 0xFFFDu);
      i += well_formed ? length : 1;
    }
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

  // The ASCII stand-in for one non-ASCII code point.
  AFBRIEF_CONSTEXPR14 void put_ascii_for(uint32_t code) noexcept {
    if (code == 0x2018u || code == 0x2019u || code == 0x201Au || code == 0x201Bu ||
        code == 0x2032u) {
      put('\'');
    } else if (code == 0x201Cu || code == 0x201Du || code == 0x201Eu || code == 0x00ABu ||
               code == 0x00BBu || code == 0x2033u) {
      put('"');
    } else if (code >= 0x2010u && code <= 0x2015u) {
      put('-');
    } else if (code == 0x2026u) {
      // Three stores, not a literal: on AVR a string literal is copied to
      // SRAM at start-up, and this one would cost every firmware 4 bytes.
      char dots[3] = {0, 0, 0};
      dots[0] = '.';
      dots[1] = '.';
      dots[2] = '.';
      put_sequence(dots, 3);
    } else if (code == 0x00A0u) {
      put(' ');
    } else {
      put('?');
    }
  }

  AFBRIEF_CONSTEXPR14 format_result finish() const noexcept {
    return format_result{length_, needed_, needed_ > length_};
  }

 private:
  // A UTF-8 sequence's length from its lead byte; 0 for a byte that cannot
  // lead one.
  static constexpr size_t sequence_length(uint8_t lead) noexcept {
    return lead >= 0xF0u && lead <= 0xF4u   ? 4
           : lead >= 0xE0u && lead <= 0xEFu ? 3
           : lead >= 0xC2u && lead <= 0xDFu ? 2
                                            : 0;
  }
  // The bits of the code point that a lead byte of a `length`-byte sequence
  // carries.
  static constexpr uint32_t lead_bits(uint8_t lead, size_t length) noexcept {
    return length == 4 ? (lead & 0x07u) : length == 3 ? (lead & 0x0Fu) : (lead & 0x1Fu);
  }

  char* buffer_;
  size_t capacity_;
  size_t length_;
  size_t needed_;
  charset output_;
  bool full_;
};

// Feeds a stream of bytes (a decoded packed text) to a writer one whole UTF-8
// character at a time, so that writer::put's rules apply unchanged: no
// character split, ASCII stand-ins. A sink for core::unpack; call flush()
// when the stream ends.
class character_sink {
 public:
  explicit AFBRIEF_CONSTEXPR14 character_sink(writer& out) noexcept
      : out_(&out), bytes_{0, 0, 0, 0}, count_(0), expected_(0) {}

  AFBRIEF_CONSTEXPR14 bool operator()(char c) noexcept {
    const uint8_t byte = static_cast<uint8_t>(c);
    if (count_ != 0 && count_ < expected_ && (byte & 0xC0u) == 0x80u) {
      bytes_[count_] = c;
      ++count_;
    } else {
      flush();
      bytes_[0] = c;
      count_ = 1;
      // The length its lead byte announces; 1 for ASCII or a malformed byte.
      expected_ = byte >= 0xF0u && byte <= 0xF4u   ? 4
                  : byte >= 0xE0u && byte <= 0xEFu ? 3
                  : byte >= 0xC2u && byte <= 0xDFu ? 2
                                                   : 1;
    }
    if (count_ == expected_) flush();
    return true;
  }

  AFBRIEF_CONSTEXPR14 void flush() noexcept {
    if (count_ != 0) out_->put(text_ref(bytes_, count_));
    count_ = 0;
  }

 private:
  writer* out_;
  char bytes_[4];
  size_t count_;
  size_t expected_;
};

// Any text, rendered in the given charset into the caller's buffer. UTF-8 by
// default, like every other writer.
template <class Reader = plain_reader>
AFBRIEF_CONSTEXPR14 format_result render_text(text_ref t, char* buffer, size_t capacity,
                                              charset output = charset::utf8) noexcept {
  writer out(buffer, capacity, output);
  out.put<Reader>(t);
  return out.finish();
}
#if AFBRIEF_HAS_FLASH
template <class Reader = compile_time_reader>
AFBRIEF_CONSTEXPR14 format_result render_text(library_text t, char* buffer, size_t capacity,
                                              charset output = charset::utf8) noexcept {
  return render_text<Reader>(t.in_flash(), buffer, capacity, output);
}
#endif

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_WRITER_HPP

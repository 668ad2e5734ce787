// afbrief: text references.
//
// A text_ref is a pointer and a length into text that lives as long as the
// program (the tables' literals) or as long as the caller keeps it (a key read
// from a command line). It owns nothing and never allocates.
//
// Comparisons are loops from C++14 and tail recursion in C++11, bounded by
// the length of the stored text (a key), whatever the caller passes.
#ifndef AFBRIEF_CORE_TEXT_HPP
#define AFBRIEF_CORE_TEXT_HPP

#include "../config.hpp"
#include "flash.hpp"

namespace afbrief {
namespace core {

// ---- Texts in flash ----------------------------------------------------------
// A library text is a named char array, a static member of a class template:
// one copy program-wide (C++11 has no inline variables) and, on flash
// targets, placed in flash. Declare it in the class body with
// AFBRIEF_TEXT_MEMBER and, for C++11/14, define it after the class with
// AFBRIEF_TEXT_DEFINITION (C++17 makes constexpr static members inline and
// deprecates the redefinition, so the macro is then empty).
#define AFBRIEF_TEXT_MEMBER(name, literal) \
  static constexpr char name[sizeof(literal)] AFBRIEF_FLASH = literal;
#if AFBRIEF_HAS_INLINE_VARIABLES
#define AFBRIEF_TEXT_DEFINITION(holder, name)
#else
// NOLINTBEGIN(bugprone-macro-parentheses): holder is a template's name.
#define AFBRIEF_TEXT_DEFINITION(holder, name) \
  template <class Unused>                     \
  constexpr char holder<Unused>::name[];
// NOLINTEND(bugprone-macro-parentheses)
#endif

// The empty text points at a NUL in the same memory as every other library
// text, so even a reader that ignores the length stays in bounds.
template <class Unused = void>
struct empty_text_holder {
  AFBRIEF_TEXT_MEMBER(value, "")
};
AFBRIEF_TEXT_DEFINITION(empty_text_holder, value)

class text_ref {
 public:
  constexpr text_ref() noexcept : data_(empty_text_holder<>::value), size_(0) {}
  // From a string literal or a constant char array: N - 1 characters (the
  // terminating NUL is not counted).
  template <size_t N>
  constexpr text_ref(const char (&literal)[N]) noexcept : data_(literal), size_(N - 1) {}
  // Not from a writable buffer: its size says nothing about the text in it
  // (a char[32] holding "kabul" would become a 31-character key). Use
  // text_from_c_string(buffer) or text_ref(buffer, length).
  template <size_t N>
  text_ref(char (&buffer)[N]) = delete;
  constexpr text_ref(const char* data, size_t size) noexcept : data_(data), size_(size) {}

  constexpr const char* data() const noexcept { return data_; }
  constexpr size_t size() const noexcept { return size_; }
  constexpr bool empty() const noexcept { return size_ == 0; }

 private:
  const char* data_;
  size_t size_;
};

// ---- The library's own texts ---------------------------------------------------
// A vocabulary word, a note, a formatter's fixed words: texts of afbrief's,
// which on a flash target live in program memory. There they are a type of
// their own, library_text, so that they cannot be read as RAM by mistake:
// it converts to no text_ref and has no data(), rt reads it through the flash
// reader (rt::render, rt::char_at, rt::equal), and core's char_at, equal,
// compare and render_text take it only in a constant expression (through
// compile_time_reader, which refuses to run). Your own texts, in RAM, stay
// text_refs, which rt's library-text functions in turn refuse. Elsewhere
// every text is in ordinary memory, and library_text is text_ref itself.
#if AFBRIEF_HAS_FLASH
class library_text {
 public:
  constexpr library_text() noexcept {}
  template <size_t N>
  constexpr explicit library_text(const char (&in_flash)[N]) noexcept : text_(in_flash) {}
  constexpr library_text(const char* in_flash, size_t size) noexcept : text_(in_flash, size) {}

  constexpr size_t size() const noexcept { return text_.size(); }
  constexpr bool empty() const noexcept { return text_.empty(); }
  // Where it lies in flash, for a reader that reads flash.
  constexpr text_ref in_flash() const noexcept { return text_; }

 private:
  text_ref text_;
};
// The pointer and length of a library text, wherever it lies: for a reader
// that reads there, or for a constant expression (on a flash target a plain
// load at run time reads RAM at its flash address).
constexpr text_ref raw_text(library_text t) noexcept { return t.in_flash(); }
#else
typedef text_ref library_text;
constexpr text_ref raw_text(library_text t) noexcept { return t; }
#endif

// The text of a NUL-terminated string known only at run time (argv, a serial
// line). A null pointer is read as the empty text.
AFBRIEF_CONSTEXPR14 text_ref text_from_c_string(const char* s) noexcept {
  size_t n = 0;
  if (s == nullptr) return text_ref();
  while (s[n] != '\0') ++n;
  return text_ref(s, n);
}

namespace detail {

constexpr int compare_chars(char a, char b) noexcept {
  return static_cast<unsigned char>(a) < static_cast<unsigned char>(b)   ? -1
         : static_cast<unsigned char>(a) > static_cast<unsigned char>(b) ? 1
                                                                         : 0;
}

#if AFBRIEF_HAS_CONSTEXPR14
// From C++14 a loop: faster at run time than the recursion, and it keeps
// GCC's flow analysis from tripping over deeply inlined recursion
// (-Wmaybe-uninitialized false positives at -O3).
template <class Reader>
constexpr int compare_span(const char* stored, const char* probe, size_t n) noexcept {
  for (size_t i = 0; i < n; ++i) {
    const int order = compare_chars(Reader::read_char(stored + i), probe[i]);
    if (order != 0) return order;
  }
  return 0;
}
#else
// C++11: one return statement. Tail recursion over the characters, which
// compilers turn into a loop; its depth is bounded by the stored text (keys
// are short), never by a caller's over-long probe, since n is the shorter
// length.
template <class Reader>
constexpr int compare_from(const char* stored, const char* probe, size_t i, size_t n) noexcept {
  return i >= n ? 0
         : compare_chars(Reader::read_char(stored + i), probe[i]) != 0
             ? compare_chars(Reader::read_char(stored + i), probe[i])
             : compare_from<Reader>(stored, probe, i + 1, n);
}
template <class Reader>
constexpr int compare_span(const char* stored, const char* probe, size_t n) noexcept {
  return compare_from<Reader>(stored, probe, 0, n);
}
#endif

constexpr int compare_lengths(int common_prefix, size_t a, size_t b) noexcept {
  return common_prefix != 0 ? common_prefix : a < b ? -1 : a > b ? 1 : 0;
}

constexpr size_t smaller(size_t a, size_t b) noexcept { return a < b ? a : b; }

}  // namespace detail

// Lexicographic order by unsigned byte, then by length: <0, 0 or >0.
// `stored` is read through Reader (it may live in flash); `probe` is ordinary
// memory.
template <class Reader = plain_reader>
constexpr int compare(text_ref stored, text_ref probe) noexcept {
  return detail::compare_lengths(
      detail::compare_span<Reader>(stored.data(), probe.data(),
                                   detail::smaller(stored.size(), probe.size())),
      stored.size(), probe.size());
}

template <class Reader = plain_reader>
constexpr bool equal(text_ref stored, text_ref probe) noexcept {
  return stored.size() == probe.size() &&
         detail::compare_span<Reader>(stored.data(), probe.data(), stored.size()) == 0;
}

// Character i of a text, or '\0' past its end (never a read out of bounds).
template <class Reader = plain_reader>
constexpr char char_at(text_ref t, size_t i) noexcept {
  return i < t.size() ? Reader::read_char(t.data() + i) : '\0';
}

#if AFBRIEF_HAS_FLASH
// A library text in flash: in a constant expression by default (at run time
// that does not compile: use rt), or through the Reader given.
template <class Reader = compile_time_reader>
constexpr int compare(library_text stored, text_ref probe) noexcept {
  return compare<Reader>(stored.in_flash(), probe);
}
template <class Reader = compile_time_reader>
constexpr bool equal(library_text stored, text_ref probe) noexcept {
  return equal<Reader>(stored.in_flash(), probe);
}
template <class Reader = compile_time_reader>
constexpr char char_at(library_text t, size_t i) noexcept {
  return char_at<Reader>(t.in_flash(), i);
}
#endif

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_TEXT_HPP

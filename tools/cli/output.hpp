// afbrief tool: plain output to stdout, the stack `line` buffer every line is
// composed in, and word-wrapping to the terminal width. Everything else in the
// tool prints through these, so the no-heap, no-iostream rule lives here.
#ifndef AFBRIEF_TOOLS_CLI_OUTPUT_HPP
#define AFBRIEF_TOOLS_CLI_OUTPUT_HPP

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <afbrief/afbrief.hpp>

namespace {

namespace core = afbrief::core;
typedef afbrief::rt q;
typedef core::default_reader reader;
using core::text_ref;

const size_t terminal_width = 100;

// ---- Plain output ------------------------------------------------------------

void out_c(const char* s) { fputs(s, stdout); }
void out_char(char c) { putchar(c); }
void out_spaces(size_t n) {
  for (size_t i = 0; i < n; ++i) putchar(' ');
}

// Terminal columns a UTF-8 text takes: one per code point (continuation bytes
// are not counted). Good enough for the article's Latin text and punctuation.
size_t columns(const char* s, size_t n) {
  size_t cols = 0;
  for (size_t i = 0; i < n; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0u) != 0x80u) ++cols;
  }
  return cols;
}
size_t columns(const char* s) { return columns(s, strlen(s)); }

// ---- A record's text -------------------------------------------------------------

// A record's packed text, decoded through afbrief::rt into a buffer of its
// own, large enough for the longest text of the tables (the pool records it).
// The text_ref it converts to points into it: use a temporary within one
// expression (json_string(decoded(t))), never keep the text_ref.
class decoded {
 public:
  explicit decoded(afbrief::packed_text t) : length_(q::render(t, chars_, sizeof chars_).length) {}
  operator text_ref() const { return text_ref(chars_, length_); }
  const char* c_str() const { return chars_; }
  size_t size() const { return length_; }

 private:
  char chars_[afbrief::data::text_pool<>::longest_text + 1];
  size_t length_;
};

// ---- Composing text into a stack buffer ---------------------------------------

// A line (or a paragraph) built with the library's writer. Large enough for
// any record of the tables (the longest row written is under 600 bytes).
struct line {
  char text[2048];
  core::writer w;
  line() : w(text, sizeof text) {}
  line(const line&) = delete;  // w points into text
  line& operator=(const line&) = delete;
  void reset() { w = core::writer(text, sizeof text); }
  size_t cols() const { return columns(text); }
  // Spaces up to column `col`; at least `min_gap` of them.
  void pad_to(size_t col, size_t min_gap = 1) {
    size_t c = cols();
    size_t n = c + min_gap > col ? min_gap : col - c;
    for (size_t i = 0; i < n; ++i) w.put(' ');
  }
  void put(text_ref t) { w.put<reader>(t); }
  void put(afbrief::packed_text t) { w.put(decoded(t)); }
  void put_c(const char* s) { w.put(core::text_from_c_string(s)); }
  void put(char c) { w.put(c); }
  void put_int(int32_t v, bool grouped = false) { w.put_signed(v, grouped); }
  void put_uint(uint32_t v) { w.put_unsigned(v); }
  void put_date(core::civil_date d) { core::put_iso_date(w, d); }
  void put_edtf(core::period p) { core::put_edtf(w, p); }
};

// The article's words between curly double quotes: “words”.
void put_quoted(line& l, text_ref t) {
  l.put_c("\xE2\x80\x9C");  // “
  l.put(t);
  l.put_c("\xE2\x80\x9D");  // ”
}
void put_quoted(line& l, afbrief::packed_text t) {
  put_quoted(l, decoded(t));
}

// Prints `prefix` as it is, then `body` word-wrapped to the terminal width;
// continuation lines are indented by `hang` columns. Spaces in the body are
// kept as they are except where a line is broken, so a body may carry its own
// column padding. A word wider than the line is printed whole.
void print_wrapped(const char* prefix, const char* body, size_t hang) {
  out_c(prefix);
  size_t col = columns(prefix);
  bool line_has_word = false;
  const char* p = body;
  while (*p != '\0') {
    const char* word_end = p;
    while (*word_end != '\0' && *word_end != ' ') ++word_end;
    size_t word_len = static_cast<size_t>(word_end - p);
    size_t word_cols = columns(p, word_len);
    size_t gap = line_has_word ? 1 : 0;
    if (col + gap + word_cols > terminal_width && (line_has_word || col > hang)) {
      out_char('\n');
      out_spaces(hang);
      col = hang;
      gap = 0;
    }
    out_spaces(gap);
    fwrite(p, 1, word_len, stdout);
    col += gap + word_cols;
    line_has_word = true;
    p = word_end;
    // Runs of spaces: the first is the word gap, any more are printed.
    if (*p == ' ') {
      ++p;
      while (*p == ' ') {
        out_char(' ');
        ++col;
        ++p;
      }
    }
  }
  out_char('\n');
}

}  // namespace

#endif  // AFBRIEF_TOOLS_CLI_OUTPUT_HPP

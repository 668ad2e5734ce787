// afbrief tool: plain output to the current sink and word-wrapping to the
// terminal width. Everything the tool prints goes through these few
// functions, so the no-heap, no-iostream rule lives here and a failed write
// shows up in the sink, which run_tool checks once at the end.
#include <string.h>

#include "cli.hpp"

namespace afbrief_cli {

namespace {
// One pointer rather than a sink passed through every printer: the tool runs
// one command at a time, and run_tool sets it before anything is printed.
sink* current_output = nullptr;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
}  // namespace

void set_output(sink* out) { current_output = out; }

void out_bytes(const char* s, size_t n) { current_output->write(s, n); }
void out_c(const char* s) { out_bytes(s, strlen(s)); }
void out_char(char c) { out_bytes(&c, 1); }
void out_spaces(size_t n) {
  for (size_t i = 0; i < n; ++i) out_char(' ');
}

// Continuation bytes are not counted: good enough for the article's Latin
// text and punctuation, which have no wide or combining characters.
size_t columns(const char* s, size_t n) {
  size_t cols = 0;
  for (size_t i = 0; i < n; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0u) != 0x80u) ++cols;
  }
  return cols;
}
size_t columns(const char* s) { return columns(s, strlen(s)); }

void put_quoted(line& l, afbrief::packed_text t) {
  l.put_c("\xE2\x80\x9C");  // “
  l.put(t);
  l.put_c("\xE2\x80\x9D");  // ”
}

// Spaces in the body are kept as they are except where a line is broken, so
// a body may carry its own column padding. A word wider than the line is
// printed whole rather than cut.
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
    out_bytes(p, word_len);
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

}  // namespace afbrief_cli

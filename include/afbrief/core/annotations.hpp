// afbrief: where a record's verbatim texts stand in the source, and its note.
//
// Kept apart from the records themselves, in tables of their own parallel to
// the record tables: a firmware that never asks for them links none of them,
// and a desktop tool that exports the data (afbrief export) reads them.
// tools/generate.py computes every locator by finding the text in its
// paragraph, and refuses a text it cannot find there exactly once.
#ifndef AFBRIEF_CORE_ANNOTATIONS_HPP
#define AFBRIEF_CORE_ANNOTATIONS_HPP

#include "../config.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

// A text's place in the source: paragraph N (line N of the article text), and
// its byte offset and byte length within that line, as GDELT ties a mention
// to its sentence. Paragraph 0: the field has no text (no locator).
struct locator {
  uint8_t paragraph;
  uint16_t offset;
  uint16_t length;
};

constexpr bool has_locator(locator l) noexcept { return l.paragraph != 0; }

// The reasoning behind a record, or the derivation of a derived value, in a
// sentence or a few; the empty text when the record has none. Notes are
// library texts (core::library_text, in flash on flash targets).
struct note_annotation {
  library_text note;
};

struct figure_annotation {
  library_text note;
  locator wording;
  locator period_phrase;
  locator base_phrase;
};

struct event_annotation {
  library_text note;
  locator phrase;
};

struct statement_annotation {
  library_text note;
  locator quote;
};

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_ANNOTATIONS_HPP

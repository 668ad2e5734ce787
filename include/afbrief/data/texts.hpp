// afbrief data: every text of every table, packed and unpacked, proved equal.
//
// AFBRIEF_EACH_TEXT expands AFBRIEF_TEXT_VISIT(table, name, literal) once per
// text, in one fixed order: the article, then the figures, events,
// statements, actors, sources and places, row by row. tools/pack_texts.py
// reads the texts in this order (through the preprocessor) to write
// text_pool.hpp; here the same expansion pairs each packed offset with the
// row's own array, which is what afbrief::ct reads, and every build (C++11
// included) proves the pool well formed and each packed text equal to its row.
#ifndef AFBRIEF_DATA_TEXTS_HPP
#define AFBRIEF_DATA_TEXTS_HPP

#include "../core/packed_text.hpp"
#include "actors.hpp"
#include "article.hpp"
#include "events.hpp"
#include "figures.hpp"
#include "places.hpp"
#include "sources.hpp"
#include "statements.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif

#define AFBRIEF_VISIT_ARTICLE_TEXT(name, literal) AFBRIEF_TEXT_VISIT(article, name, literal)
#define AFBRIEF_VISIT_FIGURE_TEXT(name, literal) AFBRIEF_TEXT_VISIT(figure, name, literal)
#define AFBRIEF_VISIT_EVENT_TEXT(name, literal) AFBRIEF_TEXT_VISIT(event, name, literal)
#define AFBRIEF_VISIT_STATEMENT_TEXT(name, literal) AFBRIEF_TEXT_VISIT(statement, name, literal)
#define AFBRIEF_VISIT_ACTOR_TEXT(name, literal) AFBRIEF_TEXT_VISIT(actor, name, literal)
#define AFBRIEF_VISIT_SOURCE_TEXT(name, literal) AFBRIEF_TEXT_VISIT(source, name, literal)
#define AFBRIEF_VISIT_PLACE_TEXT(name, literal) AFBRIEF_TEXT_VISIT(place, name, literal)
#define AFBRIEF_VISIT_FIGURE_ROW(...) AFBRIEF_FIGURE_TEXTS(AFBRIEF_VISIT_FIGURE_TEXT, __VA_ARGS__)
#define AFBRIEF_VISIT_EVENT_ROW(...) AFBRIEF_EVENT_TEXTS(AFBRIEF_VISIT_EVENT_TEXT, __VA_ARGS__)
#define AFBRIEF_VISIT_STATEMENT_ROW(...) \
  AFBRIEF_STATEMENT_TEXTS(AFBRIEF_VISIT_STATEMENT_TEXT, __VA_ARGS__)
#define AFBRIEF_VISIT_ACTOR_ROW(...) AFBRIEF_ACTOR_TEXTS(AFBRIEF_VISIT_ACTOR_TEXT, __VA_ARGS__)
#define AFBRIEF_VISIT_SOURCE_ROW(...) AFBRIEF_SOURCE_TEXTS(AFBRIEF_VISIT_SOURCE_TEXT, __VA_ARGS__)
#define AFBRIEF_VISIT_PLACE_ROW(...) AFBRIEF_PLACE_TEXTS(AFBRIEF_VISIT_PLACE_TEXT, __VA_ARGS__)

#define AFBRIEF_EACH_TEXT                                   \
  AFBRIEF_ARTICLE_TEXTS(AFBRIEF_VISIT_ARTICLE_TEXT)         \
  AFBRIEF_FIGURE_ROWS(AFBRIEF_VISIT_FIGURE_ROW)             \
  AFBRIEF_EVENT_ROWS(AFBRIEF_VISIT_EVENT_ROW)               \
  AFBRIEF_STATEMENT_ROWS(AFBRIEF_VISIT_STATEMENT_ROW)       \
  AFBRIEF_ACTOR_ROWS(AFBRIEF_VISIT_ACTOR_ROW)               \
  AFBRIEF_SOURCE_ROWS(AFBRIEF_VISIT_SOURCE_ROW)             \
  AFBRIEF_PLACE_ROWS(AFBRIEF_VISIT_PLACE_ROW)

namespace afbrief {
namespace data {

#define AFBRIEF_TEXT_VISIT(table, name, literal) \
  {{table##_text_at::name}, core::text_ref(table##_texts<>::name)},

// Read only inside constant expressions (afbrief::ct): a firmware that
// queries at run time never links it.
template <class Unused = void>
struct text_entries {
  static constexpr core::text_entry all[] AFBRIEF_FLASH = {AFBRIEF_EACH_TEXT};
};
#undef AFBRIEF_TEXT_VISIT

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr core::text_entry text_entries<Unused>::all[];
#endif

constexpr size_t text_entry_count = sizeof(text_entries<>::all) / sizeof(core::text_entry);

constexpr core::text_index text_lookup() noexcept {
  return core::text_index{text_entries<>::all, text_pool<>::starts, text_pool<>::entry_of_start,
                          text_pool<>::start_count};
}

// The unpacked text of a record's packed text (compile time).
constexpr core::text_ref unpacked(core::packed_text t) noexcept {
  return core::unpacked_text(text_lookup(), t);
}

// The empty text, answered for an invalid id.
constexpr core::packed_text empty_text() noexcept {
  return core::packed_text{text_pool<>::empty_text};
}

// The pool's arrays have the sizes its constants promise. (Naming the sizes
// here also lets Clang, from C++17, decode the pool in constant expressions:
// without it Clang sees the static arrays as of unknown bound, LLVM #76787.)
static_assert(sizeof(text_pool<>::literals) == text_pool<>::first_pair,
              "text_pool.hpp: one literal per code below first_pair");
static_assert(sizeof(text_pool<>::pairs) % 2 == 0 &&
                  text_pool<>::first_pair + sizeof(text_pool<>::pairs) / 2 <= 256,
              "text_pool.hpp: pairs come two codes each, codes fit a byte");

static_assert(text_entry_count == text_pool<>::text_count,
              "text_pool.hpp does not hold one text per row text: run python3 tools/pack_texts.py");
static_assert(core::pool_is_well_formed<text_pool<>>(text_pool<>::pairs, text_pool<>::codes),
              "text_pool.hpp is malformed: run python3 tools/pack_texts.py");
static_assert(core::longest_entry(text_entries<>::all, text_entry_count) ==
                  text_pool<>::longest_text,
              "text_pool.hpp names the wrong longest text: run python3 tools/pack_texts.py");
static_assert(core::entries_agree<text_pool<>>(text_entries<>::all, text_entry_count),
              "a packed text differs from its row: run python3 tools/pack_texts.py");
static_assert(core::index_finds_every_entry(text_lookup(), text_entries<>::all, text_entry_count),
              "text_pool.hpp's lookup index is wrong: run python3 tools/pack_texts.py");
#if AFBRIEF_HAS_CONSTEXPR14
// The decoder itself (loops: C++14) in a constant expression.
static_assert(core::packed_size<text_pool<>>(empty_text()) == 0, "the empty text is empty");
static_assert(core::packed_size<text_pool<>>(text_entries<>::all[0].packed) ==
                  text_entries<>::all[0].plain.size(),
              "the pool decodes in constant expressions");
#endif

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_TEXTS_HPP

// afbrief data: the article itself, and what each of its paragraphs is.
//
// Source text: tests/fixtures/article.txt (a copy of the seed
// shared/seed/article.txt), one paragraph a line; "paragraph N"
// is line N.
//
// Publication date, derived (the article prints no date line):
// - Paragraph 6 dates Abdullah Abdullah's tweet July 17, 2021; the tweet says
//   the meetings "continued in Doha".
// - Paragraph 8: Akhundzada's message "came just a day after" the government
//   delegation met the Taliban in Doha. Paragraph 2: he spoke "on Sunday".
//   2021-07-17 is a Saturday (static_assert below), so the message is
//   Sunday 2021-07-18.
// - The article reports that Sunday message in the past tense, so it was
//   written on 2021-07-18 or later; it still calls Sunday's talks upcoming
//   (paragraph 12 "set to continue on Sunday", paragraph 15 "Tomorrow"), so
//   no later than that Sunday. Published: Sunday 2021-07-18.
// Every relative time word is resolved against that date: "last year" is
// 2020, "this year" 2021, "since January" January 2021, "late June" June 2021.
#ifndef AFBRIEF_DATA_ARTICLE_HPP
#define AFBRIEF_DATA_ARTICLE_HPP

#include "../core/records.hpp"
#include "../core/validate.hpp"
#include "ids.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif

namespace afbrief {
namespace data {

// The article's own texts, MAKE(name, literal) each, like a table's rows.
#define AFBRIEF_ARTICLE_TEXTS(MAKE)                                         \
  MAKE(outlet, "Doha News")                                                 \
  MAKE(subject,                                                             \
       "Taliban and Afghan government talks in Doha, the humanitarian toll, " \
       "troop withdrawals and evacuations")
#define AFBRIEF_ARTICLE_TEXT_DEFINITION(name, literal) AFBRIEF_TEXT_DEFINITION(article_texts, name)

template <class Unused = void>
struct article_texts {
  AFBRIEF_ARTICLE_TEXTS(AFBRIEF_TEXT_MEMBER)
};
AFBRIEF_ARTICLE_TEXTS(AFBRIEF_ARTICLE_TEXT_DEFINITION)

template <class Unused = void>
struct article_table {
  typedef article_text_at at;  // offsets of the packed texts (text_pool.hpp)
  static constexpr article row AFBRIEF_FLASH = {{at::outlet}, {at::subject},
                                                core::civil_date(2021, 7, 18),
                                                true,  // derived, see above
                                                26};

  // Paragraphs 5 and 6 are an embedded tweet (its text, then its byline).
  // Paragraph 21 is the headline of a linked article, not this article's
  // reporting; paragraph 26 is the outlet's footer. Neither is cited by any
  // figure, event or statement (checked in data/checks.hpp).
  static constexpr paragraph paragraphs[] AFBRIEF_FLASH = {
      {1, core::paragraph_role::body},          {2, core::paragraph_role::body},
      {3, core::paragraph_role::body},          {4, core::paragraph_role::body},
      {5, core::paragraph_role::embedded_post}, {6, core::paragraph_role::embedded_post_byline},
      {7, core::paragraph_role::body},          {8, core::paragraph_role::body},
      {9, core::paragraph_role::body},          {10, core::paragraph_role::body},
      {11, core::paragraph_role::body},         {12, core::paragraph_role::body},
      {13, core::paragraph_role::body},         {14, core::paragraph_role::body},
      {15, core::paragraph_role::body},         {16, core::paragraph_role::body},
      {17, core::paragraph_role::body},         {18, core::paragraph_role::body},
      {19, core::paragraph_role::body},         {20, core::paragraph_role::body},
      {21, core::paragraph_role::related_link}, {22, core::paragraph_role::body},
      {23, core::paragraph_role::body},         {24, core::paragraph_role::body},
      {25, core::paragraph_role::body},         {26, core::paragraph_role::footer},
  };
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr article article_table<Unused>::row;
template <class Unused>
constexpr paragraph article_table<Unused>::paragraphs[];
#endif

constexpr size_t paragraph_count = sizeof(article_table<>::paragraphs) / sizeof(paragraph);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_ARTICLE_HPP

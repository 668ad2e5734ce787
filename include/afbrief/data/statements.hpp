// afbrief data: every quotation in the article.
//
// `quote` is the text between the quotation marks exactly as printed, UTF-8,
// including a closing comma printed inside the marks. A date is `derived`
// when the article does not print it; the reasoning sits beside the record.
#ifndef AFBRIEF_DATA_STATEMENTS_HPP
#define AFBRIEF_DATA_STATEMENTS_HPP

#include "../core/records.hpp"
#include "actors.hpp"
#include "ids.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif
#include "sources.hpp"

// ROW(key, speaker, role, organisation, said_on, date_derived, named_weekday,
//     channel, quote, via, paragraph), in key order.
// clang-format off
#define AFBRIEF_STATEMENT_ROWS(ROW)                                                     \
  /* Paragraph 13. The article does not say where he said it; the words are those   \
     of his tweet of July 17, 2021 (paragraphs 5-6) with "&" spelled "and", so the   \
     channel and date are taken from that tweet. */                                    \
  ROW(abdullah_positive_outcome, actor_id::abdullah_abdullah,                           \
      "head of Afghanistan’s reconciliation council", actor_id::reconciliation_council, \
      core::civil_date(2021, 7, 17), true, {}, channel::tweet,                          \
      "We are looking for a positive and constructive outcome", {}, 13)                 \
  /* Paragraphs 5-6: the embedded tweet, dated July 17, 2021 in its byline. */        \
  ROW(abdullah_tweet_meetings_continued, actor_id::abdullah_abdullah, "",               \
      actor_id::reconciliation_council, core::civil_date(2021, 7, 17), false, {},       \
      channel::tweet,                                                                   \
      "The high-level meetings between the Republic & the Taliban negotiation teams "   \
      "continued in Doha. We are looking for a positive & constructive outcome. "       \
      "pic.twitter.com/eNpIY4Ogf3", {}, 5)                                              \
  /* Paragraph 4, from the message "said on Sunday" (paragraph 2): Sunday            \
     2021-07-18. Paragraph 4 itself names no weekday. */                            \
  ROW(akhundzada_political_settlement, actor_id::hibatullah_akhundzada,                 \
      "supreme leader", actor_id::taliban, core::civil_date(2021, 7, 18), true, {},     \
      channel::message,                                                                 \
      "In spite of the military gains and advances, the Islamic Emirate strenuously "   \
      "favours a political settlement in the country, and every opportunity for the "   \
      "establishment of an Islamic system, peace and security that presents itself "    \
      "will be made use of by the Islamic Emirate,", {}, 4)                             \
  /* Paragraph 7: "he added", in the same Sunday message. */                           \
  ROW(akhundzada_resolve_among_ourselves, actor_id::hibatullah_akhundzada,              \
      "supreme leader", actor_id::taliban, core::civil_date(2021, 7, 18), true, {},     \
      channel::message,                                                                 \
      "Our message remains that instead of relying on foreigners, let us resolve our "  \
      "issues among ourselves and rescue our homeland from the prevailing crisis,",     \
      {}, 7)                                                                            \
  /* Paragraph 2: "said on Sunday". */                                                 \
  ROW(akhundzada_strenuously_favours, actor_id::hibatullah_akhundzada,                  \
      "supreme leader", actor_id::taliban, core::civil_date(2021, 7, 18), true,         \
      weekday::sunday, channel::message, "strenuously favours", {}, 2)                  \
  /* Paragraphs 14-15: speaking to AFP, she said more is expected "on Sunday" and    \
     that it would come "Tomorrow": she spoke on Saturday 2021-07-17. */               \
  ROW(anwari_final_result, actor_id::najia_anwari,                                      \
      "spokeswoman for the Afghan government", actor_id::afghan_government,             \
      core::civil_date(2021, 7, 17), true, {}, channel::remarks_to_news_agency,         \
      "Tomorrow they will definitely have a final result of all the work they have "    \
      "done,", source_id::afp, 15)                                                      \
  /* Paragraph 11: "his opening remarks in Doha", at the meeting of Saturday         \
     2021-07-17 (paragraph 8). */                                                       \
  ROW(baradar_opening_remarks, actor_id::abdul_ghani_baradar, "", actor_id::taliban,    \
      core::civil_date(2021, 7, 17), true, {}, channel::opening_remarks,                \
      "As we pursue our greater goals, we have to go beyond the details,", {}, 11)      \
  /* Paragraph 13: the government's description of "the first round of talks" (the   \
     Saturday 2021-07-17 meeting), passed on in Lyse Doucet's tweet. */                 \
  ROW(government_not_bad, actor_id::afghan_government, "", {},                          \
      core::civil_date(2021, 7, 17), true, {}, channel::reported_by_journalist,         \
      "not bad", source_id::lyse_doucet, 13)
// clang-format on

#define AFBRIEF_STATEMENT_TEXTS(MAKE, key, speaker, role, organisation, said_on, date_derived, \
                                named_weekday, channel, quote, via, paragraph)                 \
  MAKE(key##_key, #key)                                                                        \
  MAKE(key##_role, role)                                                                       \
  MAKE(key##_quote, AFBRIEF_LONG_TEXT(quote))
#define AFBRIEF_STATEMENT_TEXT_MEMBERS(...) \
  AFBRIEF_STATEMENT_TEXTS(AFBRIEF_TEXT_MEMBER, __VA_ARGS__)
#define AFBRIEF_STATEMENT_TEXT_DEFINITION(name, literal) \
  AFBRIEF_TEXT_DEFINITION(statement_texts, name)
#define AFBRIEF_STATEMENT_TEXT_DEFINITIONS(...) \
  AFBRIEF_STATEMENT_TEXTS(AFBRIEF_STATEMENT_TEXT_DEFINITION, __VA_ARGS__)
#define AFBRIEF_STATEMENT_RECORD(key, speaker, role, organisation, said_on, date_derived,   \
                                 named_weekday, channel, quote, via, paragraph)             \
  {statement_id::key, {at::key##_key}, speaker, {at::key##_role}, organisation, said_on, \
   date_derived,      named_weekday,     channel, {at::key##_quote}, via, paragraph},

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class statement_id : uint8_t { AFBRIEF_STATEMENT_ROWS(AFBRIEF_ROW_KEY) };

namespace data {

using core::channel;

template <class Unused = void>
struct statement_texts {
  AFBRIEF_STATEMENT_ROWS(AFBRIEF_STATEMENT_TEXT_MEMBERS)
};
AFBRIEF_STATEMENT_ROWS(AFBRIEF_STATEMENT_TEXT_DEFINITIONS)

template <class Unused = void>
struct statement_table {
  typedef statement_text_at at;  // offsets of the packed texts (text_pool.hpp)
  static constexpr statement rows[] AFBRIEF_FLASH = {
      AFBRIEF_STATEMENT_ROWS(AFBRIEF_STATEMENT_RECORD)};
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr statement statement_table<Unused>::rows[];
#endif

constexpr size_t statement_count = sizeof(statement_table<>::rows) / sizeof(statement);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_STATEMENTS_HPP

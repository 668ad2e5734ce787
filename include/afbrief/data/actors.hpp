// afbrief data: everyone the article says acted, spoke or reported.
//
// Roles are the article's words; where it gives a person no role, the role is
// empty rather than filled in from elsewhere. Names are the article's where it
// names the actor; a country it refers to by adjective or metonym gets its
// plain name ("British" troops: United Kingdom; "US", "Washington": United
// States), and "the UN’s refugee agency" is written "UN refugee agency".
#ifndef AFBRIEF_DATA_ACTORS_HPP
#define AFBRIEF_DATA_ACTORS_HPP

#include "../core/records.hpp"
#include "ids.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif

// ROW(key, name, kind, role, part_of), in key order.
// clang-format off
#define AFBRIEF_ACTOR_ROWS(ROW)                                                        \
  /* Paragraph 11: "the Taliban’s Mullah Abdul Ghani Baradar". */                     \
  ROW(abdul_ghani_baradar, "Mullah Abdul Ghani Baradar", actor_kind::person, "",       \
      actor_id::taliban)                                                               \
  /* Paragraphs 6 and 13. */                                                           \
  ROW(abdullah_abdullah, "Abdullah Abdullah", actor_kind::person,                      \
      "head of Afghanistan’s reconciliation council", actor_id::reconciliation_council) \
  /* Paragraphs 8, 9, 13, 14 ("the Republic" in the tweet of paragraph 5). */         \
  ROW(afghan_government, "Afghan government", actor_kind::government, "", {})          \
  /* Paragraphs 14 and 22. */                                                          \
  ROW(afp, "AFP", actor_kind::news_agency, "", {})                                     \
  /* Paragraph 17. */                                                                  \
  ROW(al_jazeera, "Al Jazeera", actor_kind::news_outlet, "", {})                       \
  /* Paragraph 13: Lyse Doucet's employer. */                                          \
  ROW(bbc, "BBC", actor_kind::news_outlet, "", {})                                     \
  /* Paragraph 22: the countries that "followed suit". */                             \
  ROW(canada, "Canada", actor_kind::state, "", {})                                     \
  ROW(china, "China", actor_kind::state, "", {})                                       \
  /* Paragraph 26 names the outlet; it published the article. */                      \
  ROW(doha_news, "Doha News", actor_kind::news_outlet, "", {})                         \
  /* Paragraph 10: "US and foreign troops". */                                        \
  ROW(foreign_forces, "foreign troops", actor_kind::armed_forces, "", {})              \
  /* Paragraph 22. */                                                                  \
  ROW(france, "France", actor_kind::state, "", {})                                     \
  /* Paragraphs 22 and 23. */                                                          \
  ROW(germany, "Germany", actor_kind::state, "", {})                                   \
  /* Paragraphs 2 and 3: "the insurgent’s supreme leader". */                         \
  ROW(hibatullah_akhundzada, "Hibatullah Akhundzada", actor_kind::person,              \
      "supreme leader", actor_id::taliban)                                             \
  /* Paragraph 22. */                                                                  \
  ROW(india, "India", actor_kind::state, "", {})                                       \
  /* Paragraph 23. */                                                                  \
  ROW(italy, "Italy", actor_kind::state, "", {})                                       \
  /* Paragraph 13: "BBC journalist Lyse Doucet". */                                   \
  ROW(lyse_doucet, "Lyse Doucet", actor_kind::person, "journalist", actor_id::bbc)     \
  /* Paragraph 14: "spokeswoman for the Afghan government, Najia Anwari". */          \
  ROW(najia_anwari, "Najia Anwari", actor_kind::person,                                \
      "spokeswoman for the Afghan government", actor_id::afghan_government)            \
  /* Paragraph 13: "Afghanistan’s reconciliation council". */                         \
  ROW(reconciliation_council, "Afghanistan’s reconciliation council",                  \
      actor_kind::council, "", {})                                                     \
  /* Paragraph 20: "The WHO’s regional emergencies director Rick Brennan". */         \
  ROW(rick_brennan, "Rick Brennan", actor_kind::person,                                \
      "regional emergencies director", actor_id::who)                                  \
  /* Throughout. */                                                                    \
  ROW(taliban, "Taliban", actor_kind::armed_group, "", {})                             \
  /* Paragraph 18: "The UN’s refugee agency" (not named further). */                  \
  ROW(un_refugee_agency, "UN refugee agency", actor_kind::un_body, "", {})             \
  /* Paragraph 17. */                                                                  \
  ROW(unama, "UN Assistance Mission in Afghanistan", actor_kind::un_body, "", {})      \
  /* Paragraph 25: "British troops". */                                               \
  ROW(united_kingdom, "United Kingdom", actor_kind::state, "", {})                     \
  /* Paragraphs 10 and 24: "US", "Washington". */                                     \
  ROW(united_states, "United States", actor_kind::state, "", {})                       \
  /* Paragraph 20. */                                                                  \
  ROW(who, "WHO", actor_kind::un_body, "", {})
// clang-format on

#define AFBRIEF_ACTOR_TEXTS(MAKE, key, name, kind, role, part_of) \
  MAKE(key##_key, #key)                                           \
  MAKE(key##_name, name)                                          \
  MAKE(key##_role, role)
#define AFBRIEF_ACTOR_TEXT_MEMBERS(...) AFBRIEF_ACTOR_TEXTS(AFBRIEF_TEXT_MEMBER, __VA_ARGS__)
#define AFBRIEF_ACTOR_TEXT_DEFINITION(name, literal) AFBRIEF_TEXT_DEFINITION(actor_texts, name)
#define AFBRIEF_ACTOR_TEXT_DEFINITIONS(...) \
  AFBRIEF_ACTOR_TEXTS(AFBRIEF_ACTOR_TEXT_DEFINITION, __VA_ARGS__)
#define AFBRIEF_ACTOR_RECORD(key, name, kind, role, part_of) \
  {actor_id::key, {at::key##_key}, {at::key##_name}, kind, {at::key##_role}, part_of},

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class actor_id : uint8_t { AFBRIEF_ACTOR_ROWS(AFBRIEF_ROW_KEY) };

namespace data {

using core::actor_kind;

template <class Unused = void>
struct actor_texts {
  AFBRIEF_ACTOR_ROWS(AFBRIEF_ACTOR_TEXT_MEMBERS)
};
AFBRIEF_ACTOR_ROWS(AFBRIEF_ACTOR_TEXT_DEFINITIONS)

template <class Unused = void>
struct actor_table {
  typedef actor_text_at at;  // offsets of the packed texts (text_pool.hpp)
  static constexpr actor rows[] AFBRIEF_FLASH = {AFBRIEF_ACTOR_ROWS(AFBRIEF_ACTOR_RECORD)};
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr actor actor_table<Unused>::rows[];
#endif

constexpr size_t actor_count = sizeof(actor_table<>::rows) / sizeof(actor);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_ACTORS_HPP

// afbrief data: the links in the article's chains of reporting.
//
// A figure's originator is the body or person who first put the number out;
// its relays are who passed it on, in order, ending with Doha News, which
// printed the article. A source is backed by an actor.
#ifndef AFBRIEF_DATA_SOURCES_HPP
#define AFBRIEF_DATA_SOURCES_HPP

#include "../core/records.hpp"
#include "actors.hpp"
#include "ids.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif

// ROW(key, name, actor, kind), in key order.
// clang-format off
#define AFBRIEF_SOURCE_ROWS(ROW)                                                        \
  /* Paragraph 14 ("Speaking to AFP") and paragraph 22 ("according to AFP"). */        \
  ROW(afp, "AFP", actor_id::afp, source_kind::news_agency)                              \
  /* Paragraph 17: "according to Al Jazeera". */                                       \
  ROW(al_jazeera, "Al Jazeera", actor_id::al_jazeera, source_kind::news_outlet)         \
  /* The publisher of the article (paragraph 26). */                                   \
  ROW(doha_news, "Doha News", actor_id::doha_news, source_kind::publisher)              \
  /* Paragraph 13: "In a tweet posted online, BBC journalist Lyse Doucet said". */     \
  ROW(lyse_doucet, "Lyse Doucet (BBC)", actor_id::lyse_doucet, source_kind::journalist) \
  /* Paragraph 20: "The WHO’s regional emergencies director Rick Brennan said". */     \
  ROW(rick_brennan, "WHO’s Rick Brennan", actor_id::rick_brennan, source_kind::official) \
  /* Paragraph 18: "The UN’s refugee agency also warned". */                           \
  ROW(un_refugee_agency, "UN refugee agency", actor_id::un_refugee_agency,              \
      source_kind::un_body)                                                             \
  /* Paragraph 17: "The UN Assistance Mission in Afghanistan [UNAMA] notes". */        \
  ROW(unama, "UNAMA", actor_id::unama, source_kind::un_body)
// clang-format on

#define AFBRIEF_SOURCE_TEXTS(MAKE, key, name, actor, kind) \
  MAKE(key##_key, #key)                                    \
  MAKE(key##_name, name)
#define AFBRIEF_SOURCE_TEXT_MEMBERS(...) AFBRIEF_SOURCE_TEXTS(AFBRIEF_TEXT_MEMBER, __VA_ARGS__)
#define AFBRIEF_SOURCE_TEXT_DEFINITION(name, literal) AFBRIEF_TEXT_DEFINITION(source_texts, name)
#define AFBRIEF_SOURCE_TEXT_DEFINITIONS(...) \
  AFBRIEF_SOURCE_TEXTS(AFBRIEF_SOURCE_TEXT_DEFINITION, __VA_ARGS__)
#define AFBRIEF_SOURCE_RECORD(key, name, actor, kind) \
  {source_id::key, {at::key##_key}, {at::key##_name}, actor, kind},

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class source_id : uint8_t { AFBRIEF_SOURCE_ROWS(AFBRIEF_ROW_KEY) };

namespace data {

using core::source_kind;

template <class Unused = void>
struct source_texts {
  AFBRIEF_SOURCE_ROWS(AFBRIEF_SOURCE_TEXT_MEMBERS)
};
AFBRIEF_SOURCE_ROWS(AFBRIEF_SOURCE_TEXT_DEFINITIONS)

template <class Unused = void>
struct source_table {
  typedef source_text_at at;  // offsets of the packed texts (text_pool.hpp)
  static constexpr source rows[] AFBRIEF_FLASH = {AFBRIEF_SOURCE_ROWS(AFBRIEF_SOURCE_RECORD)};
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr source source_table<Unused>::rows[];
#endif

constexpr size_t source_count = sizeof(source_table<>::rows) / sizeof(source);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_SOURCES_HPP

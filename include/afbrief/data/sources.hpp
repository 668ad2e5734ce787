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

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class source_id : uint8_t {
  afp,
  al_jazeera,
  doha_news,
  lyse_doucet,
  rick_brennan,
  un_refugee_agency,
  unama
};

namespace data {

using core::source_kind;

template <class Unused = void>
struct source_table {
  static constexpr source rows[] = {
      // Paragraph 14 ("Speaking to AFP") and paragraph 22 ("according to AFP").
      {source_id::afp, {"afp"}, {"AFP"}, actor_id::afp, source_kind::news_agency},
      // Paragraph 17: "according to Al Jazeera".
      {source_id::al_jazeera, {"al_jazeera"}, {"Al Jazeera"}, actor_id::al_jazeera,
       source_kind::news_outlet},
      // The publisher of the article (paragraph 26).
      {source_id::doha_news, {"doha_news"}, {"Doha News"}, actor_id::doha_news,
       source_kind::publisher},
      // Paragraph 13: "In a tweet posted online, BBC journalist Lyse Doucet said".
      {source_id::lyse_doucet, {"lyse_doucet"}, {"Lyse Doucet (BBC)"}, actor_id::lyse_doucet,
       source_kind::journalist},
      // Paragraph 20: "The WHO’s regional emergencies director Rick Brennan said".
      {source_id::rick_brennan, {"rick_brennan"}, {"WHO’s Rick Brennan"}, actor_id::rick_brennan,
       source_kind::official},
      // Paragraph 18: "The UN’s refugee agency also warned".
      {source_id::un_refugee_agency, {"un_refugee_agency"}, {"UN refugee agency"},
       actor_id::un_refugee_agency, source_kind::un_body},
      // Paragraph 17: "The UN Assistance Mission in Afghanistan [UNAMA] notes".
      {source_id::unama, {"unama"}, {"UNAMA"}, actor_id::unama, source_kind::un_body},
  };
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr source source_table<Unused>::rows[];
#endif

constexpr size_t source_count = sizeof(source_table<>::rows) / sizeof(source);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_SOURCES_HPP

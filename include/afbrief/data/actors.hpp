// afbrief data: everyone the article says acted, spoke or reported.
//
// Names and roles are the article's words. Where the article gives a person
// no role, the role is empty rather than filled in from elsewhere.
#ifndef AFBRIEF_DATA_ACTORS_HPP
#define AFBRIEF_DATA_ACTORS_HPP

#include "../core/records.hpp"
#include "ids.hpp"

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class actor_id : uint8_t {
  abdul_ghani_baradar,
  abdullah_abdullah,
  afghan_government,
  afp,
  al_jazeera,
  bbc,
  canada,
  china,
  doha_news,
  foreign_forces,
  france,
  germany,
  hibatullah_akhundzada,
  india,
  italy,
  lyse_doucet,
  najia_anwari,
  reconciliation_council,
  rick_brennan,
  taliban,
  un_refugee_agency,
  unama,
  united_kingdom,
  united_states,
  who
};

namespace data {

using core::actor_kind;

template <class Unused = void>
struct actor_table {
  static constexpr actor rows[] = {
      // Paragraph 11: "the Taliban’s Mullah Abdul Ghani Baradar".
      {actor_id::abdul_ghani_baradar, {"abdul_ghani_baradar"}, {"Mullah Abdul Ghani Baradar"},
       actor_kind::person, {}, actor_id::taliban},
      // Paragraphs 6 and 13.
      {actor_id::abdullah_abdullah, {"abdullah_abdullah"}, {"Abdullah Abdullah"}, actor_kind::person,
       {"head of Afghanistan’s reconciliation council"}, actor_id::reconciliation_council},
      // Paragraphs 8, 9, 13, 14 ("the Republic" in the tweet of paragraph 5).
      {actor_id::afghan_government, {"afghan_government"}, {"Afghan government"},
       actor_kind::government, {}, {}},
      // Paragraphs 14 and 22.
      {actor_id::afp, {"afp"}, {"AFP"}, actor_kind::news_agency, {}, {}},
      // Paragraph 17.
      {actor_id::al_jazeera, {"al_jazeera"}, {"Al Jazeera"}, actor_kind::news_outlet, {}, {}},
      // Paragraph 13: Lyse Doucet's employer.
      {actor_id::bbc, {"bbc"}, {"BBC"}, actor_kind::news_outlet, {}, {}},
      // Paragraph 22: the countries that "followed suit".
      {actor_id::canada, {"canada"}, {"Canada"}, actor_kind::state, {}, {}},
      {actor_id::china, {"china"}, {"China"}, actor_kind::state, {}, {}},
      // Paragraph 26 names the outlet; it published the article.
      {actor_id::doha_news, {"doha_news"}, {"Doha News"}, actor_kind::news_outlet, {}, {}},
      // Paragraph 10: "US and foreign troops".
      {actor_id::foreign_forces, {"foreign_forces"}, {"foreign troops"}, actor_kind::armed_forces, {},
       {}},
      // Paragraph 22.
      {actor_id::france, {"france"}, {"France"}, actor_kind::state, {}, {}},
      // Paragraphs 22 and 23.
      {actor_id::germany, {"germany"}, {"Germany"}, actor_kind::state, {}, {}},
      // Paragraphs 2 and 3: "the insurgent’s supreme leader".
      {actor_id::hibatullah_akhundzada, {"hibatullah_akhundzada"}, {"Hibatullah Akhundzada"},
       actor_kind::person, {"supreme leader"}, actor_id::taliban},
      // Paragraph 22.
      {actor_id::india, {"india"}, {"India"}, actor_kind::state, {}, {}},
      // Paragraph 23.
      {actor_id::italy, {"italy"}, {"Italy"}, actor_kind::state, {}, {}},
      // Paragraph 13: "BBC journalist Lyse Doucet".
      {actor_id::lyse_doucet, {"lyse_doucet"}, {"Lyse Doucet"}, actor_kind::person, {"journalist"},
       actor_id::bbc},
      // Paragraph 14: "spokeswoman for the Afghan government, Najia Anwari".
      {actor_id::najia_anwari, {"najia_anwari"}, {"Najia Anwari"}, actor_kind::person,
       {"spokeswoman for the Afghan government"}, actor_id::afghan_government},
      // Paragraph 13: "Afghanistan’s reconciliation council".
      {actor_id::reconciliation_council, {"reconciliation_council"},
       {"Afghanistan’s reconciliation council"}, actor_kind::council, {}, {}},
      // Paragraph 20: "The WHO’s regional emergencies director Rick Brennan".
      {actor_id::rick_brennan, {"rick_brennan"}, {"Rick Brennan"}, actor_kind::person,
       {"regional emergencies director"}, actor_id::who},
      // Throughout.
      {actor_id::taliban, {"taliban"}, {"Taliban"}, actor_kind::armed_group, {}, {}},
      // Paragraph 18: "The UN’s refugee agency" (the article does not name it further).
      {actor_id::un_refugee_agency, {"un_refugee_agency"}, {"UN refugee agency"},
       actor_kind::un_body, {}, {}},
      // Paragraph 17.
      {actor_id::unama, {"unama"}, {"UN Assistance Mission in Afghanistan"}, actor_kind::un_body, {},
       {}},
      // Paragraph 25: "British troops".
      {actor_id::united_kingdom, {"united_kingdom"}, {"United Kingdom"}, actor_kind::state, {}, {}},
      // Paragraphs 10 and 24: "US", "Washington".
      {actor_id::united_states, {"united_states"}, {"United States"}, actor_kind::state, {}, {}},
      // Paragraph 20.
      {actor_id::who, {"who"}, {"WHO"}, actor_kind::un_body, {}, {}},
  };
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr actor actor_table<Unused>::rows[];
#endif

constexpr size_t actor_count = sizeof(actor_table<>::rows) / sizeof(actor);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_ACTORS_HPP

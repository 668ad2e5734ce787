// afbrief data: every dated or datable happening in the article.
//
// Dates are resolved against the publication date, Sunday 2021-07-18 (see
// article.hpp). `phrase` is the article's own time phrase, verbatim; the
// summary is ours. Where the article names a weekday, named_weekday records it
// and data/checks.hpp proves the resolved date falls on it.
#ifndef AFBRIEF_DATA_EVENTS_HPP
#define AFBRIEF_DATA_EVENTS_HPP

#include "../core/records.hpp"
#include "actors.hpp"
#include "ids.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif
#include "places.hpp"
#include "sources.hpp"

// ROW(key, kind, when, dated_to, phrase, named_weekday, actors, place, summary,
//     via, paragraph), in key order.
// clang-format off
#define AFBRIEF_EVENT_ROWS(ROW)                                                          \
  /* Paragraph 2: the supreme leader "said on Sunday". Paragraph 3: the message was   \
     released "just days ahead of the Islamic Eid Al-Adha holiday and amid senior     \
     level meetings in Qatar"; paragraph 8: it came "just a day after" the Doha       \
     meeting of Saturday 2021-07-17. */                                                  \
  ROW(akhundzada_message_released, event_kind::message_released,                         \
      core::during(core::on_day(2021, 7, 18)), precision::day, "on Sunday",              \
      weekday::sunday, involving(actor_id::hibatullah_akhundzada, actor_id::taliban), {}, \
      "Taliban leader Hibatullah Akhundzada releases a message backing a political "     \
      "settlement", {}, 2)                                                               \
  /* Paragraph 8: "just a day after" the Sunday message, so Saturday 2021-07-17;      \
     paragraph 6 dates Abdullah's tweet July 17, 2021, saying the meetings continued  \
     in Doha. Paragraph 13 calls it "the first round of talks". */                     \
  ROW(doha_meeting, event_kind::meeting, core::during(core::on_day(2021, 7, 17)),        \
      precision::day, "just a day after", {},                                            \
      involving(actor_id::afghan_government, actor_id::taliban), place_id::doha,         \
      "An Afghan government delegation meets the Taliban in Doha", {}, 8)                \
  /* Paragraph 12: "set to continue on Sunday" (also paragraphs 14 and 15). */         \
  ROW(doha_talks_continue, event_kind::talks_scheduled,                                  \
      core::during(core::on_day(2021, 7, 18)), precision::day, "on Sunday",              \
      weekday::sunday, involving(actor_id::afghan_government, actor_id::taliban),        \
      place_id::doha, "The Doha dialogue is set to continue", {}, 12)                    \
  /* Paragraph 3: the message came "just days ahead of the Islamic Eid Al-Adha     \
     holiday". The article prints no date for it: it falls after the Sunday         \
     2021-07-18 message, so from 2021-07-19, and "days" gives no end. Upcoming when \
     the article was written; no actor. */                                            \
  ROW(eid_al_adha, event_kind::holiday,                                                  \
      core::between(core::on_day(2021, 7, 19), core::unknown_instant()), precision::after, \
      "just days ahead", {}, involving(), {},                                            \
      "The Islamic Eid Al-Adha holiday, a few days after the message", {}, 3)            \
  /* Paragraph 10: "US and foreign troops now withdrawing". */                         \
  ROW(foreign_troops_withdrawing, event_kind::withdrawal, still_going_on(),              \
      precision::ongoing, "now withdrawing", {},                                         \
      involving(actor_id::united_states, actor_id::foreign_forces),                      \
      place_id::afghanistan, "US and foreign troops withdraw from Afghanistan", {}, 10)  \
  /* Paragraph 22: "On Saturday" before the Sunday publication. */                     \
  ROW(france_evacuation, event_kind::evacuation, core::during(core::on_day(2021, 7, 17)), \
      precision::day, "On Saturday", weekday::saturday, involving(actor_id::france),     \
      place_id::kabul,                                                                   \
      "France evacuates citizens and Afghans working for its embassy in Kabul", {}, 22)  \
  /* Paragraph 23: "in late June" of 2021. "Late" is read as the month's last third, \
     days 21 to 30; the article gives no day. */                                        \
  ROW(germany_italy_withdrawal_announced, event_kind::withdrawal_announced,              \
      core::between(core::on_day(2021, 6, 21), core::on_day(2021, 6, 30)),               \
      precision::part_of_month, "in late June", {},                                      \
      involving(actor_id::germany, actor_id::italy), place_id::afghanistan,              \
      "Germany and Italy announce the complete withdrawal of their forces", {}, 23)      \
  /* Paragraph 9: "in September last year", last year being 2020. */                   \
  ROW(intra_afghan_talks_began, event_kind::talks_started,                               \
      core::during(core::in_month(2020, 9)), precision::month, "in September last year", \
      {}, involving(actor_id::afghan_government, actor_id::taliban), place_id::qatar,    \
      "Initial talks between the Afghan government and the Taliban begin in Qatar", {},  \
      9)                                                                                 \
  /* Paragraph 22: "have followed suit, according to AFP"; the article gives no date \
     and no place for these evacuations. */                                             \
  ROW(other_countries_evacuations, event_kind::evacuation, by_publication(),             \
      precision::before, "have followed suit", {},                                       \
      involving(actor_id::india, actor_id::china, actor_id::germany, actor_id::canada),  \
      {}, "India, China, Germany and Canada follow France in evacuating",                \
      source_id::afp, 22)                                                                \
  /* Paragraph 16: "has taken control of several key areas", forcing civilians to     \
     flee. */                                                                            \
  ROW(taliban_key_areas_taken, event_kind::territorial_gain, by_publication(),           \
      precision::before, "has taken control", {}, involving(actor_id::taliban),          \
      place_id::afghanistan,                                                             \
      "The Taliban take control of several key areas, forcing civilians to flee", {},    \
      16)                                                                                \
  /* Paragraph 1: "in recent weeks"; paragraph 8: "continues its sweeping            \
     offensives". Start not given; still going on. */                                   \
  ROW(taliban_offensives, event_kind::offensive, still_going_on(), precision::ongoing,   \
      "in recent weeks", {}, involving(actor_id::taliban), place_id::afghanistan,        \
      "The Taliban wage sweeping offensives across Afghanistan", {}, 1)                  \
  /* Paragraph 10: the Taliban "has capitalised on the moment to make major           \
     territorial gains" as foreign troops withdraw. */                                  \
  ROW(taliban_territorial_gains, event_kind::territorial_gain, by_publication(),         \
      precision::before, "capitalised on the moment", {}, involving(actor_id::taliban),  \
      place_id::afghanistan, "The Taliban make major territorial gains", {}, 10)         \
  /* Paragraph 24: "The US’ pullout remains ongoing". */                               \
  ROW(us_pullout_ongoing, event_kind::withdrawal, still_going_on(), precision::ongoing,  \
      "remains ongoing", {}, involving(actor_id::united_states), place_id::afghanistan,  \
      "The United States continues to pull its troops out", {}, 24)
// clang-format on

#define AFBRIEF_EVENT_TEXTS(MAKE, key, kind, when, dated_to, phrase, named_weekday, actors, \
                            place, summary, via, paragraph)                                 \
  MAKE(key##_key, #key)                                                                     \
  MAKE(key##_phrase, phrase)                                                                \
  MAKE(key##_summary, AFBRIEF_LONG_TEXT(summary))
#define AFBRIEF_EVENT_TEXT_MEMBERS(...) AFBRIEF_EVENT_TEXTS(AFBRIEF_TEXT_MEMBER, __VA_ARGS__)
#define AFBRIEF_EVENT_TEXT_DEFINITION(name, literal) AFBRIEF_TEXT_DEFINITION(event_texts, name)
#define AFBRIEF_EVENT_TEXT_DEFINITIONS(...) \
  AFBRIEF_EVENT_TEXTS(AFBRIEF_EVENT_TEXT_DEFINITION, __VA_ARGS__)
#define AFBRIEF_EVENT_RECORD(key, kind, when, dated_to, phrase, named_weekday, actors, place, \
                             summary, via, paragraph)                                         \
  {event_id::key, {at::key##_key}, kind,   when, dated_to, {at::key##_phrase},           \
   named_weekday, actors,            place,  {at::key##_summary}, via, paragraph},

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class event_id : uint8_t { AFBRIEF_EVENT_ROWS(AFBRIEF_ROW_KEY) };

namespace data {

template <class... Actors>
constexpr core::id_list<actor_id, 4> involving(Actors... a) noexcept {
  return core::make_id_list<actor_id, 4>(a...);
}

// Begun at a time the article does not give, and not over when it was written.
constexpr core::period still_going_on() noexcept {
  return core::between(core::unknown_instant(), core::open_instant());
}
// Happened at a time the article does not give, by the publication date.
constexpr core::period by_publication() noexcept {
  return core::between(core::unknown_instant(), core::on_day(2021, 7, 18));
}

using core::event_kind;
using core::precision;
using core::weekday;

template <class Unused = void>
struct event_texts {
  AFBRIEF_EVENT_ROWS(AFBRIEF_EVENT_TEXT_MEMBERS)
};
AFBRIEF_EVENT_ROWS(AFBRIEF_EVENT_TEXT_DEFINITIONS)

template <class Unused = void>
struct event_table {
  typedef event_text_at at;  // offsets of the packed texts (text_pool.hpp)
  static constexpr event rows[] AFBRIEF_FLASH = {AFBRIEF_EVENT_ROWS(AFBRIEF_EVENT_RECORD)};
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr event event_table<Unused>::rows[];
#endif

constexpr size_t event_count = sizeof(event_table<>::rows) / sizeof(event);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_EVENTS_HPP

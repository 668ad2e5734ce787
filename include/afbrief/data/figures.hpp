// afbrief data: every number the article reports.
//
// Each row: the key, the value and how the article hedges it, what is counted
// and of whom, the period it covers (with the article's words for it), a
// change figure's base period, the place, who first said it and who passed it
// on, the paragraph, and the words that carry the number, verbatim.
// Publication date 2021-07-18 (see article.hpp).
//
// The table is an X-macro list (ROW per record) so that the key, the enum and
// every text come from one line each: each text is an array of its own (what
// afbrief::ct reads) and a packed copy in text_pool.hpp (what afbrief::rt
// reads), generated from these rows by tools/pack_texts.py.
#ifndef AFBRIEF_DATA_FIGURES_HPP
#define AFBRIEF_DATA_FIGURES_HPP

#include "../core/records.hpp"
#include "ids.hpp"
#ifndef AFBRIEF_LISTING_TEXTS  // tools/pack_texts.py reads the rows without the pool
#include "text_pool.hpp"
#endif
#include "places.hpp"
#include "sources.hpp"

// ROW(key, amount, counts, subject, covers, period_phrase, base, base_phrase,
//     place, originator, via, paragraph, wording), in key order.
// clang-format off
#define AFBRIEF_FIGURE_ROWS(ROW)                                                     \
  /* Paragraph 25: "Around 100 British troops will also remain". Stated as of     \
     publication, open-ended. */                                                     \
  ROW(british_troops_remaining, core::around(100, unit::people),                     \
      measure::troops_remaining, "British troops",                                   \
      core::between(core::on_day(2021, 7, 18), core::open_instant()),                \
      "will also remain", {}, "", place_id::afghanistan, {},                         \
      relayed_by(source_id::doha_news), 25,                                          \
      "Around 100 British troops will also remain in Afghanistan")                   \
  /* Paragraph 20: no qualifier of its own ("including 3.1 million"); a subset    \
     of the 18.4 million, from the same official, as of "now". */                   \
  ROW(children_at_risk_of_acute_malnutrition, core::exactly(3100000, unit::people),  \
      measure::at_risk_of_acute_malnutrition, "children",                            \
      core::during(core::on_day(2021, 7, 18)), "now", {}, "", place_id::afghanistan, \
      source_id::rick_brennan, relayed_by(source_id::doha_news), 20,                 \
      "3.1 million children at risk of acute malnutrition")                          \
  /* Paragraph 17: "up to 7,792 children were killed and 18,662 injured". "up to" \
     stands before 7,792 only; 18,662 is printed bare, so it is recorded as       \
     worded (exact). UNAMA's count, via Al Jazeera. */                               \
  ROW(children_injured_past_decade, core::exactly(18662, unit::people),              \
      measure::injured, "children", past_decade(), "in the past decade alone", {},   \
      "", place_id::afghanistan, source_id::unama,                                   \
      relayed_by(source_id::al_jazeera, source_id::doha_news), 17, "18,662 injured") \
  /* Paragraph 17. */                                                                \
  ROW(children_killed_past_decade, core::up_to(7792, unit::people), measure::killed, \
      "children", past_decade(), "in the past decade alone", {}, "",                 \
      place_id::afghanistan, source_id::unama,                                       \
      relayed_by(source_id::al_jazeera, source_id::doha_news), 17,                   \
      "up to 7,792 children were killed")                                            \
  /* Paragraph 19: a 29% increase in Q1 2021 "compared with 2020". The article    \
     names the base as 2020, not Q1 2020, so the base is the year. It names no    \
     source for this figure. */                                                      \
  ROW(civilian_casualty_change_q1_2021, core::exactly(29, unit::percent),            \
      measure::casualty_change, "civilians", core::during(core::in_quarter(2021, 1)), \
      "the first quarter of this year", core::during(core::in_year(2020)),           \
      "compared with 2020", place_id::afghanistan, {},                               \
      relayed_by(source_id::doha_news), 19,                                          \
      "civilian casualties had increased by 29% during the first quarter of this "   \
      "year compared with 2020")                                                     \
  /* Paragraph 18: cumulative, so the start is unknown; it stands as of           \
     publication. */                                                                 \
  ROW(displaced_total, core::more_than(3500000, unit::people),                       \
      measure::displaced_total, "Afghans",                                           \
      core::between(core::unknown_instant(), core::on_day(2021, 7, 18)),             \
      "the total number", {}, "", place_id::afghanistan,                             \
      source_id::un_refugee_agency, relayed_by(source_id::doha_news), 18,            \
      "the total number of Afghans forced from their homes to more than 3.5 million") \
  /* Paragraph 22: "On Saturday" before the Sunday publication is 2021-07-17. The \
     article credits nobody for this sentence ("according to AFP" closes the next \
     one). */                                                                        \
  ROW(france_evacuated, core::around(100, unit::people), measure::evacuated,         \
      "citizens and Afghans working for the embassy",                                \
      core::during(core::on_day(2021, 7, 17)), "On Saturday", {}, "",                \
      place_id::kabul, {}, relayed_by(source_id::doha_news), 22,                     \
      "France evacuated around 100 citizens and Afghans working for the embassy in " \
      "Kabul")                                                                       \
  /* Paragraph 18: "since January" of the publication year. */                      \
  ROW(newly_displaced_since_january, core::estimated(270000, unit::people),          \
      measure::newly_displaced, "Afghans",                                           \
      core::between(core::in_month(2021, 1), core::on_day(2021, 7, 18)),             \
      "since January", {}, "", place_id::afghanistan, source_id::un_refugee_agency,  \
      relayed_by(source_id::doha_news), 18,                                          \
      "270,000 Afghans are estimated to have been newly internally displaced since " \
      "January")                                                                     \
  /* Paragraph 20: "now" is the publication date. */                                \
  ROW(people_in_need, core::up_to(18400000, unit::people), measure::in_need,         \
      "people", core::during(core::on_day(2021, 7, 18)), "now", {}, "",              \
      place_id::afghanistan, source_id::rick_brennan,                                \
      relayed_by(source_id::doha_news), 20,                                          \
      "up to 18.4 million people in Afghanistan now require humanitarian assistance") \
  /* Paragraph 24: "The US’ pullout remains ongoing, however 650 troops will       \
     remain": the subject "US troops" is read from that sentence. */                \
  ROW(us_troops_remaining, core::exactly(650, unit::people),                         \
      measure::troops_remaining, "US troops",                                        \
      core::between(core::on_day(2021, 7, 18), core::open_instant()), "will remain", \
      {}, "", place_id::afghanistan, {}, relayed_by(source_id::doha_news), 24,       \
      "650 troops will remain in the country")                                       \
  /* Paragraph 17: "more than 3,000 deaths recorded among women", the same decade \
     and the same chain as the children's figures. */                               \
  ROW(women_killed_past_decade, core::more_than(3000, unit::people),                 \
      measure::killed, "women", past_decade(), "in the past decade alone", {}, "",   \
      place_id::afghanistan, source_id::unama,                                       \
      relayed_by(source_id::al_jazeera, source_id::doha_news), 17,                   \
      "more than 3,000 deaths recorded among women")
// clang-format on

// The texts of one row, each through MAKE(name, literal).
#define AFBRIEF_FIGURE_TEXTS(MAKE, key, amount, counts, subject, covers, period_phrase,   \
                             base, base_phrase, place, originator, via, paragraph,        \
                             wording)                                                     \
  MAKE(key##_key, #key)                                                                   \
  MAKE(key##_subject, subject)                                                            \
  MAKE(key##_period_phrase, period_phrase)                                                \
  MAKE(key##_base_phrase, base_phrase)                                                    \
  MAKE(key##_wording, AFBRIEF_LONG_TEXT(wording))
#define AFBRIEF_FIGURE_TEXT_MEMBERS(...) AFBRIEF_FIGURE_TEXTS(AFBRIEF_TEXT_MEMBER, __VA_ARGS__)
#define AFBRIEF_FIGURE_TEXT_DEFINITION(name, literal) AFBRIEF_TEXT_DEFINITION(figure_texts, name)
#define AFBRIEF_FIGURE_TEXT_DEFINITIONS(...) \
  AFBRIEF_FIGURE_TEXTS(AFBRIEF_FIGURE_TEXT_DEFINITION, __VA_ARGS__)
#define AFBRIEF_FIGURE_RECORD(key, amount, counts, subject, covers, period_phrase, base,   \
                              base_phrase, place, originator, via, paragraph, wording)     \
  {figure_id::key,        {at::key##_key},  amount, counts, {at::key##_subject}, covers, \
   {at::key##_period_phrase}, base,  {at::key##_base_phrase}, place, originator,        \
   via,                   paragraph,          {at::key##_wording}},

namespace afbrief {

// Sorted by key; the enumerator is the record's position.
enum class figure_id : uint8_t { AFBRIEF_FIGURE_ROWS(AFBRIEF_ROW_KEY) };

namespace data {

template <class... Sources>
constexpr core::id_list<source_id, 3> relayed_by(Sources... s) noexcept {
  return core::make_id_list<source_id, 3>(s...);
}

// "the past decade", counted back from the publication year: 2011 (approximate,
// the article gives no start) to the publication date.
constexpr core::period past_decade() noexcept {
  return core::between(core::approximately(core::in_year(2011)), core::on_day(2021, 7, 18));
}

using core::measure;
using core::unit;

template <class Unused = void>
struct figure_texts {
  AFBRIEF_FIGURE_ROWS(AFBRIEF_FIGURE_TEXT_MEMBERS)
};
AFBRIEF_FIGURE_ROWS(AFBRIEF_FIGURE_TEXT_DEFINITIONS)

template <class Unused = void>
struct figure_table {
  typedef figure_text_at at;  // offsets of the packed texts (text_pool.hpp)
  static constexpr figure rows[] AFBRIEF_FLASH = {AFBRIEF_FIGURE_ROWS(AFBRIEF_FIGURE_RECORD)};
};

#if !AFBRIEF_HAS_INLINE_VARIABLES
template <class Unused>
constexpr figure figure_table<Unused>::rows[];
#endif

constexpr size_t figure_count = sizeof(figure_table<>::rows) / sizeof(figure);

}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_FIGURES_HPP

// afbrief: the closed vocabularies records are tagged with, and their names.
//
// These are generic to conflict and humanitarian fact sheets (compare HXL's
// #affected+killed, #inneed, #affected+idps; UCDP's date precision), not to
// one article. The names are the stable spellings used in exports.
#ifndef AFBRIEF_CORE_VOCABULARY_HPP
#define AFBRIEF_CORE_VOCABULARY_HPP

#include "../config.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

// What a figure counts.
enum class measure : uint8_t {
  killed,
  injured,
  newly_displaced,      // displaced within the period
  displaced_total,      // everyone displaced so far
  in_need,              // requiring humanitarian assistance
  at_risk_of_acute_malnutrition,
  casualty_change,      // change in casualties against a base period
  evacuated,
  troops_remaining
};

constexpr text_ref measure_name(measure m) noexcept {
  return m == measure::killed                          ? text_ref("killed")
         : m == measure::injured                       ? text_ref("injured")
         : m == measure::newly_displaced               ? text_ref("newly_displaced")
         : m == measure::displaced_total               ? text_ref("displaced_total")
         : m == measure::in_need                       ? text_ref("in_need")
         : m == measure::at_risk_of_acute_malnutrition ? text_ref("at_risk_of_acute_malnutrition")
         : m == measure::casualty_change               ? text_ref("casualty_change")
         : m == measure::evacuated                     ? text_ref("evacuated")
                                                       : text_ref("troops_remaining");
}

// English words for a measure, used when a figure is written out: after the
// subject for head counts ("children killed"), before it for percentages
// ("29% change in casualties among civilians").
constexpr text_ref measure_words(measure m) noexcept {
  return m == measure::killed                          ? text_ref("killed")
         : m == measure::injured                       ? text_ref("injured")
         : m == measure::newly_displaced               ? text_ref("newly internally displaced")
         : m == measure::displaced_total               ? text_ref("displaced in total")
         : m == measure::in_need                       ? text_ref("in need of humanitarian assistance")
         : m == measure::at_risk_of_acute_malnutrition ? text_ref("at risk of acute malnutrition")
         : m == measure::casualty_change               ? text_ref("change in casualties among")
         : m == measure::evacuated                     ? text_ref("evacuated")
                                                       : text_ref("remaining");
}

// How precisely the article dates an event (compare UCDP's date_prec and
// ACLED's time_precision). `before` is a happening known only to have taken
// place by some date; `ongoing` has not ended when the article is written.
enum class precision : uint8_t { day, week, part_of_month, month, quarter, year, before, ongoing };

constexpr text_ref precision_name(precision p) noexcept {
  return p == precision::day             ? text_ref("day")
         : p == precision::week          ? text_ref("week")
         : p == precision::part_of_month ? text_ref("part_of_month")
         : p == precision::month         ? text_ref("month")
         : p == precision::quarter       ? text_ref("quarter")
         : p == precision::year          ? text_ref("year")
         : p == precision::before        ? text_ref("before")
                                         : text_ref("ongoing");
}

enum class event_kind : uint8_t {
  meeting,
  message_released,
  talks_started,
  talks_scheduled,
  offensive,
  territorial_gain,
  evacuation,
  withdrawal_announced,
  withdrawal
};

constexpr text_ref event_kind_name(event_kind k) noexcept {
  return k == event_kind::meeting                ? text_ref("meeting")
         : k == event_kind::message_released     ? text_ref("message_released")
         : k == event_kind::talks_started        ? text_ref("talks_started")
         : k == event_kind::talks_scheduled      ? text_ref("talks_scheduled")
         : k == event_kind::offensive            ? text_ref("offensive")
         : k == event_kind::territorial_gain     ? text_ref("territorial_gain")
         : k == event_kind::evacuation           ? text_ref("evacuation")
         : k == event_kind::withdrawal_announced ? text_ref("withdrawal_announced")
                                                 : text_ref("withdrawal");
}

// How a quotation reached the public.
enum class channel : uint8_t {
  message,                  // a written message released by the speaker
  tweet,                    // the speaker's own post
  opening_remarks,          // remarks opening a meeting
  remarks_to_news_agency,   // spoken to a news agency
  reported_by_journalist    // a description passed on by a journalist's post
};

constexpr text_ref channel_name(channel c) noexcept {
  return c == channel::message                  ? text_ref("message")
         : c == channel::tweet                  ? text_ref("tweet")
         : c == channel::opening_remarks        ? text_ref("opening_remarks")
         : c == channel::remarks_to_news_agency ? text_ref("remarks_to_news_agency")
                                                : text_ref("reported_by_journalist");
}

enum class actor_kind : uint8_t {
  person,
  armed_group,
  government,
  state,         // a country acting as such ("France evacuated...")
  armed_forces,
  un_body,
  news_outlet,
  news_agency,
  council
};

constexpr text_ref actor_kind_name(actor_kind k) noexcept {
  return k == actor_kind::person         ? text_ref("person")
         : k == actor_kind::armed_group  ? text_ref("armed_group")
         : k == actor_kind::government   ? text_ref("government")
         : k == actor_kind::state        ? text_ref("state")
         : k == actor_kind::armed_forces ? text_ref("armed_forces")
         : k == actor_kind::un_body      ? text_ref("un_body")
         : k == actor_kind::news_outlet  ? text_ref("news_outlet")
         : k == actor_kind::news_agency  ? text_ref("news_agency")
                                         : text_ref("council");
}

// What kind of link in a chain of reporting a source is.
enum class source_kind : uint8_t {
  un_body,       // a UN mission or agency putting out its own figures
  official,      // a named official speaking for an organisation
  news_outlet,   // a newspaper or broadcaster passing a figure on
  news_agency,   // a wire agency
  journalist,    // a reporter's own post
  publisher      // the outlet that printed the article itself
};

constexpr text_ref source_kind_name(source_kind k) noexcept {
  return k == source_kind::un_body       ? text_ref("un_body")
         : k == source_kind::official    ? text_ref("official")
         : k == source_kind::news_outlet ? text_ref("news_outlet")
         : k == source_kind::news_agency ? text_ref("news_agency")
         : k == source_kind::journalist  ? text_ref("journalist")
                                         : text_ref("publisher");
}

enum class place_kind : uint8_t { country, city };

constexpr text_ref place_kind_name(place_kind k) noexcept {
  return k == place_kind::country ? text_ref("country") : text_ref("city");
}

// What a paragraph of the source text is. Only reporting paragraphs (body and
// embedded posts) are cited by figures, events and statements.
enum class paragraph_role : uint8_t { body, embedded_post, embedded_post_byline, related_link, footer };

constexpr text_ref paragraph_role_name(paragraph_role r) noexcept {
  return r == paragraph_role::body                   ? text_ref("body")
         : r == paragraph_role::embedded_post        ? text_ref("embedded_post")
         : r == paragraph_role::embedded_post_byline ? text_ref("embedded_post_byline")
         : r == paragraph_role::related_link         ? text_ref("related_link")
                                                     : text_ref("footer");
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_VOCABULARY_HPP

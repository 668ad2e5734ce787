// afbrief: the closed vocabularies records are tagged with, and their names.
//
// These are generic to conflict and humanitarian fact sheets (compare HXL's
// #affected+killed, #inneed, #affected+idps; UCDP's date precision), not to
// one article. The names are the enumerators' own spellings, used in exports;
// they and the English phrases live in flash on flash targets (names.hpp).
#ifndef AFBRIEF_CORE_VOCABULARY_HPP
#define AFBRIEF_CORE_VOCABULARY_HPP

#include "../config.hpp"
#include "names.hpp"
#include "text.hpp"

namespace afbrief {
namespace core {

// What a figure counts. newly_displaced: displaced within the period;
// displaced_total: everyone displaced so far; in_need: requiring humanitarian
// assistance; casualty_change: change in casualties against a base period.
#define AFBRIEF_MEASURES(X, arg)          \
  X(arg, killed)                          \
  X(arg, injured)                         \
  X(arg, newly_displaced)                 \
  X(arg, displaced_total)                 \
  X(arg, in_need)                         \
  X(arg, at_risk_of_acute_malnutrition)   \
  X(arg, casualty_change)                 \
  X(arg, evacuated)                       \
  X(arg, troops_remaining)
AFBRIEF_VOCABULARY(measure, AFBRIEF_MEASURES)

// English words for a measure, used when a figure is written out: after the
// subject for head counts ("children killed"), before it for percentages
// ("29% change in casualties among civilians").
#define AFBRIEF_MEASURE_WORDS(X, arg)                                   \
  X(arg, killed, "killed")                                              \
  X(arg, injured, "injured")                                            \
  X(arg, newly_displaced, "newly internally displaced")                 \
  X(arg, displaced_total, "forced from their homes")                         \
  X(arg, in_need, "in need of humanitarian assistance")                 \
  X(arg, at_risk_of_acute_malnutrition, "at risk of acute malnutrition") \
  X(arg, casualty_change, "change in casualties among")                 \
  X(arg, evacuated, "evacuated")                                        \
  X(arg, troops_remaining, "remaining")
AFBRIEF_PHRASES(measure_words, measure, AFBRIEF_MEASURE_WORDS)

// How precisely the article dates an event (compare UCDP's date_prec and
// ACLED's time_precision). `days`: one of two to six known days (UCDP's date
// precision 2); `part_of_month`: between two known days of one month, more
// than six apart; `before`: known only to have happened by some date;
// `after`: known only to fall after some date (an upcoming happening);
// `ongoing`: not over when the article was written. (There is no `week`: no
// grain of a period says one.)
#define AFBRIEF_PRECISIONS(X, arg) \
  X(arg, day)                      \
  X(arg, days)                     \
  X(arg, part_of_month)            \
  X(arg, month)                    \
  X(arg, quarter)                  \
  X(arg, year)                     \
  X(arg, before)                   \
  X(arg, after)                    \
  X(arg, ongoing)
AFBRIEF_VOCABULARY(precision, AFBRIEF_PRECISIONS)

// conflict: an armed conflict between parties, as a whole ("decades of
// conflict"); offensive: a campaign of attacks within it.
#define AFBRIEF_EVENT_KINDS(X, arg) \
  X(arg, conflict)                  \
  X(arg, meeting)                   \
  X(arg, message_released)          \
  X(arg, talks_started)             \
  X(arg, talks_scheduled)           \
  X(arg, offensive)                 \
  X(arg, territorial_gain)          \
  X(arg, evacuation)                \
  X(arg, withdrawal_announced)      \
  X(arg, withdrawal)                \
  X(arg, holiday)
AFBRIEF_VOCABULARY(event_kind, AFBRIEF_EVENT_KINDS)

// How a statement reached the public: a written message released by the
// speaker, the speaker's own post, remarks opening a meeting, words spoken to
// a news agency, or a description passed on by a journalist's post. A record
// leaves it out where the source does not say.
#define AFBRIEF_CHANNELS(X, arg)  \
  X(arg, message)                 \
  X(arg, tweet)                   \
  X(arg, opening_remarks)         \
  X(arg, remarks_to_news_agency)  \
  X(arg, reported_by_journalist)
AFBRIEF_VOCABULARY(channel, AFBRIEF_CHANNELS)

// `state` is a country acting as such ("France evacuated...").
#define AFBRIEF_ACTOR_KINDS(X, arg) \
  X(arg, person)                    \
  X(arg, armed_group)               \
  X(arg, government)                \
  X(arg, state)                     \
  X(arg, armed_forces)              \
  X(arg, un_body)                   \
  X(arg, news_outlet)               \
  X(arg, news_agency)               \
  X(arg, council)
AFBRIEF_VOCABULARY(actor_kind, AFBRIEF_ACTOR_KINDS)

// What kind of link in a chain of reporting a source is: a UN body putting out
// its own figures, a named official, an outlet or wire agency passing a figure
// on, a reporter's own post, or the outlet that printed the article.
#define AFBRIEF_SOURCE_KINDS(X, arg) \
  X(arg, un_body)                    \
  X(arg, official)                   \
  X(arg, news_outlet)                \
  X(arg, news_agency)                \
  X(arg, journalist)                 \
  X(arg, publisher)
AFBRIEF_VOCABULARY(source_kind, AFBRIEF_SOURCE_KINDS)

#define AFBRIEF_PLACE_KINDS(X, arg) \
  X(arg, country)                   \
  X(arg, city)
AFBRIEF_VOCABULARY(place_kind, AFBRIEF_PLACE_KINDS)

// What a paragraph of the source text is. Only reporting paragraphs (body and
// embedded posts) are cited by figures, events and statements.
#define AFBRIEF_PARAGRAPH_ROLES(X, arg) \
  X(arg, body)                          \
  X(arg, embedded_post)                 \
  X(arg, embedded_post_byline)          \
  X(arg, related_link)                  \
  X(arg, footer)
AFBRIEF_VOCABULARY(paragraph_role, AFBRIEF_PARAGRAPH_ROLES)

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_VOCABULARY_HPP

// afbrief: the record shapes of a fact sheet.
//
// Records are plain aggregates, so a table of them is a constant array with no
// constructor to run. They are templates over an `Ids` bundle that names the
// typed id of each table (enum classes), so the same shapes serve any article:
//   struct Ids { typedef F figure; typedef E event; typedef S statement;
//                typedef A actor; typedef R source; typedef P place; };
// Every record carries its own id (checked to equal its position), a unique
// snake_case key (the table is sorted by it) and the paragraph it cites.
#ifndef AFBRIEF_CORE_RECORDS_HPP
#define AFBRIEF_CORE_RECORDS_HPP

#include "../config.hpp"
#include "date.hpp"
#include "maybe.hpp"
#include "period.hpp"
#include "quantity.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

namespace afbrief {
namespace core {

// A number the article reports.
template <class Ids>
struct figure_record {
  typename Ids::figure id;
  text_ref key;
  quantity amount;
  measure counts;                       // what is counted
  text_ref subject;                     // of whom: "children", "Afghans"
  period covers;                        // the period the figure covers
  text_ref period_phrase;               // the article's words for it
  maybe<period> base;                   // a change figure's comparison period
  text_ref base_phrase;
  maybe<typename Ids::place> place;
  maybe<typename Ids::source> originator;  // who first said it; empty when unstated
  id_list<typename Ids::source, 3> via;    // relays after it, in order, ending with the publisher
  uint8_t paragraph;
  text_ref wording;                     // the words that carry the number, verbatim
};

// A dated or datable happening.
template <class Ids>
struct event_record {
  typename Ids::event id;
  text_ref key;
  event_kind kind;
  period when;
  precision dated_to;
  text_ref phrase;                      // the article's own time phrase, verbatim
  maybe<weekday> named_weekday;         // when the phrase names one, for checking
  id_list<typename Ids::actor, 4> actors;
  maybe<typename Ids::place> place;
  text_ref summary;                     // our words, not the article's
  maybe<typename Ids::source> via;      // who the article credits, when it does
  uint8_t paragraph;
};

// A quotation, verbatim.
template <class Ids>
struct statement_record {
  typename Ids::statement id;
  text_ref key;
  typename Ids::actor speaker;
  text_ref role;                        // the speaker's role as the article gives it
  maybe<typename Ids::actor> organisation;
  civil_date said_on;
  bool date_derived;                    // true when the date is worked out, not printed
  maybe<weekday> named_weekday;
  channel said_through;
  text_ref quote;                       // UTF-8, exactly as printed, without the outer quotes
  maybe<typename Ids::source> via;      // who passed it on, when the article says
  uint8_t paragraph;
};

template <class Ids>
struct actor_record {
  typename Ids::actor id;
  text_ref key;
  text_ref name;
  actor_kind kind;
  text_ref role;                        // empty when the article gives none
  maybe<typename Ids::actor> part_of;
};

// A link in a chain of reporting, backed by an actor.
template <class Ids>
struct source_record {
  typename Ids::source id;
  text_ref key;
  text_ref name;                        // short credit line: "UNAMA", "WHO's Rick Brennan"
  typename Ids::actor actor;
  source_kind kind;
};

template <class Ids>
struct place_record {
  typename Ids::place id;
  text_ref key;
  text_ref name;
  place_kind kind;
  maybe<typename Ids::place> within;
};

struct paragraph_record {
  uint8_t number;
  paragraph_role role;
};

struct article_record {
  text_ref outlet;
  text_ref subject;
  civil_date published;
  bool published_derived;               // the article prints no date line
  uint8_t paragraph_count;
};

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_RECORDS_HPP

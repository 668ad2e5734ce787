// afbrief: the record shapes of a fact sheet.
//
// Records are plain aggregates, so a table of them is a constant array with no
// constructor to run. They are templates over an `Ids` bundle that names the
// typed id of each table (enum classes), so the same shapes serve any fact
// sheet:
//   struct Ids { typedef F figure; typedef E event; typedef S statement;
//                typedef A actor; typedef R source; typedef P place; };
// Every record carries its own id (checked to equal its position), a unique
// snake_case key (the table is sorted by it) and the paragraph it cites.
// Texts are packed_text offsets into the fact sheet's text pool
// (core/packed_text.hpp): read them through a query face, never directly.
// tools/generate.py writes the tables from a fact sheet's data file.
#ifndef AFBRIEF_CORE_RECORDS_HPP
#define AFBRIEF_CORE_RECORDS_HPP

#include "../config.hpp"
#include "date.hpp"
#include "field_set.hpp"
#include "maybe.hpp"
#include "names.hpp"
#include "packed_text.hpp"
#include "period.hpp"
#include "quantity.hpp"
#include "text.hpp"
#include "vocabulary.hpp"

namespace afbrief {
namespace core {

// The fields of each shape, in declaration order, for a record's `derived`
// set: the fields whose values the source does not print but that were worked
// out from it (a date resolved from "On Saturday", a place read from context).
// Vocabularies, so each field has its name (figure_field_name) and the
// generator reads these lists, not a copy of them.
#define AFBRIEF_FIGURE_FIELDS(X, arg)                                                  \
  X(arg, key) X(arg, amount) X(arg, counts) X(arg, subject) X(arg, covers)              \
  X(arg, period_phrase) X(arg, base) X(arg, base_phrase) X(arg, place) X(arg, originator) \
  X(arg, via) X(arg, paragraph) X(arg, wording)
AFBRIEF_VOCABULARY(figure_field, AFBRIEF_FIGURE_FIELDS)
#define AFBRIEF_EVENT_FIELDS(X, arg)                                                      \
  X(arg, key) X(arg, kind) X(arg, when) X(arg, dated_to) X(arg, phrase) X(arg, named_weekday) \
  X(arg, actors) X(arg, place) X(arg, summary) X(arg, via) X(arg, paragraph)
AFBRIEF_VOCABULARY(event_field, AFBRIEF_EVENT_FIELDS)
#define AFBRIEF_STATEMENT_FIELDS(X, arg)                                                  \
  X(arg, key) X(arg, speaker) X(arg, role) X(arg, organisation) X(arg, said)              \
  X(arg, named_weekday) X(arg, said_through) X(arg, quote) X(arg, indirect) X(arg, repeats) \
  X(arg, via) X(arg, paragraph)
AFBRIEF_VOCABULARY(statement_field, AFBRIEF_STATEMENT_FIELDS)
#define AFBRIEF_ARTICLE_FIELDS(X, arg) \
  X(arg, outlet) X(arg, subject) X(arg, published) X(arg, paragraph_count)
AFBRIEF_VOCABULARY(article_field, AFBRIEF_ARTICLE_FIELDS)
static_assert(figure_field_count <= 16 && event_field_count <= 16 &&
                  statement_field_count <= 16 && article_field_count <= 16,
              "a field_set holds at most 16 fields");

// A number the article reports.
template <class Ids>
struct figure_record {
  typename Ids::figure id;
  packed_text key;
  quantity amount;
  measure counts;                          // what is counted
  packed_text subject;                     // of whom: "children", "residents"
  period covers;                           // the period the figure covers
  packed_text period_phrase;               // the article's words for it; empty when none
  maybe<period> base;                      // a change figure's comparison period
  packed_text base_phrase;
  maybe<typename Ids::place> place;
  maybe<typename Ids::source> originator;  // who first said it; empty when unstated
  id_list<typename Ids::source, 3> via;    // relays after it, in order, ending with the publisher
  uint8_t paragraph;
  packed_text wording;                     // the words that carry the number, verbatim
  field_set<figure_field> derived;
};

// A dated or datable happening.
template <class Ids>
struct event_record {
  typename Ids::event id;
  packed_text key;
  event_kind kind;
  period when;
  precision dated_to;
  packed_text phrase;                      // the article's own time phrase, verbatim
  maybe<weekday> named_weekday;            // when the phrase names one, for checking
  id_list<typename Ids::actor, 4> actors;
  maybe<typename Ids::place> place;
  packed_text summary;                     // our words, not the article's
  maybe<typename Ids::source> via;         // who the article credits, when it does
  uint8_t paragraph;
  field_set<event_field> derived;
};

// A quotation, or reported speech (indirect), in the words printed.
template <class Ids>
struct statement_record {
  typename Ids::statement id;
  packed_text key;
  typename Ids::actor speaker;
  packed_text role;                        // the speaker's role as the article gives it
  maybe<typename Ids::actor> organisation;
  period said;                             // a day, or one day of a set when not given
  maybe<weekday> named_weekday;
  maybe<channel> said_through;             // empty when the article does not say
  packed_text quote;                       // UTF-8, exactly as printed, without the outer quotes
  bool indirect;                           // reported speech: no quotation marks in the article
  maybe<typename Ids::statement> repeats;  // the earlier statement whose words these repeat
  maybe<typename Ids::source> via;         // who passed it on, when the article says
  uint8_t paragraph;
  field_set<statement_field> derived;
};

template <class Ids>
struct actor_record {
  typename Ids::actor id;
  packed_text key;
  packed_text name;
  actor_kind kind;
  packed_text role;                        // empty when the article gives none
  maybe<typename Ids::actor> part_of;
};

// A link in a chain of reporting, backed by an actor.
template <class Ids>
struct source_record {
  typename Ids::source id;
  packed_text key;
  packed_text name;                        // short credit line: an agency, "X's spokesman"
  typename Ids::actor actor;
  source_kind kind;
};

template <class Ids>
struct place_record {
  typename Ids::place id;
  packed_text key;
  packed_text name;
  place_kind kind;
  maybe<typename Ids::place> within;
};

struct paragraph_record {
  uint8_t number;
  paragraph_role role;
};

struct article_record {
  packed_text outlet;
  packed_text subject;
  civil_date published;
  uint8_t paragraph_count;
  field_set<article_field> derived;        // published: the article prints no date line
};

// The single day a period names, when it names exactly one (a statement said
// "on Sunday"); not found for a longer or imprecise period.
constexpr maybe<civil_date> single_day(period p) noexcept {
  return p.form == period_form::interval && p.begin.precision == grain::day &&
                 same_instant(p.begin, p.end) && !p.begin.approximate
             ? maybe<civil_date>(p.begin.first_day)
             : maybe<civil_date>();
}

}  // namespace core
}  // namespace afbrief

#endif  // AFBRIEF_CORE_RECORDS_HPP

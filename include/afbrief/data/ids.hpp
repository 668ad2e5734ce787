// afbrief data: the typed ids of the article's tables, and its record types.
//
// Each id is an enum class whose enumerators are the table's keys in sorted
// order; each table file defines its own enum in full. They are declared here
// first (C++11 opaque enum declarations) because records of one table refer to
// ids of another: an event names actors and a place.
//
// The tables are X-macro lists, one ROW per record: the enumerator, the key
// (the stringised enumerator) and each text (a named array, in flash on AVR)
// all come from that one row. The record macros write each text reference in
// braces, {text::name}: avr-gcc 5 (Debian's AVR compiler) decays an array to
// a pointer before converting it to text_ref when copy-initialising an
// aggregate member, and then fails; brace initialisation picks text_ref's
// array constructor.
#ifndef AFBRIEF_DATA_IDS_HPP
#define AFBRIEF_DATA_IDS_HPP

#include "../core/records.hpp"

namespace afbrief {

enum class figure_id : uint8_t;
enum class event_id : uint8_t;
enum class statement_id : uint8_t;
enum class actor_id : uint8_t;
enum class source_id : uint8_t;
enum class place_id : uint8_t;

struct article_ids {
  typedef figure_id figure;
  typedef event_id event;
  typedef statement_id statement;
  typedef actor_id actor;
  typedef source_id source;
  typedef place_id place;
};

typedef core::figure_record<article_ids> figure;
typedef core::event_record<article_ids> event;
typedef core::statement_record<article_ids> statement;
typedef core::actor_record<article_ids> actor;
typedef core::source_record<article_ids> source;
typedef core::place_record<article_ids> place;
typedef core::paragraph_record paragraph;
typedef core::article_record article;

}  // namespace afbrief

#endif  // AFBRIEF_DATA_IDS_HPP

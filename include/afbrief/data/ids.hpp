// afbrief data: the typed ids of the article's tables, and its record types.
//
// Each id is an enum class whose enumerators are the table's keys in sorted
// order; each table file defines its own enum in full. They are declared here
// first (C++11 opaque enum declarations) because records of one table refer to
// ids of another: an event names actors and a place.
//
// The tables are X-macro lists, one ROW per record: the enumerator, the key
// (the stringised enumerator) and each text all come from that one row. Each
// text is a named array (data/*_texts, what afbrief::ct reads at compile
// time) and a packed copy in data/text_pool.hpp, generated from the same rows
// by tools/pack_texts.py (what afbrief::rt reads); a record holds the packed
// text's offset, {at::name}. data/texts.hpp proves the two agree.
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

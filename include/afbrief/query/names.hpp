// afbrief: the core's names a user needs, in afbrief:: itself.
//
// The core (afbrief::core) is generic; these are the parts of it that every
// user of the lookups meets, so that code using afbrief never has to write
// core::. What is not listed here is an internal of the core.
#ifndef AFBRIEF_QUERY_NAMES_HPP
#define AFBRIEF_QUERY_NAMES_HPP

#include "../config.hpp"
#include "../core/annotations.hpp"
#include "../core/date.hpp"
#include "../core/field_set.hpp"
#include "../core/maybe.hpp"
#include "../core/packed_text.hpp"
#include "../core/period.hpp"
#include "../core/quantity.hpp"
#include "../core/records.hpp"
#include "../core/text.hpp"
#include "../core/vocabulary.hpp"
#include "../core/writer.hpp"

namespace afbrief {

// Results and texts.
using core::maybe;
using core::result;
using core::id_list;
using core::text_ref;
using core::library_text;
using core::text_from_c_string;
using core::packed_text;

// Dates, ranges and periods (EDTF).
using core::civil_date;
using core::weekday;
using core::weekday_of;
using core::weekday_name;
using core::is_leap_year;
using core::days_in_month;
using core::is_valid;
using core::days_from_civil;
using core::civil_from_days;
using core::add_days;
using core::days_between;
using core::parse_date;
using core::date_error;
using core::date_result;
using core::describe;
using core::date_range;
using core::range_error;
using core::range_result;
using core::make_range;
using core::match;
using core::matches;
using core::grain;
using core::instant;
using core::period;
using core::period_form;
using core::period_form_name;
using core::has_date;
using core::same_instant;
using core::last_day;
using core::earliest_day_number;
using core::latest_day_number;
using core::single_day;
using core::format_date;
using core::format_edtf;

// Writing into your buffer (rt::put_figure and rt::put_event take a writer;
// writer::put writes a text of yours, in ordinary memory, in either charset).
// A library text (a vocabulary word, a note) is read with rt::render, which
// reads it where it lives: in flash on AVR.
using core::charset;
using core::format_result;
using core::writer;

// How sure a figure is, and the vocabularies records are tagged with.
using core::quantity;
using core::bound;
using core::bound_kind;
using core::bound_kind_name;
using core::qualifier;
using core::qualifier_name;
using core::qualifier_words;
using core::unit;
using core::unit_name;
using core::measure;
using core::measure_name;
using core::measure_count;
using core::measure_words;
using core::precision;
using core::precision_name;
using core::event_kind;
using core::event_kind_name;
using core::channel;
using core::channel_name;
using core::actor_kind;
using core::actor_kind_name;
using core::source_kind;
using core::source_kind_name;
using core::place_kind;
using core::place_kind_name;
using core::paragraph_role;
using core::paragraph_role_name;

// What was derived, and where each verbatim text stands.
using core::field_set;
using core::figure_field;
using core::figure_field_name;
using core::figure_field_count;
using core::event_field;
using core::event_field_name;
using core::event_field_count;
using core::statement_field;
using core::statement_field_name;
using core::statement_field_count;
using core::article_field;
using core::article_field_name;
using core::article_field_count;
using core::locator;
using core::has_locator;
using core::note_annotation;
using core::figure_annotation;
using core::event_annotation;
using core::statement_annotation;

}  // namespace afbrief

#endif  // AFBRIEF_QUERY_NAMES_HPP

// afbrief tool: `show KEY`, every field of one record as "label: value" lines,
// values wrapped under a fixed label column, then the same key in other tables.
// The record itself was found by lookup.hpp while the arguments were read.
#ifndef AFBRIEF_TOOLS_CLI_SHOW_HPP
#define AFBRIEF_TOOLS_CLI_SHOW_HPP

#include "ids.hpp"
#include "lookup.hpp"
#include "output.hpp"

namespace {

// ---- show KEY --------------------------------------------------------------------

const size_t label_col = 16;

void field_begin(line& l, const char* label) {
  l.reset();
  l.put_c(label);
  l.put(':');
  l.pad_to(label_col);
}
void field_end(line& l) { print_wrapped("", l.text, label_col); }

void field_text(const char* label, text_ref value) {
  line l;
  field_begin(l, label);
  if (value.empty()) {
    l.put_c("(none)");
  } else {
    l.put(value);
  }
  field_end(l);
}
void field_text(const char* label, afbrief::packed_text value) {
  field_text(label, decoded(value));
}

// "key (Name)" for an actor, a source or a place.
template <class Id>
void put_ref(line& l, Id id) {
  l.put(key_of(id));
  l.put_c(" (");
  l.put(q::name_of(id));
  l.put(')');
}

// Every id of an id list as "key (Name)", `sep` between them.
template <class List>
void put_refs(line& l, const List& ids, const char* sep) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) l.put_c(sep);
    put_ref(l, ids[i].value());
  }
}

template <class Id>
void field_ref(const char* label, core::maybe<Id> id) {
  line l;
  field_begin(l, label);
  if (id.has_value()) {
    put_ref(l, id.value());
  } else {
    l.put_c("(none)");
  }
  field_end(l);
}
void field_uint(const char* label, uint32_t v) {
  line l;
  field_begin(l, label);
  l.put_uint(v);
  field_end(l);
}
void field_bool(const char* label, bool v) { field_text(label, v ? text_ref("yes") : text_ref("no")); }
void field_date(const char* label, core::civil_date d) {
  line l;
  field_begin(l, label);
  l.put_date(d);
  field_end(l);
}
void field_weekday(core::maybe<core::weekday> w) {
  field_text("named weekday", w.has_value() ? core::weekday_name(w.value()) : text_ref());
}

// The keys of the records a query yields, ", " between them, or "(none)".
template <class Records>
void field_keys(const char* label, Records records) {
  line l;
  field_begin(l, label);
  size_t n = 0;
  for (auto r : records) {
    if (n++ > 0) l.put_c(", ");
    l.put(r.key);
  }
  if (n == 0) l.put_c("(none)");
  field_end(l);
}

void put_bound(line& l, core::bound b) {
  if (b.kind == core::bound_kind::none) {
    l.put_c("(none)");
  } else {
    l.put_int(b.value);
    l.put_c(", ");
    l.put(core::bound_kind_name(b.kind));
  }
}

// "2011~/2021-07-18 (“in the past decade alone”); days 2011-01-01 to 2021-07-18"
void field_period(const char* label, core::period p, text_ref phrase) {
  line l;
  field_begin(l, label);
  l.put_edtf(p);
  l.put_c(" (");
  put_quoted(l, phrase);
  l.put_c("); days ");
  if (core::has_date(p.begin)) {
    l.put_date(p.begin.first_day);
  } else {
    l.put_c("unknown");
  }
  l.put_c(" to ");
  if (core::has_date(p.end)) {
    l.put_date(core::last_day(p.end));
  } else {
    l.put_c(p.end.precision == core::grain::open ? "open" : "unknown");
  }
  field_end(l);
}
void field_period(const char* label, core::period p, afbrief::packed_text phrase) {
  field_period(label, p, decoded(phrase));
}

void show_figure(afbrief::figure f) {
  field_text("table", "figure");
  field_text("key", f.key);
  line l;
  field_begin(l, "value");
  l.put_int(f.amount.best);
  l.put_c(" (");
  l.put_int(f.amount.best, true);
  l.put(')');
  field_end(l);
  field_text("unit", core::unit_name(f.amount.measured_in));
  field_text("qualifier", core::qualifier_name(f.amount.hedge));
  field_begin(l, "low");
  put_bound(l, f.amount.low);
  field_end(l);
  field_begin(l, "best");
  l.put_int(f.amount.best);
  field_end(l);
  field_begin(l, "high");
  put_bound(l, f.amount.high);
  field_end(l);
  field_text("measure", core::measure_name(f.counts));
  field_text("subject", f.subject);
  field_period("period", f.covers, f.period_phrase);
  if (f.base.has_value()) {
    field_period("base period", f.base.value(), f.base_phrase);
  } else {
    field_text("base period", text_ref());
  }
  field_ref("place", f.place);
  field_ref("originator", f.originator);
  field_begin(l, "via");
  put_refs(l, f.via, ", then ");
  if (f.via.size() == 0) l.put_c("(none)");
  field_end(l);
  field_uint("paragraph", f.paragraph);
  field_text("wording", f.wording);
  field_begin(l, "in words");
  q::put_figure(l.w, f);
  field_end(l);
}

void show_event(afbrief::event e) {
  field_text("table", "event");
  field_text("key", e.key);
  field_text("kind", core::event_kind_name(e.kind));
  field_period("when", e.when, e.phrase);
  field_text("precision", core::precision_name(e.dated_to));
  field_text("phrase", e.phrase);
  field_weekday(e.named_weekday);
  line l;
  field_begin(l, "actors");
  put_refs(l, e.actors, ", ");
  field_end(l);
  field_ref("place", e.place);
  field_text("summary", e.summary);
  field_ref("via", e.via);
  field_uint("paragraph", e.paragraph);
}

void show_statement(afbrief::statement s) {
  field_text("table", "statement");
  field_text("key", s.key);
  field_ref("speaker", core::maybe<afbrief::actor_id>(s.speaker));
  field_text("role", s.role);
  field_ref("organisation", s.organisation);
  field_date("date", s.said_on);
  field_bool("date derived", s.date_derived);
  field_weekday(s.named_weekday);
  field_text("channel", core::channel_name(s.said_through));
  line l;
  field_begin(l, "quote");
  put_quoted(l, s.quote);
  field_end(l);
  field_ref("via", s.via);
  field_uint("paragraph", s.paragraph);
}

void show_actor(afbrief::actor a) {
  field_text("table", "actor");
  field_text("key", a.key);
  field_text("name", a.name);
  field_text("kind", core::actor_kind_name(a.kind));
  field_text("role", a.role);
  field_ref("part of", a.part_of);
  field_keys("in events", q::events_involving(a.id));
}

void show_source(afbrief::source s) {
  field_text("table", "source");
  field_text("key", s.key);
  field_text("name", s.name);
  field_ref("actor", core::maybe<afbrief::actor_id>(s.actor));
  field_text("kind", core::source_kind_name(s.kind));
  field_keys("originates", q::figures_from(s.id));
}

void show_place(afbrief::place p) {
  field_text("table", "place");
  field_text("key", p.key);
  field_text("name", p.name);
  field_text("kind", core::place_kind_name(p.kind));
  field_ref("within", p.within);
}

void run_show(found_record r) {
  switch (r.table) {
    case table_kind::figure:
      show_figure(q::figures().at(r.position).value());
      break;
    case table_kind::event:
      show_event(q::events().at(r.position).value());
      break;
    case table_kind::statement:
      show_statement(q::statements().at(r.position).value());
      break;
    case table_kind::actor:
      show_actor(q::actors().at(r.position).value());
      break;
    case table_kind::source:
      show_source(q::sources().at(r.position).value());
      break;
    case table_kind::place:
      show_place(q::places().at(r.position).value());
      break;
    case table_kind::none:
      break;
  }
  // The same key in the other tables (every source shares its actor's key).
  line l;
  field_begin(l, "also");
  for (size_t i = 0; i < 6; ++i) {
    if (lookup_order[i] == r.table || !find_in(lookup_order[i], r.key).has_value()) continue;
    if (l.cols() > label_col) l.put_c(", ");
    l.put_c("afbrief show ");
    l.put_c(table_name(lookup_order[i]));
    l.put(':');
    l.put(r.key);
  }
  if (l.cols() > label_col) field_end(l);
}

}  // namespace

#endif  // AFBRIEF_TOOLS_CLI_SHOW_HPP

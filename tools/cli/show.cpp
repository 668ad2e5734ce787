// afbrief tool: `show KEY`, every field of one record as "label: value" lines,
// values wrapped under a fixed label column, then the record's annotations
// (where its verbatim texts stand in the article, and its note), then the
// same key in other tables. The record was found while the arguments were read.
#include "cli.hpp"

namespace afbrief_cli {

namespace {

const size_t label_col = 17;

void field_begin(line& l, const char* label) {
  l.reset();
  l.put_c(label);
  l.put(':');
  l.pad_to(label_col);
}
void field_end(line& l) { print_wrapped("", l.text, label_col); }

void field_c(const char* label, const char* value) {
  line l;
  field_begin(l, label);
  l.put_c(value);
  field_end(l);
}
// A library text (a vocabulary word, a note), "(none)" when empty.
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
  line l;
  field_begin(l, label);
  decoded d(value);
  if (d.empty()) {
    l.put_c("(none)");
  } else {
    l.put(d);
  }
  field_end(l);
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
  if (ids.size() == 0) l.put_c("(none)");
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

// The fields worked out rather than printed, by their names in records.hpp.
template <class Field>
void field_derived(afbrief::field_set<Field> set) {
  field_names d = derived_names(set);
  line l;
  field_begin(l, "derived");
  for (size_t i = 0; i < d.count; ++i) {
    if (i > 0) l.put_c(", ");
    l.put(d.names[i]);
  }
  if (d.count == 0) l.put_c("(none)");
  field_end(l);
}

// "paragraph 17, offset 53, length 31" (bytes within the paragraph's line).
void field_locator(const char* label, afbrief::locator at) {
  line l;
  field_begin(l, label);
  if (afbrief::has_locator(at)) {
    l.put_c("paragraph ");
    l.put_uint(at.paragraph);
    l.put_c(", offset ");
    l.put_uint(at.offset);
    l.put_c(", length ");
    l.put_uint(at.length);
  } else {
    l.put_c("(none)");
  }
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

void put_first_day(line& l, core::instant i) {
  if (core::has_date(i)) {
    l.put_date(i.first_day);
  } else {
    l.put_c("unknown");
  }
}
void put_last_day(line& l, core::instant i) {
  if (core::has_date(i)) {
    l.put_date(core::last_day(i));
  } else {
    l.put_c(i.precision == core::grain::open ? "open" : "unknown");
  }
}

// "2011~/2021-07-18 (“in the past decade alone”); days 2011-01-01 to
// 2021-07-18"; a set says it is one day of its range: "[2021-07-20..]; one
// day of 2021-07-20 to unknown". No phrase, no quotes.
void field_period(const char* label, core::period p, afbrief::packed_text phrase) {
  line l;
  field_begin(l, label);
  l.put_edtf(p);
  if (q::size(phrase) != 0) {
    l.put_c(" (");
    put_quoted(l, phrase);
    l.put(')');
  }
  l.put_c(p.form == afbrief::period_form::one_of ? "; one day of " : "; days ");
  put_first_day(l, p.begin);
  l.put_c(" to ");
  put_last_day(l, p.end);
  field_end(l);
}

void show_figure(afbrief::figure f) {
  afbrief::figure_annotation notes = q::annotation(f.id).value();
  field_c("table", "figure");
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
  field_text("period phrase", f.period_phrase);
  field_locator("period locator", notes.period_phrase);
  if (f.base.has_value()) {
    field_period("base period", f.base.value(), f.base_phrase);
    field_locator("base locator", notes.base_phrase);
  } else {
    field_text("base period", text_ref());
  }
  field_ref("place", f.place);
  field_ref("originator", f.originator);
  field_begin(l, "via");
  put_refs(l, f.via, ", then ");
  field_end(l);
  field_uint("paragraph", f.paragraph);
  field_text("wording", f.wording);
  field_locator("wording locator", notes.wording);
  field_begin(l, "in words");
  q::put_figure(l.w, f);
  field_end(l);
  field_derived(f.derived);
  field_text("note", notes.note);
}

void show_event(afbrief::event e) {
  afbrief::event_annotation notes = q::annotation(e.id).value();
  field_c("table", "event");
  field_text("key", e.key);
  field_text("kind", core::event_kind_name(e.kind));
  field_period("when", e.when, e.phrase);
  field_text("precision", core::precision_name(e.dated_to));
  field_text("phrase", e.phrase);
  field_locator("phrase locator", notes.phrase);
  field_weekday(e.named_weekday);
  line l;
  field_begin(l, "actors");
  put_refs(l, e.actors, ", ");
  field_end(l);
  field_ref("place", e.place);
  field_text("summary", e.summary);
  field_ref("via", e.via);
  field_uint("paragraph", e.paragraph);
  field_derived(e.derived);
  field_text("note", notes.note);
}

void show_statement(afbrief::statement s) {
  afbrief::statement_annotation notes = q::annotation(s.id).value();
  field_c("table", "statement");
  field_text("key", s.key);
  field_ref("speaker", core::maybe<afbrief::actor_id>(s.speaker));
  field_text("role", s.role);
  field_ref("organisation", s.organisation);
  field_period("said", s.said, sheet::empty_text());
  line l;
  field_begin(l, "date");
  core::maybe<core::civil_date> day = core::single_day(s.said);
  if (day.has_value()) {
    l.put_date(day.value());
  } else {
    l.put_c("(not one day)");
  }
  field_end(l);
  field_weekday(s.named_weekday);
  field_text("channel", s.said_through.has_value() ? core::channel_name(s.said_through.value())
                                                   : text_ref());
  // Reported speech is the article's words without quotation marks: shown
  // as printed, and `indirect` says so.
  field_begin(l, "quote");
  if (s.indirect) {
    l.put(s.quote);
  } else {
    put_quoted(l, s.quote);
  }
  field_end(l);
  field_c("indirect", s.indirect ? "yes (reported speech, printed without quotation marks)"
                                 : "no (quoted)");
  field_locator("quote locator", notes.quote);
  field_begin(l, "repeats");
  if (s.repeats.has_value()) {
    l.put(key_of(s.repeats.value()));
  } else {
    l.put_c("(none)");
  }
  field_end(l);
  field_ref("via", s.via);
  field_uint("paragraph", s.paragraph);
  field_derived(s.derived);
  field_text("note", notes.note);
}

void show_actor(afbrief::actor a) {
  field_c("table", "actor");
  field_text("key", a.key);
  field_text("name", a.name);
  field_text("kind", core::actor_kind_name(a.kind));
  field_text("role", a.role);
  field_ref("part of", a.part_of);
  field_keys("in events", q::events_involving(a.id));
  field_text("note", q::annotation(a.id).value().note);
}

void show_source(afbrief::source s) {
  field_c("table", "source");
  field_text("key", s.key);
  field_text("name", s.name);
  field_ref("actor", core::maybe<afbrief::actor_id>(s.actor));
  field_text("kind", core::source_kind_name(s.kind));
  field_keys("originates", q::figures_from(s.id));
  field_text("note", q::annotation(s.id).value().note);
}

void show_place(afbrief::place p) {
  field_c("table", "place");
  field_text("key", p.key);
  field_text("name", p.name);
  field_text("kind", core::place_kind_name(p.kind));
  field_ref("within", p.within);
  field_text("note", q::annotation(p.id).value().note);
}

}  // namespace

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
  bool any = false;
  for (size_t i = 0; i < table_count; ++i) {
    if (lookup_order[i] == r.table || !find_in(lookup_order[i], r.key).has_value()) continue;
    if (any) l.put_c(", ");
    any = true;
    l.put_c("afbrief show ");
    l.put_c(table_name(lookup_order[i]));
    l.put(':');
    l.put_plain(r.key);
  }
  if (any) field_end(l);
}

}  // namespace afbrief_cli

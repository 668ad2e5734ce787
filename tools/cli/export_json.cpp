// afbrief tool: `export --format=json`, the article, its paragraphs and every
// table as one JSON object, one record a line, ids written as keys. Strings
// are escaped here; the text in them (EDTF, figures in words) comes from the
// library's own formatters, and the annotations (notes, locators) from rt.
// A value the article does not give is null, never an empty string or 0.
#include <string.h>

#include "cli.hpp"

namespace afbrief_cli {

namespace {

void json_escaped(char c) {
  static const char hex[] = "0123456789abcdef";
  unsigned char u = static_cast<unsigned char>(c);
  if (c == '"' || c == '\\') {
    out_char('\\');
    out_char(c);
  } else if (u < 0x20u) {
    out_c("\\u00");
    out_char(hex[u >> 4]);
    out_char(hex[u & 0xFu]);
  } else {
    out_char(c);
  }
}

// Text in ordinary memory: a decoded record text, a composed line, a literal.
void json_plain(const char* s, size_t n) {
  out_char('"');
  for (size_t i = 0; i < n; ++i) json_escaped(s[i]);
  out_char('"');
}
void json_c(const char* s) { json_plain(s, strlen(s)); }
void json_string(const decoded& t) { json_plain(t.c_str(), t.size()); }
void json_string(afbrief::packed_text t) { json_string(decoded(t)); }
void json_string(const line& l) { json_c(l.text); }

// A library text (a vocabulary word, a note): its characters are read
// through rt's reader, as they may live in flash.
void json_string(text_ref library_text) {
  out_char('"');
  for (size_t i = 0; i < library_text.size(); ++i) {
    json_escaped(reader::read_char(library_text.data() + i));
  }
  out_char('"');
}

void json_null() { out_c("null"); }

void json_string_or_null(afbrief::packed_text t) {
  decoded d(t);
  if (d.empty()) {
    json_null();
  } else {
    json_string(d);
  }
}
void json_note(text_ref note) {
  if (note.empty()) {
    json_null();
  } else {
    json_string(note);
  }
}
void json_int(int32_t v) {
  line l;
  l.put_int(v);
  out_c(l.text);
}
void json_uint(uint32_t v) {
  line l;
  l.put_uint(v);
  out_c(l.text);
}
void json_bool(bool b) { out_c(b ? "true" : "false"); }
void json_date(core::civil_date d) {
  line l;
  l.put_date(d);
  json_string(l);
}

// Fields of one object, written on one line: {"a": 1, "b": 2}.
struct json_object {
  bool first;
  json_object() : first(true) { out_char('{'); }
  void key(const char* name) {
    if (!first) out_c(", ");
    first = false;
    json_c(name);
    out_c(": ");
  }
  // A member though it reads nothing: an object closes what it opened.
  void close() { out_char('}'); }  // NOLINT(readability-convert-member-functions-to-static)
};

template <class Id>
void json_key_or_null(core::maybe<Id> id) {
  if (id.has_value()) {
    json_string(key_of(id.value()));
  } else {
    json_null();
  }
}

// The keys of an id list as an array: ["a", "b"].
template <class List>
void json_keys(const List& ids) {
  out_char('[');
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out_c(", ");
    json_string(key_of(ids[i].value()));
  }
  out_char(']');
}

// The names of a record's derived fields: ["covers", "place"], or [].
template <class Field>
void json_derived(afbrief::field_set<Field> set) {
  field_names d = derived_names(set);
  out_char('[');
  for (size_t i = 0; i < d.count; ++i) {
    if (i > 0) out_c(", ");
    json_string(d.names[i]);
  }
  out_char(']');
}

// {"paragraph": 17, "offset": 53, "length": 31}, or null for a field with no
// text (paragraph 0).
void json_locator(afbrief::locator at) {
  if (!afbrief::has_locator(at)) {
    json_null();
    return;
  }
  json_object o;
  o.key("paragraph");
  json_uint(at.paragraph);
  o.key("offset");
  json_uint(at.offset);
  o.key("length");
  json_uint(at.length);
  o.close();
}

// "begin" and "end": the first and the last possible day, null when unknown.
void json_days(json_object& o, core::period p) {
  o.key("begin");
  if (core::has_date(p.begin)) {
    json_date(p.begin.first_day);
  } else {
    json_null();
  }
  o.key("end");
  if (core::has_date(p.end)) {
    json_date(core::last_day(p.end));
  } else {
    json_null();
  }
}

// "edtf" and "form": the period as EDTF, and whether it spans its days or is
// one of them.
void json_edtf(json_object& o, core::period p) {
  o.key("edtf");
  line l;
  l.put_edtf(p);
  json_string(l);
  o.key("form");
  json_string(afbrief::period_form_name(p.form));
}

void json_period(core::period p, afbrief::packed_text phrase, afbrief::locator at) {
  json_object o;
  json_days(o, p);
  json_edtf(o, p);
  o.key("phrase");
  json_string_or_null(phrase);
  o.key("locator");
  json_locator(at);
  o.close();
}

void json_bound(json_object& o, const char* name, const char* inclusive_name, core::bound b) {
  o.key(name);
  if (b.kind == core::bound_kind::none) {
    json_null();
  } else {
    json_int(b.value);
  }
  o.key(inclusive_name);
  if (b.kind == core::bound_kind::none) {
    json_null();
  } else {
    json_bool(b.kind == core::bound_kind::inclusive);
  }
}

void json_weekday(json_object& o, core::maybe<core::weekday> w) {
  o.key("named_weekday");
  if (w.has_value()) {
    json_string(core::weekday_name(w.value()));
  } else {
    json_null();
  }
}

void json_figure(afbrief::figure f) {
  afbrief::figure_annotation notes = q::annotation(f.id).value();
  json_object o;
  o.key("key");
  json_string(f.key);
  o.key("value");
  json_int(f.amount.best);
  o.key("unit");
  json_string(core::unit_name(f.amount.measured_in));
  o.key("bound");
  json_string(core::qualifier_name(f.amount.hedge));
  json_bound(o, "low", "low_inclusive", f.amount.low);
  o.key("best");
  json_int(f.amount.best);
  json_bound(o, "high", "high_inclusive", f.amount.high);
  o.key("measure");
  json_string(core::measure_name(f.counts));
  o.key("subject");
  json_string(f.subject);
  o.key("period");
  json_period(f.covers, f.period_phrase, notes.period_phrase);
  o.key("base_period");
  if (f.base.has_value()) {
    json_period(f.base.value(), f.base_phrase, notes.base_phrase);
  } else {
    json_null();
  }
  o.key("place");
  json_key_or_null(f.place);
  o.key("source");
  json_key_or_null(f.originator);
  o.key("via");
  json_keys(f.via);
  o.key("paragraph");
  json_uint(f.paragraph);
  o.key("wording");
  json_string(f.wording);
  o.key("locator");
  json_locator(notes.wording);
  o.key("text");
  line l;
  q::put_figure(l.w, f);
  json_string(l);
  o.key("derived");
  json_derived(f.derived);
  o.key("note");
  json_note(notes.note);
  o.close();
}

void json_event(afbrief::event e) {
  afbrief::event_annotation notes = q::annotation(e.id).value();
  json_object o;
  o.key("key");
  json_string(e.key);
  o.key("kind");
  json_string(core::event_kind_name(e.kind));
  json_days(o, e.when);
  o.key("precision");
  json_string(core::precision_name(e.dated_to));
  json_edtf(o, e.when);
  o.key("phrase");
  json_string(e.phrase);
  o.key("locator");
  json_locator(notes.phrase);
  json_weekday(o, e.named_weekday);
  o.key("actors");
  json_keys(e.actors);
  o.key("place");
  json_key_or_null(e.place);
  o.key("summary");
  json_string(e.summary);
  o.key("via");
  json_key_or_null(e.via);
  o.key("paragraph");
  json_uint(e.paragraph);
  o.key("derived");
  json_derived(e.derived);
  o.key("note");
  json_note(notes.note);
  o.close();
}

void json_statement(afbrief::statement s) {
  afbrief::statement_annotation notes = q::annotation(s.id).value();
  json_object o;
  o.key("key");
  json_string(s.key);
  o.key("speaker");
  json_string(key_of(s.speaker));
  o.key("role");
  json_string_or_null(s.role);
  o.key("organisation");
  json_key_or_null(s.organisation);
  // "date" is kept for readers of the 0.2 export: the day, when `said` is one.
  o.key("date");
  core::maybe<core::civil_date> day = core::single_day(s.said);
  if (day.has_value()) {
    json_date(day.value());
  } else {
    json_null();
  }
  o.key("date_derived");
  json_bool(s.derived.has(afbrief::statement_field::said));
  json_days(o, s.said);
  json_edtf(o, s.said);
  json_weekday(o, s.named_weekday);
  o.key("channel");
  if (s.said_through.has_value()) {
    json_string(core::channel_name(s.said_through.value()));
  } else {
    json_null();
  }
  o.key("quote");
  json_string(s.quote);
  o.key("indirect");
  json_bool(s.indirect);
  o.key("repeats");
  json_key_or_null(s.repeats);
  o.key("locator");
  json_locator(notes.quote);
  o.key("via");
  json_key_or_null(s.via);
  o.key("paragraph");
  json_uint(s.paragraph);
  o.key("derived");
  json_derived(s.derived);
  o.key("note");
  json_note(notes.note);
  o.close();
}

void json_actor(afbrief::actor a) {
  json_object o;
  o.key("key");
  json_string(a.key);
  o.key("name");
  json_string(a.name);
  o.key("kind");
  json_string(core::actor_kind_name(a.kind));
  o.key("role");
  json_string_or_null(a.role);
  o.key("part_of");
  json_key_or_null(a.part_of);
  o.key("note");
  json_note(q::annotation(a.id).value().note);
  o.close();
}

void json_source(afbrief::source s) {
  json_object o;
  o.key("key");
  json_string(s.key);
  o.key("name");
  json_string(s.name);
  o.key("actor");
  json_string(key_of(s.actor));
  o.key("kind");
  json_string(core::source_kind_name(s.kind));
  o.key("note");
  json_note(q::annotation(s.id).value().note);
  o.close();
}

void json_place(afbrief::place p) {
  json_object o;
  o.key("key");
  json_string(p.key);
  o.key("name");
  json_string(p.name);
  o.key("kind");
  json_string(core::place_kind_name(p.kind));
  o.key("within");
  json_key_or_null(p.within);
  o.key("note");
  json_note(q::annotation(p.id).value().note);
  o.close();
}

void json_paragraph(afbrief::paragraph p) {
  json_object o;
  o.key("number");
  json_uint(p.number);
  o.key("role");
  json_string(core::paragraph_role_name(p.role));
  o.key("note");
  core::maybe<afbrief::note_annotation> notes = q::paragraph_annotation(p.number);
  json_note(notes.has_value() ? notes.value().note : text_ref());
  o.close();
}

void json_article() {
  afbrief::article a = q::the_article();
  json_object o;
  o.key("outlet");
  json_string(a.outlet);
  o.key("subject");
  json_string(a.subject);
  o.key("published");
  json_date(a.published);
  o.key("published_derived");
  json_bool(a.derived.has(afbrief::article_field::published));
  o.key("paragraph_count");
  json_uint(a.paragraph_count);
  o.key("derived");
  json_derived(a.derived);
  o.key("note");
  json_note(q::article_annotation().note);
  o.close();
}

// One array member per line: "  \"name\": [\n    {...},\n    {...}\n  ]".
template <class Table, class Write>
void json_array(const char* name, Table table, Write write, bool last) {
  out_c("  ");
  json_c(name);
  out_c(": [");
  bool first = true;
  for (auto record : table.all()) {
    out_c(first ? "\n    " : ",\n    ");
    first = false;
    write(record);
  }
  out_c(first ? "]" : "\n  ]");
  out_c(last ? "\n" : ",\n");
}

}  // namespace

void run_export_json() {
  out_c("{\n  \"article\": ");
  json_article();
  out_c(",\n");
  json_array("paragraphs", q::paragraphs(), json_paragraph, false);
  json_array("figures", q::figures(), json_figure, false);
  json_array("events", q::events(), json_event, false);
  json_array("statements", q::statements(), json_statement, false);
  json_array("actors", q::actors(), json_actor, false);
  json_array("sources", q::sources(), json_source, false);
  json_array("places", q::places(), json_place, true);
  out_c("}\n");
}

}  // namespace afbrief_cli

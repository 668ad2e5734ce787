// afbrief tool: `export --format=json`, every table as one JSON object, one
// record a line, ids written as keys. Strings are escaped here; the text in
// them (EDTF, figures in words) comes from the library's own formatters.
#ifndef AFBRIEF_TOOLS_CLI_EXPORT_JSON_HPP
#define AFBRIEF_TOOLS_CLI_EXPORT_JSON_HPP

#include "ids.hpp"
#include "output.hpp"

namespace {

// ---- export --format=json ----------------------------------------------------------

void json_string(text_ref t) {
  static const char hex[] = "0123456789abcdef";
  out_char('"');
  for (size_t i = 0; i < t.size(); ++i) {
    char c = reader::read_char(t.data() + i);
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
  out_char('"');
}
void json_string(afbrief::packed_text t) {
  json_string(decoded(t));
}
void json_string_or_null(text_ref t) {
  if (t.empty()) {
    out_c("null");
  } else {
    json_string(t);
  }
}
void json_string_or_null(afbrief::packed_text t) {
  json_string_or_null(decoded(t));
}
void json_int(int32_t v) {
  line l;
  l.put_int(v);
  out_c(l.text);
}
void json_bool(bool b) { out_c(b ? "true" : "false"); }
void json_date(core::civil_date d) {
  char buf[16];
  core::format_date(d, buf, sizeof buf);
  out_char('"');
  out_c(buf);
  out_char('"');
}

// Fields of one object, written on one line: {"a": 1, "b": 2}.
struct json_object {
  bool first;
  json_object() : first(true) { out_char('{'); }
  void key(const char* name) {
    if (!first) out_c(", ");
    first = false;
    json_string(core::text_from_c_string(name));
    out_c(": ");
  }
  void close() { out_char('}'); }
};

template <class Id>
void json_key_or_null(core::maybe<Id> id) {
  if (id.has_value()) {
    json_string(key_of(id.value()));
  } else {
    out_c("null");
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

// "begin" and "end": the first and the last possible day, null when unknown.
void json_days(json_object& o, core::period p) {
  o.key("begin");
  if (core::has_date(p.begin)) {
    json_date(p.begin.first_day);
  } else {
    out_c("null");
  }
  o.key("end");
  if (core::has_date(p.end)) {
    json_date(core::last_day(p.end));
  } else {
    out_c("null");
  }
}

void json_edtf(core::period p) {
  line l;
  l.put_edtf(p);
  json_string(core::text_from_c_string(l.text));
}

void json_period(core::period p, text_ref phrase) {
  json_object o;
  json_days(o, p);
  o.key("edtf");
  json_edtf(p);
  o.key("phrase");
  json_string(phrase);
  o.close();
}
void json_period(core::period p, afbrief::packed_text phrase) {
  json_period(p, decoded(phrase));
}

void json_bound(json_object& o, const char* name, const char* inclusive_name, core::bound b) {
  o.key(name);
  if (b.kind == core::bound_kind::none) {
    out_c("null");
  } else {
    json_int(b.value);
  }
  o.key(inclusive_name);
  if (b.kind == core::bound_kind::none) {
    out_c("null");
  } else {
    json_bool(b.kind == core::bound_kind::inclusive);
  }
}

void json_weekday(json_object& o, core::maybe<core::weekday> w) {
  o.key("named_weekday");
  if (w.has_value()) {
    json_string(core::weekday_name(w.value()));
  } else {
    out_c("null");
  }
}

void json_figure(afbrief::figure f) {
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
  json_period(f.covers, f.period_phrase);
  o.key("base_period");
  if (f.base.has_value()) {
    json_period(f.base.value(), f.base_phrase);
  } else {
    out_c("null");
  }
  o.key("place");
  json_key_or_null(f.place);
  o.key("source");
  json_key_or_null(f.originator);
  o.key("via");
  json_keys(f.via);
  o.key("paragraph");
  json_int(f.paragraph);
  o.key("wording");
  json_string(f.wording);
  o.key("text");
  line l;
  q::put_figure(l.w, f);
  json_string(core::text_from_c_string(l.text));
  o.close();
}

void json_event(afbrief::event e) {
  json_object o;
  o.key("key");
  json_string(e.key);
  o.key("kind");
  json_string(core::event_kind_name(e.kind));
  json_days(o, e.when);
  o.key("precision");
  json_string(core::precision_name(e.dated_to));
  o.key("edtf");
  json_edtf(e.when);
  o.key("phrase");
  json_string(e.phrase);
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
  json_int(e.paragraph);
  o.close();
}

void json_statement(afbrief::statement s) {
  json_object o;
  o.key("key");
  json_string(s.key);
  o.key("speaker");
  json_string(key_of(s.speaker));
  o.key("role");
  json_string_or_null(s.role);
  o.key("organisation");
  json_key_or_null(s.organisation);
  o.key("date");
  json_date(s.said_on);
  o.key("date_derived");
  json_bool(s.date_derived);
  json_weekday(o, s.named_weekday);
  o.key("channel");
  json_string(core::channel_name(s.said_through));
  o.key("quote");
  json_string(s.quote);
  o.key("via");
  json_key_or_null(s.via);
  o.key("paragraph");
  json_int(s.paragraph);
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
  o.close();
}

// One array member per line: "  \"name\": [\n    {...},\n    {...}\n  ]".
template <class Table, class Write>
void json_array(const char* name, Table table, Write write, bool last) {
  out_c("  ");
  json_string(core::text_from_c_string(name));
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

void run_export_json() {
  afbrief::article a = q::the_article();
  out_c("{\n  \"article\": ");
  json_object o;
  o.key("outlet");
  json_string(a.outlet);
  o.key("subject");
  json_string(a.subject);
  o.key("published");
  json_date(a.published);
  o.key("published_derived");
  json_bool(a.published_derived);
  o.key("paragraph_count");
  json_int(a.paragraph_count);
  o.close();
  out_c(",\n");
  json_array("figures", q::figures(), json_figure, false);
  json_array("events", q::events(), json_event, false);
  json_array("statements", q::statements(), json_statement, false);
  json_array("actors", q::actors(), json_actor, false);
  json_array("sources", q::sources(), json_source, false);
  json_array("places", q::places(), json_place, true);
  out_c("}\n");
}

}  // namespace

#endif  // AFBRIEF_TOOLS_CLI_EXPORT_JSON_HPP

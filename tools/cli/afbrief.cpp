// afbrief: the command-line face of the library.
//
// A briefing, listings, date queries, a record viewer and exports (JSON and a
// Markdown data reference), all read through afbrief::rt and written with the
// library's own formatters (figures, EDTF, dates). No heap, no iostream: every
// line is composed in a stack buffer with core::writer and then printed.
//
// Errors in the arguments are all found before anything is printed, so a
// usage error leaves stdout empty and writes exactly one line to stderr
// (exit 2). A failed write to stdout is reported at the end (exit 1).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <afbrief/afbrief.hpp>

namespace {

namespace core = afbrief::core;
typedef afbrief::rt q;
typedef core::default_reader reader;
using core::text_ref;

const size_t terminal_width = 100;

// ---- Plain output ------------------------------------------------------------

void out_c(const char* s) { fputs(s, stdout); }
void out_char(char c) { putchar(c); }
void out_spaces(size_t n) {
  for (size_t i = 0; i < n; ++i) putchar(' ');
}

// Terminal columns a UTF-8 text takes: one per code point (continuation bytes
// are not counted). Good enough for the article's Latin text and punctuation.
size_t columns(const char* s, size_t n) {
  size_t cols = 0;
  for (size_t i = 0; i < n; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0u) != 0x80u) ++cols;
  }
  return cols;
}
size_t columns(const char* s) { return columns(s, strlen(s)); }

// ---- Composing text into a stack buffer ---------------------------------------

// A line (or a paragraph) built with the library's writer. Large enough for
// any record of the tables (the longest row written is under 600 bytes).
struct line {
  char text[2048];
  core::writer w;
  line() : w(text, sizeof text) {}
  line(const line&) = delete;  // w points into text
  line& operator=(const line&) = delete;
  void reset() { w = core::writer(text, sizeof text); }
  size_t cols() const { return columns(text); }
  // Spaces up to column `col`; at least `min_gap` of them.
  void pad_to(size_t col, size_t min_gap = 1) {
    size_t c = cols();
    size_t n = c + min_gap > col ? min_gap : col - c;
    for (size_t i = 0; i < n; ++i) w.put(' ');
  }
  void put(text_ref t) { w.put<reader>(t); }
  void put_c(const char* s) { w.put(core::text_from_c_string(s)); }
  void put(char c) { w.put(c); }
  void put_int(int32_t v, bool grouped = false) { w.put_signed(v, grouped); }
  void put_uint(uint32_t v) { w.put_unsigned(v); }
  void put_date(core::civil_date d) { core::put_iso_date(w, d); }
  void put_edtf(core::period p) { core::put_edtf(w, p); }
};

// A command-line argument inside an error message: control characters are
// written as \xNN so the message stays on one line; long arguments are cut.
void put_arg(line& l, const char* arg) {
  static const char hex[] = "0123456789abcdef";
  size_t n = 0;
  for (; arg[n] != '\0' && n < 200; ++n) {
    unsigned char c = static_cast<unsigned char>(arg[n]);
    if (c < 0x20u || c == 0x7Fu) {
      l.put('\\');
      l.put('x');
      l.put(hex[c >> 4]);
      l.put(hex[c & 0xFu]);
    } else {
      l.put(static_cast<char>(c));
    }
  }
  if (arg[n] != '\0') l.put_c("...");
}

// Prints `prefix` as it is, then `body` word-wrapped to the terminal width;
// continuation lines are indented by `hang` columns. Spaces in the body are
// kept as they are except where a line is broken, so a body may carry its own
// column padding. A word wider than the line is printed whole.
void print_wrapped(const char* prefix, const char* body, size_t hang) {
  out_c(prefix);
  size_t col = columns(prefix);
  bool line_has_word = false;
  const char* p = body;
  while (*p != '\0') {
    const char* word_end = p;
    while (*word_end != '\0' && *word_end != ' ') ++word_end;
    size_t word_len = static_cast<size_t>(word_end - p);
    size_t word_cols = columns(p, word_len);
    size_t gap = line_has_word ? 1 : 0;
    if (col + gap + word_cols > terminal_width && (line_has_word || col > hang)) {
      out_char('\n');
      out_spaces(hang);
      col = hang;
      gap = 0;
    }
    out_spaces(gap);
    fwrite(p, 1, word_len, stdout);
    col += gap + word_cols;
    line_has_word = true;
    p = word_end;
    // Runs of spaces: the first is the word gap, any more are printed.
    if (*p == ' ') {
      ++p;
      while (*p == ' ') {
        out_char(' ');
        ++col;
        ++p;
      }
    }
  }
  out_char('\n');
}

// ---- Names and keys of ids ------------------------------------------------------

text_ref key_of(afbrief::actor_id id) { return q::get(id).value().key; }
text_ref key_of(afbrief::source_id id) { return q::get(id).value().key; }
text_ref key_of(afbrief::place_id id) { return q::get(id).value().key; }

size_t edtf_width(core::period p) {
  char buf[64];
  return core::format_edtf(p, buf, sizeof buf).needed;
}

// Widest EDTF text over the figures and the events, so columns line up the
// same whichever rows a command prints.
size_t widest_edtf() {
  size_t w = 0;
  for (afbrief::figure f : q::figures().all()) {
    if (edtf_width(f.covers) > w) w = edtf_width(f.covers);
  }
  for (afbrief::event e : q::events().all()) {
    if (edtf_width(e.when) > w) w = edtf_width(e.when);
  }
  return w;
}
size_t widest_event_key() {
  size_t w = 0;
  for (afbrief::event e : q::events().all()) {
    if (e.key.size() > w) w = e.key.size();
  }
  return w;
}
size_t widest_figure_key() {
  size_t w = 0;
  for (afbrief::figure f : q::figures().all()) {
    if (f.key.size() > w) w = f.key.size();
  }
  return w;
}

// Events in chronological order: by earliest possible day, then by latest
// possible day, then in table order. An event whose start the article does
// not give has no earliest day and sorts first.
size_t events_chronologically(afbrief::event_id* order, size_t capacity) {
  size_t n = 0;
  for (afbrief::event e : q::events().all()) {
    if (n == capacity) break;
    size_t at = n;
    while (at > 0) {
      afbrief::event prev = q::get(order[at - 1]).value();
      int32_t a = core::earliest_day_number(prev.when);
      int32_t b = core::earliest_day_number(e.when);
      bool after = a > b || (a == b && core::latest_day_number(prev.when) >
                                           core::latest_day_number(e.when));
      if (!after) break;
      order[at] = order[at - 1];
      --at;
    }
    order[at] = e.id;
    ++n;
  }
  return n;
}

// ---- Commands: briefing, figures, events, on -----------------------------------

void put_statement_line(line& l, const afbrief::statement& s) {
  l.put(q::name_of(s.speaker));
  if (s.via.has_value()) {
    l.put_c(", via ");
    l.put(q::name_of(s.via.value()));
  }
  l.put_c(": \xE2\x80\x9C");  // “
  l.put(s.quote);
  l.put_c("\xE2\x80\x9D");  // ”
}

void put_event_body(line& l, const afbrief::event& e) {
  l.put_c("\xE2\x80\x9C");
  l.put(e.phrase);
  l.put_c("\xE2\x80\x9D: ");
  l.put(e.summary);
}

void run_briefing() {
  afbrief::article a = q::the_article();
  line l;
  l.put(a.outlet);
  l.put_c(", published ");
  l.put_date(a.published);
  if (a.published_derived) l.put_c(" (date derived: the article prints no date line)");
  print_wrapped("", l.text, 0);
  l.reset();
  l.put(a.subject);
  print_wrapped("", l.text, 0);

  const size_t edtf_col = widest_edtf();

  // Figures: qualifier, period, then the figure in words.
  size_t qualifier_col = 0;
  for (afbrief::figure f : q::figures().all()) {
    size_t w = core::qualifier_name(f.amount.hedge).size();
    if (w > qualifier_col) qualifier_col = w;
  }
  out_c("\nHeadline figures (qualifier, period as EDTF, figure with its originator and relays)\n");
  for (afbrief::figure f : q::figures().all()) {
    line prefix;
    prefix.put_c("  ");
    prefix.put(core::qualifier_name(f.amount.hedge));
    prefix.pad_to(2 + qualifier_col + 2);
    prefix.put_edtf(f.covers);
    prefix.pad_to(2 + qualifier_col + 2 + edtf_col + 2);
    line body;
    q::format_figure(f.id, body.text, sizeof body.text);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }

  out_c("\nTimeline (EDTF date, the article's phrase, summary; by earliest possible day,\n"
        "          events whose start the article does not give first)\n");
  afbrief::event_id order[afbrief::data::event_count + 1];
  size_t n = events_chronologically(order, afbrief::data::event_count);
  for (size_t i = 0; i < n; ++i) {
    afbrief::event e = q::get(order[i]).value();
    line prefix;
    prefix.put_c("  ");
    prefix.put_edtf(e.when);
    prefix.pad_to(2 + edtf_col + 2);
    line body;
    put_event_body(body, e);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }

  // Statements by the day they were said, table order within a day.
  out_c("\nQuotes (date said, speaker, words as printed; by date)\n");
  afbrief::statement_id said[afbrief::data::statement_count + 1];
  size_t count = 0;
  for (afbrief::statement s : q::statements().all()) {
    size_t at = count;
    while (at > 0 && s.said_on < q::get(said[at - 1]).value().said_on) {
      said[at] = said[at - 1];
      --at;
    }
    said[at] = s.id;
    ++count;
  }
  for (size_t i = 0; i < count; ++i) {
    afbrief::statement s = q::get(said[i]).value();
    line prefix;
    prefix.put_c("  ");
    prefix.put_date(s.said_on);
    prefix.pad_to(2 + 10 + 2);
    line body;
    put_statement_line(body, s);
    print_wrapped(prefix.text, body.text, prefix.cols());
  }
}

void run_figures() {
  const size_t key_col = widest_figure_key();
  for (afbrief::figure f : q::figures().all()) {
    line l;
    l.put(f.key);
    l.pad_to(key_col + 2, 2);
    q::put_figure(l.w, f);
    out_c(l.text);
    out_char('\n');
  }
}

void put_event_row(line& l, const afbrief::event& e, size_t edtf_col, size_t key_col,
                   size_t indent) {
  for (size_t i = 0; i < indent; ++i) l.put(' ');
  l.put_edtf(e.when);
  l.pad_to(indent + edtf_col + 2, 2);
  l.put(e.key);
  l.pad_to(indent + edtf_col + 2 + key_col + 2, 2);
}

void run_events(core::date_range range) {
  const size_t edtf_col = widest_edtf();
  const size_t key_col = widest_event_key();
  for (afbrief::event e : q::events_in(range, core::match::overlaps)) {
    line l;
    put_event_row(l, e, edtf_col, key_col, 0);
    l.put(e.summary);
    out_c(l.text);
    out_char('\n');
  }
}

void run_on(core::civil_date day) {
  core::date_range range = core::make_range(day, day).value();
  const size_t edtf_col = widest_edtf();
  const size_t key_col = widest_event_key();
  line head;
  head.put_c("Events that may overlap ");
  head.put(core::weekday_name(core::weekday_of(day)));
  head.put(' ');
  head.put_date(day);
  head.put_c(" (");
  head.put_uint(static_cast<uint32_t>(q::count_events(range)));
  head.put_c(")");
  print_wrapped("", head.text, 0);
  // Each entry: date and key, then the article's phrase and the summary.
  for (afbrief::event e : q::events_in(range)) {
    line l;
    put_event_row(l, e, edtf_col, key_col, 2);
    l.put(core::precision_name(e.dated_to));
    print_wrapped("", l.text, 0);
    l.reset();
    put_event_body(l, e);
    print_wrapped("      ", l.text, 6);
  }
  if (q::count_events(range) == 0) out_c("  (none)\n");

  head.reset();
  head.put_c("\nStatements said on ");
  head.put(core::weekday_name(core::weekday_of(day)));
  head.put(' ');
  head.put_date(day);
  head.put_c(" (");
  head.put_uint(static_cast<uint32_t>(q::count_statements(range)));
  head.put_c(")");
  print_wrapped("", head.text, 0);
  for (afbrief::statement s : q::statements_in(range)) {
    line l;
    l.put_c("  ");
    l.put(s.key);
    l.put_c("  (");
    l.put(core::channel_name(s.said_through));
    l.put_c(s.date_derived ? ", date derived)" : ")");
    print_wrapped("", l.text, 0);
    l.reset();
    put_statement_line(l, s);
    print_wrapped("      ", l.text, 6);
  }
  if (q::count_statements(range) == 0) out_c("  (none)\n");
}

// ---- show KEY --------------------------------------------------------------------

enum class table_kind : uint8_t { figure, event, statement, actor, source, place, none };

const char* table_name(table_kind t) {
  return t == table_kind::figure      ? "figure"
         : t == table_kind::event     ? "event"
         : t == table_kind::statement ? "statement"
         : t == table_kind::actor     ? "actor"
         : t == table_kind::source    ? "source"
         : t == table_kind::place     ? "place"
                                      : "none";
}

template <class Id>
core::maybe<size_t> position_of(core::maybe<Id> id) {
  return id.has_value() ? core::maybe<size_t>(static_cast<size_t>(id.value()))
                        : core::maybe<size_t>();
}

// The position of `key` in one table, or not found.
core::maybe<size_t> find_in(table_kind t, text_ref key) {
  switch (t) {
    case table_kind::figure:
      return position_of(q::find_figure(key));
    case table_kind::event:
      return position_of(q::find_event(key));
    case table_kind::statement:
      return position_of(q::find_statement(key));
    case table_kind::actor:
      return position_of(q::find_actor(key));
    case table_kind::source:
      return position_of(q::find_source(key));
    case table_kind::place:
      return position_of(q::find_place(key));
    case table_kind::none:
      break;
  }
  return core::maybe<size_t>();
}

struct found_record {
  table_kind table;
  size_t position;
  text_ref key;
};

const table_kind lookup_order[6] = {table_kind::figure, table_kind::event, table_kind::statement,
                                    table_kind::actor,  table_kind::source, table_kind::place};

// "KEY" searches the tables in lookup order; "TABLE:KEY" searches one table.
found_record resolve_key(const char* arg) {
  found_record r = {table_kind::none, 0, core::text_from_c_string(arg)};
  const char* colon = strchr(arg, ':');
  if (colon != nullptr) {
    text_ref prefix(arg, static_cast<size_t>(colon - arg));
    for (size_t i = 0; i < 6; ++i) {
      if (core::equal(core::text_from_c_string(table_name(lookup_order[i])), prefix)) {
        text_ref key = core::text_from_c_string(colon + 1);
        core::maybe<size_t> at = find_in(lookup_order[i], key);
        if (at.has_value()) {
          r.table = lookup_order[i];
          r.position = at.value();
          r.key = key;
        }
        return r;
      }
    }
  }
  for (size_t i = 0; i < 6; ++i) {
    core::maybe<size_t> at = find_in(lookup_order[i], r.key);
    if (at.has_value()) {
      r.table = lookup_order[i];
      r.position = at.value();
      return r;
    }
  }
  return r;
}

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

// "key (Name)" for an actor, a source or a place.
template <class Id>
void put_ref(line& l, Id id) {
  l.put(key_of(id));
  l.put_c(" (");
  l.put(q::name_of(id));
  l.put(')');
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
  l.put_c(" (\xE2\x80\x9C");
  l.put(phrase);
  l.put_c("\xE2\x80\x9D); days ");
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
  for (size_t i = 0; i < f.via.size(); ++i) {
    if (i > 0) l.put_c(", then ");
    put_ref(l, f.via[i].value());
  }
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
  for (size_t i = 0; i < e.actors.size(); ++i) {
    if (i > 0) l.put_c(", ");
    put_ref(l, e.actors[i].value());
  }
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
  l.put_c("\xE2\x80\x9C");
  l.put(s.quote);
  l.put_c("\xE2\x80\x9D");
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
  line l;
  field_begin(l, "in events");
  size_t n = 0;
  for (afbrief::event e : q::events_involving(a.id)) {
    if (n++ > 0) l.put_c(", ");
    l.put(e.key);
  }
  if (n == 0) l.put_c("(none)");
  field_end(l);
}

void show_source(afbrief::source s) {
  field_text("table", "source");
  field_text("key", s.key);
  field_text("name", s.name);
  field_ref("actor", core::maybe<afbrief::actor_id>(s.actor));
  field_text("kind", core::source_kind_name(s.kind));
  line l;
  field_begin(l, "originates");
  size_t n = 0;
  for (afbrief::figure f : q::figures_from(s.id)) {
    if (n++ > 0) l.put_c(", ");
    l.put(f.key);
  }
  if (n == 0) l.put_c("(none)");
  field_end(l);
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
void json_string_or_null(text_ref t) {
  if (t.empty()) {
    out_c("null");
  } else {
    json_string(t);
  }
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

void json_period(core::period p, text_ref phrase) {
  json_object o;
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
  o.key("edtf");
  line l;
  l.put_edtf(p);
  json_string(core::text_from_c_string(l.text));
  o.key("phrase");
  json_string(phrase);
  o.close();
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
  out_char('[');
  for (size_t i = 0; i < f.via.size(); ++i) {
    if (i > 0) out_c(", ");
    json_string(key_of(f.via[i].value()));
  }
  out_char(']');
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
  o.key("begin");
  if (core::has_date(e.when.begin)) {
    json_date(e.when.begin.first_day);
  } else {
    out_c("null");
  }
  o.key("end");
  if (core::has_date(e.when.end)) {
    json_date(core::last_day(e.when.end));
  } else {
    out_c("null");
  }
  o.key("precision");
  json_string(core::precision_name(e.dated_to));
  o.key("edtf");
  line l;
  l.put_edtf(e.when);
  json_string(core::text_from_c_string(l.text));
  o.key("phrase");
  json_string(e.phrase);
  json_weekday(o, e.named_weekday);
  o.key("actors");
  out_char('[');
  for (size_t i = 0; i < e.actors.size(); ++i) {
    if (i > 0) out_c(", ");
    json_string(key_of(e.actors[i].value()));
  }
  out_char(']');
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

// ---- export --format=markdown ------------------------------------------------------

// A table cell: '|' escaped, an empty text shown as an em dash.
void md_cell_text(line& l, text_ref t) {
  if (t.empty()) {
    l.put_c("\xE2\x80\x94");
    return;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    char c = reader::read_char(t.data() + i);
    if (c == '|') l.put('\\');
    l.put(c);
  }
}
void md_code(line& l, text_ref t) {
  l.put('`');
  l.put(t);
  l.put('`');
}
void md_sep(line& l) { l.put_c(" | "); }
void md_row_end(line& l) {
  l.put_c(" |");
  out_c(l.text);
  out_char('\n');
  l.reset();
}
template <class Id>
void md_key_or_dash(line& l, core::maybe<Id> id) {
  if (id.has_value()) {
    md_code(l, key_of(id.value()));
  } else {
    l.put_c("\xE2\x80\x94");
  }
}
void md_bound(line& l, core::bound b) {
  if (b.kind == core::bound_kind::none) {
    l.put_c("\xE2\x80\x94");
  } else {
    l.put_int(b.value, true);
    l.put_c(b.kind == core::bound_kind::inclusive ? " (incl.)" : " (excl.)");
  }
}
void md_period(line& l, core::period p, text_ref phrase) {
  l.put('`');
  l.put_edtf(p);
  l.put_c("` \xE2\x80\x9C");
  md_cell_text(l, phrase);
  l.put_c("\xE2\x80\x9D");
}
void md_header(const char* title, size_t count, const char* columns_row) {
  line l;
  l.put_c("\n## ");
  l.put_c(title);
  l.put_c(" (");
  l.put_uint(static_cast<uint32_t>(count));
  l.put_c(")\n\n");
  out_c(l.text);
  out_c(columns_row);
  out_char('\n');
  // The delimiter row: one "---" per column.
  out_char('|');
  for (const char* p = columns_row + 1; *p != '\0'; ++p) {
    if (*p == '|') out_c(" --- |");
  }
  out_char('\n');
}

void run_export_markdown() {
  afbrief::article a = q::the_article();
  line l;
  out_c("# afbrief data reference\n\n");
  out_c("Generated by `afbrief export --format=markdown` from the tables in "
        "`include/afbrief/data/`. Do not edit this file: regenerate it with "
        "`afbrief export --format=markdown > docs/DATA.md`.\n\n");
  out_c("Dates are EDTF (ISO 8601-2): `2021-33` is the first quarter of 2021, `2011~` an "
        "approximate year, an empty side of `/` an unknown start and `..` an open end. "
        "Low and high are the bounds the wording gives (incl. or excl.); ¶ is the paragraph "
        "of the article.\n\n");
  out_c("## Article\n\n");
  l.put_c("- Outlet: ");
  l.put(a.outlet);
  l.put_c("\n- Subject: ");
  l.put(a.subject);
  l.put_c("\n- Published: ");
  l.put_date(a.published);
  if (a.published_derived) l.put_c(" (derived: the article prints no date line)");
  l.put_c("\n- Paragraphs: ");
  l.put_uint(a.paragraph_count);
  l.put('\n');
  out_c(l.text);
  l.reset();

  md_header("Figures", q::figures().size(),
            "| Key | Qualifier | Low | Best | High | Unit | Measure | Subject | Period | "
            "Base period | Place | Source | Via | ¶ | Wording |");
  for (afbrief::figure f : q::figures().all()) {
    l.put_c("| ");
    md_code(l, f.key);
    md_sep(l);
    l.put(core::qualifier_name(f.amount.hedge));
    md_sep(l);
    md_bound(l, f.amount.low);
    md_sep(l);
    l.put_int(f.amount.best, true);
    md_sep(l);
    md_bound(l, f.amount.high);
    md_sep(l);
    l.put(core::unit_name(f.amount.measured_in));
    md_sep(l);
    l.put(core::measure_name(f.counts));
    md_sep(l);
    md_cell_text(l, f.subject);
    md_sep(l);
    md_period(l, f.covers, f.period_phrase);
    md_sep(l);
    if (f.base.has_value()) {
      md_period(l, f.base.value(), f.base_phrase);
    } else {
      l.put_c("\xE2\x80\x94");
    }
    md_sep(l);
    md_key_or_dash(l, f.place);
    md_sep(l);
    md_key_or_dash(l, f.originator);
    md_sep(l);
    for (size_t i = 0; i < f.via.size(); ++i) {
      if (i > 0) l.put_c(" → ");
      md_code(l, key_of(f.via[i].value()));
    }
    md_sep(l);
    l.put_uint(f.paragraph);
    md_sep(l);
    md_cell_text(l, f.wording);
    md_row_end(l);
  }

  md_header("Events", q::events().size(),
            "| Key | Kind | When | Precision | Phrase | Actors | Place | Summary | Via | ¶ |");
  for (afbrief::event e : q::events().all()) {
    l.put_c("| ");
    md_code(l, e.key);
    md_sep(l);
    l.put(core::event_kind_name(e.kind));
    md_sep(l);
    l.put('`');
    l.put_edtf(e.when);
    l.put('`');
    md_sep(l);
    l.put(core::precision_name(e.dated_to));
    md_sep(l);
    md_cell_text(l, e.phrase);
    md_sep(l);
    for (size_t i = 0; i < e.actors.size(); ++i) {
      if (i > 0) l.put_c(", ");
      md_code(l, key_of(e.actors[i].value()));
    }
    md_sep(l);
    md_key_or_dash(l, e.place);
    md_sep(l);
    md_cell_text(l, e.summary);
    md_sep(l);
    md_key_or_dash(l, e.via);
    md_sep(l);
    l.put_uint(e.paragraph);
    md_row_end(l);
  }

  md_header("Statements", q::statements().size(),
            "| Key | Speaker | Role | Organisation | Date | Date derived | Channel | Quote | Via "
            "| ¶ |");
  for (afbrief::statement s : q::statements().all()) {
    l.put_c("| ");
    md_code(l, s.key);
    md_sep(l);
    md_code(l, key_of(s.speaker));
    md_sep(l);
    md_cell_text(l, s.role);
    md_sep(l);
    md_key_or_dash(l, s.organisation);
    md_sep(l);
    l.put_date(s.said_on);
    md_sep(l);
    l.put_c(s.date_derived ? "yes" : "no");
    md_sep(l);
    l.put(core::channel_name(s.said_through));
    md_sep(l);
    l.put_c("\xE2\x80\x9C");
    md_cell_text(l, s.quote);
    l.put_c("\xE2\x80\x9D");
    md_sep(l);
    md_key_or_dash(l, s.via);
    md_sep(l);
    l.put_uint(s.paragraph);
    md_row_end(l);
  }

  md_header("Actors", q::actors().size(), "| Key | Name | Kind | Role | Part of |");
  for (afbrief::actor x : q::actors().all()) {
    l.put_c("| ");
    md_code(l, x.key);
    md_sep(l);
    md_cell_text(l, x.name);
    md_sep(l);
    l.put(core::actor_kind_name(x.kind));
    md_sep(l);
    md_cell_text(l, x.role);
    md_sep(l);
    md_key_or_dash(l, x.part_of);
    md_row_end(l);
  }

  md_header("Sources", q::sources().size(), "| Key | Name | Actor | Kind |");
  for (afbrief::source s : q::sources().all()) {
    l.put_c("| ");
    md_code(l, s.key);
    md_sep(l);
    md_cell_text(l, s.name);
    md_sep(l);
    md_code(l, key_of(s.actor));
    md_sep(l);
    l.put(core::source_kind_name(s.kind));
    md_row_end(l);
  }

  md_header("Places", q::places().size(), "| Key | Name | Kind | Within |");
  for (afbrief::place p : q::places().all()) {
    l.put_c("| ");
    md_code(l, p.key);
    md_sep(l);
    md_cell_text(l, p.name);
    md_sep(l);
    l.put(core::place_kind_name(p.kind));
    md_sep(l);
    md_key_or_dash(l, p.within);
    md_row_end(l);
  }
}

// ---- Arguments -----------------------------------------------------------------------

const char usage_text[] =
    "usage: afbrief [COMMAND [ARGUMENTS]]\n"
    "\n"
    "The figures, events and quotes of one news article, from afbrief's tables.\n"
    "\n"
    "commands:\n"
    "  (none), brief            a briefing: headline figures, timeline, quotes\n"
    "  figures                  every figure, one a line: key, then the figure in words\n"
    "  events [--from DATE] [--to DATE]\n"
    "                           events that may overlap the range, one a line: EDTF date,\n"
    "                           key, summary (default range 0001-01-01 to 9999-12-31)\n"
    "  on DATE                  events that may overlap DATE, and statements said on DATE\n"
    "  show KEY                 every field of the record with that key; figures, events,\n"
    "                           statements, actors, sources and places are searched in that\n"
    "                           order; TABLE:KEY searches one table (e.g. source:afp)\n"
    "  export --format=json     every table as one JSON object\n"
    "  export --format=markdown every table as a Markdown data reference (docs/DATA.md)\n"
    "  help, --help, -h         this text\n"
    "  --version                the library version\n"
    "\n"
    "DATE is YYYY-MM-DD. Options take their value as --opt VALUE or --opt=VALUE.\n"
    "Exit status: 0 done, 1 output could not be written, 2 bad command line.\n";

enum class command : uint8_t { briefing, figures, events, on, show, export_json, export_markdown,
                               help, version };

struct plan {
  command what;
  core::date_range range;  // events, on
  core::civil_date day;    // on
  found_record record;     // show
};

// The one line a usage error prints (without "afbrief: " and the newline).
struct problem {
  line message;
  bool found;
  problem() : found(false) {}
  line& start() {
    found = true;
    message.reset();
    return message;
  }
};

// A date argument; on error, says why (describe(date_error)).
bool read_date(const char* arg, core::civil_date& out, problem& p) {
  core::date_result parsed = core::parse_date(core::text_from_c_string(arg));
  if (!parsed.ok()) {
    line& m = p.start();
    m.put_c("bad date '");
    put_arg(m, arg);
    m.put_c("': ");
    m.put(core::describe(parsed.error()));
    return false;
  }
  out = parsed.value();
  return true;
}

void unexpected_argument(problem& p, const char* cmd, const char* arg) {
  line& m = p.start();
  if (arg[0] == '-' && arg[1] != '\0') {
    m.put_c("unknown option '");
    put_arg(m, arg);
    m.put_c("' for '");
  } else {
    m.put_c("unexpected argument '");
    put_arg(m, arg);
    m.put_c("' after '");
  }
  m.put_c(cmd);
  m.put_c("' (see afbrief --help)");
}

// "--name VALUE" or "--name=VALUE" at argv[i]: true with the value when it
// matches (advancing i past a separate value); false when it does not match
// or (with a problem set) when the value is missing.
bool option_value(int argc, char** argv, int& i, const char* name, const char*& value,
                  problem& p) {
  const char* arg = argv[i];
  size_t n = strlen(name);
  if (strncmp(arg, name, n) != 0) return false;
  if (arg[n] == '=') {
    value = arg + n + 1;
    return true;
  }
  if (arg[n] != '\0') return false;
  if (i + 1 >= argc) {
    line& m = p.start();
    m.put_c("option ");
    m.put_c(name);
    m.put_c(" needs a value");
    return false;
  }
  ++i;
  value = argv[i];
  return true;
}

void parse_events(int argc, char** argv, plan& out, problem& p) {
  core::civil_date from(1, 1, 1);
  core::civil_date to(9999, 12, 31);
  bool have_from = false;
  bool have_to = false;
  for (int i = 2; i < argc && !p.found; ++i) {
    const char* value = nullptr;
    if (option_value(argc, argv, i, "--from", value, p)) {
      if (have_from) {
        p.start().put_c("option --from given twice");
        return;
      }
      have_from = true;
      if (!read_date(value, from, p)) return;
    } else if (!p.found && option_value(argc, argv, i, "--to", value, p)) {
      if (have_to) {
        p.start().put_c("option --to given twice");
        return;
      }
      have_to = true;
      if (!read_date(value, to, p)) return;
    } else if (!p.found) {
      unexpected_argument(p, "events", argv[i]);
    }
  }
  if (p.found) return;
  core::range_result r = core::make_range(from, to);
  if (!r.ok()) {
    line& m = p.start();
    m.put_c("bad range ");
    m.put_date(from);
    m.put_c(" to ");
    m.put_date(to);
    m.put_c(": ");
    m.put(core::describe(r.error()));
    return;
  }
  out.range = r.value();
}

void parse_export(int argc, char** argv, plan& out, problem& p) {
  const char* format = nullptr;
  for (int i = 2; i < argc && !p.found; ++i) {
    const char* value = nullptr;
    if (option_value(argc, argv, i, "--format", value, p)) {
      if (format != nullptr) {
        p.start().put_c("option --format given twice");
        return;
      }
      format = value;
    } else if (!p.found) {
      unexpected_argument(p, "export", argv[i]);
    }
  }
  if (p.found) return;
  if (format == nullptr) {
    p.start().put_c("export needs --format=json or --format=markdown");
  } else if (strcmp(format, "json") == 0) {
    out.what = command::export_json;
  } else if (strcmp(format, "markdown") == 0) {
    out.what = command::export_markdown;
  } else {
    line& m = p.start();
    m.put_c("unknown export format '");
    put_arg(m, format);
    m.put_c("' (expected json or markdown)");
  }
}

// Exactly one positional argument after the command.
const char* one_argument(int argc, char** argv, const char* cmd, const char* what, problem& p) {
  if (argc < 3) {
    line& m = p.start();
    m.put_c("'");
    m.put_c(cmd);
    m.put_c("' needs ");
    m.put_c(what);
    return nullptr;
  }
  if (argc > 3) {
    unexpected_argument(p, cmd, argv[3]);
    return nullptr;
  }
  return argv[2];
}

void no_more_arguments(int argc, char** argv, const char* cmd, problem& p) {
  if (argc > 2) unexpected_argument(p, cmd, argv[2]);
}

plan parse(int argc, char** argv, problem& p) {
  plan out = {command::briefing, core::make_range(core::civil_date(1, 1, 1),
                                                  core::civil_date(9999, 12, 31)).value(),
              core::civil_date(), {table_kind::none, 0, text_ref()}};
  if (argc < 2) return out;
  const char* cmd = argv[1];
  if (strcmp(cmd, "brief") == 0) {
    no_more_arguments(argc, argv, cmd, p);
  } else if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
    out.what = command::help;
    no_more_arguments(argc, argv, cmd, p);
  } else if (strcmp(cmd, "--version") == 0) {
    out.what = command::version;
    no_more_arguments(argc, argv, cmd, p);
  } else if (strcmp(cmd, "figures") == 0) {
    out.what = command::figures;
    no_more_arguments(argc, argv, cmd, p);
  } else if (strcmp(cmd, "events") == 0) {
    out.what = command::events;
    parse_events(argc, argv, out, p);
  } else if (strcmp(cmd, "on") == 0) {
    out.what = command::on;
    const char* arg = one_argument(argc, argv, cmd, "a date (YYYY-MM-DD)", p);
    if (arg != nullptr && read_date(arg, out.day, p)) {
      out.range = core::make_range(out.day, out.day).value();
    }
  } else if (strcmp(cmd, "show") == 0) {
    out.what = command::show;
    const char* arg = one_argument(argc, argv, cmd, "a key", p);
    if (arg != nullptr) {
      out.record = resolve_key(arg);
      if (out.record.table == table_kind::none) {
        line& m = p.start();
        m.put_c("no record with key '");
        put_arg(m, arg);
        m.put_c("'");
      }
    }
  } else if (strcmp(cmd, "export") == 0) {
    parse_export(argc, argv, out, p);
  } else {
    line& m = p.start();
    m.put_c(cmd[0] == '-' ? "unknown option '" : "unknown command '");
    put_arg(m, cmd);
    m.put_c("' (see afbrief --help)");
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  problem p;
  plan todo = parse(argc, argv, p);
  if (p.found) {
    fprintf(stderr, "afbrief: %s\n", p.message.text);
    return 2;
  }
  switch (todo.what) {
    case command::briefing:
      run_briefing();
      break;
    case command::figures:
      run_figures();
      break;
    case command::events:
      run_events(todo.range);
      break;
    case command::on:
      run_on(todo.day);
      break;
    case command::show:
      run_show(todo.record);
      break;
    case command::export_json:
      run_export_json();
      break;
    case command::export_markdown:
      run_export_markdown();
      break;
    case command::help:
      out_c(usage_text);
      break;
    case command::version:
      printf("afbrief %d.%d.%d\n", AFBRIEF_VERSION_MAJOR, AFBRIEF_VERSION_MINOR,
             AFBRIEF_VERSION_PATCH);
      break;
  }
  if (fflush(stdout) != 0 || ferror(stdout) != 0) {
    fputs("afbrief: could not write to standard output\n", stderr);
    return 1;
  }
  return 0;
}

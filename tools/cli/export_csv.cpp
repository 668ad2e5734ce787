// afbrief tool: `export --format=csv --table=TABLE`, one table as RFC 4180
// CSV with HXL hashtags, for spreadsheets and humanitarian data tools (HDX,
// the HXL Proxy). Row 1 names the columns, row 2 holds their HXL hashtags,
// then one row a record, in table (key) order. Lines end in CRLF; a cell with
// a comma, a quotation mark, CR or LF is quoted, its quotation marks doubled.
//
// Every cell is composed with the library's own formatters (EDTF, dates,
// figures in words) from rt's tables, as the JSON export is. A value the
// article does not give is an empty cell. README.md ("CSV with HXL tags")
// explains each column and names the attributes HXL 1.1 does not define.
#include <string.h>

#include "cli.hpp"

namespace afbrief_cli {

namespace {

bool needs_quotes(const char* s) {
  for (; *s != '\0'; ++s) {
    if (*s == ',' || *s == '"' || *s == '\r' || *s == '\n') return true;
  }
  return false;
}

void csv_cell(const char* s, bool first) {
  if (!first) out_char(',');
  if (!needs_quotes(s)) {
    out_c(s);
    return;
  }
  out_char('"');
  for (; *s != '\0'; ++s) {
    if (*s == '"') out_char('"');
    out_char(*s);
  }
  out_char('"');
}

void csv_end_row() { out_c("\r\n"); }

// One column: its name (row 1), its HXL hashtag (row 2), and how a record's
// cell is written.
template <class Record>
struct column {
  const char* name;
  const char* tag;
  void (*write)(line& cell, const Record& r);
};

template <class Record, size_t N, class Table>
void write_table(const column<Record> (&columns)[N], Table table) {
  for (size_t i = 0; i < N; ++i) csv_cell(columns[i].name, i == 0);
  csv_end_row();
  for (size_t i = 0; i < N; ++i) csv_cell(columns[i].tag, i == 0);
  csv_end_row();
  for (Record r : table.all()) {
    for (size_t i = 0; i < N; ++i) {
      line cell;
      columns[i].write(cell, r);
      csv_cell(cell.text, i == 0);
    }
    csv_end_row();
  }
}

// ---- Cells every table shares ---------------------------------------------------

// The first and the last possible day of a period; empty when unknown or open.
void put_first_day(line& l, core::period p) {
  if (core::has_date(p.begin)) l.put_date(p.begin.first_day);
}
void put_last_day(line& l, core::period p) {
  if (core::has_date(p.end)) l.put_date(core::last_day(p.end));
}

template <class Id>
void put_name_if_any(line& l, core::maybe<Id> id) {
  if (id.has_value()) l.put(q::name_of(id.value()));
}

// Names of an id list, "; " between them (names may hold commas).
template <class List>
void put_names(line& l, const List& ids) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) l.put_c("; ");
    l.put(q::name_of(ids[i].value()));
  }
}

// ---- Figures ----------------------------------------------------------------------

// The humanitarian measures HXL has a hashtag for. A figure's value goes in
// the first column its measure (and, where given, its subject as the data
// spells it) matches; a figure that matches none goes in `other_value`.
struct humanitarian_measure {
  const char* name;
  const char* tag;
  core::measure counts;
  const char* subject;  // nullptr: whoever is counted
};

constexpr humanitarian_measure humanitarian_measures[] = {
    {"children_killed", "#affected+killed+children", core::measure::killed, "children"},
    {"children_injured", "#affected+injured+children", core::measure::injured, "children"},
    {"women_killed", "#affected+killed+f+adults", core::measure::killed, "women"},
    {"people_in_need", "#inneed+ind", core::measure::in_need, nullptr},
    {"newly_displaced", "#affected+idps", core::measure::newly_displaced, nullptr},
    {"displaced_total", "#affected+displaced+total", core::measure::displaced_total, nullptr},
};
constexpr size_t humanitarian_measure_count =
    sizeof humanitarian_measures / sizeof humanitarian_measures[0];

bool counts_as(const afbrief::figure& f, const humanitarian_measure& m) {
  if (f.counts != m.counts) return false;
  if (m.subject == nullptr) return true;
  decoded subject(f.subject);
  return subject.size() == strlen(m.subject) &&
         memcmp(subject.c_str(), m.subject, subject.size()) == 0;
}

// The humanitarian column of a figure, or humanitarian_measure_count.
size_t humanitarian_column(const afbrief::figure& f) {
  for (size_t i = 0; i < humanitarian_measure_count; ++i) {
    if (counts_as(f, humanitarian_measures[i])) return i;
  }
  return humanitarian_measure_count;
}

void put_value_if_in(line& l, const afbrief::figure& f, size_t column) {
  if (humanitarian_column(f) == column) l.put_int(f.amount.best);
}
// One writer a value column (a function pointer each, as the table needs).
void children_killed(line& l, const afbrief::figure& f) { put_value_if_in(l, f, 0); }
void children_injured(line& l, const afbrief::figure& f) { put_value_if_in(l, f, 1); }
void women_killed(line& l, const afbrief::figure& f) { put_value_if_in(l, f, 2); }
void people_in_need(line& l, const afbrief::figure& f) { put_value_if_in(l, f, 3); }
void newly_displaced(line& l, const afbrief::figure& f) { put_value_if_in(l, f, 4); }
void displaced_total(line& l, const afbrief::figure& f) { put_value_if_in(l, f, 5); }
void other_value(line& l, const afbrief::figure& f) {
  put_value_if_in(l, f, humanitarian_measure_count);
}

void figure_key(line& l, const afbrief::figure& f) { l.put(f.key); }
void figure_measure(line& l, const afbrief::figure& f) { l.put(core::measure_name(f.counts)); }
void figure_subject(line& l, const afbrief::figure& f) { l.put(f.subject); }
void figure_qualifier(line& l, const afbrief::figure& f) {
  l.put(core::qualifier_name(f.amount.hedge));
}
void figure_unit(line& l, const afbrief::figure& f) {
  l.put(core::unit_name(f.amount.measured_in));
}
void figure_start(line& l, const afbrief::figure& f) { put_first_day(l, f.covers); }
void figure_end(line& l, const afbrief::figure& f) { put_last_day(l, f.covers); }
void figure_edtf(line& l, const afbrief::figure& f) { l.put_edtf(f.covers); }
void figure_place(line& l, const afbrief::figure& f) { put_name_if_any(l, f.place); }
void figure_originator(line& l, const afbrief::figure& f) { put_name_if_any(l, f.originator); }
void figure_via(line& l, const afbrief::figure& f) { put_names(l, f.via); }
void figure_paragraph(line& l, const afbrief::figure& f) { l.put_uint(f.paragraph); }
void figure_wording(line& l, const afbrief::figure& f) { l.put(f.wording); }
void figure_in_words(line& l, const afbrief::figure& f) { q::put_figure(l.w, f); }

const column<afbrief::figure> figure_columns[] = {
    {"key", "#meta+id", figure_key},
    {"measure", "#indicator+code", figure_measure},
    {"subject", "#indicator+subject", figure_subject},
    {"qualifier", "#meta+qualifier", figure_qualifier},
    {"unit", "#indicator+unit", figure_unit},
    {humanitarian_measures[0].name, humanitarian_measures[0].tag, children_killed},
    {humanitarian_measures[1].name, humanitarian_measures[1].tag, children_injured},
    {humanitarian_measures[2].name, humanitarian_measures[2].tag, women_killed},
    {humanitarian_measures[3].name, humanitarian_measures[3].tag, people_in_need},
    {humanitarian_measures[4].name, humanitarian_measures[4].tag, newly_displaced},
    {humanitarian_measures[5].name, humanitarian_measures[5].tag, displaced_total},
    {"other_value", "#indicator+num", other_value},
    {"period_start", "#date+start", figure_start},
    {"period_end", "#date+end", figure_end},
    {"period_edtf", "#date+edtf", figure_edtf},
    {"place", "#loc+name", figure_place},
    {"originator", "#meta+source", figure_originator},
    {"relays", "#meta+source+via", figure_via},
    {"paragraph", "#meta+paragraph", figure_paragraph},
    {"wording", "#description+verbatim", figure_wording},
    {"figure", "#description", figure_in_words},
};
static_assert(humanitarian_measure_count == 6, "a value column for each humanitarian measure");

// ---- Events -----------------------------------------------------------------------

void event_key(line& l, const afbrief::event& e) { l.put(e.key); }
void event_kind(line& l, const afbrief::event& e) { l.put(core::event_kind_name(e.kind)); }
void event_start(line& l, const afbrief::event& e) { put_first_day(l, e.when); }
void event_end(line& l, const afbrief::event& e) { put_last_day(l, e.when); }
void event_edtf(line& l, const afbrief::event& e) { l.put_edtf(e.when); }
void event_precision(line& l, const afbrief::event& e) {
  l.put(core::precision_name(e.dated_to));
}
void event_phrase(line& l, const afbrief::event& e) { l.put(e.phrase); }
void event_summary(line& l, const afbrief::event& e) { l.put(e.summary); }
void event_actors(line& l, const afbrief::event& e) { put_names(l, e.actors); }
void event_place(line& l, const afbrief::event& e) { put_name_if_any(l, e.place); }
void event_via(line& l, const afbrief::event& e) { put_name_if_any(l, e.via); }
void event_paragraph(line& l, const afbrief::event& e) { l.put_uint(e.paragraph); }

const column<afbrief::event> event_columns[] = {
    {"key", "#meta+id", event_key},
    {"kind", "#event+type", event_kind},
    {"start", "#date+start", event_start},
    {"end", "#date+end", event_end},
    {"edtf", "#date+edtf", event_edtf},
    {"precision", "#date+precision", event_precision},
    {"phrase", "#description+verbatim", event_phrase},
    {"summary", "#description", event_summary},
    {"actors", "#group+name", event_actors},
    {"place", "#loc+name", event_place},
    {"via", "#meta+source", event_via},
    {"paragraph", "#meta+paragraph", event_paragraph},
};

// ---- Statements -------------------------------------------------------------------

void statement_key(line& l, const afbrief::statement& s) { l.put(s.key); }
void statement_speaker(line& l, const afbrief::statement& s) { l.put(q::name_of(s.speaker)); }
void statement_role(line& l, const afbrief::statement& s) { l.put(s.role); }
void statement_organisation(line& l, const afbrief::statement& s) {
  put_name_if_any(l, s.organisation);
}
void statement_via(line& l, const afbrief::statement& s) { put_name_if_any(l, s.via); }
void statement_start(line& l, const afbrief::statement& s) { put_first_day(l, s.said); }
void statement_end(line& l, const afbrief::statement& s) { put_last_day(l, s.said); }
void statement_edtf(line& l, const afbrief::statement& s) { l.put_edtf(s.said); }
void statement_channel(line& l, const afbrief::statement& s) {
  if (s.said_through.has_value()) l.put(core::channel_name(s.said_through.value()));
}
void statement_quote(line& l, const afbrief::statement& s) { l.put(s.quote); }
void statement_indirect(line& l, const afbrief::statement& s) {
  l.put_c(s.indirect ? "true" : "false");
}
void statement_paragraph(line& l, const afbrief::statement& s) { l.put_uint(s.paragraph); }

const column<afbrief::statement> statement_columns[] = {
    {"key", "#meta+id", statement_key},
    {"speaker", "#meta+source", statement_speaker},
    {"role", "#meta+source+role", statement_role},
    {"organisation", "#group+name", statement_organisation},
    {"via", "#meta+source+via", statement_via},
    {"said_start", "#date+start", statement_start},
    {"said_end", "#date+end", statement_end},
    {"said_edtf", "#date+edtf", statement_edtf},
    {"channel", "#meta+channel", statement_channel},
    {"words", "#description", statement_quote},
    {"indirect", "#meta+indirect", statement_indirect},
    {"paragraph", "#meta+paragraph", statement_paragraph},
};

}  // namespace

void run_export_csv(export_table table) {
  switch (table) {
    case export_table::figures:
      write_table(figure_columns, q::figures());
      break;
    case export_table::events:
      write_table(event_columns, q::events());
      break;
    case export_table::statements:
      write_table(statement_columns, q::statements());
      break;
  }
}

}  // namespace afbrief_cli

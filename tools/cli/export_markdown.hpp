// afbrief tool: `export --format=markdown`, every table as a Markdown data
// reference (docs/DATA.md is this output), one pipe table per afbrief table.
// Each row is composed in one `line`, cells escaped, then printed.
#ifndef AFBRIEF_TOOLS_CLI_EXPORT_MARKDOWN_HPP
#define AFBRIEF_TOOLS_CLI_EXPORT_MARKDOWN_HPP

#include "ids.hpp"
#include "output.hpp"

namespace {

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
void md_cell_text(line& l, afbrief::packed_text t) {
  md_cell_text(l, decoded(t));
}
void md_code(line& l, text_ref t) {
  l.put('`');
  l.put(t);
  l.put('`');
}
void md_code(line& l, afbrief::packed_text t) {
  md_code(l, decoded(t));
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
// The keys of an id list, each as code, `sep` between them.
template <class List>
void md_keys(line& l, const List& ids, const char* sep) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) l.put_c(sep);
    md_code(l, key_of(ids[i].value()));
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
void md_period(line& l, core::period p, afbrief::packed_text phrase) {
  md_period(l, p, decoded(phrase));
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

// One section: the heading and column names, then a row per record; `write`
// fills the cells between the leading "| " and the closing " |".
template <class Table, class Write>
void md_table(const char* title, Table table, const char* columns_row, Write write) {
  md_header(title, table.size(), columns_row);
  line l;
  for (auto record : table.all()) {
    l.put_c("| ");
    write(l, record);
    md_row_end(l);
  }
}

void md_figure(line& l, afbrief::figure f) {
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
  md_keys(l, f.via, " → ");
  md_sep(l);
  l.put_uint(f.paragraph);
  md_sep(l);
  md_cell_text(l, f.wording);
}

void md_event(line& l, afbrief::event e) {
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
  md_keys(l, e.actors, ", ");
  md_sep(l);
  md_key_or_dash(l, e.place);
  md_sep(l);
  md_cell_text(l, e.summary);
  md_sep(l);
  md_key_or_dash(l, e.via);
  md_sep(l);
  l.put_uint(e.paragraph);
}

void md_statement(line& l, afbrief::statement s) {
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
}

void md_actor(line& l, afbrief::actor a) {
  md_code(l, a.key);
  md_sep(l);
  md_cell_text(l, a.name);
  md_sep(l);
  l.put(core::actor_kind_name(a.kind));
  md_sep(l);
  md_cell_text(l, a.role);
  md_sep(l);
  md_key_or_dash(l, a.part_of);
}

void md_source(line& l, afbrief::source s) {
  md_code(l, s.key);
  md_sep(l);
  md_cell_text(l, s.name);
  md_sep(l);
  md_code(l, key_of(s.actor));
  md_sep(l);
  l.put(core::source_kind_name(s.kind));
}

void md_place(line& l, afbrief::place p) {
  md_code(l, p.key);
  md_sep(l);
  md_cell_text(l, p.name);
  md_sep(l);
  l.put(core::place_kind_name(p.kind));
  md_sep(l);
  md_key_or_dash(l, p.within);
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

  md_table("Figures", q::figures(),
           "| Key | Qualifier | Low | Best | High | Unit | Measure | Subject | Period | "
           "Base period | Place | Source | Via | ¶ | Wording |",
           md_figure);
  md_table("Events", q::events(),
           "| Key | Kind | When | Precision | Phrase | Actors | Place | Summary | Via | ¶ |",
           md_event);
  md_table("Statements", q::statements(),
           "| Key | Speaker | Role | Organisation | Date | Date derived | Channel | Quote | Via "
           "| ¶ |",
           md_statement);
  md_table("Actors", q::actors(), "| Key | Name | Kind | Role | Part of |", md_actor);
  md_table("Sources", q::sources(), "| Key | Name | Actor | Kind |", md_source);
  md_table("Places", q::places(), "| Key | Name | Kind | Within |", md_place);
}

}  // namespace

#endif  // AFBRIEF_TOOLS_CLI_EXPORT_MARKDOWN_HPP

// afbrief tool: `export --format=csv --table=TABLE`, one table as RFC 4180
// CSV with HXL hashtags, for spreadsheets and humanitarian data tools (HDX,
// the HXL Proxy): the columns of each table. How CSV is written is csv.hpp's.
//
// Every cell is composed with the library's own formatters (EDTF, dates,
// figures in words) from rt's tables, as the JSON export is. A value the
// article does not give is an empty cell. README.md ("CSV with HXL tags")
// explains each column and names the attributes HXL 1.1 does not define.
#include <string.h>

#include "csv.hpp"

namespace afbrief_cli {

namespace {

using csv::column;
using csv::write_table;

// ---- Cells every table shares ---------------------------------------------------

// The first and the last possible day of a period. Empty when the bound is
// unknown or open, and when it is approximate (EDTF `~`): "2011~" has no
// first possible day, and 2011-01-01 would claim one. The EDTF column keeps
// the bound as the article gives it.
void put_first_day(line& l, core::period p) {
  if (core::has_date(p.begin) && !p.begin.approximate) l.put_date(p.begin.first_day);
}
void put_last_day(line& l, core::period p) {
  if (core::has_date(p.end) && !p.end.approximate) l.put_date(core::last_day(p.end));
}
void put_form(line& l, core::period p) { l.put(afbrief::period_form_name(p.form)); }

template <class Id>
void put_name_if_any(line& l, core::maybe<Id> id) {
  if (id.has_value()) l.put(q::name_of(id.value()));
}

// The key of the actor behind a source, so that a figure's originator joins
// a statement's speaker (both actor keys).
void put_actor_key(line& l, afbrief::source_id s) { l.put(key_of(q::get(s).value().actor)); }

// Names of an id list, "; " between them (names may hold commas).
template <class List>
void put_names(line& l, const List& ids) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) l.put_c("; ");
    l.put(q::name_of(ids[i].value()));
  }
}

// HXL has a hashtag for humanitarian organisations (#org); the parties,
// states and other bodies are groups (#group); persons have neither.
enum class actor_column : uint8_t { group, organisation, person };

actor_column column_of(afbrief::actor_id a) {
  core::actor_kind kind = q::get(a).value().kind;
  if (kind == core::actor_kind::un_body) return actor_column::organisation;
  if (kind == core::actor_kind::person) return actor_column::person;
  return actor_column::group;
}

// The names, "; " between them, of the actors of one column.
template <class List>
void put_names_in(line& l, const List& ids, actor_column which) {
  bool first = true;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (column_of(ids[i].value()) != which) continue;
    if (!first) l.put_c("; ");
    l.put(q::name_of(ids[i].value()));
    first = false;
  }
}

void put_name_in(line& l, core::maybe<afbrief::actor_id> a, actor_column which) {
  if (a.has_value() && column_of(a.value()) == which) l.put(q::name_of(a.value()));
}

// ---- Figures ----------------------------------------------------------------------

// The value columns. A figure's value goes in the first column it matches
// (its unit, and its measure and subject as the data spells them), and every
// other value cell of its row is empty, so each column holds one kind of
// number: six humanitarian counts HXL has a hashtag for, then any other count
// of people, then percentages (the casualty change), which never sum with a
// count.
struct value_column_spec {
  const char* name;
  const char* tag;
  core::unit unit;
  bool any_measure;       // true: the measure and subject below are not looked at
  core::measure counts;
  const char* subject;    // nullptr: whoever is counted
};

constexpr value_column_spec value_columns[] = {
    {"children_killed", "#affected+killed+children", core::unit::people, false,
     core::measure::killed, "children"},
    {"children_injured", "#affected+injured+children", core::unit::people, false,
     core::measure::injured, "children"},
    {"women_killed", "#affected+killed+f+adults", core::unit::people, false,
     core::measure::killed, "women"},
    {"people_in_need", "#inneed+ind", core::unit::people, false, core::measure::in_need,
     nullptr},
    {"newly_displaced", "#affected+idps", core::unit::people, false,
     core::measure::newly_displaced, nullptr},
    {"displaced_total", "#affected+displaced+total", core::unit::people, false,
     core::measure::displaced_total, nullptr},
    {"other_value", "#indicator+num", core::unit::people, true, core::measure::killed, nullptr},
    {"percent_value", "#indicator+num+pct", core::unit::percent, true, core::measure::killed,
     nullptr},
};
constexpr size_t value_column_count = sizeof value_columns / sizeof value_columns[0];

constexpr bool headings_from(size_t i) {
  return i == value_column_count ||
         (value_columns[i].name[0] != '\0' && value_columns[i].tag[0] == '#' &&
          headings_from(i + 1));
}
static_assert(headings_from(0), "every value column has a name and an HXL hashtag");

bool subject_is(const afbrief::figure& f, const char* subject) {
  decoded s(f.subject);
  return s.size() == strlen(subject) && memcmp(s.c_str(), subject, s.size()) == 0;
}

bool goes_in(const afbrief::figure& f, const value_column_spec& c) {
  if (f.amount.measured_in != c.unit) return false;
  if (c.any_measure) return true;
  return f.counts == c.counts && (c.subject == nullptr || subject_is(f, c.subject));
}

// The value column of a figure; value_column_count if none matches (a unit
// without a column: the value is then only in the `figure` text).
size_t value_column_of(const afbrief::figure& f) {
  for (size_t i = 0; i < value_column_count; ++i) {
    if (goes_in(f, value_columns[i])) return i;
  }
  return value_column_count;
}

// Column Index of value_columns, with the writer for that same index: the
// list of columns below cannot pair a name with another column's values.
template <size_t Index>
struct value_column {
  static_assert(Index < value_column_count, "no such value column");
  static void write(line& l, const afbrief::figure& f) {
    if (value_column_of(f) == Index) l.put_int(f.amount.best);
  }
  static constexpr column<afbrief::figure> get() {
    return column<afbrief::figure>{value_columns[Index].name, value_columns[Index].tag, write};
  }
};

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
void figure_form(line& l, const afbrief::figure& f) { put_form(l, f.covers); }
void figure_base_edtf(line& l, const afbrief::figure& f) {
  if (f.base.has_value()) l.put_edtf(f.base.value());
}
void figure_place(line& l, const afbrief::figure& f) { put_name_if_any(l, f.place); }
void figure_originator(line& l, const afbrief::figure& f) { put_name_if_any(l, f.originator); }
void figure_originator_key(line& l, const afbrief::figure& f) {
  if (f.originator.has_value()) put_actor_key(l, f.originator.value());
}
void figure_via(line& l, const afbrief::figure& f) { put_names(l, f.via); }
void figure_paragraph(line& l, const afbrief::figure& f) { l.put_uint(f.paragraph); }
void figure_wording(line& l, const afbrief::figure& f) { l.put(f.wording); }
void figure_in_words(line& l, const afbrief::figure& f) { q::put_figure(l.w, f); }

static_assert(value_column_count == 8, "list every value column below, by its index");
constexpr column<afbrief::figure> figure_columns[] = {
    {"key", "#meta+id", figure_key},
    {"measure", "#indicator+code", figure_measure},
    {"subject", "#indicator+subject", figure_subject},
    {"qualifier", "#meta+qualifier", figure_qualifier},
    {"unit", "#indicator+unit", figure_unit},
    value_column<0>::get(),
    value_column<1>::get(),
    value_column<2>::get(),
    value_column<3>::get(),
    value_column<4>::get(),
    value_column<5>::get(),
    value_column<6>::get(),
    value_column<7>::get(),
    {"period_start", "#date+start", figure_start},
    {"period_end", "#date+end", figure_end},
    {"period_edtf", "#meta+edtf", figure_edtf},
    {"period_form", "#meta+form", figure_form},
    {"base_edtf", "#meta+edtf+base", figure_base_edtf},
    {"place", "#loc+name", figure_place},
    {"originator", "#meta+source", figure_originator},
    {"originator_key", "#meta+source+code", figure_originator_key},
    {"relays", "#meta+source+via", figure_via},
    {"paragraph", "#meta+paragraph", figure_paragraph},
    {"wording", "#description+verbatim", figure_wording},
    {"figure", "#description", figure_in_words},
};

// ---- Events -----------------------------------------------------------------------

void event_key(line& l, const afbrief::event& e) { l.put(e.key); }
void event_kind(line& l, const afbrief::event& e) { l.put(core::event_kind_name(e.kind)); }
void event_start(line& l, const afbrief::event& e) { put_first_day(l, e.when); }
void event_end(line& l, const afbrief::event& e) { put_last_day(l, e.when); }
void event_edtf(line& l, const afbrief::event& e) { l.put_edtf(e.when); }
void event_form(line& l, const afbrief::event& e) { put_form(l, e.when); }
void event_precision(line& l, const afbrief::event& e) {
  l.put(core::precision_name(e.dated_to));
}
void event_phrase(line& l, const afbrief::event& e) { l.put(e.phrase); }
void event_summary(line& l, const afbrief::event& e) { l.put(e.summary); }
void event_groups(line& l, const afbrief::event& e) {
  put_names_in(l, e.actors, actor_column::group);
}
void event_organisations(line& l, const afbrief::event& e) {
  put_names_in(l, e.actors, actor_column::organisation);
}
void event_persons(line& l, const afbrief::event& e) {
  put_names_in(l, e.actors, actor_column::person);
}
void event_place(line& l, const afbrief::event& e) { put_name_if_any(l, e.place); }
void event_via(line& l, const afbrief::event& e) { put_name_if_any(l, e.via); }
void event_paragraph(line& l, const afbrief::event& e) { l.put_uint(e.paragraph); }

constexpr column<afbrief::event> event_columns[] = {
    {"key", "#meta+id", event_key},
    {"kind", "#event+type", event_kind},
    {"start", "#date+start", event_start},
    {"end", "#date+end", event_end},
    {"edtf", "#meta+edtf", event_edtf},
    {"form", "#meta+form", event_form},
    {"precision", "#meta+precision", event_precision},
    {"phrase", "#description+verbatim", event_phrase},
    {"summary", "#description", event_summary},
    {"actor_groups", "#group+name", event_groups},
    {"actor_organisations", "#org+name", event_organisations},
    {"actor_persons", "#meta+person+name", event_persons},
    {"place", "#loc+name", event_place},
    {"via", "#meta+source", event_via},
    {"paragraph", "#meta+paragraph", event_paragraph},
};

// ---- Statements -------------------------------------------------------------------

void statement_key(line& l, const afbrief::statement& s) { l.put(s.key); }
void statement_speaker(line& l, const afbrief::statement& s) { l.put(q::name_of(s.speaker)); }
void statement_speaker_key(line& l, const afbrief::statement& s) { l.put(key_of(s.speaker)); }
void statement_role(line& l, const afbrief::statement& s) { l.put(s.role); }
// An organisation is a humanitarian one (#org) or, whatever else it is, a
// group: a statement's two columns leave no organisation out.
void statement_group(line& l, const afbrief::statement& s) {
  if (s.organisation.has_value() &&
      column_of(s.organisation.value()) != actor_column::organisation) {
    l.put(q::name_of(s.organisation.value()));
  }
}
void statement_organisation(line& l, const afbrief::statement& s) {
  put_name_in(l, s.organisation, actor_column::organisation);
}
void statement_via(line& l, const afbrief::statement& s) { put_name_if_any(l, s.via); }
void statement_start(line& l, const afbrief::statement& s) { put_first_day(l, s.said); }
void statement_end(line& l, const afbrief::statement& s) { put_last_day(l, s.said); }
void statement_edtf(line& l, const afbrief::statement& s) { l.put_edtf(s.said); }
void statement_form(line& l, const afbrief::statement& s) { put_form(l, s.said); }
void statement_channel(line& l, const afbrief::statement& s) {
  if (s.said_through.has_value()) l.put(core::channel_name(s.said_through.value()));
}
void statement_quote(line& l, const afbrief::statement& s) { l.put(s.quote); }
void statement_indirect(line& l, const afbrief::statement& s) {
  l.put_c(s.indirect ? "true" : "false");
}
void statement_paragraph(line& l, const afbrief::statement& s) { l.put_uint(s.paragraph); }

constexpr column<afbrief::statement> statement_columns[] = {
    {"key", "#meta+id", statement_key},
    {"speaker", "#meta+source", statement_speaker},
    {"speaker_key", "#meta+source+code", statement_speaker_key},
    {"role", "#meta+source+role", statement_role},
    {"organisation", "#group+name", statement_group},
    {"humanitarian_organisation", "#org+name", statement_organisation},
    {"via", "#meta+source+via", statement_via},
    {"said_start", "#date+start", statement_start},
    {"said_end", "#date+end", statement_end},
    {"said_edtf", "#meta+edtf", statement_edtf},
    {"said_form", "#meta+form", statement_form},
    {"channel", "#meta+channel", statement_channel},
    {"words", "#description", statement_quote},
    {"indirect", "#meta+indirect", statement_indirect},
    {"paragraph", "#meta+paragraph", statement_paragraph},
};

}  // namespace

void run_export_csv(export_table table, problem& failure) {
  switch (table) {
    case export_table::figures:
      write_table("figures", figure_columns, q::figures(), failure);
      break;
    case export_table::events:
      write_table("events", event_columns, q::events(), failure);
      break;
    case export_table::statements:
      write_table("statements", statement_columns, q::statements(), failure);
      break;
  }
}

}  // namespace afbrief_cli

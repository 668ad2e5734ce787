// afbrief tool: RFC 4180 CSV writing for `export --format=csv`, apart from
// which table and which columns: a cell (quoted only when it holds a comma, a
// quotation mark, CR or LF, its quotation marks doubled), a row ending in
// CRLF, and a table written whole or not at all. A table is a list of
// columns, each a name (row 1), an HXL hashtag (row 2) and how a record's
// cell is composed; export_csv.cpp holds the three tables' columns.
//
// A cell never comes out cut short: every cell of the table is composed once
// before anything is written, and if one does not fit, nothing goes to stdout
// and the record (TABLE:KEY) and the column are named instead.
#ifndef AFBRIEF_CLI_CSV_HPP
#define AFBRIEF_CLI_CSV_HPP

#include "cli.hpp"

// The longest cell the export writes, in bytes. The tests build a second
// tool with a small limit to see a cell that does not fit refused; it can be
// no more than a line holds.
#ifndef AFBRIEF_CLI_CSV_CELL_LIMIT
#define AFBRIEF_CLI_CSV_CELL_LIMIT (sizeof(static_cast<afbrief_cli::line*>(nullptr)->text) - 1)
#endif

namespace afbrief_cli {
namespace csv {

constexpr size_t cell_limit = AFBRIEF_CLI_CSV_CELL_LIMIT;
static_assert(AFBRIEF_CLI_CSV_CELL_LIMIT < sizeof(static_cast<line*>(nullptr)->text),
              "a CSV cell is composed in a line: the limit must leave room for its NUL");

inline bool needs_quotes(const char* s) {
  for (; *s != '\0'; ++s) {
    if (*s == ',' || *s == '"' || *s == '\r' || *s == '\n') return true;
  }
  return false;
}

inline void csv_cell(const char* s, bool first) {
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

inline void csv_end_row() { out_c("\r\n"); }

// One column: its name (row 1), its HXL hashtag (row 2), and how a record's
// cell is written.
template <class Record>
struct column {
  const char* name;
  const char* tag;
  void (*write)(line& cell, const Record& r);
};

// The first cell, in table order, that is longer than the limit: its record
// and its column, in `p`. False when every cell fits.
template <class Record, size_t N, class Table>
bool find_overlong_cell(const char* table_name, const column<Record> (&columns)[N],
                        Table table, problem& p) {
  for (Record r : table.all()) {
    for (size_t i = 0; i < N; ++i) {
      line cell;
      columns[i].write(cell, r);
      if (cell.w.finish().needed <= cell_limit) continue;
      line& m = p.start();
      m.put_c(table_name);
      m.put(':');
      m.put(r.key);
      m.put_c(": the ");
      m.put_c(columns[i].name);
      m.put_c(" cell is longer than ");
      m.put_uint(static_cast<uint32_t>(cell_limit));
      m.put_c(" bytes; nothing was exported");
      return true;
    }
  }
  return false;
}

template <class Record, size_t N, class Table>
void write_table(const char* table_name, const column<Record> (&columns)[N], Table table,
                 problem& p) {
  if (find_overlong_cell(table_name, columns, table, p)) return;
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

}  // namespace csv
}  // namespace afbrief_cli

#endif  // AFBRIEF_CLI_CSV_HPP

// afbrief tool: what the tool's translation units share, and nothing else.
//
// One header, so that every .cpp sees the same declarations and the linker
// checks that each is defined once. Helpers a single file needs stay in an
// unnamed namespace inside that file. The tool reads the article through
// afbrief::rt only, allocates nothing and uses no iostream: every line is
// composed in a stack `line` with the library's writer, then printed.
#ifndef AFBRIEF_TOOLS_CLI_CLI_HPP
#define AFBRIEF_TOOLS_CLI_CLI_HPP

#include <stddef.h>
#include <stdint.h>

#include <afbrief/afbrief.hpp>

namespace afbrief_cli {

namespace core = afbrief::core;
typedef afbrief::rt q;
typedef afbrief::data::sheet sheet;
// How rt reads library texts (vocabulary words, notes): they may live in
// flash on other targets, so they are never indexed directly.
typedef q::reader reader;
using core::text_ref;

const size_t terminal_width = 100;

// ---- output.cpp: plain output, decoded texts, lines, wrapping ----------------

// Where the tool writes: stdout and stderr in the executable (afbrief.cpp),
// memory in the fuzz target (tests/fuzz/fuzz_cli.cpp), which runs the tool
// many times in one process and checks what each run wrote.
class sink {
 public:
  sink() = default;
  sink(const sink&) = delete;  // each sink is one destination
  sink& operator=(const sink&) = delete;
  virtual ~sink() = default;
  virtual void write(const char* bytes, size_t n) = 0;
  // True once a write has not reached its destination (called once, at the end).
  virtual bool failed() = 0;
};

// The sink the out_* functions write to; run_tool sets it for its run.
void set_output(sink* out);

void out_c(const char* s);
void out_char(char c);
void out_bytes(const char* s, size_t n);
void out_spaces(size_t n);

// Terminal columns a UTF-8 text takes: one per code point.
size_t columns(const char* s, size_t n);
size_t columns(const char* s);

// A record's packed text, decoded through afbrief::rt into a buffer of its
// own, large enough for the longest text of the tables (the pool records it).
// Its characters are ordinary memory, unlike a library text_ref.
class decoded {
 public:
  explicit decoded(afbrief::packed_text t)
      : length_(q::render(t, chars_, sizeof chars_).length) {}
  const char* c_str() const { return chars_; }
  size_t size() const { return length_; }
  bool empty() const { return length_ == 0; }

 private:
  char chars_[afbrief::data::text_pool<>::longest_text + 1];
  size_t length_;
};

// A line (or a paragraph) built with the library's writer. Large enough for
// any record of the tables, notes included: `show` prints a note after a
// label, so the longest note, which the generator records, must fit.
struct line {
  char text[2048];
  core::writer w;
  line() : w(text, sizeof text) {}
  line(const line&) = delete;  // w points into text
  line& operator=(const line&) = delete;
  ~line() = default;
  void reset() { w = core::writer(text, sizeof text); }
  size_t cols() const { return columns(text); }
  // Spaces up to column `col`; at least `min_gap` of them.
  void pad_to(size_t col, size_t min_gap = 1) {
    size_t c = cols();
    size_t n = c + min_gap > col ? min_gap : col - c;
    for (size_t i = 0; i < n; ++i) w.put(' ');
  }
  // A library text (a vocabulary word, a note): read through rt's reader.
  void put(text_ref library_text) { w.put<reader>(library_text); }
  // Text in ordinary memory: a decoded record text, an argument, a literal.
  void put(const decoded& t) { w.put(text_ref(t.c_str(), t.size())); }
  void put(afbrief::packed_text t) { put(decoded(t)); }
  void put_plain(text_ref t) { w.put(t); }
  void put_c(const char* s) { w.put(core::text_from_c_string(s)); }
  void put(char c) { w.put(c); }
  void put_int(int32_t v, bool grouped = false) { w.put_signed(v, grouped); }
  void put_uint(uint32_t v) { w.put_unsigned(v); }
  void put_date(core::civil_date d) { core::put_iso_date(w, d); }
  void put_edtf(core::period p) { core::put_edtf(w, p); }
};

// The article's words between curly double quotes: “words”.
void put_quoted(line& l, afbrief::packed_text t);

// Prints `prefix` as it is, then `body` word-wrapped to the terminal width;
// continuation lines are indented by `hang` columns.
void print_wrapped(const char* prefix, const char* body, size_t hang);

// ---- ids.cpp: keys of ids, field names, column widths, date order ---------------

decoded key_of(afbrief::actor_id id);
decoded key_of(afbrief::source_id id);
decoded key_of(afbrief::place_id id);
decoded key_of(afbrief::statement_id id);

// The names of the fields in a record's `derived` set, in field order: the
// library's own (afbrief::figure_field_name and the like), library texts.
struct field_names {
  text_ref names[16];
  size_t count;
};
field_names derived_names(afbrief::field_set<afbrief::figure_field> set);
field_names derived_names(afbrief::field_set<afbrief::event_field> set);
field_names derived_names(afbrief::field_set<afbrief::statement_field> set);
field_names derived_names(afbrief::field_set<afbrief::article_field> set);

// Widest EDTF text over the figures and the events, and over the statements'
// `said`, so columns line up the same whichever rows a command prints.
size_t widest_edtf();
size_t widest_said_edtf();
size_t widest_figure_key();
size_t widest_event_key();

// Chronological order: by earliest possible day, then latest possible day,
// then table order. A period whose start is unknown has no earliest day and
// sorts first. Returns how many ids were written.
size_t events_chronologically(afbrief::event_id* order, size_t capacity);
size_t statements_chronologically(afbrief::statement_id* order, size_t capacity);

// The article's order: by paragraph, then by where the figure's wording
// starts in it (its locator). The briefing lists the headline figures so.
size_t figures_in_article_order(afbrief::figure_id* order, size_t capacity);

// ---- lookup.cpp: a record by KEY or TABLE:KEY -----------------------------------

enum class table_kind : uint8_t { figure, event, statement, actor, source, place, none };

const size_t table_count = 6;
// The order `show KEY` searches the tables in.
extern const table_kind lookup_order[table_count];

const char* table_name(table_kind t);

// The position of `key` in one table, or not found.
core::maybe<size_t> find_in(table_kind t, text_ref key);

struct found_record {
  table_kind table;  // none: not found
  size_t position;
  text_ref key;      // points into the argument it was read from
};

// "KEY" searches the tables in lookup order; "TABLE:KEY" searches one table.
found_record resolve_key(const char* arg);

// ---- commands.cpp: briefing, figures, events, on ----------------------------------

void run_briefing();
void run_figures();
void run_events(core::date_range range);
void run_on(core::civil_date day);

// ---- show.cpp, export_json.cpp, export_csv.cpp ------------------------------------

// The tables `export --format=csv --table=NAME` writes, one at a time.
enum class export_table : uint8_t { figures, events, statements };

struct problem;
void run_show(found_record r);
void run_export_json();
// A cell too long to write whole: nothing on stdout, the record and column
// in `failure` (run_tool prints it and exits 1).
void run_export_csv(export_table table, problem& failure);

// ---- arguments.cpp: the command line, checked before anything is printed ---------

enum class command : uint8_t {
  briefing,
  figures,
  events,
  on,
  show,
  export_json,
  export_csv,
  help,
  version
};

struct plan {
  command what;
  core::date_range range;  // events
  core::civil_date day;    // on
  found_record record;     // show
  export_table table;      // export --format=csv
};

// The one line a usage error (or a failed export) prints, without
// "afbrief: " and the newline.
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

plan parse(int argc, char** argv, problem& p);
void print_usage();

// ---- run.cpp: the whole tool as a function ----------------------------------------

// Reads the command line, runs the command it names with its output on `out`,
// and answers the exit status: 0 done; 2 a bad command line (one line on
// `err`, nothing on `out`); 1 `out` failed, or the CSV export met a cell too
// long to write whole (one line on `err`; for the cell, nothing on `out`).
int run_tool(int argc, char** argv, sink& out, sink& err);

static_assert(afbrief::data::note_texts<>::longest_note + 64 <
                  sizeof(static_cast<line*>(nullptr)->text),
              "a note would not fit a line: make line::text larger");

}  // namespace afbrief_cli

#endif  // AFBRIEF_TOOLS_CLI_CLI_HPP

// afbrief tool: the command line, read into a `plan` (what to run, with its
// date range, day or record) or a `problem` (the one line a usage error
// prints). Every argument is checked here, before anything is printed, so a
// usage error never leaves half an output on stdout.
#include <string.h>

#include "cli.hpp"

namespace afbrief_cli {

namespace {

const char usage_text[] =
    "usage: afbrief [COMMAND [ARGUMENTS]]\n"
    "\n"
    "The figures, events and statements of one news article, from afbrief's tables.\n"
    "\n"
    "commands:\n"
    "  (none), brief            a briefing: headline figures in the article's order,\n"
    "                           timeline, statements\n"
    "  figures                  every figure, one a line: key, then the figure in words\n"
    "  events [--from DATE] [--to DATE]\n"
    "                           events that may overlap the range, one a line: EDTF date,\n"
    "                           key, summary (default range 0001-01-01 to 9999-12-31)\n"
    "  on DATE                  events that may overlap DATE, and the statements certainly\n"
    "                           said on DATE (not those said on a day the article leaves open)\n"
    "  show KEY                 every field of the record with that key, with its note and\n"
    "                           where its words stand in the article; figures, events,\n"
    "                           statements, actors, sources and places are searched in that\n"
    "                           order; TABLE:KEY searches one table (e.g. source:afp)\n"
    "  export --format=json     the article, its paragraphs and every table as one JSON\n"
    "                           object, with each record's note and locators\n"
    "  export --format=csv --table=figures|events|statements\n"
    "                           one table as RFC 4180 CSV (CRLF line ends): column names,\n"
    "                           then HXL hashtags, then one row a record\n"
    "  help, --help, -h         this text\n"
    "  --version                the library version\n"
    "\n"
    "DATE is YYYY-MM-DD. Options take their value as --opt VALUE or --opt=VALUE.\n"
    "Exit status: 0 done, 1 output could not be written, 2 bad command line.\n";

// A command-line argument inside an error message. Control bytes and every
// non-ASCII byte are written as \xNN, so that no argument (a newline, invalid
// UTF-8, U+0085, U+2028...) can break the one-line message; long arguments
// are cut.
void put_arg(line& l, const char* arg) {
  static const char hex[] = "0123456789abcdef";
  size_t n = 0;
  for (; n < 200 && arg[n] != '\0'; ++n) {
    unsigned char c = static_cast<unsigned char>(arg[n]);
    if (c < 0x20u || c >= 0x7Fu) {
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

// A date argument; on error, says why in the library's words.
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

// The table a CSV export writes, by its name on the command line.
bool read_table(const char* name, export_table& out) {
  static const struct {
    const char* name;
    export_table table;
  } tables[] = {{"figures", export_table::figures},
                {"events", export_table::events},
                {"statements", export_table::statements}};
  for (size_t i = 0; i < sizeof tables / sizeof tables[0]; ++i) {
    if (strcmp(name, tables[i].name) == 0) {
      out = tables[i].table;
      return true;
    }
  }
  return false;
}

// JSON holds every table in one object; CSV holds one table, so --table is
// needed with it and meaningless with JSON. docs/DATA.md is written by
// tools/generate.py from the data file, so `--format=markdown` is an unknown
// format like any other.
void parse_export(int argc, char** argv, plan& out, problem& p) {
  const char* format = nullptr;
  const char* table = nullptr;
  for (int i = 2; i < argc && !p.found; ++i) {
    const char* value = nullptr;
    if (option_value(argc, argv, i, "--format", value, p)) {
      if (format != nullptr) {
        p.start().put_c("option --format given twice");
        return;
      }
      format = value;
    } else if (!p.found && option_value(argc, argv, i, "--table", value, p)) {
      if (table != nullptr) {
        p.start().put_c("option --table given twice");
        return;
      }
      table = value;
    } else if (!p.found) {
      unexpected_argument(p, "export", argv[i]);
    }
  }
  if (p.found) return;
  if (format == nullptr) {
    p.start().put_c("export needs --format=json or --format=csv");
  } else if (strcmp(format, "json") == 0) {
    out.what = command::export_json;
    if (table != nullptr) {
      p.start().put_c("option --table is for --format=csv (the JSON export holds every table)");
    }
  } else if (strcmp(format, "csv") == 0) {
    out.what = command::export_csv;
    if (table == nullptr) {
      p.start().put_c("export --format=csv needs --table=figures, events or statements");
    } else if (!read_table(table, out.table)) {
      line& m = p.start();
      m.put_c("unknown table '");
      put_arg(m, table);
      m.put_c("' (expected figures, events or statements)");
    }
  } else {
    line& m = p.start();
    m.put_c("unknown export format '");
    put_arg(m, format);
    m.put_c("' (expected json or csv)");
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

}  // namespace

void print_usage() { out_c(usage_text); }

plan parse(int argc, char** argv, problem& p) {
  plan out = {command::briefing,
              core::make_range(core::civil_date(1, 1, 1), core::civil_date(9999, 12, 31)).value(),
              core::civil_date(), found_record{table_kind::none, 0, text_ref()},
              export_table::figures};
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
    if (arg != nullptr) read_date(arg, out.day, p);
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

}  // namespace afbrief_cli

// afbrief: the command-line face of the library.
//
// A briefing, listings, date queries, a record viewer and a JSON export, all
// read through afbrief::rt and written with the library's own formatters
// (figures, EDTF, dates). No heap, no iostream: every line is composed in a
// stack buffer with core::writer and then printed.
//
// Errors in the arguments are all found before anything is printed, so a
// usage error leaves stdout empty and writes exactly one line to stderr
// (exit 2). A failed write to stdout is reported at the end (exit 1).
//
// The translation units share one internal header, cli.hpp:
//   output.cpp       plain output, word-wrapping
//   ids.cpp          keys of ids, field names, column widths, date order
//   lookup.cpp       finding a record by KEY or TABLE:KEY
//   commands.cpp     briefing, figures, events, on
//   show.cpp         show KEY
//   export_json.cpp  export --format=json
//   arguments.cpp    the command line read into a plan or a problem
// This file holds only main: read the arguments, run the one command they name.
#include <stdio.h>

#include "cli.hpp"

namespace afbrief_cli {
namespace {

void print_version() {
  line l;
  l.put_c("afbrief ");
  l.put_uint(AFBRIEF_VERSION_MAJOR);
  l.put('.');
  l.put_uint(AFBRIEF_VERSION_MINOR);
  l.put('.');
  l.put_uint(AFBRIEF_VERSION_PATCH);
  l.put('\n');
  out_c(l.text);
}

}  // namespace
}  // namespace afbrief_cli

int main(int argc, char** argv) {
  using namespace afbrief_cli;
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
    case command::help:
      print_usage();
      break;
    case command::version:
      print_version();
      break;
  }
  if (fflush(stdout) != 0 || ferror(stdout) != 0) {
    fputs("afbrief: could not write to standard output\n", stderr);
    return 1;
  }
  return 0;
}

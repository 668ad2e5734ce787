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
//
// How the pieces fit: the tool is one translation unit; this file holds only
// main and includes the parts, which live in an anonymous namespace:
//   output.hpp           plain output, the stack `line` buffer, word-wrapping
//   ids.hpp              keys of ids, column widths, events in date order
//   commands.hpp         briefing, figures, events, on
//   lookup.hpp           finding a record by KEY or TABLE:KEY
//   show.hpp             show KEY
//   export_json.hpp      export --format=json
//   export_markdown.hpp  export --format=markdown
//   arguments.hpp        the command line read into a plan or a problem
// main reads the arguments, then runs the one command they name.
#include <stdio.h>

#include "arguments.hpp"
#include "commands.hpp"
#include "export_json.hpp"
#include "export_markdown.hpp"
#include "ids.hpp"
#include "lookup.hpp"
#include "output.hpp"
#include "show.hpp"

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

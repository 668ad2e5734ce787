// afbrief: the command-line face of the library.
//
// A briefing, listings, date queries, a record viewer and a JSON export, all
// read through afbrief::rt and written with the library's own formatters
// (figures, EDTF, dates). No heap, no iostream: every line is composed in a
// stack buffer with core::writer and then printed.
//
// Errors in the arguments are all found before anything is printed, so a
// usage error leaves stdout empty and writes exactly one line to stderr
// (exit 2). A failed write to stdout is reported at the end (exit 1), and so
// is a CSV cell too long to write whole, before anything is written (exit 1,
// stdout empty).
//
// The translation units share one internal header, cli.hpp:
//   output.cpp       plain output, word-wrapping
//   ids.cpp          keys of ids, field names, column widths, date order
//   lookup.cpp       finding a record by KEY or TABLE:KEY
//   commands.cpp     briefing, figures, events, on
//   show.cpp         show KEY
//   export_json.cpp  export --format=json
//   export_csv.cpp   export --format=csv --table=TABLE
//   arguments.cpp    the command line read into a plan or a problem
//   run.cpp          run_tool: the arguments read, the command run, the status
// This file holds only main: the tool on stdout and stderr.
#include <stdio.h>

#include "cli.hpp"

namespace {

class stdio_sink : public afbrief_cli::sink {
 public:
  explicit stdio_sink(FILE* stream) : stream_(stream) {}
  // A short write shows in ferror(), which failed() reads at the end.
  void write(const char* bytes, size_t n) override { (void)fwrite(bytes, 1, n, stream_); }
  // Buffered writes fail late: flushing is what tells.
  bool failed() override { return fflush(stream_) != 0 || ferror(stream_) != 0; }

 private:
  FILE* stream_;
};

}  // namespace

int main(int argc, char** argv) {
  stdio_sink out(stdout);
  stdio_sink err(stderr);
  return afbrief_cli::run_tool(argc, argv, out, err);
}

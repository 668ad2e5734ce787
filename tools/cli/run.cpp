// afbrief tool: the whole tool as one function, run_tool(argc, argv, out,
// err), so that the executable (afbrief.cpp) and the fuzz target
// (tests/fuzz/fuzz_cli.cpp) run exactly the same code: read the arguments,
// run the one command they name, report the outcome as an exit status.
#include <string.h>

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

// "afbrief: MESSAGE\n" in three writes, so that no message is cut short of
// its newline by a buffer of ours.
void report(sink& err, const char* message) {
  static const char prefix[] = "afbrief: ";
  err.write(prefix, sizeof prefix - 1);
  err.write(message, strlen(message));
  err.write("\n", 1);
}

// A command that cannot be done says why in `failure`.
void run_command(const plan& todo, problem& failure) {
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
    case command::export_csv:
      run_export_csv(todo.table, failure);
      break;
    case command::help:
      print_usage();
      break;
    case command::version:
      print_version();
      break;
  }
}

}  // namespace

int run_tool(int argc, char** argv, sink& out, sink& err) {
  problem p;
  const plan todo = parse(argc, argv, p);
  if (p.found) {
    report(err, p.message.text);
    return 2;
  }
  set_output(&out);
  problem failure;
  run_command(todo, failure);
  set_output(nullptr);
  if (failure.found) {
    report(err, failure.message.text);
    return 1;
  }
  if (out.failed()) {
    report(err, "could not write to standard output");
    return 1;
  }
  return 0;
}

}  // namespace afbrief_cli

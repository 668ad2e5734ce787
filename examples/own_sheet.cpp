// A fact sheet of your own, generated into its own namespace and queried with
// the same faces as the article's:
//   python3 tools/generate.py --data harbour_storm.toml --namespace harbour --output harbour
#include <stdio.h>

#include <afbrief/afbrief.hpp>

#include "harbour/sheet.hpp"

typedef afbrief::query::compile_time<harbour::data::sheet> storm_ct;
typedef afbrief::query::run_time<harbour::data::sheet> storm_rt;

// At compile time: the sheet's numbers, pinned.
static_assert(storm_ct::figures().size() == 3, "three figures");
static_assert(storm_ct::get(storm_ct::find_figure("residents_evacuated").value()).value().amount.best ==
                  300,
              "around 300 residents");
static_assert(!storm_ct::find_figure("people_in_need").has_value(),
              "the article's keys are not this sheet's");

int main() {
  // At run time: every figure in plain English, and the one event.
  char line[160];
  for (harbour::figure f : storm_rt::figures().all()) {
    storm_rt::format_figure(f.id, line, sizeof line);
    printf("%s\n", line);
  }
  storm_rt::format_event(harbour::event_id::halden_evacuation, line, sizeof line);
  printf("%s\n", line);
  return 0;
}

// afbrief's start-up: the first answer is a lookup by a key known only at run
// time, and nothing of afbrief runs before it (no static initialiser, no
// parse, no table built). bench/startup_counts.py counts the instructions
// callgrind sees before main against startup_baseline.cpp.
#include <stdio.h>

#include "afbrief/afbrief.hpp"
#include "bench_data.hpp"

int main(int argc, char** argv) {
  const char* key = argc > 1 ? argv[1] : BENCH_PROOF_FIGURE_KEY;
  const afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::text_from_c_string(key));
  printf("%d\n", id ? static_cast<int>(afbrief::rt::get(id.value()).value().amount.best) : -1);
  return 0;
}

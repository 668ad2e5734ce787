// The negative control of the start-up count: the baseline program plus one
// static initialiser. bench/startup_counts.py must see its instructions
// before main in the program's own code; if it reads 0 here, the count that
// says afbrief runs nothing before main proves nothing.
#include <stdio.h>
#include <string.h>

#include "bench_data.hpp"

namespace {
int add_up() {
  volatile int sum = 0;
  for (int i = 0; i < 100; ++i) sum = sum + i;
  return sum;
}
const int started = add_up();  // runs before main
}  // namespace

int main(int argc, char** argv) {
  const char* key = argc > 1 ? argv[1] : BENCH_PROOF_FIGURE_KEY;
  printf("%d %d\n", static_cast<int>(strlen(key)), started);
  return 0;
}

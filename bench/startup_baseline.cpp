// The start-up baseline: the same program shape as startup_afbrief.cpp and
// startup_nlohmann.cpp, answering without any data. What the C runtime and the
// loader do before main is the same for all three; whatever the other two run
// before main beyond this program is their own start-up cost.
#include <stdio.h>
#include <string.h>

#include "bench_data.hpp"

int main(int argc, char** argv) {
  const char* key = argc > 1 ? argv[1] : BENCH_PROOF_FIGURE_KEY;
  printf("%d\n", static_cast<int>(strlen(key)));
  return 0;
}

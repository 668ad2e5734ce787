// The single header, dropped into a project: one file, no build system.
//   c++ -std=c++11 -I path/to/single_include single_header.cpp
#include <stdio.h>

#include "afbrief/afbrief.hpp"

int main() {
  for (afbrief::event e : afbrief::rt::events().all()) {
    char when[32];
    char summary[128];
    afbrief::format_edtf(e.when, when, sizeof when);
    afbrief::rt::render(e.summary, summary, sizeof summary);
    printf("%-24s %s\n", when, summary);
  }
  return 0;
}

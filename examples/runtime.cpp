// Look a figure up by a key known only at run time, and write it out in
// plain English into a buffer you own. Nothing is allocated.
#include <stdio.h>

#include <afbrief/afbrief.hpp>

int main(int argc, char** argv) {
  const char* key = argc > 1 ? argv[1] : "people_in_need";
  afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::text_from_c_string(key));
  if (!id) {
    fprintf(stderr, "no figure with key '%s'\n", key);
    return 2;
  }
  char line[160];
  afbrief::format_result written = afbrief::rt::format_figure(id.value(), line, sizeof line);
  printf("%s%s\n", line, written.truncated ? "..." : "");
  return 0;
}

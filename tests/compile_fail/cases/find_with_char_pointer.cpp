// A bare char pointer (argv[1]) carries no length: say where the key ends.
// targets: host
// expect-gcc: cannot convert 'const char\*' to 'afbrief::core::text_ref'
// expect-clang: no viable conversion from 'const char \*' to 'text_ref'
#include <afbrief/afbrief.hpp>

volatile long sink;

int main(int argc, char** argv) {
  const char* key = argc > 1 ? argv[1] : "people_in_need";
#ifdef AFBRIEF_FAIL
  afbrief::maybe<afbrief::figure_id> id = afbrief::rt::find_figure(key);
#else
  afbrief::maybe<afbrief::figure_id> id = afbrief::rt::find_figure(afbrief::text_from_c_string(key));
#endif
  sink = id ? static_cast<long>(id.value()) : -1;
  return 0;
}

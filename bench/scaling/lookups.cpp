// The translation unit bench/scaling/scaling.py compiles for each synthetic
// sheet (generated into namespace `synthetic`), with every compiler: what a
// user's file that looks figures up by key at run time costs to build. On
// the host it also runs under callgrind, which counts the instructions of the
// two probes below: every figure's key as a hit, and for each key three
// misses (a letter changed, a prefix, the key with "\0x" after it) plus the
// empty key. The keys come from the sheet's own tables, rendered into RAM.
#include <stddef.h>

#include "afbrief/afbrief.hpp"
#include "synthetic/sheet.hpp"

#if !defined(__AVR__)
#include <stdio.h>
#endif

// noipa (GCC 8 on) keeps the compiler from specialising a probe for its
// callers or folding it into them; the others only get noinline.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 8
#define SCALING_PROBE extern "C" __attribute__((noipa))
#else
#define SCALING_PROBE extern "C" __attribute__((noinline))
#endif

namespace {
typedef afbrief::query::run_time<synthetic::data::sheet> sheet_rt;
}

// Two identical probes, so that callgrind counts hits and misses apart.
SCALING_PROBE bool probe_hit(const char* key, size_t length) {
  return sheet_rt::find_figure(afbrief::text_ref(key, length)).has_value();
}
SCALING_PROBE bool probe_miss(const char* key, size_t length) {
  return sheet_rt::find_figure(afbrief::text_ref(key, length)).has_value();
}

namespace {
char key[80];  // a key (at most 64 characters) and room for "\0x"
size_t hits = 0, misses = 0, wrong = 0;

size_t load_key(size_t i) {
  return sheet_rt::render(sheet_rt::figures().at(i).value().key, key, sizeof key).length;
}
// A probe meant as a miss that names another record is not counted.
void miss(size_t length) {
  if (sheet_rt::find_figure(afbrief::text_ref(key, length)).has_value()) return;
  wrong += probe_miss(key, length) ? 1u : 0u;
  ++misses;
}
}  // namespace

int main() {
  for (size_t i = 0; i < sheet_rt::figures().size(); ++i) {
    const size_t n = load_key(i);
    wrong += probe_hit(key, n) ? 0u : 1u;
    ++hits;
    key[n / 2] = static_cast<char>(key[n / 2] == 'z' ? 'a' : key[n / 2] + 1);
    miss(n);
    load_key(i);
    miss(n - 1);
    key[n] = '\0';
    key[n + 1] = 'x';
    miss(n + 2);
  }
  miss(0);
#if !defined(__AVR__)
  printf("hits %zu misses %zu wrong %zu\n", hits, misses, wrong);
#endif
  return wrong == 0 ? 0 : 1;
}

// The reference firmwares of tools/footprint.py, one source, five variants
// chosen with -DAFBRIEF_FOOTPRINT_VARIANT=N:
//   1 (a) empty: the same program shape, no afbrief;
//   2 (b) compile-time queries only;
//   3 (c) one runtime lookup by key;
//   4 (d) every table walked, every text and number read at run time;
//   5 (e) as (d), built with AFBRIEF_NO_TEXT=1 (the script adds the define).
// Every variant writes its results to the same volatile sink, so that the
// differences in size are afbrief's and nothing else's.
#include <stddef.h>
#include <stdint.h>

#if AFBRIEF_FOOTPRINT_VARIANT >= 2
#include "afbrief/afbrief.hpp"
#endif

volatile uint32_t footprint_sink;

#if AFBRIEF_FOOTPRINT_VARIANT >= 4
namespace {
// Out of line, so that each field read costs one call, as it would in a
// firmware that prints the dataset through one print routine.
struct to_sink {
  bool operator()(char c) const {
    footprint_sink = static_cast<uint8_t>(c);
    return true;
  }
};
__attribute__((__noinline__)) void emit(afbrief::packed_text t) {
  to_sink sink;
  afbrief::rt::each_char(t, sink);
}
__attribute__((__noinline__)) void emit(uint32_t n) { footprint_sink = n; }
// The stored fields of a date, as a display would print them (no calendar
// arithmetic: that is the caller's choice, not the data's cost).
__attribute__((__noinline__)) void emit(afbrief::civil_date d) {
  emit(static_cast<uint32_t>(d.year()));
  emit(d.month());
  emit(d.day());
}
__attribute__((__noinline__)) void emit(afbrief::core::period p) {
  emit(p.begin.first_day);
  emit(static_cast<uint32_t>(p.begin.precision));
  emit(p.end.first_day);
  emit(static_cast<uint32_t>(p.end.precision));
}

// One routine per record type, taking the record by reference, as a firmware
// that prints the dataset would be written.
__attribute__((__noinline__)) void emit_figure(const afbrief::figure& f) {
  emit(f.key);
  emit(static_cast<uint32_t>(f.amount.best));
  emit(static_cast<uint32_t>(f.amount.low.value));
  emit(static_cast<uint32_t>(f.amount.high.value));
  emit(f.subject);
  emit(f.covers);
  emit(f.period_phrase);
  if (f.base) emit(f.base.value());
  emit(f.base_phrase);
  emit(static_cast<uint32_t>(f.via.size()));
  emit(f.paragraph);
  emit(f.wording);
}
__attribute__((__noinline__)) void emit_event(const afbrief::event& e) {
  emit(e.key);
  emit(e.when);
  emit(e.phrase);
  emit(static_cast<uint32_t>(e.actors.size()));
  emit(e.summary);
  emit(e.paragraph);
}
__attribute__((__noinline__)) void emit_statement(const afbrief::statement& s) {
  emit(s.key);
  emit(s.role);
  emit(s.said_on);
  emit(s.quote);
  emit(s.paragraph);
}
__attribute__((__noinline__)) void emit_actor(const afbrief::actor& x) {
  emit(x.key);
  emit(x.name);
  emit(x.role);
}
__attribute__((__noinline__)) void emit_source(const afbrief::source& x) {
  emit(x.key);
  emit(x.name);
}
__attribute__((__noinline__)) void emit_place(const afbrief::place& x) {
  emit(x.key);
  emit(x.name);
}
}  // namespace
#endif

int main() {
#if AFBRIEF_FOOTPRINT_VARIANT == 1
  footprint_sink = 7792u;
#elif AFBRIEF_FOOTPRINT_VARIANT == 2
  // A constant expression: the compiler emits the number and nothing else.
  constexpr uint32_t killed = static_cast<uint32_t>(
      afbrief::ct::get(afbrief::ct::find_figure("children_killed_past_decade").value())
          .value()
          .amount.best);
  footprint_sink = killed;
#elif AFBRIEF_FOOTPRINT_VARIANT == 3
  // A key the compiler cannot see: its letters pass through the volatile sink.
  // (Immediates, not a const array, which AVR would copy to SRAM.)
  char key[14];
  size_t length = 0;
#define AFBRIEF_FOOTPRINT_LETTER(c)            \
  footprint_sink = static_cast<uint8_t>(c);    \
  key[length++] = static_cast<char>(footprint_sink);
  AFBRIEF_FOOTPRINT_LETTER('p') AFBRIEF_FOOTPRINT_LETTER('e') AFBRIEF_FOOTPRINT_LETTER('o')
  AFBRIEF_FOOTPRINT_LETTER('p') AFBRIEF_FOOTPRINT_LETTER('l') AFBRIEF_FOOTPRINT_LETTER('e')
  AFBRIEF_FOOTPRINT_LETTER('_') AFBRIEF_FOOTPRINT_LETTER('i') AFBRIEF_FOOTPRINT_LETTER('n')
  AFBRIEF_FOOTPRINT_LETTER('_') AFBRIEF_FOOTPRINT_LETTER('n') AFBRIEF_FOOTPRINT_LETTER('e')
  AFBRIEF_FOOTPRINT_LETTER('e') AFBRIEF_FOOTPRINT_LETTER('d')
#undef AFBRIEF_FOOTPRINT_LETTER
  const afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::text_ref(key, length));
  footprint_sink = id ? static_cast<uint32_t>(afbrief::rt::get(id.value()).value().amount.best) : 0u;
#else
  const afbrief::article a = afbrief::rt::the_article();
  emit(a.outlet);
  emit(a.subject);
  for (afbrief::paragraph p : afbrief::rt::paragraphs().all()) emit(static_cast<uint32_t>(p.role));
  for (afbrief::figure f : afbrief::rt::figures().all()) emit_figure(f);
  for (afbrief::event e : afbrief::rt::events().all()) emit_event(e);
  for (afbrief::statement s : afbrief::rt::statements().all()) emit_statement(s);
  for (afbrief::actor x : afbrief::rt::actors().all()) emit_actor(x);
  for (afbrief::source x : afbrief::rt::sources().all()) emit_source(x);
  for (afbrief::place x : afbrief::rt::places().all()) emit_place(x);
#endif
  return 0;
}

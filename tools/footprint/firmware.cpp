// The reference firmwares of tools/footprint.py, one source, seven variants
// chosen with -DAFBRIEF_FOOTPRINT_VARIANT=N:
//   1 (a) empty: the same program shape, no afbrief;
//   2 (b) compile-time queries only;
//   3 (c) one runtime lookup by key;
//   4 (d) every table walked, every field of every record read at run time;
//     (e) as (d), built with AFBRIEF_NO_TEXT=1 (the script adds the define);
//   5 (f) as (d), and every text also rendered as ASCII into a small buffer,
//     as a firmware driving an ASCII-only display (a character LCD) does;
//   6 (g) as (d), and a lookup by key in every table;
//   7 (h) as (d), and every formatter and renderer in both charsets, so that
//     the "no SRAM" check sees every constant any of them uses.
// Every variant writes its results to the same volatile sink, so that the
// differences in size are afbrief's and nothing else's. The annotations
// (notes, locators) are not read: a firmware links them only if it asks.
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
#if AFBRIEF_FOOTPRINT_VARIANT == 5
  // One line of a 20-column character LCD: the text as ASCII, cut to fit.
  char shown[21];
  const afbrief::format_result r =
      afbrief::rt::render(t, shown, sizeof shown, afbrief::charset::ascii);
  for (size_t i = 0; i < r.length; ++i) footprint_sink = static_cast<uint8_t>(shown[i]);
#endif
}
// Numbers at their own width: a firmware passes a tag or an id as one byte.
__attribute__((__noinline__)) void emit(uint32_t n) { footprint_sink = n; }
__attribute__((__noinline__)) void emit(uint16_t n) { footprint_sink = n; }
__attribute__((__noinline__)) void emit(uint8_t n) { footprint_sink = n; }
// A tag, an id or a flag (an enum class of one byte, or a bool).
template <class T>
void emit_tag(T tag) {
  emit(static_cast<uint8_t>(tag));
}
// The stored fields of a date, as a display would print them (no calendar
// arithmetic: that is the caller's choice, not the data's cost).
__attribute__((__noinline__)) void emit(afbrief::civil_date d) {
  emit(static_cast<uint16_t>(d.year()));
  emit(d.month());
  emit(d.day());
}
__attribute__((__noinline__)) void emit(afbrief::instant i) {
  emit(i.first_day);
  emit_tag(i.precision);
  emit_tag(i.approximate);
}
__attribute__((__noinline__)) void emit(afbrief::period p) {
  emit(p.begin);
  emit(p.end);
  emit_tag(p.form);
}
__attribute__((__noinline__)) void emit(afbrief::bound b) {
  emit(static_cast<uint32_t>(b.value));
  emit_tag(b.kind);
}
// An optional id or tag: its value when there is one, a marker when not.
template <class T>
void emit_maybe(afbrief::maybe<T> m) {
  emit(m ? static_cast<uint8_t>(m.value()) : static_cast<uint8_t>(0xFF));
}
template <class Id, size_t N>
void emit_list(const afbrief::id_list<Id, N>& list) {
  emit(static_cast<uint8_t>(list.size()));
  for (size_t i = 0; i < list.size(); ++i) emit_tag(list[i].value());
}

// One routine per record type, taking the record by reference, as a firmware
// that prints the dataset would be written. Every field is read, the derived
// sets (bookkeeping: which values were worked out) included.
__attribute__((__noinline__)) void emit_figure(const afbrief::figure& f) {
  emit_tag(f.id);
  emit(f.key);
  emit(static_cast<uint32_t>(f.amount.best));
  emit(f.amount.low);
  emit(f.amount.high);
  emit_tag(f.amount.hedge);
  emit_tag(f.amount.measured_in);
  emit_tag(f.counts);
  emit(f.subject);
  emit(f.covers);
  emit(f.period_phrase);
  if (f.base) emit(f.base.value());
  emit(f.base_phrase);
  emit_maybe(f.place);
  emit_maybe(f.originator);
  emit_list(f.via);
  emit(f.paragraph);
  emit(f.wording);
  emit(f.derived.bits());
}
__attribute__((__noinline__)) void emit_event(const afbrief::event& e) {
  emit_tag(e.id);
  emit(e.key);
  emit_tag(e.kind);
  emit(e.when);
  emit_tag(e.dated_to);
  emit(e.phrase);
  emit_maybe(e.named_weekday);
  emit_list(e.actors);
  emit_maybe(e.place);
  emit(e.summary);
  emit_maybe(e.via);
  emit(e.paragraph);
  emit(e.derived.bits());
}
__attribute__((__noinline__)) void emit_statement(const afbrief::statement& s) {
  emit_tag(s.id);
  emit(s.key);
  emit_tag(s.speaker);
  emit(s.role);
  emit_maybe(s.organisation);
  emit(s.said);
  emit_maybe(s.named_weekday);
  emit_maybe(s.said_through);
  emit(s.quote);
  emit_tag(s.indirect);
  emit_maybe(s.repeats);
  emit_maybe(s.via);
  emit(s.paragraph);
  emit(s.derived.bits());
}
__attribute__((__noinline__)) void emit_actor(const afbrief::actor& x) {
  emit_tag(x.id);
  emit(x.key);
  emit(x.name);
  emit_tag(x.kind);
  emit(x.role);
  emit_maybe(x.part_of);
}
__attribute__((__noinline__)) void emit_source(const afbrief::source& x) {
  emit_tag(x.id);
  emit(x.key);
  emit(x.name);
  emit_tag(x.actor);
  emit_tag(x.kind);
}
__attribute__((__noinline__)) void emit_place(const afbrief::place& x) {
  emit_tag(x.id);
  emit(x.key);
  emit(x.name);
  emit_tag(x.kind);
  emit_maybe(x.within);
}
}  // namespace
#endif

// Every variant builds the same key in RAM, from letters the compiler cannot
// see (each passes through a volatile byte; immediates, not a const array,
// which AVR would copy to SRAM). Only (c) looks it up, but all of them pay
// for building it, so that what (c) adds over (a) is the lookup alone.
volatile uint8_t footprint_letter;
__attribute__((__noinline__)) size_t hidden_key(char* key) {
  size_t length = 0;
#define AFBRIEF_FOOTPRINT_LETTER(c)               \
  footprint_letter = static_cast<uint8_t>(c);    \
  key[length++] = static_cast<char>(footprint_letter);
  AFBRIEF_FOOTPRINT_LETTER('p') AFBRIEF_FOOTPRINT_LETTER('e') AFBRIEF_FOOTPRINT_LETTER('o')
  AFBRIEF_FOOTPRINT_LETTER('p') AFBRIEF_FOOTPRINT_LETTER('l') AFBRIEF_FOOTPRINT_LETTER('e')
  AFBRIEF_FOOTPRINT_LETTER('_') AFBRIEF_FOOTPRINT_LETTER('i') AFBRIEF_FOOTPRINT_LETTER('n')
  AFBRIEF_FOOTPRINT_LETTER('_') AFBRIEF_FOOTPRINT_LETTER('n') AFBRIEF_FOOTPRINT_LETTER('e')
  AFBRIEF_FOOTPRINT_LETTER('e') AFBRIEF_FOOTPRINT_LETTER('d')
#undef AFBRIEF_FOOTPRINT_LETTER
  return length;
}

int main() {
  char key[14];
  const size_t length = hidden_key(key);
#if AFBRIEF_FOOTPRINT_VARIANT == 1
  // The same store as (b)'s, of the same number, known without afbrief.
  constexpr uint32_t killed = 7792u;
  footprint_sink = killed + static_cast<uint8_t>(key[length - 1]);
#elif AFBRIEF_FOOTPRINT_VARIANT == 2
  // A constant expression: the compiler emits the number and nothing else.
  constexpr uint32_t killed = static_cast<uint32_t>(
      afbrief::ct::get(afbrief::ct::find_figure("children_killed_past_decade").value())
          .value()
          .amount.best);
  footprint_sink = killed + static_cast<uint8_t>(key[length - 1]);
#elif AFBRIEF_FOOTPRINT_VARIANT == 3
  const afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::text_ref(key, length));
  footprint_sink = id ? static_cast<uint32_t>(afbrief::rt::get(id.value()).value().amount.best) : 0u;
#else
  footprint_sink = static_cast<uint8_t>(key[length - 1]);
  const afbrief::article a = afbrief::rt::the_article();
  emit(a.outlet);
  emit(a.subject);
  emit(a.published);
  emit(a.paragraph_count);
  emit(a.derived.bits());
  for (afbrief::paragraph p : afbrief::rt::paragraphs().all()) {
    emit(p.number);
    emit_tag(p.role);
  }
#if AFBRIEF_FOOTPRINT_VARIANT == 6
  // And a lookup by key in every table: every key index linked.
  const afbrief::text_ref probe(key, length);
  emit_maybe(afbrief::rt::find_figure(probe));
  emit_maybe(afbrief::rt::find_event(probe));
  emit_maybe(afbrief::rt::find_statement(probe));
  emit_maybe(afbrief::rt::find_actor(probe));
  emit_maybe(afbrief::rt::find_source(probe));
  emit_maybe(afbrief::rt::find_place(probe));
#endif
#if AFBRIEF_FOOTPRINT_VARIANT == 7
  // Every formatter, in both charsets, into one line of a 40-column display.
  const afbrief::charset charsets[] = {afbrief::charset::utf8, afbrief::charset::ascii};
  char line[41];
  for (const afbrief::charset c : charsets) {
    for (afbrief::figure f : afbrief::rt::figures().all()) {
      emit(static_cast<uint16_t>(afbrief::rt::format_figure(f.id, line, sizeof line, c).needed));
      emit(static_cast<uint16_t>(afbrief::rt::render(f.wording, line, sizeof line, c).needed));
      emit(static_cast<uint16_t>(
          afbrief::rt::render(afbrief::core::measure_words(f.counts), line, sizeof line, c).needed));
    }
    for (afbrief::event e : afbrief::rt::events().all()) {
      emit(static_cast<uint16_t>(afbrief::rt::format_event(e.id, line, sizeof line, c).needed));
    }
  }
  for (afbrief::event e : afbrief::rt::events().all()) {
    emit(static_cast<uint16_t>(afbrief::core::format_edtf(e.when, line, sizeof line).needed));
  }
  emit(static_cast<uint16_t>(afbrief::core::format_date(a.published, line, sizeof line).needed));
  for (size_t i = 0; i < sizeof line; ++i) footprint_sink = static_cast<uint8_t>(line[i]);
#endif
  for (afbrief::figure f : afbrief::rt::figures().all()) emit_figure(f);
  for (afbrief::event e : afbrief::rt::events().all()) emit_event(e);
  for (afbrief::statement s : afbrief::rt::statements().all()) emit_statement(s);
  for (afbrief::actor x : afbrief::rt::actors().all()) emit_actor(x);
  for (afbrief::source x : afbrief::rt::sources().all()) emit_source(x);
  for (afbrief::place x : afbrief::rt::places().all()) emit_place(x);
#endif
  return 0;
}

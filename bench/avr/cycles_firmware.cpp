// Cycles per call of afbrief's run-time lookups on an ATmega328P, counted by
// Timer1 (16 bits, prescaler 1: one count per CPU cycle) around each call.
// bench/avr/cycles.py builds it, runs it in simavr and reads its UART lines:
//   NAME [KIND] RAW OVERFLOWS LENGTH
// RAW is the timer's count, OVERFLOWS how often it wrapped (an interrupt
// counts them, so a call of any length is measured); the script subtracts the
// empty region's count and the overflow interrupt's own cycles, which the
// "calibrate" lines measure against __builtin_avr_delay_cycles.
// Keys come from the tables themselves (each record's key rendered into
// RAM), never from a list typed in here, so any fact sheet can be measured.
#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/pgmspace.h>

#include "afbrief/afbrief.hpp"
#include "mcu_io.hpp"

namespace {

using afbrief::rt;
typedef afbrief::maybe<afbrief::figure_id> found;

// ---- The timer ---------------------------------------------------------------
volatile uint16_t overflows;

inline __attribute__((always_inline)) void start_timer() {
  TCCR1B = 0;
  TCNT1 = 0;
  TIFR1 = _BV(TOV1);  // writing 1 clears a stale overflow flag
  overflows = 0;
  TCCR1B = _BV(CS10);  // normal mode, clock / 1
}

// Reads the count with the timer still running (simavr forgets the count of
// a stopped timer), interrupts off so that the count and the overflows agree:
// a wrap between the interrupt's last run and the read shows as a pending
// flag with a small count. The read's own cycles are in the empty region's.
inline __attribute__((always_inline)) void stop_timer(uint16_t& raw, uint16_t& wraps) {
  cli();
  raw = TCNT1;
  wraps = overflows;
  if ((TIFR1 & _BV(TOV1)) != 0 && raw < 0x8000u) ++wraps;
  TCCR1B = 0;
  TIFR1 = _BV(TOV1);
  sei();
}

// ---- Output: labels stay in flash, numbers in decimal ------------------------
void put_flash(const char* s) {
  for (char c = static_cast<char>(pgm_read_byte(s)); c != '\0';
       c = static_cast<char>(pgm_read_byte(++s)))
    mcu_putc(c);
}
void put_number(uint32_t n) { mcu_put_number(n); }
// `kind` (or null) qualifies the label: "miss prefix".
void report(const char* label, const char* kind, uint16_t raw, uint16_t wraps, uint32_t length) {
  put_flash(label);
  mcu_putc(' ');
  if (kind != nullptr) {
    put_flash(kind);
    mcu_putc(' ');
  }
  put_number(raw);
  mcu_putc(' ');
  put_number(wraps);
  mcu_putc(' ');
  put_number(length);
  mcu_putc('\n');
}
// Measures STATEMENT between start and stop and reports it under LABEL.
#define TIME(label, kind, length, statement)              \
  do {                                                    \
    uint16_t raw_, wraps_;                                \
    start_timer();                                        \
    statement;                                            \
    stop_timer(raw_, wraps_);                             \
    report(PSTR(label), kind, raw_, wraps_, length);      \
  } while (0)

// ---- The calls, out of line so that each is one real call --------------------
// Each writes its answer to a volatile sink: a call with a side effect cannot
// be moved out of the timed region, nor dropped.
volatile uint8_t sink;
char key[66];  // the longest key (64) and room for "\0x" after it
char line[256];

__attribute__((noinline, noclone)) void find_probe(size_t length) {
  const found id = rt::find_figure(afbrief::text_ref(key, length));
  sink = id ? static_cast<uint8_t>(afbrief::core::position_of(id.value())) : 0xFFu;
}
__attribute__((noinline, noclone)) void format_probe(afbrief::figure_id id) {
  sink = static_cast<uint8_t>(rt::format_figure(id, line, sizeof line).length);
}
char longest[afbrief::data::text_pool<>::longest_text + 1];
__attribute__((noinline, noclone)) void render_probe(afbrief::packed_text t) {
  sink = static_cast<uint8_t>(rt::render(t, longest, sizeof longest).length);
}

uint8_t failures = 0;
void fail(const char* what, uint32_t item) {
  put_flash(PSTR("failed "));
  put_flash(what);
  mcu_putc(' ');
  put_number(item);
  mcu_putc('\n');
  ++failures;
}

// The key of figure i, rendered into `key`; its length.
size_t load_key(size_t i) {
  return rt::render(rt::figures().at(i).value().key, key, sizeof key).length;
}

// A probe meant as a miss must miss: one that named another record would
// time a hit, so it fails the run instead.
void time_miss(const char* kind, size_t length, size_t item) {
  if (rt::find_figure(afbrief::text_ref(key, length)).has_value()) {
    fail(PSTR("miss-is-a-hit"), item);
    return;
  }
  TIME("miss", kind, length, find_probe(length));
}

void time_finds() {
  for (size_t i = 0; i < rt::figures().size(); ++i) {
    const size_t n = load_key(i);
    TIME("hit", nullptr, n, find_probe(n));
    if (sink != i) fail(PSTR("hit"), i);
    key[n / 2] = static_cast<char>(key[n / 2] == 'z' ? 'a' : key[n / 2] + 1);
    time_miss(PSTR("changed"), n, i);
    load_key(i);
    time_miss(PSTR("prefix"), n - 1, i);
    key[n] = '\0';
    key[n + 1] = 'x';
    time_miss(PSTR("nul"), n + 2, i);
  }
  time_miss(PSTR("empty"), 0, 0);
}

void time_formats() {
  for (size_t i = 0; i < rt::figures().size(); ++i) {
    const afbrief::figure_id id = static_cast<afbrief::figure_id>(i);
    const afbrief::format_result r = rt::format_figure(id, line, sizeof line);
    if (r.truncated) fail(PSTR("format-truncated"), i);
    TIME("format", nullptr, r.length, format_probe(id));
  }
}

// ---- The longest text of the sheet, found by walking every table -------------
afbrief::packed_text longest_text;
size_t longest_size = 0;
void consider(afbrief::packed_text t) {
  const size_t n = rt::size(t);
  if (n > longest_size) {
    longest_size = n;
    longest_text = t;
  }
}
void find_longest_text() {
  consider(rt::the_article().outlet);
  consider(rt::the_article().subject);
  for (afbrief::figure f : rt::figures().all()) {
    consider(f.key);
    consider(f.subject);
    consider(f.period_phrase);
    consider(f.base_phrase);
    consider(f.wording);
  }
  for (afbrief::event e : rt::events().all()) {
    consider(e.key);
    consider(e.phrase);
    consider(e.summary);
  }
  for (afbrief::statement s : rt::statements().all()) {
    consider(s.key);
    consider(s.role);
    consider(s.quote);
  }
  for (afbrief::actor a : rt::actors().all()) {
    consider(a.key);
    consider(a.name);
    consider(a.role);
  }
  for (afbrief::source s : rt::sources().all()) {
    consider(s.key);
    consider(s.name);
  }
  for (afbrief::place p : rt::places().all()) {
    consider(p.key);
    consider(p.name);
  }
}

}  // namespace

ISR(TIMER1_OVF_vect) { overflows = static_cast<uint16_t>(overflows + 1); }

int main() {
  mcu_init();
  TCCR1A = 0;
  TIMSK1 = _BV(TOIE1);
  sei();
  put_flash(PSTR("afbrief cycles\n"));
  TIME("empty", nullptr, 0, (void)0);
  TIME("calibrate", nullptr, 1000, __builtin_avr_delay_cycles(1000));
  TIME("calibrate", nullptr, 200000, __builtin_avr_delay_cycles(200000));
  time_finds();
  time_formats();
  find_longest_text();
  TIME("render", nullptr, longest_size, render_probe(longest_text));
  if (rt::render(longest_text, longest, sizeof longest).truncated) fail(PSTR("render"), 0);
  put_flash(failures == 0 ? PSTR("done\n") : PSTR("done with failures\n"));
  mcu_exit(failures == 0 ? 0 : 1);
}

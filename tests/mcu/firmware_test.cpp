// afbrief on the target: one test program for every microcontroller build
// (ATmega328P in simavr, Cortex-M0/M3 and RV32 in QEMU; see mcu.cmake).
//
// Why: on a host, afbrief::rt and afbrief::ct are the same code over the same
// memory. On AVR the tables and texts live in flash and rt reads them with
// LPM; a wrong read there (a plain load of a flash address) compiles cleanly
// and returns garbage. So every answer here is obtained by rt at run time,
// from inputs the compiler cannot see through (hide()), and compared with a
// constant that ct computed at compile time (constexpr variables only: ct is
// never called at run time, where it would read flash with plain loads).
//
// The checks come in four groups, chosen with AFBRIEF_MCU_GROUPS (a sum of
// the bits below; every group by default). The ATmega328P's 32 KiB of flash
// cannot hold them all at once (the notes alone are 8.6 KiB), so mcu.cmake
// builds it once for each group there.
//   1  records: every record of every table, every figure by its key
//   2  queries: selections by date, actor, source and measure; bad input
//   4  texts: dates, formatting (EDTF, figures, events), rendering, names
//   8  annotations: every note and every locator, against the records
//
// C++11, no standard library, no heap, no exceptions. Output goes through
// mcu_io.hpp: one line per failed check, then "N passed, M failed"; the exit
// status is 0 only when M is 0.
#include "afbrief/afbrief.hpp"
#include "mcu_io.hpp"

#ifndef AFBRIEF_MCU_GROUPS
#define AFBRIEF_MCU_GROUPS 15
#endif
#define MCU_RECORDS ((AFBRIEF_MCU_GROUPS & 1) != 0)
#define MCU_QUERIES ((AFBRIEF_MCU_GROUPS & 2) != 0)
#define MCU_TEXTS ((AFBRIEF_MCU_GROUPS & 4) != 0)
#define MCU_ANNOTATIONS ((AFBRIEF_MCU_GROUPS & 8) != 0)

namespace {

using afbrief::civil_date;
using afbrief::ct;
using afbrief::format_result;
using afbrief::match;
using afbrief::maybe;
using afbrief::text_ref;
// AFBRIEF_MCU_READER names another reader for rt: mcu_faulty_reader.hpp's,
// which gets one chosen byte of the data wrong, to see that the checks catch
// it (a host-only experiment; mcu.cmake never sets it).
#ifdef AFBRIEF_MCU_READER
typedef afbrief::query::run_time<afbrief::data::sheet, AFBRIEF_MCU_READER> rt;
#else
using afbrief::rt;
#endif

// ---- The harness ------------------------------------------------------------

uint32_t passed_checks = 0;
uint32_t failed_checks = 0;
// What a failure line names besides the line: a figure's index, a table's
// number * 100 + a record's index, or the line of a date case.
uint32_t current_item = 0;

void put_text(const char* s) {
  for (; *s != '\0'; ++s) mcu_putc(*s);
}

void put_number(uint32_t n) { mcu_put_number(n); }

void check(bool ok, int line) {
  if (ok) {
    ++passed_checks;
    return;
  }
  ++failed_checks;
  put_text("FAIL firmware_test.cpp:");
  put_number(static_cast<uint32_t>(line));
  put_text(" item ");
  put_number(current_item);
  mcu_putc('\n');
}

#define CHECK(condition) check(static_cast<bool>(condition), __LINE__)

// The value comes back through an empty asm statement that might have changed
// it, so the compiler cannot fold a lookup fed by it into a constant.
template <class T>
T hide(T value) {
  __asm__ __volatile__("" : "+r"(value));
  return value;
}
// A typed id (an enum class of uint8_t), hidden the same way; the id of
// position i (ids count from 1, core/ids.hpp), and a vocabulary's word i,
// from a hidden i.
template <class Id>
Id hidden(Id id) {
  return static_cast<Id>(hide(static_cast<uint8_t>(id)));
}
template <class Id>
Id id_at(size_t i) {
  return afbrief::core::id_at<Id>(hide(i));
}
template <class Word>
Word word_at(size_t i) {
  return static_cast<Word>(hide(i));
}

// Helpers that not every group of checks uses.
#define MCU_MAYBE_UNUSED __attribute__((__unused__))

// A C string of ours (RAM), as text the compiler cannot see into.
MCU_MAYBE_UNUSED text_ref ram_text(const char* s) { return afbrief::text_from_c_string(hide(s)); }

// ---- Checksums: computed by ct at compile time, by rt at run time ----------
// Every comparison is of one 32-bit number, so that the expected values are
// immediates in code (on AVR a constant struct or table would be copied to
// RAM). The run-time helpers are kept out of line: inlined, their 32-bit
// arithmetic made the AVR build larger than the ATmega328P's 32 KiB of flash.
#define MCU_OUT_OF_LINE __attribute__((__noinline__))

// An FNV-1a step; the same function at compile time and at run time.
MCU_OUT_OF_LINE constexpr uint32_t mix(uint32_t h, uint32_t v) noexcept {
  return (h ^ v) * 16777619u;
}
constexpr uint32_t fnv_basis = 2166136261u;

// A text's checksum: its length, byte sum and position-weighted byte sum
// (which catches reordered bytes), mixed. Sums, so the text can be split and
// its pieces summed at their offsets (a formatted line from its parts).
struct digest {
  uint32_t length;
  uint32_t sum;
  uint32_t weighted;
};
constexpr digest operator+(digest a, digest b) noexcept {
  return digest{a.length + b.length, a.sum + b.sum, a.weighted + b.weighted};
}
constexpr uint32_t summary(digest d) noexcept {
  return mix(mix(mix(fnv_basis, d.length), d.sum), d.weighted);
}
constexpr digest byte_digest(unsigned char c, uint32_t position) noexcept {
  return digest{1u, c, c * (position + 1u)};
}
// Split in halves, like the library, so the recursion stays O(log n) deep.
constexpr digest span_digest(const char* p, size_t n, uint32_t offset) noexcept {
  return n == 0   ? digest{0u, 0u, 0u}
         : n == 1 ? byte_digest(static_cast<unsigned char>(*p), offset)
                  : span_digest(p, n / 2, offset) +
                        span_digest(p + n / 2, n - n / 2, offset + static_cast<uint32_t>(n / 2));
}
// A text as the piece of a longer one that starts at byte `offset`.
constexpr digest piece(text_ref t, size_t offset) noexcept {
  return span_digest(t.data(), t.size(), static_cast<uint32_t>(offset));
}

struct at_compile_time {
  // A literal of ours.
  static constexpr uint32_t of(text_ref t) noexcept { return summary(piece(t, 0)); }
#if AFBRIEF_HAS_FLASH
  // A library text (a note) in place: a type of its own on a flash target.
  static constexpr uint32_t of(afbrief::library_text t) noexcept {
    return of(afbrief::core::raw_text(t));
  }
#endif
  // A record's text, as ct reads it: the plain copy beside the pool.
  static constexpr uint32_t of(afbrief::packed_text t) noexcept { return of(ct::text(t)); }
};
// Texts as rt reads them: a record's decoded from the packed pool, a library
// text (a note) through the reader, one character at a time.
struct digest_sink {
  digest d;
  bool operator()(char c) {
    const uint32_t byte = static_cast<unsigned char>(c);
    d.length += 1u;
    d.sum += byte;
    d.weighted += byte * d.length;
    return true;
  }
};
struct at_run_time {
  MCU_OUT_OF_LINE static uint32_t of(afbrief::packed_text t) noexcept {
    digest_sink sink = {{0u, 0u, 0u}};
    rt::each_char(t, sink);
    return summary(sink.d);
  }
  MCU_OUT_OF_LINE static uint32_t of(afbrief::library_text t) noexcept {
    digest_sink sink = {{0u, 0u, 0u}};
    for (size_t i = 0; i < t.size(); ++i) sink(rt::char_at(t, i));
    return summary(sink.d);
  }
};
// A text we wrote into RAM, through the same sink.
struct in_ram {
  MCU_OUT_OF_LINE static uint32_t of(text_ref t) noexcept {
    digest_sink sink = {{0u, 0u, 0u}};
    for (size_t i = 0; i < t.size(); ++i) sink(t.data()[i]);
    return summary(sink.d);
  }
};

// A hash of a record's fields, in order: hasher{h}.with(a).with(b).h. A
// chain of calls that each take one field (by reference when it is a
// struct), so that at run time each field costs one call: a variadic hash
// copied every remaining field at every step (500 bytes of AVR stack).
struct hasher {
  uint32_t h;
  MCU_OUT_OF_LINE constexpr hasher with(uint32_t v) const noexcept { return hasher{mix(h, v)}; }
  template <class T>  // ids, vocabularies, numbers, flags
  constexpr hasher with(T scalar) const noexcept {
    return with(static_cast<uint32_t>(scalar));
  }
  MCU_OUT_OF_LINE constexpr hasher with(const civil_date& d) const noexcept {
    return with(static_cast<uint32_t>(afbrief::days_from_civil(d)));
  }
  MCU_OUT_OF_LINE constexpr hasher with(const afbrief::instant& i) const noexcept {
    return with(i.first_day).with(i.precision).with(i.approximate);
  }
  MCU_OUT_OF_LINE constexpr hasher with(const afbrief::period& p) const noexcept {
    return with(p.begin).with(p.end).with(p.form);
  }
  MCU_OUT_OF_LINE constexpr hasher with(const afbrief::bound& b) const noexcept {
    return with(b.value).with(b.kind);
  }
  MCU_OUT_OF_LINE constexpr hasher with(const afbrief::locator& l) const noexcept {
    return with(l.paragraph).with(l.offset).with(l.length);
  }
  template <class Field>
  constexpr hasher with(const afbrief::field_set<Field>& s) const noexcept {
    return with(s.bits());
  }
  template <class T>
  constexpr hasher with(const maybe<T>& m) const noexcept {
    return m.has_value() ? with(1u).with(m.value()) : with(0u);
  }
  template <class Id, size_t N>
  constexpr hasher with(const afbrief::id_list<Id, N>& list) const noexcept {
    return items(list, 0);
  }

 private:
  template <class Id, size_t N>
  constexpr hasher items(const afbrief::id_list<Id, N>& list, size_t i) const noexcept {
    return i >= list.size() ? with(list.size()) : with(list.items[i]).items(list, i + 1);
  }
};
constexpr hasher start_hash() noexcept { return hasher{fnv_basis}; }

// A text we wrote into RAM (its first `length` bytes, or all of it when
// length is 0) against a literal summarised at compile time: the literal
// itself is never stored. On failure the text is printed.
MCU_MAYBE_UNUSED void check_text(int line_number, const char* actual, size_t length,
                                 uint32_t expected) {
  text_ref text = afbrief::text_from_c_string(actual);
  if (length != 0 && length <= text.size()) text = text_ref(actual, length);
  const bool ok = in_ram::of(text) == expected;
  check(ok, line_number);
  if (!ok) {
    put_text("  got: ");
    put_text(actual);
    mcu_putc('\n');
  }
}
#define CHECK_TEXT(actual, literal)                             \
  do {                                                          \
    constexpr uint32_t expected = at_compile_time::of(literal); \
    check_text(__LINE__, actual, 0, expected);                  \
  } while (0)
#define CHECK_TEXT_STARTS(actual, literal)                       \
  do {                                                           \
    constexpr uint32_t expected = at_compile_time::of(literal);  \
    check_text(__LINE__, actual, sizeof(literal) - 1, expected); \
  } while (0)

// Whether the first n bytes of s, or all of it up to its NUL, are ASCII.
MCU_MAYBE_UNUSED bool all_ascii_prefix(const char* s, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80u) return false;
  return true;
}
MCU_MAYBE_UNUSED bool all_ascii(const char* s) {
  return all_ascii_prefix(s, afbrief::text_from_c_string(s).size());
}

// For formatting (the longest figure or event needs 135 bytes) and for
// rendering any text of the tables whole (the pool knows the longest).
constexpr size_t line_size = afbrief::data::text_pool<>::longest_text + 1 > 160
                                 ? afbrief::data::text_pool<>::longest_text + 1
                                 : 160;
char line[line_size];

// Check<I>::run() for every I from I to N - 1: per-record checks whose
// expected values are compile-time constants of each instantiation.
template <template <size_t> class Check, size_t I, size_t N>
struct for_each_index {
  static void run() {
    Check<I>::run();
    for_each_index<Check, I + 1, N>::run();
  }
};
template <template <size_t> class Check, size_t N>
struct for_each_index<Check, N, N> {
  static void run() {}
};

#if MCU_RECORDS
// Every record kind: the checksums of its texts (read through policy D) and
// every other field, hashed in order into one number. `derived` is read too:
// it is the record's bookkeeping, but a wrong read of it is a wrong answer.
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::figure& f) noexcept {
  return start_hash()
      .with(D::of(f.key))
      .with(D::of(f.subject))
      .with(D::of(f.period_phrase))
      .with(D::of(f.base_phrase))
      .with(D::of(f.wording))
      .with(f.id)
      .with(f.amount.best)
      .with(f.amount.low)
      .with(f.amount.high)
      .with(f.amount.hedge)
      .with(f.amount.measured_in)
      .with(f.counts)
      .with(f.covers)
      .with(f.base)
      .with(f.place)
      .with(f.originator)
      .with(f.via)
      .with(f.paragraph)
      .with(f.derived)
      .h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::event& e) noexcept {
  return start_hash()
      .with(D::of(e.key))
      .with(D::of(e.phrase))
      .with(D::of(e.summary))
      .with(e.id)
      .with(e.kind)
      .with(e.when)
      .with(e.dated_to)
      .with(e.named_weekday)
      .with(e.actors)
      .with(e.place)
      .with(e.via)
      .with(e.paragraph)
      .with(e.derived)
      .h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::statement& s) noexcept {
  return start_hash()
      .with(D::of(s.key))
      .with(D::of(s.role))
      .with(D::of(s.quote))
      .with(s.id)
      .with(s.speaker)
      .with(s.organisation)
      .with(s.said)
      .with(s.named_weekday)
      .with(s.said_through)
      .with(s.indirect)
      .with(s.repeats)
      .with(s.via)
      .with(s.paragraph)
      .with(s.derived)
      .with(afbrief::single_day(s.said))
      .h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::actor& a) noexcept {
  return start_hash()
      .with(D::of(a.key))
      .with(D::of(a.name))
      .with(D::of(a.role))
      .with(a.id)
      .with(a.kind)
      .with(a.part_of)
      .h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::source& s) noexcept {
  return start_hash()
      .with(D::of(s.key))
      .with(D::of(s.name))
      .with(s.id)
      .with(s.actor)
      .with(s.kind)
      .h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::place& p) noexcept {
  return start_hash()
      .with(D::of(p.key))
      .with(D::of(p.name))
      .with(p.id)
      .with(p.kind)
      .with(p.within)
      .h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::paragraph& p) noexcept {
  return start_hash().with(p.number).with(p.role).h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::article& a) noexcept {
  return start_hash()
      .with(D::of(a.outlet))
      .with(D::of(a.subject))
      .with(a.published)
      .with(a.paragraph_count)
      .with(a.derived)
      .h;
}

// A whole table: the sum of its records' summaries, each mixed with its
// position (so that two records read in each other's place do not cancel),
// over a ct view (which has at(i) but no iteration), at compile time, in
// halves.
template <class View>
constexpr uint32_t table_summary(View v, size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? mix(record_summary<at_compile_time>(v.at(lo).value()), static_cast<uint32_t>(lo))
             : table_summary(v, lo, lo + (hi - lo) / 2) + table_summary(v, lo + (hi - lo) / 2, hi);
}
template <class View>
constexpr uint32_t table_summary(View v) noexcept {
  return table_summary(v, 0, v.size());
}

// ---- Every figure, looked up by its key -------------------------------------

// Copies a record's text into `out`, decoded by rt; returns its length.
struct copier {
  char* out;
  size_t capacity;
  size_t n;
  bool operator()(char c) {
    if (n + 1 >= capacity) return false;
    out[n] = c;
    ++n;
    return true;
  }
};
size_t copy_text(afbrief::packed_text t, char* out, size_t capacity) {
  copier sink = {out, capacity, 0};
  rt::each_char(t, sink);
  out[sink.n] = '\0';
  return sink.n;
}

void check_figure(size_t i, uint32_t key, int32_t best, afbrief::qualifier hedge,
                  uint8_t paragraph) {
  current_item = static_cast<uint32_t>(i);
  // The key, copied out of the table through the reader into RAM.
  char copy[48];
  const maybe<afbrief::figure> stored = rt::figures().at(hide(i));
  CHECK(stored.has_value());
  const size_t n = copy_text(stored.value().key, copy, sizeof copy);
  CHECK(n == rt::size(stored.value().key));
  CHECK(in_ram::of(text_ref(copy, n)) == key);

  const maybe<afbrief::figure_id> id = rt::find_figure(text_ref(copy, n));
  CHECK(id.has_value() && afbrief::core::position_of(id.value()) == i);
  const maybe<afbrief::figure> found = rt::get(id.value());
  CHECK(found.has_value());
  CHECK(found.value().amount.best == best);
  CHECK(found.value().amount.hedge == hedge);
  CHECK(found.value().paragraph == paragraph);

  // Written out whole, then into buffers of 1 and 0 bytes: same length needed,
  // NUL-terminated when there is room, nothing written when there is none.
  const format_result full = rt::format_figure(id.value(), line, sizeof line);
  CHECK(!full.truncated && full.length == full.needed && full.needed > 20);
  CHECK(afbrief::text_from_c_string(line).size() == full.length);
  char tiny[2] = {'x', 'x'};
  const format_result one = rt::format_figure(id.value(), tiny, hide(static_cast<size_t>(1)));
  CHECK(one.truncated && one.length == 0 && one.needed == full.needed);
  CHECK(tiny[0] == '\0' && tiny[1] == 'x');
  tiny[0] = 'x';
  const format_result none = rt::format_figure(id.value(), tiny, hide(static_cast<size_t>(0)));
  CHECK(none.truncated && none.length == 0 && none.needed == full.needed && tiny[0] == 'x');
}

template <size_t I>
struct figure_check {
  static void run() {
    constexpr afbrief::figure expected = ct::get(afbrief::core::id_at<afbrief::figure_id>(I)).value();
    constexpr uint32_t key = at_compile_time::of(expected.key);
    check_figure(I, key, expected.amount.best, expected.amount.hedge, expected.paragraph);
  }
};

// ---- Every table walked, every text read through the reader -----------------

// A record's key copied into RAM through the reader and looked up again; then
// its near misses (one byte short, one NUL more, the middle byte changed or
// made NUL) must find nothing, or a record whose key is exactly the probe.
template <class View, class Record, class Find>
void look_up_again(View view, const Record& r, Find find, size_t i) {
  char copy[48];
  const size_t n = copy_text(r.key, copy, sizeof copy - 1);
  CHECK(n == rt::size(r.key));
  const auto found = find(text_ref(copy, n));
  CHECK(found.has_value() && afbrief::core::position_of(found.value()) == i);
  for (int kind = 0; kind < 4 && n > 0; ++kind) {
    char probe[48];
    for (size_t j = 0; j < n; ++j) probe[j] = copy[j];
    size_t size = n;
    if (kind == 0) --size;
    if (kind == 1) probe[size++] = '\0';
    if (kind == 2) probe[n / 2] = static_cast<char>(probe[n / 2] ^ 1);
    if (kind == 3) probe[n / 2] = '\0';
    const auto near = find(text_ref(probe, hide(size)));
    CHECK(!near.has_value() ||
          rt::equal(view.at(afbrief::core::position_of(near.value())).value().key, text_ref(probe, size)));
  }
}
struct keyless {};  // paragraphs have no key
template <class View, class Record>
void look_up_again(View, const Record&, keyless, size_t) {}

// Every record read through the reader: their texts and fields must add up
// to what ct says, and each key must find its record again.
template <class View, class Find>
void check_table(int table, View view, Find find, uint32_t expected) {
  uint32_t total = 0;
  for (size_t i = 0; i < view.size(); ++i) {
    current_item = static_cast<uint32_t>(table) * 100u + static_cast<uint32_t>(i);
    const auto record = view.at(hide(i));
    CHECK(record.has_value());
    total += mix(record_summary<at_run_time>(record.value()), static_cast<uint32_t>(i));
    look_up_again(view, record.value(), find, i);
  }
  current_item = static_cast<uint32_t>(table);
  CHECK(total == expected);
  CHECK(!view.at(hide(view.size())).has_value());
}

void check_tables() {
  constexpr uint32_t figures = table_summary(ct::figures());
  constexpr uint32_t events = table_summary(ct::events());
  constexpr uint32_t statements = table_summary(ct::statements());
  constexpr uint32_t actors = table_summary(ct::actors());
  constexpr uint32_t sources = table_summary(ct::sources());
  constexpr uint32_t places = table_summary(ct::places());
  constexpr uint32_t paragraphs = table_summary(ct::paragraphs());
  constexpr uint32_t article = record_summary<at_compile_time>(ct::the_article());
  static_assert(ct::paragraphs().size() == ct::the_article().paragraph_count, "paragraphs");
  check_table(1, rt::figures(), rt::find_figure, figures);
  check_table(2, rt::events(), rt::find_event, events);
  check_table(3, rt::statements(), rt::find_statement, statements);
  check_table(4, rt::actors(), rt::find_actor, actors);
  check_table(5, rt::sources(), rt::find_source, sources);
  check_table(6, rt::places(), rt::find_place, places);
  check_table(7, rt::paragraphs(), keyless(), paragraphs);
  current_item = 8;
  CHECK(record_summary<at_run_time>(rt::the_article()) == article);

  // Iteration over a whole table visits every position in order.
  size_t next = 0;
  for (const afbrief::event e : rt::events().all()) {
    CHECK(afbrief::core::position_of(e.id) == next);
    ++next;
  }
  CHECK(next == rt::events().size());
  next = 0;
  for (const afbrief::statement s : rt::statements().all()) {
    CHECK(afbrief::core::position_of(s.id) == next);
    ++next;
  }
  CHECK(next == rt::statements().size());

  // A few of the new fields by name, beside the checksums: reported speech,
  // a repeated statement and its relay, an unstated channel, a derived date.
  current_item = 9;
  constexpr afbrief::statement outcome =
      ct::get(afbrief::statement_id::abdullah_positive_outcome).value();
  static_assert(outcome.repeats.has_value() && outcome.via.has_value() &&
                    outcome.derived.has(afbrief::statement_field::said) &&
                    outcome.derived.has(afbrief::statement_field::said_through),
                "abdullah_positive_outcome repeats the tweet, via Lyse Doucet");
  const afbrief::statement s =
      rt::get(hidden(afbrief::statement_id::abdullah_positive_outcome)).value();
  CHECK(s.repeats.has_value() && s.repeats.value() == outcome.repeats.value());
  CHECK(s.via.has_value() && s.via.value() == afbrief::source_id::lyse_doucet);
  CHECK(s.derived == outcome.derived && !s.indirect);
  CHECK(s.said_through.has_value() && s.said_through.value() == afbrief::channel::tweet);
  constexpr afbrief::statement unama =
      ct::get(afbrief::statement_id::unama_children_women_casualties).value();
  static_assert(unama.indirect && !unama.said_through.has_value(), "reported, no channel");
  const afbrief::statement u =
      rt::get(hidden(afbrief::statement_id::unama_children_women_casualties)).value();
  CHECK(u.indirect && !u.said_through.has_value() && !u.repeats.has_value());
  CHECK(!afbrief::single_day(u.said).has_value());
  const afbrief::figure change =
      rt::get(hidden(afbrief::figure_id::civilian_casualty_change_q1_2021)).value();
  CHECK(change.derived.has(afbrief::figure_field::base) && change.base.has_value());
  CHECK(rt::the_article().derived.has(afbrief::article_field::published));
}

#endif  // MCU_RECORDS

#if MCU_QUERIES
// ---- Events and statements by date -------------------------------------------

// The range from two ISO dates, at compile time.
constexpr afbrief::date_range compile_time_range(text_ref from, text_ref to) noexcept {
  return afbrief::make_range(afbrief::parse_date(from).value(), afbrief::parse_date(to).value())
      .value();
}
// Which records (bit i: record i) a predicate takes, found without the
// library's own count_if/nth_if, at compile time.
template <class View, class Predicate>
constexpr uint32_t matching(View v, Predicate pred, size_t lo, size_t hi) noexcept {
  return hi <= lo       ? 0u
         : hi - lo == 1 ? (pred(v.at(lo).value()) ? static_cast<uint32_t>(1ul << lo) : 0u)
                        : matching(v, pred, lo, lo + (hi - lo) / 2) |
                              matching(v, pred, lo + (hi - lo) / 2, hi);
}
template <class View, class Predicate>
constexpr uint32_t matching(View v, Predicate pred) noexcept {
  return matching(v, pred, 0, v.size());
}
struct event_in {
  afbrief::date_range range;
  match mode;
  constexpr bool operator()(const afbrief::event& e) const noexcept {
    return afbrief::matches(e.when, range, mode);
  }
};
// A statement's `said` against a range, written out rather than through
// afbrief::matches: the earliest and the latest day it could have been said.
struct statement_in {
  afbrief::date_range range;
  match mode;
  constexpr bool operator()(const afbrief::statement& s) const noexcept {
    return mode == match::overlaps
               ? afbrief::earliest_day_number(s.said) <= afbrief::days_from_civil(range.to()) &&
                     afbrief::latest_day_number(s.said) >= afbrief::days_from_civil(range.from())
               : afbrief::earliest_day_number(s.said) >= afbrief::days_from_civil(range.from()) &&
                     afbrief::latest_day_number(s.said) <= afbrief::days_from_civil(range.to());
  }
};
static_assert(ct::events().size() <= 32 && ct::statements().size() <= 32 &&
                  ct::figures().size() <= 32,
              "one bit per record");

// The range parsed at run time from RAM; what rt says, compared with the
// compile-time count and set.
afbrief::date_range run_time_range(const char* from, const char* to) {
  const afbrief::date_result a = afbrief::parse_date(ram_text(from));
  const afbrief::date_result b = afbrief::parse_date(ram_text(to));
  CHECK(a.ok() && b.ok());
  const afbrief::range_result r = afbrief::make_range(a.value(), b.value());
  CHECK(r.ok());
  return r.value();
}

void check_events_in(int line_number, const char* from, const char* to, match mode, size_t count,
                     uint32_t set) {
  current_item = static_cast<uint32_t>(line_number);
  const afbrief::date_range range = run_time_range(from, to);
  CHECK(rt::count_events(range, mode) == count);
  uint32_t seen = 0;
  size_t n = 0;
  for (const afbrief::event e : rt::events_in(range, mode)) {
    CHECK(afbrief::matches(e.when, range, mode));
    const maybe<afbrief::event_id> nth = rt::nth_event(range, n, mode);
    CHECK(nth.has_value() && nth.value() == e.id);
    seen |= static_cast<uint32_t>(1ul << afbrief::core::position_of(e.id));
    ++n;
  }
  CHECK(n == count && seen == set);
  CHECK(!rt::nth_event(range, n, mode).has_value());
}

void check_statements_in(int line_number, const char* from, const char* to, match mode,
                         size_t count, uint32_t set) {
  current_item = static_cast<uint32_t>(line_number);
  const afbrief::date_range range = run_time_range(from, to);
  CHECK(rt::count_statements(range, mode) == count);
  uint32_t seen = 0;
  size_t n = 0;
  for (const afbrief::statement s : rt::statements_in(range, mode)) {
    CHECK(afbrief::matches(s.said, range, mode));
    const maybe<afbrief::statement_id> nth = rt::nth_statement(range, n, mode);
    CHECK(nth.has_value() && nth.value() == s.id);
    seen |= static_cast<uint32_t>(1ul << afbrief::core::position_of(s.id));
    ++n;
  }
  CHECK(n == count && seen == set);
  CHECK(!rt::nth_statement(range, n, mode).has_value());
}

#define CHECK_EVENTS_IN(from, to, mode)                                     \
  do {                                                                      \
    constexpr afbrief::date_range range = compile_time_range(from, to);     \
    constexpr size_t count = ct::count_events(range, mode);                 \
    constexpr uint32_t set = matching(ct::events(), event_in{range, mode}); \
    check_events_in(__LINE__, from, to, mode, count, set);                  \
  } while (0)

#define CHECK_STATEMENTS_IN(from, to, mode)                                         \
  do {                                                                              \
    constexpr afbrief::date_range range = compile_time_range(from, to);             \
    constexpr size_t count = ct::count_statements(range, mode);                     \
    constexpr uint32_t set = matching(ct::statements(), statement_in{range, mode}); \
    check_statements_in(__LINE__, from, to, mode, count, set);                      \
  } while (0)

void check_by_date() {
  CHECK_EVENTS_IN("2021-07-17", "2021-07-17", match::overlaps);
  CHECK_EVENTS_IN("2021-07-18", "2021-07-18", match::overlaps);
  CHECK_EVENTS_IN("2021-07-17", "2021-07-18", match::within);
  CHECK_EVENTS_IN("2021-07-20", "2021-07-20", match::overlaps);  // eid_al_adha, on or after
  CHECK_EVENTS_IN("2021-07-19", "2021-07-19", match::overlaps);
  CHECK_EVENTS_IN("2021-07-19", "9999-12-31", match::within);
  CHECK_EVENTS_IN("2021-06-25", "2021-06-25", match::overlaps);
  CHECK_EVENTS_IN("2021-06-21", "2021-06-30", match::within);
  CHECK_EVENTS_IN("2020-09-01", "2020-09-30", match::within);
  CHECK_EVENTS_IN("2022-01-01", "2022-12-31", match::overlaps);
  CHECK_EVENTS_IN("0001-01-01", "9999-12-31", match::overlaps);
  CHECK_EVENTS_IN("0001-01-01", "9999-12-31", match::within);
  CHECK_STATEMENTS_IN("2021-07-17", "2021-07-17", match::overlaps);
  CHECK_STATEMENTS_IN("2021-07-18", "2021-07-18", match::overlaps);
  CHECK_STATEMENTS_IN("2021-07-17", "2021-07-17", match::within);
  CHECK_STATEMENTS_IN("2021-07-17", "2021-07-18", match::within);  // government_not_bad
  CHECK_STATEMENTS_IN("2021-01-01", "2021-12-31", match::overlaps);
  CHECK_STATEMENTS_IN("2021-01-01", "2021-12-31", match::within);
  CHECK_STATEMENTS_IN("2020-01-01", "2020-12-31", match::overlaps);  // the undated ones
  CHECK_STATEMENTS_IN("2021-07-19", "2021-07-31", match::overlaps);
}

// ---- Selections by actor, source and measure --------------------------------

// For each actor (source, measure) in turn: how many records rt counts, and
// which it walks, each checked against its rank; the lot hashed into one
// number, against the same computed by ct and by an independent predicate.
struct event_involves {
  afbrief::actor_id who;
  constexpr bool operator()(const afbrief::event& e) const noexcept {
    return e.actors.contains(who);
  }
};
struct figure_from {
  afbrief::source_id who;
  constexpr bool operator()(const afbrief::figure& f) const noexcept {
    return f.originator.has_value() && f.originator.value() == who;
  }
};
struct figure_counts {
  afbrief::measure what;
  constexpr bool operator()(const afbrief::figure& f) const noexcept { return f.counts == what; }
};
constexpr uint32_t selection_summary(size_t key, size_t count, uint32_t set) noexcept {
  return mix(mix(mix(fnv_basis, static_cast<uint32_t>(key)), static_cast<uint32_t>(count)), set);
}
constexpr uint32_t involving_summary(size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? selection_summary(
                   lo, ct::count_events_involving(afbrief::core::id_at<afbrief::actor_id>(lo)),
                   matching(ct::events(), event_involves{afbrief::core::id_at<afbrief::actor_id>(lo)}))
             : involving_summary(lo, lo + (hi - lo) / 2) +
                   involving_summary(lo + (hi - lo) / 2, hi);
}
constexpr uint32_t from_summary(size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? selection_summary(
                   lo, ct::count_figures_from(afbrief::core::id_at<afbrief::source_id>(lo)),
                   matching(ct::figures(), figure_from{afbrief::core::id_at<afbrief::source_id>(lo)}))
             : from_summary(lo, lo + (hi - lo) / 2) + from_summary(lo + (hi - lo) / 2, hi);
}
constexpr size_t measure_count = afbrief::core::measure_count;  // not in afbrief:: itself
constexpr uint32_t counting_summary(size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? selection_summary(
                   lo, ct::count_figures_counting(static_cast<afbrief::measure>(lo)),
                   matching(ct::figures(), figure_counts{static_cast<afbrief::measure>(lo)}))
             : counting_summary(lo, lo + (hi - lo) / 2) + counting_summary(lo + (hi - lo) / 2, hi);
}

void check_selections() {
  constexpr uint32_t involving = involving_summary(0, ct::actors().size());
  constexpr uint32_t from = from_summary(0, ct::sources().size());
  constexpr uint32_t counting = counting_summary(0, measure_count);
  uint32_t total = 0;
  for (size_t i = 0; i < rt::actors().size(); ++i) {
    current_item = 100u + static_cast<uint32_t>(i);
    const afbrief::actor_id who = id_at<afbrief::actor_id>(i);
    uint32_t set = 0;
    size_t n = 0;
    for (const afbrief::event e : rt::events_involving(who)) {
      CHECK(e.actors.contains(who));
      const maybe<afbrief::event_id> nth = rt::nth_event_involving(who, n);
      CHECK(nth.has_value() && nth.value() == e.id);
      set |= static_cast<uint32_t>(1ul << afbrief::core::position_of(e.id));
      ++n;
    }
    CHECK(n == rt::count_events_involving(who) && !rt::nth_event_involving(who, n).has_value());
    total += selection_summary(i, n, set);
  }
  current_item = 100;
  CHECK(total == involving);
  total = 0;
  for (size_t i = 0; i < rt::sources().size(); ++i) {
    current_item = 200u + static_cast<uint32_t>(i);
    const afbrief::source_id who = id_at<afbrief::source_id>(i);
    uint32_t set = 0;
    size_t n = 0;
    for (const afbrief::figure f : rt::figures_from(who)) {
      CHECK(f.originator.has_value() && f.originator.value() == who);
      const maybe<afbrief::figure_id> nth = rt::nth_figure_from(who, n);
      CHECK(nth.has_value() && nth.value() == f.id);
      set |= static_cast<uint32_t>(1ul << afbrief::core::position_of(f.id));
      ++n;
    }
    CHECK(n == rt::count_figures_from(who) && !rt::nth_figure_from(who, n).has_value());
    total += selection_summary(i, n, set);
  }
  current_item = 200;
  CHECK(total == from);
  total = 0;
  for (size_t i = 0; i < measure_count; ++i) {
    current_item = 300u + static_cast<uint32_t>(i);
    const afbrief::measure what = word_at<afbrief::measure>(i);
    uint32_t set = 0;
    size_t n = 0;
    for (const afbrief::figure f : rt::figures_counting(what)) {
      CHECK(f.counts == what);
      const maybe<afbrief::figure_id> nth = rt::nth_figure_counting(what, n);
      CHECK(nth.has_value() && nth.value() == f.id);
      set |= static_cast<uint32_t>(1ul << afbrief::core::position_of(f.id));
      ++n;
    }
    CHECK(n == rt::count_figures_counting(what) && !rt::nth_figure_counting(what, n).has_value());
    total += selection_summary(i, n, set);
  }
  current_item = 300;
  CHECK(total == counting);
}

// ---- Bad input ------------------------------------------------------------------

// A key that is not in any table must be "not found" in every table.
void check_unknown_key(text_ref key) {
  CHECK(!rt::find_figure(key).has_value());
  CHECK(!rt::find_event(key).has_value());
  CHECK(!rt::find_statement(key).has_value());
  CHECK(!rt::find_actor(key).has_value());
  CHECK(!rt::find_source(key).has_value());
  CHECK(!rt::find_place(key).has_value());
}

void check_bad_input() {
  current_item = 0;
  check_unknown_key(ram_text("no_such_key"));
  check_unknown_key(ram_text(""));
  check_unknown_key(text_ref());
  check_unknown_key(ram_text("PEOPLE_IN_NEED"));
  CHECK(!rt::find_figure(ram_text("people_in_nee")).has_value());
  CHECK(!rt::find_figure(ram_text("people_in_needs")).has_value());
  CHECK(!rt::find_figure(ram_text(" people_in_need")).has_value());
  // Over-long keys: after every key, before every key, and a key with a tail.
  char long_key[120];
  for (size_t i = 0; i < sizeof long_key; ++i) long_key[i] = 'z';
  check_unknown_key(text_ref(long_key, hide(sizeof long_key)));
  for (size_t i = 0; i < sizeof long_key; ++i) long_key[i] = 'a';
  check_unknown_key(text_ref(long_key, hide(sizeof long_key)));
  const char* known = "people_in_need";
  for (size_t i = 0; known[i] != '\0'; ++i) long_key[i] = known[i];
  check_unknown_key(text_ref(long_key, hide(sizeof long_key)));
  CHECK(rt::find_figure(text_ref(long_key, hide(static_cast<size_t>(14)))).has_value());

  // Ids cast from numbers no table has.
  const afbrief::figure_id no_figure = static_cast<afbrief::figure_id>(hide<uint8_t>(200));
  CHECK(!rt::get(no_figure).has_value());
  CHECK(!rt::get(id_at<afbrief::event_id>(rt::events().size())).has_value());
  CHECK(!rt::get(id_at<afbrief::statement_id>(rt::statements().size())).has_value());
  line[0] = 'x';
  const format_result nothing = rt::format_figure(no_figure, line, sizeof line);
  CHECK(nothing.needed == 0 && !nothing.truncated && line[0] == '\0');
  line[0] = 'x';
  const format_result no_event =
      rt::format_event(id_at<afbrief::event_id>(rt::events().size()), line, sizeof line);
  CHECK(no_event.needed == 0 && !no_event.truncated && line[0] == '\0');

  // A miss's value() is none (id 0), which reads as no record on the chip
  // too: its record's key is the empty text at offset 0, and nothing formats.
  const maybe<afbrief::figure_id> missed =
      rt::find_figure(text_ref(long_key, hide(sizeof long_key)));
  CHECK(!missed.has_value() && afbrief::core::is_none(missed.value()));
  CHECK(!rt::get(missed.value()).has_value());
  CHECK(rt::size(rt::get(missed.value()).value().key) == 0);
  CHECK(rt::size(rt::get(no_figure).value().subject) == 0);
  line[0] = 'x';
  CHECK(rt::format_figure(missed.value(), line, sizeof line).needed == 0 && line[0] == '\0');

  // Ranges: reversed, and with an impossible date at either end.
  using afbrief::range_error;
  const civil_date early = afbrief::parse_date(ram_text("2021-07-17")).value();
  const civil_date late = afbrief::parse_date(ram_text("2021-07-18")).value();
  const civil_date impossible(hide<int16_t>(2021), hide<uint8_t>(2), hide<uint8_t>(30));
  CHECK(afbrief::make_range(late, early).error() == range_error::from_after_to);
  CHECK(afbrief::make_range(impossible, late).error() == range_error::invalid_from);
  CHECK(afbrief::make_range(early, impossible).error() == range_error::invalid_to);
  CHECK(afbrief::make_range(early, early).ok());
}
#endif  // MCU_QUERIES

#if MCU_TEXTS
// ---- Dates: parsing and formatting -------------------------------------------

void check_dates() {
  current_item = 0;
  using afbrief::date_error;
  const afbrief::date_result sunday = afbrief::parse_date(ram_text("2021-07-18"));
  CHECK(sunday.ok() && sunday.value() == civil_date(2021, 7, 18));
  CHECK(afbrief::weekday_of(sunday.value()) == afbrief::weekday::sunday);
  CHECK(afbrief::parse_date(ram_text("2020-02-29")).ok());
  CHECK(afbrief::parse_date(ram_text("2021-02-29")).error() == date_error::day_out_of_range);
  CHECK(afbrief::parse_date(ram_text("2021-7-1")).error() == date_error::syntax);
  CHECK(afbrief::parse_date(ram_text("")).error() == date_error::empty);
  CHECK(afbrief::parse_date(ram_text("2021-07-18x")).error() == date_error::trailing_characters);
  CHECK(afbrief::parse_date(ram_text("2021-13-01")).error() == date_error::month_out_of_range);
  CHECK(afbrief::parse_date(ram_text("0000-01-01")).error() == date_error::year_out_of_range);

  char date[11];
  const format_result whole = afbrief::format_date(sunday.value(), date, hide(sizeof date));
  CHECK_TEXT(date, "2021-07-18");
  CHECK(whole.length == 10 && whole.needed == 10 && !whole.truncated);
  char one[1] = {'x'};
  const format_result cut = afbrief::format_date(sunday.value(), one, hide(sizeof one));
  CHECK(one[0] == '\0' && cut.length == 0 && cut.needed == 10 && cut.truncated);
  const format_result null = afbrief::format_date(sunday.value(), hide<char*>(nullptr), 11);
  CHECK(null.length == 0 && null.needed == 10 && null.truncated);
}

// ---- Periods as EDTF, one-of-a-set periods included ----------------------------

// A period read by rt, written as EDTF into `out` (NUL-terminated).
char edtf[32];
void check_edtf(int line_number, afbrief::period p, uint32_t expected) {
  const format_result r = afbrief::format_edtf(p, edtf, sizeof edtf);
  check(!r.truncated && r.length == r.needed && r.length > 0, line_number);
  check_text(line_number, edtf, 0, expected);
}
#define CHECK_EVENT_EDTF(key, literal)                                                    \
  do {                                                                                    \
    constexpr uint32_t expected = at_compile_time::of(literal);                           \
    current_item = static_cast<uint32_t>(afbrief::event_id::key);                         \
    check_edtf(__LINE__, rt::get(hidden(afbrief::event_id::key)).value().when, expected); \
  } while (0)
#define CHECK_SAID_EDTF(key, literal)                                                         \
  do {                                                                                        \
    constexpr uint32_t expected = at_compile_time::of(literal);                               \
    current_item = static_cast<uint32_t>(afbrief::statement_id::key);                         \
    check_edtf(__LINE__, rt::get(hidden(afbrief::statement_id::key)).value().said, expected); \
  } while (0)

// What format_event writes after the EDTF date: " (" phrase "): " summary,
// from ct's texts, at compile time.
constexpr digest event_tail(const afbrief::event& e) noexcept {
  return piece(" (", 0) + piece(ct::text(e.phrase), 2) + piece("): ", 2 + ct::size(e.phrase)) +
         piece(ct::text(e.summary), 5 + ct::size(e.phrase));
}
constexpr uint32_t event_tails(size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? mix(summary(event_tail(ct::events().at(lo).value())), static_cast<uint32_t>(lo))
             : event_tails(lo, lo + (hi - lo) / 2) + event_tails(lo + (hi - lo) / 2, hi);
}

void check_periods() {
  // Every event's period, and every statement's, as EDTF: the one-of-a-set
  // periods ("[..]") among them.
  CHECK_EVENT_EDTF(akhundzada_message_released, "2021-07-18");
  CHECK_EVENT_EDTF(conflict_between_the_parties, "/..");
  CHECK_EVENT_EDTF(doha_meeting, "2021-07-17");
  CHECK_EVENT_EDTF(doha_talks_continue, "2021-07-18");
  CHECK_EVENT_EDTF(eid_al_adha, "[2021-07-20..]");
  CHECK_EVENT_EDTF(foreign_troops_withdrawing, "/..");
  CHECK_EVENT_EDTF(france_evacuation, "2021-07-17");
  CHECK_EVENT_EDTF(germany_italy_withdrawal_announced, "2021-06");
  CHECK_EVENT_EDTF(intra_afghan_talks_began, "2020-09");
  CHECK_EVENT_EDTF(other_countries_evacuations, "[2021-07-17..2021-07-18]");
  CHECK_EVENT_EDTF(taliban_key_areas_taken, "/2021-07-18");
  CHECK_EVENT_EDTF(taliban_offensives, "/..");
  CHECK_EVENT_EDTF(taliban_territorial_gains, "/2021-07-18");
  CHECK_EVENT_EDTF(us_pullout_ongoing, "/..");
  static_assert(
      afbrief::core::position_of(afbrief::event_id::us_pullout_ongoing) + 1 == ct::events().size(),
      "an EDTF check for every event");
  CHECK_SAID_EDTF(abdullah_positive_outcome, "2021-07-17");
  CHECK_SAID_EDTF(abdullah_tweet_meetings_continued, "2021-07-17");
  CHECK_SAID_EDTF(akhundzada_islamic_emirate, "2021-07-18");
  CHECK_SAID_EDTF(akhundzada_political_settlement, "2021-07-18");
  CHECK_SAID_EDTF(akhundzada_political_solution, "2021-07-18");
  CHECK_SAID_EDTF(akhundzada_resolve_among_ourselves, "2021-07-18");
  CHECK_SAID_EDTF(akhundzada_strenuously_favours, "2021-07-18");
  CHECK_SAID_EDTF(anwari_final_result, "2021-07-17");
  CHECK_SAID_EDTF(anwari_more_expected_sunday, "2021-07-17");
  CHECK_SAID_EDTF(baradar_opening_remarks, "2021-07-17");
  CHECK_SAID_EDTF(brennan_people_in_need, "[..2021-07-18]");
  CHECK_SAID_EDTF(doucet_first_round_not_bad, "[2021-07-17..2021-07-18]");
  CHECK_SAID_EDTF(germany_withdrawal_announced, "2021-06");
  CHECK_SAID_EDTF(government_not_bad, "[2021-07-17..2021-07-18]");
  CHECK_SAID_EDTF(italy_withdrawal_announced, "2021-06");
  CHECK_SAID_EDTF(un_refugee_agency_brink_warning, "[..2021-07-18]");
  CHECK_SAID_EDTF(un_refugee_agency_displacement, "[..2021-07-18]");
  CHECK_SAID_EDTF(unama_children_women_casualties, "[..2021-07-18]");
  static_assert(afbrief::core::position_of(afbrief::statement_id::unama_children_women_casualties) + 1 ==
                    ct::statements().size(),
                "an EDTF check for every statement");

  // A set's EDTF cut short: the length it needs is still reported.
  current_item = 0;
  const afbrief::period set =
      rt::get(hidden(afbrief::statement_id::government_not_bad)).value().said;
  CHECK(set.form == afbrief::period_form::one_of && !afbrief::single_day(set).has_value());
  const format_result cut = afbrief::format_edtf(set, edtf, hide(static_cast<size_t>(6)));
  CHECK(cut.truncated && cut.length == 5 && cut.needed == 24);
  CHECK_TEXT(edtf, "[2021");

  // Every event's line whole: its EDTF date, then the phrase and summary
  // that ct reads; and the length it needs from no buffer at all.
  constexpr uint32_t tails = event_tails(0, ct::events().size());
  uint32_t total = 0;
  for (size_t i = 0; i < rt::events().size(); ++i) {
    current_item = static_cast<uint32_t>(i);
    const afbrief::event_id id = id_at<afbrief::event_id>(i);
    const format_result r = rt::format_event(id, line, sizeof line);
    CHECK(!r.truncated && r.length == r.needed && r.length > 10);
    CHECK(rt::format_event(id, nullptr, 0).needed == r.needed);
    const format_result date = afbrief::format_edtf(rt::get(id).value().when, edtf, sizeof edtf);
    bool same_date = date.length < r.length;
    for (size_t k = 0; same_date && k < date.length; ++k) same_date = line[k] == edtf[k];
    CHECK(same_date);
    if (same_date) {
      total += mix(in_ram::of(text_ref(line + date.length, r.length - date.length)),
                   static_cast<uint32_t>(i));
    }
  }
  current_item = 0;
  CHECK(total == tails);

  // The two one-of-a-set events written whole.
  rt::format_event(hidden(afbrief::event_id::eid_al_adha), line, sizeof line);
  CHECK_TEXT(line,
             "[2021-07-20..] (just days ahead): The Islamic Eid Al-Adha holiday, a few days after "
             "the message");
  rt::format_event(hidden(afbrief::event_id::other_countries_evacuations), line, sizeof line);
  CHECK_TEXT(line,
             "[2021-07-17..2021-07-18] (have followed suit): India, China, Germany and Canada "
             "follow France in evacuating");
}

// ---- Figures and events in plain English ------------------------------------

void check_formatting() {
  current_item = 0;
  const maybe<afbrief::figure_id> killed = rt::find_figure(ram_text("children_killed_past_decade"));
  CHECK(killed.has_value());
  rt::format_figure(killed.value(), line, sizeof line);
  CHECK_TEXT(line,
             "up to 7,792 children killed (in the past decade alone; UNAMA via Al Jazeera, "
             "Doha News)");
  const maybe<afbrief::figure_id> change =
      rt::find_figure(ram_text("civilian_casualty_change_q1_2021"));
  CHECK(change.has_value());
  rt::format_figure(change.value(), line, sizeof line);
  CHECK_TEXT(line,
             "29% change in casualties among civilians (the first quarter of this year, compared "
             "with 2020; source not stated, reported by Doha News)");
  // No period phrase and no base: no period part.
  rt::format_figure(hidden(afbrief::figure_id::displaced_total), line, sizeof line);
  CHECK_TEXT(line,
             "more than 3,500,000 Afghans forced from their homes (UN refugee agency via Doha "
             "News)");
  const maybe<afbrief::event_id> france = rt::find_event(ram_text("france_evacuation"));
  CHECK(france.has_value());
  rt::format_event(france.value(), line, sizeof line);
  CHECK_TEXT(line,
             "2021-07-17 (On Saturday): France evacuates citizens and Afghans working for its "
             "embassy in Kabul");
  // The same event through put_event, onto a writer of ours (ASCII).
  afbrief::core::writer out(line, sizeof line, afbrief::charset::ascii);
  rt::put_event(out, rt::get(france.value()).value());
  CHECK(!out.finish().truncated);
  CHECK_TEXT_STARTS(line, "2021-07-17 (On Saturday): France");
}

// ---- Texts read through the reader: ASCII rendering, names, keys ----------------

void check_text_access() {
  current_item = 0;
  // A figure written for a display without UTF-8: the curly apostrophe in
  // "WHO’s" becomes '.
  const maybe<afbrief::figure_id> need = rt::find_figure(ram_text("people_in_need"));
  CHECK(need.has_value());
  rt::format_figure(need.value(), line, sizeof line, afbrief::charset::ascii);
  CHECK_TEXT(line,
             "up to 18,400,000 people in need of humanitarian assistance (now; WHO's Rick "
             "Brennan via Doha News)");
  // A record's text copied out as printed, and as ASCII.
  const maybe<afbrief::actor_id> council = rt::find_actor(ram_text("reconciliation_council"));
  CHECK(council.has_value());
  const afbrief::packed_text name = rt::get(council.value()).value().name;
  rt::render(name, line, sizeof line);
  CHECK_TEXT(line, "Afghanistan\u2019s reconciliation council");
  rt::render(name, line, sizeof line, afbrief::charset::ascii);
  CHECK_TEXT(line, "Afghanistan's reconciliation council");
  // Truncation keeps the three-byte apostrophe whole: "Afghanistan" fits, the
  // apostrophe does not.
  const format_result cut = rt::render(name, line, hide(static_cast<size_t>(13)));
  CHECK(cut.truncated && cut.length == 11);
  CHECK_TEXT(line, "Afghanistan");
  // Every quotation (the longest text of the tables among them) and every
  // actor name renders whole, and to pure ASCII.
  for (size_t i = 0; i < rt::statements().size(); ++i) {
    current_item = static_cast<uint32_t>(i);
    const afbrief::statement s = rt::statements().at(hide(i)).value();
    const format_result r = rt::render(s.quote, line, sizeof line, afbrief::charset::ascii);
    CHECK(!r.truncated && r.length > 0);
    CHECK(all_ascii(line));
  }
  for (size_t i = 0; i < rt::actors().size(); ++i) {
    current_item = static_cast<uint32_t>(i);
    rt::render(rt::actors().at(hide(i)).value().name, line, sizeof line, afbrief::charset::ascii);
    CHECK(all_ascii(line));
  }
  current_item = 0;
  // A character cut short (bytes of ours, in RAM) comes out as ASCII too:
  // each stray byte a '?'. (RAM, so not rt::render, which reads flash on AVR.)
  const char cut_short[3] = {'a', hide('\xE2'), hide('\x80')};
  afbrief::core::render_text(text_ref(cut_short, 3), line, sizeof line, afbrief::charset::ascii);
  CHECK_TEXT(line, "a??");
  // A packed_text made up by hand, at no text's start, reads as empty: one
  // code into "Doha", and past the pool. Offset 0 is the empty text itself.
  const uint16_t inside_doha =
      static_cast<uint16_t>(rt::get(afbrief::place_id::doha).value().name.offset + 1u);
  CHECK(rt::size(afbrief::packed_text{hide(inside_doha)}) == 0);
  CHECK(rt::size(afbrief::packed_text{hide(static_cast<uint16_t>(0xFFFF))}) == 0);
  CHECK(!rt::equal(afbrief::packed_text{hide(inside_doha)}, ram_text("oha")));
  CHECK(rt::size(afbrief::packed_text{hide(static_cast<uint16_t>(0))}) == 0);
  // Names, characters and comparisons of texts in the tables.
  CHECK(rt::equal(rt::name_of(afbrief::source_id::unama), ram_text("UNAMA")));
  CHECK(!rt::equal(rt::name_of(afbrief::source_id::unama), ram_text("UNAMa")));
  const afbrief::packed_text doha = rt::get(afbrief::place_id::doha).value().name;
  CHECK(rt::char_at(doha, hide(static_cast<size_t>(0))) == 'D');
  CHECK(rt::char_at(doha, hide(static_cast<size_t>(4))) == '\0');
  // A vocabulary word (a library text, in flash on AVR), through the reader.
  const afbrief::library_text tweet = afbrief::channel_name(hidden(afbrief::channel::tweet));
  CHECK(tweet.size() == 5 && rt::equal(tweet, ram_text("tweet")));
  CHECK(rt::char_at(tweet, hide(static_cast<size_t>(0))) == 't');
  // A key taken from a table (in flash on AVR) is copied to RAM before it is
  // searched for: the key you search with is ordinary memory.
  rt::render(rt::get(afbrief::source_id::unama).value().key, line, sizeof line);
  const maybe<afbrief::actor_id> unama = rt::find_actor(afbrief::text_from_c_string(line));
  CHECK(unama.has_value() && unama.value() == afbrief::actor_id::unama);
}
#endif  // MCU_TEXTS

#if MCU_ANNOTATIONS
// ---- Annotations: every note and every locator ----------------------------------

// An annotation's note (read through policy D) and its locators, in order.
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t annotation_summary(
    const afbrief::figure_annotation& a) noexcept {
  return start_hash()
      .with(D::of(a.note))
      .with(a.wording)
      .with(a.period_phrase)
      .with(a.base_phrase)
      .h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t annotation_summary(const afbrief::event_annotation& a) noexcept {
  return start_hash().with(D::of(a.note)).with(a.phrase).h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t annotation_summary(
    const afbrief::statement_annotation& a) noexcept {
  return start_hash().with(D::of(a.note)).with(a.quote).h;
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t annotation_summary(const afbrief::note_annotation& a) noexcept {
  return start_hash().with(D::of(a.note)).h;
}

// The annotations of a table, as ct reads them, each mixed with its position.
template <class Id>
constexpr uint32_t annotations_summary(size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? mix(annotation_summary<at_compile_time>(
                       ct::annotation(afbrief::core::id_at<Id>(lo)).value()),
                   static_cast<uint32_t>(lo))
             : annotations_summary<Id>(lo, lo + (hi - lo) / 2) +
                   annotations_summary<Id>(lo + (hi - lo) / 2, hi);
}
constexpr uint32_t paragraph_notes_summary(size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? mix(annotation_summary<at_compile_time>(ct::paragraph_annotation(lo + 1).value()),
                   static_cast<uint32_t>(lo))
             : paragraph_notes_summary(lo, lo + (hi - lo) / 2) +
                   paragraph_notes_summary(lo + (hi - lo) / 2, hi);
}

// Every annotation of a table read by rt, against ct's sum; none past the end.
template <class Id>
void check_annotations(int table, size_t count, uint32_t expected) {
  uint32_t total = 0;
  for (size_t i = 0; i < count; ++i) {
    current_item = static_cast<uint32_t>(table) * 100u + static_cast<uint32_t>(i);
    const auto a = rt::annotation(id_at<Id>(i));
    CHECK(a.has_value());
    total += mix(annotation_summary<at_run_time>(a.value()), static_cast<uint32_t>(i));
  }
  current_item = static_cast<uint32_t>(table);
  CHECK(total == expected);
  CHECK(!rt::annotation(id_at<Id>(count)).has_value());
}

// A locator read by rt against the record text it locates, also read by rt:
// there exactly when the text is not empty, as long as the text, in the
// record's paragraph.
bool locates(afbrief::locator l, afbrief::packed_text t, uint8_t paragraph) {
  const size_t size = rt::size(t);
  return afbrief::has_locator(l) ? size != 0 && l.length == size && l.paragraph == paragraph
                                 : size == 0 && l.offset == 0 && l.length == 0;
}

// The longest prefix of t that fits in `capacity` bytes with a NUL after it
// without splitting a UTF-8 character: what rt::render writes of it.
constexpr size_t fitting(text_ref t, size_t n) noexcept {
  return n == 0 || n >= t.size() || (static_cast<unsigned char>(t.data()[n]) & 0xC0u) != 0x80u
             ? n
             : fitting(t, n - 1);
}
constexpr size_t fitting_prefix(text_ref t, size_t capacity) noexcept {
  return t.size() < capacity ? t.size() : fitting(t, capacity - 1);
}

void check_all_annotations() {
  constexpr uint32_t figures = annotations_summary<afbrief::figure_id>(0, ct::figures().size());
  constexpr uint32_t events = annotations_summary<afbrief::event_id>(0, ct::events().size());
  constexpr uint32_t statements =
      annotations_summary<afbrief::statement_id>(0, ct::statements().size());
  constexpr uint32_t actors = annotations_summary<afbrief::actor_id>(0, ct::actors().size());
  constexpr uint32_t sources = annotations_summary<afbrief::source_id>(0, ct::sources().size());
  constexpr uint32_t places = annotations_summary<afbrief::place_id>(0, ct::places().size());
  constexpr uint32_t paragraphs = paragraph_notes_summary(0, ct::paragraphs().size());
  constexpr uint32_t article = annotation_summary<at_compile_time>(ct::article_annotation());
  check_annotations<afbrief::figure_id>(1, rt::figures().size(), figures);
  check_annotations<afbrief::event_id>(2, rt::events().size(), events);
  check_annotations<afbrief::statement_id>(3, rt::statements().size(), statements);
  check_annotations<afbrief::actor_id>(4, rt::actors().size(), actors);
  check_annotations<afbrief::source_id>(5, rt::sources().size(), sources);
  check_annotations<afbrief::place_id>(6, rt::places().size(), places);

  // Paragraph notes, numbered from 1; none for 0 or past the last.
  uint32_t total = 0;
  for (size_t i = 0; i < rt::paragraphs().size(); ++i) {
    current_item = 700u + static_cast<uint32_t>(i);
    const maybe<afbrief::note_annotation> a = rt::paragraph_annotation(hide(i + 1));
    CHECK(a.has_value());
    total += mix(annotation_summary<at_run_time>(a.value()), static_cast<uint32_t>(i));
  }
  current_item = 7;
  CHECK(total == paragraphs);
  CHECK(!rt::paragraph_annotation(hide(static_cast<size_t>(0))).has_value());
  CHECK(!rt::paragraph_annotation(hide(rt::paragraphs().size() + 1)).has_value());
  current_item = 8;
  CHECK(annotation_summary<at_run_time>(rt::article_annotation()) == article);

  // Every locator against the text it locates, both read by rt.
  for (size_t i = 0; i < rt::figures().size(); ++i) {
    current_item = 100u + static_cast<uint32_t>(i);
    const afbrief::figure f = rt::figures().at(hide(i)).value();
    const afbrief::figure_annotation a = rt::annotation(f.id).value();
    CHECK(locates(a.wording, f.wording, f.paragraph));
    CHECK(locates(a.period_phrase, f.period_phrase, f.paragraph));
    CHECK(locates(a.base_phrase, f.base_phrase, f.paragraph));
  }
  for (size_t i = 0; i < rt::events().size(); ++i) {
    current_item = 200u + static_cast<uint32_t>(i);
    const afbrief::event e = rt::events().at(hide(i)).value();
    CHECK(locates(rt::annotation(e.id).value().phrase, e.phrase, e.paragraph));
  }
  for (size_t i = 0; i < rt::statements().size(); ++i) {
    current_item = 300u + static_cast<uint32_t>(i);
    const afbrief::statement s = rt::statements().at(hide(i)).value();
    CHECK(locates(rt::annotation(s.id).value().quote, s.quote, s.paragraph));
  }

  // A note rendered: the article's (761 bytes) cut to the buffer, whole
  // characters only, and the same as ASCII; a short one whole.
  current_item = 0;
  constexpr text_ref article_note = afbrief::core::raw_text(ct::article_annotation().note);
  constexpr size_t kept = fitting_prefix(article_note, sizeof line);
  constexpr uint32_t kept_summary = summary(piece(text_ref(article_note.data(), kept), 0));
  const afbrief::library_text note = rt::article_annotation().note;
  CHECK(note.size() == article_note.size());
  const format_result cut = rt::render(note, line, sizeof line);
  CHECK(cut.truncated && cut.length == kept && cut.needed == article_note.size());
  CHECK(in_ram::of(text_ref(line, cut.length)) == kept_summary);
  const format_result ascii = rt::render(note, line, sizeof line, afbrief::charset::ascii);
  CHECK(ascii.truncated && all_ascii_prefix(line, ascii.length));
  const afbrief::library_text tweet_note = rt::paragraph_annotation(hide(static_cast<size_t>(5))).value().note;
  rt::render(tweet_note, line, sizeof line);
  CHECK_TEXT(line, "The text of Abdullah Abdullah's tweet, embedded in the article.");
  CHECK(rt::equal(tweet_note, ram_text("The text of Abdullah Abdullah's tweet, embedded in the "
                                       "article.")));
  CHECK(rt::char_at(tweet_note, hide(static_cast<size_t>(4))) == 't');
  // A paragraph without a note has the empty one.
  CHECK(rt::paragraph_annotation(hide(static_cast<size_t>(1))).value().note.empty());
}
#endif  // MCU_ANNOTATIONS

}  // namespace

int main() {
  mcu_init();
  put_text("afbrief firmware test (groups ");
  put_number(AFBRIEF_MCU_GROUPS);
  put_text(")\n");
#if MCU_RECORDS
  for_each_index<figure_check, 0, ct::figures().size()>::run();
  check_tables();
#endif
#if MCU_QUERIES
  check_by_date();
  check_selections();
  check_bad_input();
#endif
#if MCU_TEXTS
  check_dates();
  check_periods();
  check_formatting();
  check_text_access();
#endif
#if MCU_ANNOTATIONS
  check_all_annotations();
#endif
  put_number(passed_checks);
  put_text(" passed, ");
  put_number(failed_checks);
  put_text(" failed\n");
  mcu_exit(failed_checks == 0 && passed_checks > 0 ? 0 : 1);
}

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
// C++11, no standard library, no heap, no exceptions. Output goes through
// mcu_io.hpp: one line per failed check, then "N passed, M failed"; the exit
// status is 0 only when M is 0.
#include "afbrief/afbrief.hpp"
#include "mcu_io.hpp"

namespace {

using afbrief::civil_date;
using afbrief::ct;
using afbrief::format_result;
using afbrief::match;
using afbrief::maybe;
using afbrief::rt;
using afbrief::text_ref;

// ---- The harness ------------------------------------------------------------

uint32_t passed_checks = 0;
uint32_t failed_checks = 0;
// What a failure line names besides the line: a figure's index, a table's
// number * 100 + a record's index, or the line of a date case.
uint32_t current_item = 0;

void put_text(const char* s) {
  for (; *s != '\0'; ++s) mcu_putc(*s);
}

void put_number(uint32_t n) {
  char digits[10];
  uint8_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10u);
    n /= 10u;
  } while (n != 0);
  while (count > 0) mcu_putc(digits[--count]);
}

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

// A C string of ours (RAM), as text the compiler cannot see into.
text_ref ram_text(const char* s) { return afbrief::core::text_from_c_string(hide(s)); }

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
// (which catches reordered bytes), mixed. Sums, so the text can be split.
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

struct at_compile_time {
  static constexpr uint32_t of(text_ref t) noexcept {
    return summary(span_digest(t.data(), t.size(), 0));
  }
  // A record's text, as ct reads it: the row's own array.
  static constexpr uint32_t of(afbrief::packed_text t) noexcept { return of(ct::text(t)); }
};
// A record's text as rt decodes it from the packed pool.
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
struct decoded_by_rt {
  MCU_OUT_OF_LINE static uint32_t of(afbrief::packed_text t) noexcept {
    digest_sink sink = {{0u, 0u, 0u}};
    rt::each_char(t, sink);
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
typedef decoded_by_rt at_run_time;  // record texts

// A hash of a record's non-text fields. Declared in this order so that each
// overload of add() sees the ones it uses.
template <class T>
constexpr uint32_t add(uint32_t h, T scalar) noexcept {
  return mix(h, static_cast<uint32_t>(scalar));
}
MCU_OUT_OF_LINE constexpr uint32_t add(uint32_t h, civil_date d) noexcept {
  return add(h, afbrief::core::days_from_civil(d));
}
MCU_OUT_OF_LINE constexpr uint32_t add(uint32_t h, afbrief::core::instant i) noexcept {
  return add(add(add(h, i.first_day), i.precision), i.approximate);
}
constexpr uint32_t add(uint32_t h, afbrief::core::period p) noexcept {
  return add(add(h, p.begin), p.end);
}
constexpr uint32_t add(uint32_t h, afbrief::core::bound b) noexcept {
  return add(add(h, b.value), b.kind);
}
template <class T>
constexpr uint32_t add(uint32_t h, maybe<T> m) noexcept {
  return m.has_value() ? add(mix(h, 1u), m.value()) : mix(h, 0u);
}
template <class Id, size_t N>
constexpr uint32_t add_from(uint32_t h, afbrief::core::id_list<Id, N> list, size_t i) noexcept {
  return i >= list.size() ? add(h, list.size()) : add_from(add(h, list.items[i]), list, i + 1);
}
template <class Id, size_t N>
constexpr uint32_t add(uint32_t h, afbrief::core::id_list<Id, N> list) noexcept {
  return add_from(h, list, 0);
}
constexpr uint32_t hash_all(uint32_t h) noexcept { return h; }
template <class T, class... Rest>
constexpr uint32_t hash_all(uint32_t h, T first, Rest... rest) noexcept {
  return hash_all(add(h, first), rest...);
}

// Every record kind: the checksums of its texts (read through policy D) and
// the hash of its other fields, mixed into one number.
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::figure& f) noexcept {
  return hash_all(D::of(f.key) + D::of(f.subject) + D::of(f.period_phrase) + D::of(f.base_phrase) +
                      D::of(f.wording),
                  f.id, f.amount.best, f.amount.low, f.amount.high, f.amount.hedge,
                  f.amount.measured_in, f.counts, f.covers, f.base, f.place, f.originator, f.via,
                  f.paragraph);
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::event& e) noexcept {
  return hash_all(D::of(e.key) + D::of(e.phrase) + D::of(e.summary), e.id, e.kind, e.when,
                  e.dated_to, e.named_weekday, e.actors, e.place, e.via, e.paragraph);
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::statement& s) noexcept {
  return hash_all(D::of(s.key) + D::of(s.role) + D::of(s.quote), s.id, s.speaker, s.organisation,
                  s.said_on, s.date_derived, s.named_weekday, s.said_through, s.via, s.paragraph);
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::actor& a) noexcept {
  return hash_all(D::of(a.key) + D::of(a.name) + D::of(a.role), a.id, a.kind, a.part_of);
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::source& s) noexcept {
  return hash_all(D::of(s.key) + D::of(s.name), s.id, s.actor, s.kind);
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::place& p) noexcept {
  return hash_all(D::of(p.key) + D::of(p.name), p.id, p.kind, p.within);
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::paragraph& p) noexcept {
  return hash_all(fnv_basis, p.number, p.role);
}
template <class D>
MCU_OUT_OF_LINE constexpr uint32_t record_summary(const afbrief::article& a) noexcept {
  return hash_all(D::of(a.outlet) + D::of(a.subject), a.published, a.published_derived,
                  a.paragraph_count);
}

// A whole table: the sum of its records' summaries, over a ct view, at
// compile time, in halves.
template <class View>
constexpr uint32_t table_summary(View v, size_t lo, size_t hi) noexcept {
  return hi <= lo ? 0u
         : hi - lo == 1
             ? record_summary<at_compile_time>(v.at(lo).value())
             : table_summary(v, lo, lo + (hi - lo) / 2) + table_summary(v, lo + (hi - lo) / 2, hi);
}
template <class View>
constexpr uint32_t table_summary(View v) noexcept {
  return table_summary(v, 0, v.size());
}

// A text we wrote into RAM (its first `length` bytes, or all of it when
// length is 0) against a literal summarised at compile time: the literal
// itself is never stored. On failure the text is printed.
void check_text(int line_number, const char* actual, size_t length, uint32_t expected) {
  text_ref text = afbrief::core::text_from_c_string(actual);
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

// ---- Every figure, looked up by its key -------------------------------------

// For formatting (the longest figure or event needs 135 bytes) and for
// rendering any text of the tables whole (the pool knows the longest).
constexpr size_t line_size =
    afbrief::data::text_pool<>::longest_text + 1 > 160 ? afbrief::data::text_pool<>::longest_text + 1
                                                       : 160;
char line[line_size];

void check_figure(size_t i, uint32_t key, int32_t best, afbrief::core::qualifier hedge,
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
  CHECK(id.has_value() && static_cast<size_t>(id.value()) == i);
  const maybe<afbrief::figure> found = rt::get(id.value());
  CHECK(found.has_value());
  CHECK(found.value().amount.best == best);
  CHECK(found.value().amount.hedge == hedge);
  CHECK(found.value().paragraph == paragraph);

  // Written out whole, then into buffers of 1 and 0 bytes: same length needed,
  // NUL-terminated when there is room, nothing written when there is none.
  const format_result full = rt::format_figure(id.value(), line, sizeof line);
  CHECK(!full.truncated && full.length == full.needed && full.needed > 20);
  CHECK(afbrief::core::text_from_c_string(line).size() == full.length);
  char tiny[2] = {'x', 'x'};
  const format_result one = rt::format_figure(id.value(), tiny, hide(static_cast<size_t>(1)));
  CHECK(one.truncated && one.length == 0 && one.needed == full.needed);
  CHECK(tiny[0] == '\0' && tiny[1] == 'x');
  tiny[0] = 'x';
  const format_result none = rt::format_figure(id.value(), tiny, hide(static_cast<size_t>(0)));
  CHECK(none.truncated && none.length == 0 && none.needed == full.needed && tiny[0] == 'x');
}

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

template <size_t I>
struct figure_check {
  static void run() {
    constexpr afbrief::figure expected = ct::get(static_cast<afbrief::figure_id>(I)).value();
    constexpr uint32_t key = at_compile_time::of(expected.key);
    check_figure(I, key, expected.amount.best, expected.amount.hedge, expected.paragraph);
  }
};

// ---- Every table walked, every text read through the reader -----------------

// A record's key copied into RAM through the reader and looked up again.
template <class Record, class Find>
void look_up_again(const Record& r, Find find, size_t i) {
  char copy[48];
  const size_t n = copy_text(r.key, copy, sizeof copy);
  CHECK(n == rt::size(r.key));
  const auto found = find(text_ref(copy, n));
  CHECK(found.has_value() && static_cast<size_t>(found.value()) == i);
}
struct keyless {};  // paragraphs have no key; figures are looked up in check_figure
template <class Record>
void look_up_again(const Record&, keyless, size_t) {}

// Every record read through the reader: their texts and fields must add up
// to what ct says, and each key must find its record again.
template <class View, class Find>
void check_table(int table, View view, Find find, uint32_t expected) {
  uint32_t total = 0;
  for (size_t i = 0; i < view.size(); ++i) {
    current_item = static_cast<uint32_t>(table) * 100u + static_cast<uint32_t>(i);
    const auto record = view.at(hide(i));
    total += record_summary<at_run_time>(record.value());
    look_up_again(record.value(), find, i);
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
  check_table(1, rt::figures(), keyless(), figures);
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
    CHECK(static_cast<size_t>(e.id) == next);
    ++next;
  }
  CHECK(next == rt::events().size());
}

// ---- Events and statements by date -------------------------------------------

// The range from two ISO dates, at compile time.
constexpr afbrief::date_range compile_time_range(text_ref from, text_ref to) noexcept {
  return afbrief::make_range(afbrief::parse_date(from).value(), afbrief::parse_date(to).value())
      .value();
}
// Which events (bit i: event i) and statements match, found without the
// library's own count_if/nth_if, at compile time.
template <class View, class Predicate>
constexpr uint32_t matching(View v, Predicate pred, size_t lo, size_t hi) noexcept {
  return hi <= lo       ? 0u
         : hi - lo == 1 ? (pred(v.at(lo).value()) ? static_cast<uint32_t>(1ul << lo) : 0u)
                        : matching(v, pred, lo, lo + (hi - lo) / 2) |
                              matching(v, pred, lo + (hi - lo) / 2, hi);
}
struct event_in {
  afbrief::date_range range;
  match mode;
  constexpr bool operator()(const afbrief::event& e) const noexcept {
    return afbrief::core::matches(e.when, range, mode);
  }
};
struct statement_in {
  afbrief::date_range range;
  constexpr bool operator()(const afbrief::statement& s) const noexcept {
    return range.from() <= s.said_on && s.said_on <= range.to();
  }
};
static_assert(ct::events().size() <= 32 && ct::statements().size() <= 32, "one bit per record");

// The range parsed at run time from RAM; what rt says, compared with the
// compile-time count and set.
afbrief::date_range run_time_range(const char* from, const char* to) {
  const afbrief::core::date_result a = afbrief::parse_date(ram_text(from));
  const afbrief::core::date_result b = afbrief::parse_date(ram_text(to));
  CHECK(a.ok() && b.ok());
  const afbrief::core::range_result r = afbrief::make_range(a.value(), b.value());
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
    CHECK(afbrief::core::matches(e.when, range, mode));
    const maybe<afbrief::event_id> nth = rt::nth_event(range, n, mode);
    CHECK(nth.has_value() && nth.value() == e.id);
    seen |= static_cast<uint32_t>(1ul << static_cast<uint8_t>(e.id));
    ++n;
  }
  CHECK(n == count && seen == set);
  CHECK(!rt::nth_event(range, n, mode).has_value());
}

void check_statements_in(int line_number, const char* from, const char* to, size_t count,
                         uint32_t set) {
  current_item = static_cast<uint32_t>(line_number);
  const afbrief::date_range range = run_time_range(from, to);
  CHECK(rt::count_statements(range) == count);
  uint32_t seen = 0;
  size_t n = 0;
  for (const afbrief::statement s : rt::statements_in(range)) {
    CHECK(range.from() <= s.said_on && s.said_on <= range.to());
    const maybe<afbrief::statement_id> nth = rt::nth_statement(range, n);
    CHECK(nth.has_value() && nth.value() == s.id);
    seen |= static_cast<uint32_t>(1ul << static_cast<uint8_t>(s.id));
    ++n;
  }
  CHECK(n == count && seen == set);
  CHECK(!rt::nth_statement(range, n).has_value());
}

#define CHECK_EVENTS_IN(from, to, mode)                                        \
  do {                                                                         \
    constexpr afbrief::date_range range = compile_time_range(from, to);        \
    constexpr size_t count = ct::count_events(range, mode);                    \
    constexpr uint32_t set =                                                   \
        matching(ct::events(), event_in{range, mode}, 0, ct::events().size()); \
    check_events_in(__LINE__, from, to, mode, count, set);                     \
  } while (0)

#define CHECK_STATEMENTS_IN(from, to)                                                \
  do {                                                                               \
    constexpr afbrief::date_range range = compile_time_range(from, to);              \
    constexpr size_t count = ct::count_statements(range);                            \
    constexpr uint32_t set =                                                         \
        matching(ct::statements(), statement_in{range}, 0, ct::statements().size()); \
    check_statements_in(__LINE__, from, to, count, set);                             \
  } while (0)

void check_by_date() {
  CHECK_EVENTS_IN("2021-07-17", "2021-07-17", match::overlaps);
  CHECK_EVENTS_IN("2021-07-18", "2021-07-18", match::overlaps);
  CHECK_EVENTS_IN("2021-07-17", "2021-07-18", match::within);
  CHECK_EVENTS_IN("2021-06-25", "2021-06-25", match::overlaps);
  CHECK_EVENTS_IN("2021-06-21", "2021-06-30", match::within);
  CHECK_EVENTS_IN("2020-09-01", "2020-09-30", match::within);
  CHECK_EVENTS_IN("2022-01-01", "2022-12-31", match::overlaps);
  CHECK_EVENTS_IN("0001-01-01", "9999-12-31", match::overlaps);
  CHECK_EVENTS_IN("0001-01-01", "9999-12-31", match::within);
  CHECK_STATEMENTS_IN("2021-07-17", "2021-07-17");
  CHECK_STATEMENTS_IN("2021-07-18", "2021-07-18");
  CHECK_STATEMENTS_IN("2021-01-01", "2021-12-31");
  CHECK_STATEMENTS_IN("2020-01-01", "2020-12-31");
}

// ---- Dates: parsing and formatting -------------------------------------------

void check_dates() {
  current_item = 0;
  using afbrief::core::date_error;
  const afbrief::core::date_result sunday = afbrief::parse_date(ram_text("2021-07-18"));
  CHECK(sunday.ok() && sunday.value() == civil_date(2021, 7, 18));
  CHECK(afbrief::core::weekday_of(sunday.value()) == afbrief::core::weekday::sunday);
  CHECK(afbrief::parse_date(ram_text("2020-02-29")).ok());
  CHECK(afbrief::parse_date(ram_text("2021-02-29")).error() == date_error::day_out_of_range);
  CHECK(afbrief::parse_date(ram_text("2021-7-1")).error() == date_error::syntax);
  CHECK(afbrief::parse_date(ram_text("")).error() == date_error::empty);
  CHECK(afbrief::parse_date(ram_text("2021-07-18x")).error() == date_error::trailing_characters);
  CHECK(afbrief::parse_date(ram_text("2021-13-01")).error() == date_error::month_out_of_range);
  CHECK(afbrief::parse_date(ram_text("0000-01-01")).error() == date_error::year_out_of_range);

  char date[11];
  const format_result whole = afbrief::core::format_date(sunday.value(), date, hide(sizeof date));
  CHECK_TEXT(date, "2021-07-18");
  CHECK(whole.length == 10 && whole.needed == 10 && !whole.truncated);
  char one[1] = {'x'};
  const format_result cut = afbrief::core::format_date(sunday.value(), one, hide(sizeof one));
  CHECK(one[0] == '\0' && cut.length == 0 && cut.needed == 10 && cut.truncated);
  const format_result null = afbrief::core::format_date(sunday.value(), hide<char*>(nullptr), 11);
  CHECK(null.length == 0 && null.needed == 10 && null.truncated);
}

// An event looked up by a key in RAM, its period written as EDTF.
const char* edtf_of(const char* key) {
  const maybe<afbrief::event_id> id = rt::find_event(ram_text(key));
  CHECK(id.has_value());
  const format_result r =
      afbrief::core::format_edtf(rt::get(id.value()).value().when, line, sizeof line);
  CHECK(!r.truncated && r.length == r.needed);
  return line;
}

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
  CHECK_TEXT_STARTS(line, "29% change in casualties among civilians (the first quarter");
  const maybe<afbrief::event_id> france = rt::find_event(ram_text("france_evacuation"));
  CHECK(france.has_value());
  rt::format_event(france.value(), line, sizeof line);
  CHECK_TEXT(line,
             "2021-07-17 (On Saturday): France evacuates citizens and Afghans working for its "
             "embassy in Kabul");
  CHECK_TEXT(edtf_of("france_evacuation"), "2021-07-17");
  CHECK_TEXT(edtf_of("germany_italy_withdrawal_announced"), "2021-06-21/2021-06-30");
  CHECK_TEXT(edtf_of("intra_afghan_talks_began"), "2020-09");
  CHECK_TEXT(edtf_of("foreign_troops_withdrawing"), "/..");
  CHECK_TEXT(edtf_of("other_countries_evacuations"), "/2021-07-18");

  // Every event's line whole, and the length it needs from no buffer at all.
  for (size_t i = 0; i < rt::events().size(); ++i) {
    current_item = static_cast<uint32_t>(i);
    const afbrief::event_id id = static_cast<afbrief::event_id>(hide(i));
    const format_result r = rt::format_event(id, line, sizeof line);
    CHECK(!r.truncated && r.length > 10);
    CHECK(rt::format_event(id, nullptr, 0).needed == r.needed);
  }
}

// ---- Texts read through the reader: ASCII rendering, names, keys ----------------

bool all_ascii(const char* s) {
  for (; *s != '\0'; ++s)
    if (static_cast<unsigned char>(*s) >= 0x80u) return false;
  return true;
}

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
  // Every quotation and every actor name renders to pure ASCII.
  for (size_t i = 0; i < rt::statements().size(); ++i) {
    current_item = static_cast<uint32_t>(i);
    const afbrief::statement s = rt::statements().at(hide(i)).value();
    CHECK(!rt::render(s.quote, line, sizeof line, afbrief::charset::ascii).truncated);
    CHECK(all_ascii(line));
  }
  for (size_t i = 0; i < rt::actors().size(); ++i) {
    current_item = static_cast<uint32_t>(i);
    rt::render(rt::actors().at(hide(i)).value().name, line, sizeof line, afbrief::charset::ascii);
    CHECK(all_ascii(line));
  }
  current_item = 0;
  // A character cut short (bytes of ours, in RAM) comes out as ASCII too:
  // each stray byte a '?'.
  const char cut_short[3] = {'a', hide('\xE2'), hide('\x80')};
  afbrief::core::render_text(text_ref(cut_short, 3), line, sizeof line, afbrief::charset::ascii);
  CHECK_TEXT(line, "a??");
  // A packed_text made up by hand, at no text's start, reads as empty.
  CHECK(rt::size(afbrief::packed_text{hide(static_cast<uint16_t>(1))}) == 0);
  CHECK(rt::size(afbrief::packed_text{hide(static_cast<uint16_t>(0xFFFF))}) == 0);
  CHECK(!rt::equal(afbrief::packed_text{hide(static_cast<uint16_t>(1))}, ram_text("oha News")));
  // Names, characters and comparisons of texts in the tables.
  CHECK(rt::equal(rt::name_of(afbrief::source_id::unama), ram_text("UNAMA")));
  CHECK(!rt::equal(rt::name_of(afbrief::source_id::unama), ram_text("UNAMa")));
  const afbrief::packed_text doha = rt::get(afbrief::place_id::doha).value().name;
  CHECK(rt::char_at(doha, hide(static_cast<size_t>(0))) == 'D');
  CHECK(rt::char_at(doha, hide(static_cast<size_t>(4))) == '\0');
  // A key taken from a table (in flash on AVR) is copied to RAM before it is
  // searched for: the key you search with is ordinary memory.
  rt::render(rt::get(afbrief::source_id::unama).value().key, line, sizeof line);
  const maybe<afbrief::actor_id> unama = rt::find_actor(afbrief::core::text_from_c_string(line));
  CHECK(unama.has_value() && unama.value() == afbrief::actor_id::unama);
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
  CHECK(!rt::get(static_cast<afbrief::event_id>(hide(static_cast<uint8_t>(rt::events().size()))))
             .has_value());
  line[0] = 'x';
  const format_result nothing = rt::format_figure(no_figure, line, sizeof line);
  CHECK(nothing.needed == 0 && !nothing.truncated && line[0] == '\0');

  // Ranges: reversed, and with an impossible date at either end.
  using afbrief::core::range_error;
  const civil_date early = afbrief::parse_date(ram_text("2021-07-17")).value();
  const civil_date late = afbrief::parse_date(ram_text("2021-07-18")).value();
  const civil_date impossible(hide<int16_t>(2021), hide<uint8_t>(2), hide<uint8_t>(30));
  CHECK(afbrief::make_range(late, early).error() == range_error::from_after_to);
  CHECK(afbrief::make_range(impossible, late).error() == range_error::invalid_from);
  CHECK(afbrief::make_range(early, impossible).error() == range_error::invalid_to);
  CHECK(afbrief::make_range(early, early).ok());
}

}  // namespace

int main() {
  mcu_init();
  put_text("afbrief firmware test\n");
  for_each_index<figure_check, 0, ct::figures().size()>::run();
  check_tables();
  check_by_date();
  check_dates();
  check_formatting();
  check_text_access();
  check_bad_input();
  put_number(passed_checks);
  put_text(" passed, ");
  put_number(failed_checks);
  put_text(" failed\n");
  mcu_exit(failed_checks == 0 && passed_checks > 0 ? 0 : 1);
}

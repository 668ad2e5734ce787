// Zero allocation, proven: this translation unit replaces malloc, calloc,
// realloc and every global operator new with versions that count calls, then
// runs every kind of query and demands the count did not move. A separate test
// case proves the counter itself sees allocations, so this cannot pass
// vacuously. (glibc: the replacements forward to __libc_malloc and friends.)
// Under AddressSanitizer (AFBRIEF_SANITIZE) malloc belongs to the sanitizer,
// so this file compiles to nothing there; every other build runs it.
#if defined(__SANITIZE_ADDRESS__)
#define AFBRIEF_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AFBRIEF_TEST_ASAN 1
#endif
#endif

#if !defined(AFBRIEF_TEST_ASAN)
#include <doctest/doctest.h>
#include <stdlib.h>

#include <new>

#include <afbrief/afbrief.hpp>

extern "C" {
void* __libc_malloc(size_t size);
void* __libc_calloc(size_t count, size_t size);
void* __libc_realloc(void* p, size_t size);
}

namespace {
volatile unsigned long allocation_count = 0;
}

extern "C" void* malloc(size_t size) noexcept {
  allocation_count = allocation_count + 1;
  return __libc_malloc(size);
}
extern "C" void* calloc(size_t count, size_t size) noexcept {
  allocation_count = allocation_count + 1;
  return __libc_calloc(count, size);
}
extern "C" void* realloc(void* p, size_t size) noexcept {
  allocation_count = allocation_count + 1;
  return __libc_realloc(p, size);
}

void* operator new(size_t size) {
  allocation_count = allocation_count + 1;
  void* p = __libc_malloc(size == 0 ? 1 : size);
  if (p == nullptr) abort();
  return p;
}
void* operator new[](size_t size) {
  allocation_count = allocation_count + 1;
  void* p = __libc_malloc(size == 0 ? 1 : size);
  if (p == nullptr) abort();
  return p;
}
void operator delete(void* p) noexcept { free(p); }
void operator delete[](void* p) noexcept { free(p); }
void operator delete(void* p, size_t) noexcept { free(p); }
void operator delete[](void* p, size_t) noexcept { free(p); }

namespace {

using afbrief::rt;

// Runs every kind of runtime query; returns a checksum so nothing is elided.
unsigned long run_every_query(const char* figure_key, const char* date_text) {
  unsigned long sum = 0;
  const afbrief::text_ref key = afbrief::core::text_from_c_string(figure_key);
  const afbrief::maybe<afbrief::figure_id> id = rt::find_figure(key);
  if (id) sum += static_cast<unsigned long>(rt::get(id.value()).value().amount.best);
  sum += rt::find_event(key).has_value() ? 1UL : 0UL;
  sum += rt::find_statement(key).has_value() ? 1UL : 0UL;
  sum += rt::find_actor(key).has_value() ? 1UL : 0UL;
  sum += rt::find_source(key).has_value() ? 1UL : 0UL;
  sum += rt::find_place(key).has_value() ? 1UL : 0UL;
  const afbrief::core::date_result day =
      afbrief::parse_date(afbrief::core::text_from_c_string(date_text));
  const afbrief::core::range_result range =
      afbrief::make_range(day.value(), afbrief::civil_date(2021, 12, 31));
  if (range.ok()) {
    for (afbrief::event e : rt::events_in(range.value())) sum += e.paragraph;
    for (afbrief::statement s : rt::statements_in(range.value())) sum += s.paragraph;
    sum += rt::count_events(range.value(), afbrief::match::within);
  }
  for (afbrief::event e : rt::events_involving(afbrief::actor_id::taliban)) sum += e.paragraph;
  for (afbrief::figure f : rt::figures_from(afbrief::source_id::unama)) sum += f.paragraph;
  for (afbrief::figure f : rt::figures().all()) {
    char line[200];
    sum += rt::format_figure(f.id, line, sizeof line).needed;
    char when[40];
    sum += afbrief::core::format_edtf(f.covers, when, sizeof when).length;
  }
  for (afbrief::event e : rt::events().all()) {
    char line[200];
    sum += rt::format_event(e.id, line, sizeof line).length;
  }
  char date[11];
  sum += afbrief::core::format_date(day.value(), date, sizeof date).length;
  return sum;
}

// The 0.3 lookups: annotations (locators and notes) by every kind of id, the
// paragraphs' and the article's notes, the EDTF of one day of a set
// ("[2021-07-20..]", "[..2021-07-18]", "[2021-07-17..2021-07-18]"), and
// statements by date with either match.
unsigned long run_new_lookups(const char* date_text) {
  unsigned long sum = 0;
  char note[400];
  char when[40];
  for (afbrief::figure f : rt::figures().all()) {
    const afbrief::maybe<afbrief::figure_annotation> a = rt::annotation(f.id);
    if (!a) continue;
    sum += static_cast<unsigned long>(a.value().wording.offset) + a.value().wording.length +
           a.value().period_phrase.length + a.value().base_phrase.length;
    sum += rt::render(a.value().note, note, sizeof note).needed;
    if (f.base.has_value()) sum += afbrief::format_edtf(f.base.value(), when, sizeof when).length;
  }
  for (afbrief::event e : rt::events().all()) {
    const afbrief::maybe<afbrief::event_annotation> a = rt::annotation(e.id);
    if (a) sum += a.value().phrase.offset + rt::render(a.value().note, note, sizeof note).needed;
    sum += afbrief::format_edtf(e.when, when, sizeof when).length;
    if (afbrief::single_day(e.when).has_value()) sum += 1;
  }
  for (afbrief::statement s : rt::statements().all()) {
    const afbrief::maybe<afbrief::statement_annotation> a = rt::annotation(s.id);
    if (a) sum += a.value().quote.length + rt::render(a.value().note, note, sizeof note).needed;
    sum += afbrief::format_edtf(s.said, when, sizeof when).length;
    if (s.said_through.has_value()) sum += 1;
    if (s.repeats.has_value()) sum += 1;
  }
  for (afbrief::actor x : rt::actors().all()) {
    if (rt::annotation(x.id)) sum += rt::annotation(x.id).value().note.size();
  }
  for (afbrief::source x : rt::sources().all()) {
    if (rt::annotation(x.id)) sum += rt::annotation(x.id).value().note.size();
  }
  for (afbrief::place x : rt::places().all()) {
    if (rt::annotation(x.id)) sum += rt::annotation(x.id).value().note.size();
  }
  for (size_t n = 0; n <= 27; ++n) {
    const afbrief::maybe<afbrief::note_annotation> p = rt::paragraph_annotation(n);
    if (p) sum += rt::render(p.value().note, note, sizeof note).length + 1;
  }
  sum += rt::render(rt::article_annotation().note, note, sizeof note).needed;
  sum += rt::char_at(rt::article_annotation().note, 0) == 'T' ? 1UL : 0UL;
  sum += rt::equal(rt::article_annotation().note, "") ? 0UL : 1UL;
  // Forged ids: not found, nothing read.
  sum += rt::annotation(static_cast<afbrief::figure_id>(200)).has_value() ? 1000UL : 0UL;
  sum += rt::annotation(static_cast<afbrief::statement_id>(200)).has_value() ? 1000UL : 0UL;
  // One day of a set, written out directly.
  sum += afbrief::format_edtf(afbrief::core::one_of(afbrief::core::on_day(2021, 7, 20),
                                                    afbrief::core::unknown_instant()),
                              when, sizeof when)
             .length;
  sum += afbrief::format_edtf(afbrief::core::one_of(afbrief::core::unknown_instant(),
                                                    afbrief::core::on_day(2021, 7, 18)),
                              when, 4)
             .needed;
  // Statements by a date known only at run time, overlapping and within.
  const afbrief::core::date_result day =
      afbrief::parse_date(afbrief::core::text_from_c_string(date_text));
  const afbrief::core::range_result range = afbrief::make_range(day.value(), day.value());
  if (range.ok()) {
    for (afbrief::statement s : rt::statements_in(range.value())) sum += s.paragraph;
    for (afbrief::statement s : rt::statements_in(range.value(), afbrief::match::within)) {
      sum += s.paragraph;
    }
    sum += rt::count_statements(range.value(), afbrief::match::within);
    sum += rt::nth_statement(range.value(), 1).has_value() ? 1UL : 0UL;
  }
  return sum;
}

}  // namespace

TEST_CASE("the allocation counter sees malloc and new") {
  const unsigned long before = allocation_count;
  void* volatile raw = malloc(24);
  free(raw);
  int* volatile boxed = new int(7);
  delete boxed;
  const unsigned long counted = allocation_count - before;
  CHECK(counted == 2);
}

TEST_CASE("queries allocate nothing") {
  const unsigned long before = allocation_count;
  unsigned long checksum = run_every_query("people_in_need", "2021-07-01");
  checksum += run_every_query("no_such_key", "2021-02-29");
  checksum += run_every_query("", "");
  const unsigned long counted = allocation_count - before;
  CHECK(counted == 0);
  CHECK(checksum > 18400000UL);
}

TEST_CASE("annotations, notes and one-of EDTF allocate nothing") {
  const unsigned long before = allocation_count;
  unsigned long checksum = run_new_lookups("2021-07-17");
  checksum += run_new_lookups("2021-07-20");
  checksum += run_new_lookups("not a date");
  const unsigned long counted = allocation_count - before;
  CHECK(counted == 0);
  // The notes alone are thousands of characters, three times over.
  CHECK(checksum > 10000UL);
  CHECK(checksum < 1000000UL);  // no forged id was found
}
#endif  // !AFBRIEF_TEST_ASAN

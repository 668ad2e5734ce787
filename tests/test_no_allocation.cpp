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
  const afbrief::core::date_result day = afbrief::parse_date(afbrief::core::text_from_c_string(date_text));
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
#endif  // !AFBRIEF_TEST_ASAN

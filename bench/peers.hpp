// Every way the benchmarks find a record by a key held in RAM: afbrief and its
// peers. A figure lookup answers the figure's best value; a lookup in another
// table answers a position; a miss answers bench::missing. The timed
// benchmarks (lookup_bench.cpp) and the instruction counts (lookup_probe.cpp)
// share this file, so both measure the very same code.
//
// A key arrives as a pointer and a length (it may hold a NUL). The
// std::string peers build a std::string from it, as a user holding a
// `const char*` would; the strcmp scan reads it NUL-terminated.
#pragma once

#include <stddef.h>
#include <string.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

#include "afbrief/afbrief.hpp"
#include "bench_data.hpp"

#if AFBRIEF_BENCH_HAVE_FROZEN
#include <frozen/string.h>
#include <frozen/unordered_map.h>
#endif

// gperf's output is not ours to fix: its empty slots leave a field unset.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include "figures_gperf.hpp"
#pragma GCC diagnostic pop

namespace bench {

const int missing = -1;

struct entry {
  const char* key;
  int value;
};

#define BENCH_ENTRY(key, value) {key, value},
const entry figure_entries[] = {BENCH_FIGURES(BENCH_ENTRY)};
const entry event_entries[] = {BENCH_EVENTS(BENCH_ENTRY)};
const entry statement_entries[] = {BENCH_STATEMENTS(BENCH_ENTRY)};
const entry actor_entries[] = {BENCH_ACTORS(BENCH_ENTRY)};
const entry source_entries[] = {BENCH_SOURCES(BENCH_ENTRY)};
const entry place_entries[] = {BENCH_PLACES(BENCH_ENTRY)};

// ---- afbrief -----------------------------------------------------------------
inline int afbrief_figure_best(const char* key, size_t size) {
  const afbrief::maybe<afbrief::figure_id> id =
      afbrief::rt::find_figure(afbrief::text_ref(key, size));
  return id ? afbrief::rt::get(id.value()).value().amount.best : missing;
}

template <class Id>
int position_of(afbrief::maybe<Id> id) {
  return id ? static_cast<int>(afbrief::core::position_of(id.value())) : missing;
}

// Whether the record afbrief found at `position` has this key: the check of a
// hit that does not assume how afbrief orders its records.
template <class Id>
bool afbrief_key_is(int position, const char* key, size_t size) {
  const Id id = afbrief::core::id_at<Id>(static_cast<size_t>(position));
  return afbrief::rt::equal(afbrief::rt::get(id).value().key, afbrief::text_ref(key, size));
}

// ---- std::unordered_map, std::map, nlohmann::json: a std::string per lookup ---
typedef std::unordered_map<std::string, int> hashed_keys;

inline hashed_keys hash_entries(const entry* entries, size_t count) {
  hashed_keys keys;
  for (size_t i = 0; i < count; ++i) keys.emplace(entries[i].key, entries[i].value);
  return keys;
}

inline int find_hashed(const hashed_keys& keys, const char* key, size_t size) {
  const hashed_keys::const_iterator it = keys.find(std::string(key, size));
  return it == keys.end() ? missing : it->second;
}

struct figure_peers {
  hashed_keys hashed = hash_entries(figure_entries, BENCH_FIGURES_COUNT);
  std::map<std::string, int> ordered;
  nlohmann::json object = nlohmann::json::object();

  figure_peers() {
    for (const entry& e : figure_entries) {
      ordered.emplace(e.key, e.value);
      object[e.key] = e.value;
    }
  }
  int find_ordered(const char* key, size_t size) const {
    const std::map<std::string, int>::const_iterator it = ordered.find(std::string(key, size));
    return it == ordered.end() ? missing : it->second;
  }
  int find_in_json(const char* key, size_t size) const {
    const nlohmann::json::const_iterator it = object.find(std::string(key, size));
    return it == object.end() ? missing : it->get<int>();
  }
};

// ---- A linear scan with strcmp: the key must be NUL-terminated ----------------
inline int scan_with_strcmp(const char* key, size_t) {
  for (const entry& e : figure_entries) {
    if (strcmp(e.key, key) == 0) return e.value;
  }
  return missing;
}

// ---- gperf: a perfect hash generated at build time over the same keys --------
inline int find_with_gperf(const char* key, size_t size) {
  const figure_slot* slot = figure_perfect_hash::find(key, size);
  return slot ? slot->best : missing;
}

// ---- frozen: a perfect hash built by the compiler (C++17) ---------------------
#if AFBRIEF_BENCH_HAVE_FROZEN
#define BENCH_FROZEN_PAIR(key, value) {key, value},
constexpr frozen::unordered_map<frozen::string, int, BENCH_FIGURES_COUNT> frozen_figures = {
    BENCH_FIGURES(BENCH_FROZEN_PAIR)};

inline int find_with_frozen(const char* key, size_t size) {
  const auto it = frozen_figures.find(frozen::string(key, size));
  return it == frozen_figures.end() ? missing : it->second;
}
#endif

}  // namespace bench

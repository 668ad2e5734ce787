// The keys the benchmarks look up: every key of a table (the hits), and the
// misses a key index finds hardest to reject, made from those keys. A miss
// must be exact, so the near-misses sit as close to a real key as they can:
//   one letter changed, the key without its last character, the key with one
//   more character, the key with a NUL in the middle, and the empty key.
// A NUL replaces a character rather than being appended, so that the strcmp
// scan, which stops at the first NUL, is asked the same question as the rest.
#pragma once

#include <stddef.h>

#include <set>
#include <string>
#include <vector>

#include "peers.hpp"

namespace bench {

struct key_table {
  const char* name;
  const entry* entries;
  size_t count;
};

inline std::vector<std::string> hits_of(const key_table& table) {
  std::vector<std::string> keys;
  for (size_t i = 0; i < table.count; ++i) keys.push_back(table.entries[i].key);
  return keys;
}

inline std::vector<std::string> near_misses_of(const key_table& table) {
  const std::vector<std::string> hits = hits_of(table);
  const std::set<std::string> known(hits.begin(), hits.end());
  std::vector<std::string> candidates(1, std::string());
  for (const std::string& key : hits) {
    const size_t middle = key.size() / 2;
    std::string changed = key;
    changed[middle] = changed[middle] == 'q' ? 'x' : 'q';
    std::string with_nul = key;
    with_nul[middle] = '\0';
    candidates.push_back(changed);
    candidates.push_back(key.substr(0, key.size() - 1));
    candidates.push_back(key + "s");
    candidates.push_back(with_nul);
  }
  // A candidate that happens to be a real key (a plural, a prefix) is a hit,
  // not a miss: left out.
  std::vector<std::string> misses;
  for (const std::string& candidate : candidates) {
    if (known.count(candidate) == 0) misses.push_back(candidate);
  }
  return misses;
}

inline std::vector<key_table> every_table() {
  return {{"figure", figure_entries, BENCH_FIGURES_COUNT},
          {"event", event_entries, BENCH_EVENTS_COUNT},
          {"statement", statement_entries, BENCH_STATEMENTS_COUNT},
          {"actor", actor_entries, BENCH_ACTORS_COUNT},
          {"source", source_entries, BENCH_SOURCES_COUNT},
          {"place", place_entries, BENCH_PLACES_COUNT}};
}

}  // namespace bench

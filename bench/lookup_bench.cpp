// Nanoseconds per lookup by a key held in RAM, with Google Benchmark: a figure
// by every method of peers.hpp, and a record of every table by afbrief and by
// std::unordered_map. Each benchmark rotates through all its keys (hits) or
// all its near-misses (probe_keys.hpp), one lookup per iteration, so no
// single key's luck decides. bench/run asks for repetitions in random
// interleaved order and reports their medians.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "probe_keys.hpp"

namespace {

template <class Find>
void rotate_through(benchmark::State& state, const std::vector<std::string>& keys, Find find) {
  size_t i = 0;
  for (auto _ : state) {
    const std::string& key = keys[i];
    benchmark::DoNotOptimize(find(key.c_str(), key.size()));
    i = i + 1 == keys.size() ? 0 : i + 1;
  }
}

template <class Find>
void add(const std::string& name, const std::vector<std::string>& keys, Find find) {
  benchmark::RegisterBenchmark(
      name.c_str(), [keys, find](benchmark::State& state) { rotate_through(state, keys, find); });
}

void add_figure_methods(const bench::figure_peers& peers, const std::string& kind,
                        const std::vector<std::string>& keys) {
  const std::string prefix = "figure/" + kind + "/";
  add(prefix + "afbrief", keys,
      [](const char* k, size_t n) { return bench::afbrief_figure_best(k, n); });
  add(prefix + "unordered_map", keys,
      [&peers](const char* k, size_t n) { return bench::find_hashed(peers.hashed, k, n); });
  add(prefix + "map", keys, [&peers](const char* k, size_t n) { return peers.find_ordered(k, n); });
  add(prefix + "strcmp_scan", keys,
      [](const char* k, size_t n) { return bench::scan_with_strcmp(k, n); });
  add(prefix + "nlohmann_json", keys,
      [&peers](const char* k, size_t n) { return peers.find_in_json(k, n); });
  add(prefix + "gperf", keys, [](const char* k, size_t n) { return bench::find_with_gperf(k, n); });
#if AFBRIEF_BENCH_HAVE_FROZEN
  add(prefix + "frozen", keys,
      [](const char* k, size_t n) { return bench::find_with_frozen(k, n); });
#endif
}

// Called through a lambda, never a function pointer, so that every method is
// inlined into its benchmark loop alike.
#define BENCH_AFBRIEF_POSITION(finder)                                       \
  [](const char* k, size_t n) {                                              \
    return bench::position_of(afbrief::rt::finder(afbrief::text_ref(k, n))); \
  }

template <class Find>
void add_table(const bench::key_table& table, const bench::hashed_keys& hashed,
               Find afbrief_position) {
  const std::vector<std::string> hits = bench::hits_of(table);
  const std::vector<std::string> misses = bench::near_misses_of(table);
  const std::string name = table.name;
  const auto hashed_position = [&hashed](const char* k, size_t n) {
    return bench::find_hashed(hashed, k, n);
  };
  add(name + "/hit/afbrief", hits, afbrief_position);
  add(name + "/hit/unordered_map", hits, hashed_position);
  add(name + "/miss/afbrief", misses, afbrief_position);
  add(name + "/miss/unordered_map", misses, hashed_position);
}

}  // namespace

int main(int argc, char** argv) {
  // Built once and kept for the whole run: the benchmarks hold references.
  static const bench::figure_peers peers;
  const std::vector<bench::key_table> tables = bench::every_table();
  static std::vector<bench::hashed_keys> hashed;
  for (const bench::key_table& t : tables)
    hashed.push_back(bench::hash_entries(t.entries, t.count));

  add_figure_methods(peers, "hit", bench::hits_of(tables[0]));
  add_figure_methods(peers, "miss", bench::near_misses_of(tables[0]));
  add_table(tables[1], hashed[1], BENCH_AFBRIEF_POSITION(find_event));
  add_table(tables[2], hashed[2], BENCH_AFBRIEF_POSITION(find_statement));
  add_table(tables[3], hashed[3], BENCH_AFBRIEF_POSITION(find_actor));
  add_table(tables[4], hashed[4], BENCH_AFBRIEF_POSITION(find_source));
  add_table(tables[5], hashed[5], BENCH_AFBRIEF_POSITION(find_place));

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

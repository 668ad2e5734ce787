// Instructions per lookup, counted by valgrind --tool=callgrind.
//
//   lookup_probe hit|miss
//
// Every probe_* function performs exactly one lookup, and is a BENCH_PROBE
// (probe.hpp): callgrind's --toggle-collect=probe_* counts the instructions
// inside each call and nothing else (no set-up, no checks). The program prints, as JSON, how often
// it called each probe, so bench/lookup_counts.py can divide; and every wrong answer, so a fast but
// wrong method cannot pass unnoticed.
#include <stdio.h>
#include <string.h>

#include <string>
#include <vector>

#include "probe.hpp"
#include "probe_keys.hpp"

// ---- A figure's best value, by every method ----------------------------------
BENCH_PROBE int probe_figure_afbrief(const bench::figure_peers&, const char* key, size_t size) {
  return bench::afbrief_figure_best(key, size);
}
BENCH_PROBE int probe_figure_unordered_map(const bench::figure_peers& p, const char* key,
                                           size_t size) {
  return bench::find_hashed(p.hashed, key, size);
}
BENCH_PROBE int probe_figure_map(const bench::figure_peers& p, const char* key, size_t size) {
  return p.find_ordered(key, size);
}
BENCH_PROBE int probe_figure_strcmp_scan(const bench::figure_peers&, const char* key, size_t size) {
  return bench::scan_with_strcmp(key, size);
}
BENCH_PROBE int probe_figure_nlohmann_json(const bench::figure_peers& p, const char* key,
                                           size_t size) {
  return p.find_in_json(key, size);
}
BENCH_PROBE int probe_figure_gperf(const bench::figure_peers&, const char* key, size_t size) {
  return bench::find_with_gperf(key, size);
}
#if AFBRIEF_BENCH_HAVE_FROZEN
BENCH_PROBE int probe_figure_frozen(const bench::figure_peers&, const char* key, size_t size) {
  return bench::find_with_frozen(key, size);
}
#endif

struct figure_probe {
  const char* method;
  const char* function;
  int (*find)(const bench::figure_peers&, const char*, size_t);
};
#define BENCH_FIGURE_PROBE(method) \
  { #method, "probe_figure_" #method, probe_figure_##method }
const figure_probe figure_probes[] = {
    BENCH_FIGURE_PROBE(afbrief),     BENCH_FIGURE_PROBE(unordered_map), BENCH_FIGURE_PROBE(map),
    BENCH_FIGURE_PROBE(strcmp_scan), BENCH_FIGURE_PROBE(nlohmann_json), BENCH_FIGURE_PROBE(gperf),
#if AFBRIEF_BENCH_HAVE_FROZEN
    BENCH_FIGURE_PROBE(frozen),
#endif
};

// ---- A record of every other table: afbrief against std::unordered_map -------
#define BENCH_TABLE_PROBES(table, finder)                                                        \
  BENCH_PROBE int probe_##table##_afbrief(const bench::hashed_keys&, const char* key,            \
                                          size_t size) {                                         \
    return bench::position_of(afbrief::rt::finder(afbrief::text_ref(key, size)));                \
  }                                                                                              \
  BENCH_PROBE int probe_##table##_unordered_map(const bench::hashed_keys& keys, const char* key, \
                                                size_t size) {                                   \
    return bench::find_hashed(keys, key, size);                                                  \
  }
BENCH_TABLE_PROBES(event, find_event)
BENCH_TABLE_PROBES(statement, find_statement)
BENCH_TABLE_PROBES(actor, find_actor)
BENCH_TABLE_PROBES(source, find_source)
BENCH_TABLE_PROBES(place, find_place)

struct table_probe {
  const char* table;
  int (*afbrief_find)(const bench::hashed_keys&, const char*, size_t);
  bool (*afbrief_found)(int, const char*, size_t);
  int (*unordered_map_find)(const bench::hashed_keys&, const char*, size_t);
};
#define BENCH_TABLE_PROBE(table, id)                                       \
  {                                                                        \
#table, probe_##table##_afbrief, bench::afbrief_key_is < afbrief::id>, \
        probe_##table##_unordered_map                                      \
  }
const table_probe table_probes[] = {
    BENCH_TABLE_PROBE(event, event_id), BENCH_TABLE_PROBE(statement, statement_id),
    BENCH_TABLE_PROBE(actor, actor_id), BENCH_TABLE_PROBE(source, source_id),
    BENCH_TABLE_PROBE(place, place_id)};

// ---- Running them ---------------------------------------------------------------
namespace {

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    char escaped[8];
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || c == '"' || c == '\\') {
      snprintf(escaped, sizeof escaped, "\\u%04x", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

struct report {
  std::vector<std::string> probes;  // JSON objects
  std::vector<std::string> wrong;   // JSON strings

  void called(const std::string& table, const std::string& method, size_t calls) {
    probes.push_back("{\"function\": " + json_string("probe_" + table + "_" + method) +
                     ", \"table\": " + json_string(table) + ", \"method\": " + json_string(method) +
                     ", \"calls\": " + std::to_string(calls) + "}");
  }
  void check(bool right, const std::string& what, const std::string& key) {
    if (!right) wrong.push_back(json_string(what + ": " + key));
  }
};

bench::key_table table_named(const char* name) {
  for (const bench::key_table& t : bench::every_table()) {
    if (strcmp(t.name, name) == 0) return t;
  }
  return bench::key_table{name, nullptr, 0};
}

std::vector<std::string> keys_of(const bench::key_table& table, bool hits) {
  return hits ? bench::hits_of(table) : bench::near_misses_of(table);
}

void run_figures(bool hits, report& out) {
  const bench::figure_peers peers;
  const bench::key_table table = table_named("figure");
  const std::vector<std::string> keys = keys_of(table, hits);
  std::vector<int> expected;
  for (size_t i = 0; i < keys.size(); ++i) {
    expected.push_back(hits ? table.entries[i].value : bench::missing);
  }
  // Key by key, every method in turn: no method runs with a warmer cache.
  for (size_t i = 0; i < keys.size(); ++i) {
    for (const figure_probe& probe : figure_probes) {
      out.check(probe.find(peers, keys[i].c_str(), keys[i].size()) == expected[i],
                std::string("figure/") + probe.method, keys[i]);
    }
  }
  for (const figure_probe& probe : figure_probes) out.called("figure", probe.method, keys.size());
}

void run_table(const table_probe& probe, bool hits, report& out) {
  const bench::key_table table = table_named(probe.table);
  const bench::hashed_keys hashed = bench::hash_entries(table.entries, table.count);
  const std::vector<std::string> keys = keys_of(table, hits);
  for (const std::string& key : keys) {
    const int at = probe.afbrief_find(hashed, key.c_str(), key.size());
    const int position = probe.unordered_map_find(hashed, key.c_str(), key.size());
    const std::string name = probe.table;
    if (hits) {
      out.check(at != bench::missing && probe.afbrief_found(at, key.data(), key.size()),
                name + "/afbrief", key);
      out.check(position != bench::missing && key == table.entries[position].key,
                name + "/unordered_map", key);
    } else {
      out.check(at == bench::missing, name + "/afbrief", key);
      out.check(position == bench::missing, name + "/unordered_map", key);
    }
  }
  out.called(probe.table, "afbrief", keys.size());
  out.called(probe.table, "unordered_map", keys.size());
}

// The generated key lists must be afbrief's tables, record for record.
void check_key_lists(report& out) {
  const size_t sizes[] = {afbrief::rt::figures().size(),    afbrief::rt::events().size(),
                          afbrief::rt::statements().size(), afbrief::rt::actors().size(),
                          afbrief::rt::sources().size(),    afbrief::rt::places().size()};
  const std::vector<bench::key_table> tables = bench::every_table();
  for (size_t i = 0; i < tables.size(); ++i) {
    out.check(tables[i].count == sizes[i], std::string(tables[i].name) + "/key list",
              "has " + std::to_string(tables[i].count) + " keys, afbrief " +
                  std::to_string(sizes[i]) + " records");
  }
}

void print_joined(const char* name, const std::vector<std::string>& items, const char* end) {
  printf("  \"%s\": [", name);
  for (size_t i = 0; i < items.size(); ++i) printf("%s\n    %s", i ? "," : "", items[i].c_str());
  printf("]%s\n", end);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 || (strcmp(argv[1], "hit") != 0 && strcmp(argv[1], "miss") != 0)) {
    fprintf(stderr, "usage: lookup_probe hit|miss\n");
    return 2;
  }
  const bool hits = strcmp(argv[1], "hit") == 0;
  report out;
  check_key_lists(out);
  run_figures(hits, out);
  for (const table_probe& probe : table_probes) run_table(probe, hits, out);
  printf("{\n  \"mode\": \"%s\",\n  \"frozen\": %s,\n", argv[1],
         AFBRIEF_BENCH_HAVE_FROZEN ? "true" : "false");
  print_joined("probes", out.probes, ",");
  print_joined("wrong", out.wrong, "");
  printf("}\n");
  return out.wrong.empty() ? 0 : 1;
}

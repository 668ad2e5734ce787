"""docs/benchmarks.md from one run's results: the goal table first, then the
detail tables every goal was judged from, the machine, and how to rerun."""
from goals import n

FIGURE_METHODS = [
    ("afbrief", "`afbrief::rt::find_figure` + `get(id).value().amount.best`"),
    ("unordered_map", "`std::unordered_map<std::string,int>` (a `std::string` per lookup)"),
    ("map", "`std::map<std::string,int>`"),
    ("strcmp_scan", "a linear `strcmp` scan"),
    ("nlohmann_json", "`nlohmann::json` object"),
    ("gperf", "gperf perfect hash (generated at build time)"),
    ("frozen", "`frozen::unordered_map<frozen::string,int,N>` (C++17)"),
]


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def _ns(row, kind):
    return "%.1f" % row[kind + "_ns"] if row and kind + "_ns" in row else "–"


def goals_section(goals):
    return ["## Goals", ""] + table(["goal", "achieved", "status"],
                                    [[g["goal"], g["achieved"], g["status"]] for g in goals],
                                    ["---", "---", "---"])


def lookup_section(r):
    counts = {(x["table"], x["method"]): x for x in r["lookups"]["rows"]}
    times = {(x["table"], x["method"]): x for x in r["times"]["rows"]}
    base = counts[("figure", "unordered_map")]
    fig = counts[("figure", "afbrief")]
    out = ["## Lookup of a figure by a key held in RAM", "",
           "Instructions per lookup from `valgrind --tool=callgrind`, counted inside one "
           "`noipa` probe function per method (`bench/lookup_probe.cpp`), averaged over all "
           "%d figure keys (hits) and %d near-misses: each key with one letter changed, without "
           "its last character, with one more character, with a NUL in the middle, and the "
           "empty key. Nanoseconds: Google Benchmark, rotating through the same keys, median of "
           "%d repetitions in random interleaved order." % (fig["hit_keys"], fig["miss_keys"],
                                                           r["times"]["repetitions"]), ""]
    rows = []
    for method, label in FIGURE_METHODS:
        c = counts.get(("figure", method))
        if c is None:
            rows.append([label, "skipped: frozen is not in `AFBRIEF_FROZEN_INCLUDE` (%s)"
                         % r.get("frozen_include", "?"), "", "", "", ""])
            continue
        t = times.get(("figure", method))
        rows.append([label, n(c["hit"]), n(c["miss"]), "%.2f×" % (c["hit"] / base["hit"]),
                     _ns(t, "hit"), _ns(t, "miss")])
    out += table(["method", "hit (instr.)", "miss (instr.)", "hit / unordered_map",
                  "hit (ns)", "miss (ns)"], rows)
    out += ["", "### Every table: afbrief against `std::unordered_map<std::string,int>`", ""]
    rows = []
    for t in ["figure", "event", "statement", "actor", "source", "place"]:
        a, u = counts[(t, "afbrief")], counts[(t, "unordered_map")]
        ta, tu = times.get((t, "afbrief")), times.get((t, "unordered_map"))
        rows.append([t, a["hit_keys"], a["miss_keys"], n(a["hit"]), n(a["miss"]), n(u["hit"]),
                     n(u["miss"]), "%.2f×" % (a["hit"] / u["hit"]), _ns(ta, "hit"),
                     _ns(tu, "hit")])
    out += table(["table", "keys", "near-misses", "afbrief hit", "afbrief miss",
                  "unordered_map hit", "unordered_map miss", "hit ratio", "afbrief hit (ns)",
                  "unordered_map hit (ns)"], rows)
    wrong = r["lookups"]["wrong"]
    out += ["", "Wrong answers: %s." % (", ".join("`%s`" % w for w in wrong) if wrong else
                                         "none (every hit checked against the data file, "
                                         "every miss against none)")]
    return out


def startup_section(s):
    return ["## Start-up", "",
            "Instructions the program runs before `main`, beyond the same program with no data "
            "(`bench/startup_baseline.cpp`: %s instructions of loader and C runtime), and what "
            "must run after it before the first answer. Counted by callgrind "
            "(`--dump-before=main`, `--toggle-collect=parse_export`). The loader's share "
            "moves with the symbols a program imports, so the goal counts the program's own "
            "code before `main`: afbrief %s beyond the baseline, and %s for "
            "`bench/startup_control.cpp`, the baseline plus one static initialiser, which "
            "shows the count sees one."
            % (n(s["baseline_before_main"]), n(s["afbrief_own_before_main"]),
               n(s["control_own_before_main"])),
            ""] + table(["program", "before main", "after main, before the first lookup",
                         "static initialisers"], [
                ["afbrief (`bench/startup_afbrief.cpp`)", n(s["afbrief_before_main"]),
                 "nothing: `main` looks the key up first",
                 ", ".join(s["afbrief_initialisers"]) or "none (no `.init_array`, no "
                 "`_GLOBAL__sub_I_*` in its object file)"],
                ["nlohmann::json on the %s-byte JSON export (`bench/startup_nlohmann.cpp`)"
                 % n(s["export_bytes"]), "%s (loading and initialising libstdc++)"
                 % n(s["nlohmann_before_main"]), "%s (`json::parse`)" % n(s["nlohmann_parse"]),
                 "–"]], ["---", "---:", "---:", "---"])


def _count(items, word):
    return "%d %s%s" % (len(items), word, "" if len(items) == 1 else "s")


def _verdict(f):
    if f["constant"]:
        return "constant"
    return "not a constant: %s, %s, %s" % (_count(f["calls"], "call"),
                                           _count(f["loops"], "backward jump"),
                                           _count(f["tables"], "table reference"))


def proof_section(p):
    out = ["## Compile-time lookup", "",
           "`bench/constant_lookup.cpp`, -O2, disassembled with `objdump -dr`. "
           "`figure_best_pinned_at_compile_time` returns "
           "`ct::get(ct::find_figure(\"%s\").value()).value().amount.best` through a `constexpr` "
           "variable; `figure_best_returned_directly` returns the same expression, left to the "
           "optimiser. Expected: %s (%#x)." % (p["key"], n(p["expected"]), p["expected"]), ""]
    rows = []
    for b in p["builds"]:
        pinned = b["functions"]["figure_best_pinned_at_compile_time"]
        direct = b["functions"]["figure_best_returned_directly"]
        rows.append([b["compiler"], b["std"], _verdict(pinned),
                     "<br>".join("`%s`" % line for line in pinned["lines"]), _verdict(direct)])
    out += table(["compiler", "std", "pinned", "its instructions", "returned directly"], rows,
                 ["---", "---", "---", "---", "---"])
    out += ["skipped: " + s for s in p["skipped"]]
    if p["builds"]:
        b = p["builds"][0]
        out += ["", "%s -std=%s -O2, `figure_best_pinned_at_compile_time()`:" % (b["compiler"],
                                                                             b["std"]),
                "", "```"] + b["functions"]["figure_best_pinned_at_compile_time"]["lines"] + ["```"]
    return out


def include_section(inc):
    units = [("afbrief", "single header"), ("afbrief_verify", "with `-DAFBRIEF_VERIFY=1`"),
             ("string_unordered_map", "`<string>` + `<unordered_map>`"),
             ("nlohmann_json", "`nlohmann/json.hpp`")]
    by = {(r["compiler"], r["std"], r["unit"]): r for r in inc["rows"]}
    rows = []
    builds = sorted({(r["compiler"], r["std"]) for r in inc["rows"]},
                    key=lambda build: (build[0] != "g++", build))
    for cxx, std in builds:
        row = [cxx, std, "%.0f" % by[(cxx, std, "empty")]["ms"]]
        for unit, _ in units:
            measured = by[(cxx, std, unit)]
            row.append("%.0f (%.1f×)" % (measured["ms"], measured["ratio"]))
        rows.append(row)
    out = ["## Include cost", "",
           "Compile only (`-O2 -c -o /dev/null`), milliseconds, median of %d interleaved rounds; "
           "in brackets, the ratio to an empty translation unit." % inc["rounds"], ""]
    out += table(["compiler", "std", "empty TU"] + [label for _, label in units], rows)
    return out + ["skipped: " + s for s in inc["skipped"]]


def footprint_section(fp):
    out = ["## Footprint", "", "From `python3 tools/footprint.py --json`: flash added over the "
           "empty firmware (a)."]
    if "unavailable" in fp:
        return out + ["", "skipped: " + fp["unavailable"]]
    payload = fp["payload"]["total_bytes"]
    out += ["Raw payload: %s bytes (%s of text, %s of numbers)." % (
        n(payload), n(fp["payload"]["text_bytes"]), n(fp["payload"]["number_bytes"])), ""]
    rows = []
    for target, variants in fp["targets"].items():
        v = {x["variant"]: x for x in variants}
        rows.append([target, "+%s" % n(v["b"]["flash_added"]), "+%s" % n(v["c"]["flash_added"]),
                     "+%s" % n(v["d"]["flash_added"]), "%.2f×" % (v["d"]["flash_added"] / payload),
                     "+%s" % n(max(x["ram_added"] for x in variants))])
    out += table(["target", "(b) compile-time only", "(c) one lookup by key",
                  "(d) every table, every text", "(d) / payload", "RAM added, worst variant"], rows)
    return out + ["skipped: " + s for s in fp.get("skipped", [])]


def avr_section(avr):
    out = ["## On the chip: ATmega328P", ""]
    if "unavailable" in avr:
        return out + table(["what", "cycles"], [["skipped: " + avr["unavailable"], "–"]])
    f_cpu = avr.get("f_cpu") or 16000000
    out += ["From `python3 bench/avr/cycles.py --json`: a hardware timer read around each call in "
            "simavr, %s at %s MHz." % (avr.get("target", "atmega328p"), n(f_cpu / 1e6)), ""]
    rows = [[r.get("what", "?"), n(r["cycles"]) if isinstance(r.get("cycles"), int) else "–",
             "%.1f" % (r["cycles"] * 1e6 / f_cpu) if isinstance(r.get("cycles"), int) else "–"]
            for r in avr["rows"]]
    return out + table(["what", "cycles", "µs"], rows)


def scaling_section(sc):
    out = ["## Scaling", ""]
    if "unavailable" in sc:
        return out + table(["records", "compiler", "lookup (instr.)"],
                           [["skipped: " + sc["unavailable"], "–", "–"]])
    out += ["From `python3 bench/scaling/scaling.py --json`: synthetic fact sheets, lookups "
            "counted by callgrind.", ""]
    limits = {True: "yes", False: "**no**", None: "–"}
    rows = [[n(r["records"]), r["compiler"], _maybe(r.get("compile_ms"), "{:,.0f}"),
             _maybe(r.get("peak_kb"), "{:,.0f}"), _maybe(r.get("lookup_instructions"), "{:,.0f}"),
             _maybe(r.get("miss_instructions"), "{:,.0f}"),
             limits.get(r.get("within_default_limits"), "?"), r.get("error") or ""]
            for r in sc["rows"]]
    return out + table(["records", "compiler", "compile (ms)", "peak memory (KiB)",
                        "hit (instr.)", "miss (instr.)", "within default limits", "note"], rows,
                       ["---:", "---", "---:", "---:", "---:", "---:", "---", "---"])


def _maybe(value, form):
    if not isinstance(value, (int, float)):
        return "–"
    return form.format(value) if "{" in form else form % value


def machine_section(machine, times, elapsed):
    load = times["context"].get("load_avg") or []
    return (["## Machine", ""] + table(["", ""], [[k, "`%s`" % v] for k, v in machine],
                                       ["---", "---"]) +
            ["", "Load average when Google Benchmark started: %s (times are medians; on a shared "
             "machine they move, instruction counts do not). %s"
             % (", ".join("%.2f" % x for x in load) or "unknown",
                "`bench/run` took %.0f s on it." % elapsed if elapsed is not None else
                "This page was written again from the run's results (--render-only).")])


def rerun_section():
    return ["## How to rerun", "", "```sh", "bench/run", "```", "",
            "It installs what the benchmarks need when missing (libbenchmark-dev, "
            "nlohmann-json3-dev, gperf, valgrind, clang-16, gcc-avr, avr-libc, simavr; "
            "`apt-get install -y --no-install-recommends`, with sudo when not root), configures "
            "`build/bench` with `-DAFBRIEF_BENCH=ON` (`BENCH_BUILD_DIR` picks another), builds, "
            "measures everything above and rewrites this file. `BENCH_ROUNDS` (default 11) sets "
            "the rounds of the include timings and the repetitions of Google Benchmark. frozen "
            "is found through the CMake cache variable `AFBRIEF_FROZEN_INCLUDE`."]


def render(results, goals, machine, elapsed, stamp):
    parts = [["# Benchmarks", "",
              "Written by `bench/run` (%s); do not edit by hand: rerun it. Instruction counts "
              "come from callgrind and do not move between runs; times are medians on the "
              "machine below and do." % stamp],
             goals_section(goals), lookup_section(results), startup_section(results["startup"]),
             proof_section(results["proof"]), include_section(results["include"]),
             footprint_section(results["footprint"]), avr_section(results["avr"]),
             scaling_section(results["scaling"]),
             machine_section(machine, results["times"], elapsed),
             rerun_section()]
    lines = []
    for part in parts:
        lines += part + [""]
    return "\n".join(lines).rstrip("\n") + "\n"

"""Nanoseconds per lookup by key, from Google Benchmark (bench/lookup_bench.cpp).

Repetitions run in random interleaved order (--benchmark_enable_random_
interleaving), so that a slow moment of the machine falls on all methods
alike; the figure is the median of the repetitions. Times are shown beside
the instruction counts, never instead of them: on a shared machine they move.
"""
import json
import subprocess


def measure(program, repetitions=11, min_time=0.05):
    done = subprocess.run([program, "--benchmark_format=json",
                           "--benchmark_repetitions=%d" % repetitions,
                           "--benchmark_min_time=%g" % min_time,
                           "--benchmark_enable_random_interleaving=true",
                           "--benchmark_report_aggregates_only=true"],
                          capture_output=True, text=True, check=True)
    report = json.loads(done.stdout)
    rows = {}
    for b in report["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        table, kind, method = b["run_name"].split("/")
        scale = {"ns": 1.0, "us": 1e3, "ms": 1e6}[b["time_unit"]]
        row = rows.setdefault((table, method), {"table": table, "method": method})
        row[kind + "_ns"] = b["cpu_time"] * scale
    return {"rows": list(rows.values()), "repetitions": repetitions,
            "context": {k: report["context"].get(k) for k in
                        ("num_cpus", "mhz_per_cpu", "cpu_scaling_enabled", "load_avg")}}

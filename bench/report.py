#!/usr/bin/env python3
"""Measure everything of docs/benchmarks.md and write it (bench/run calls this
after building).

  report.py --build BUILD_DIR [--output docs/benchmarks.md] [--rounds 11]

Prints the Markdown report and rewrites the output file; the raw numbers go
to BUILD_DIR/bench/results.json. Standard library only.
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import time

import constant_proof
import external
import goals
import include_cost
import lookup_counts
import lookup_times
import machine
import markdown
import startup_counts

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def step(what, measure):
    print("bench: %s..." % what, file=sys.stderr, flush=True)
    start = time.monotonic()
    result = measure()
    print("bench: %s done in %.0f s" % (what, time.monotonic() - start), file=sys.stderr,
          flush=True)
    return result


def stamp():
    done = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                          capture_output=True, text=True)
    revision = done.stdout.strip() if done.returncode == 0 else "no git"
    return "%s, %s" % (datetime.date.today().isoformat(), revision)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True, help="the CMake build directory")
    parser.add_argument("--output", default=os.path.join(ROOT, "docs", "benchmarks.md"))
    parser.add_argument("--rounds", type=int, default=11,
                        help="include-cost rounds and Google Benchmark repetitions "
                             "(11 or more for the record)")
    parser.add_argument("--started", type=float, default=None,
                        help="when bench/run started (seconds since the epoch)")
    parser.add_argument("--render-only", action="store_true",
                        help="measure nothing: write the report again from the last "
                             "results.json (after a change to how goals are judged or shown)")
    args = parser.parse_args()
    started = args.started or time.time()
    if args.render_only:
        with open(os.path.join(args.build, "bench", "results.json")) as f:
            results = json.load(f)
        return write(args, results)
    with open(os.path.join(args.build, "bench", "artifacts.json")) as f:
        artifacts = json.load(f)

    results = {
        "lookups": step("instructions per lookup (callgrind)",
                        lambda: lookup_counts.measure(artifacts["lookup_probe"])),
        "startup": step("start-up instructions (callgrind)",
                        lambda: startup_counts.measure(artifacts)),
        "proof": step("compile-time lookup disassembly",
                      lambda: constant_proof.measure(artifacts["generated"])),
        "times": step("nanoseconds per lookup (Google Benchmark)",
                      lambda: lookup_times.measure(artifacts["lookup_bench"], args.rounds)),
        "include": step("include cost", lambda: include_cost.measure(args.rounds)),
        "footprint": step("footprint (tools/footprint.py)", external.footprint),
        "avr": step("cycles on the ATmega328P (bench/avr/cycles.py)", external.avr_cycles),
        "scaling": step("scaling (bench/scaling/scaling.py)", external.scaling),
    }
    results["frozen_include"] = artifacts["frozen_include"]
    results["seconds"] = time.time() - started
    with open(os.path.join(args.build, "bench", "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    return write(args, results)


def write(args, results):
    judged = goals.evaluate(results)
    text = markdown.render(results, judged, machine.describe(), results.get("seconds"), stamp())
    with open(args.output, "w") as f:
        f.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

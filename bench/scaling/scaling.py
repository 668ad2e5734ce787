#!/usr/bin/env python3
"""How afbrief scales: synthetic sheets of 100, 1,000 and 10,000 records.

For each size: writes a synthetic sheet (synthetic.py), generates it with the
real generator into namespace `synthetic` in a scratch directory, compiles
lookups.cpp against it with g++ and clang++-16 (-O2 -std=c++17) and avr-g++
(-Os -std=gnu++11 -mmcu=atmega328p), each with its default constexpr limits,
as a user's file compiles and again with -DAFBRIEF_VERIFY=1 (the tables'
full self-verification, as afbrief's own builds run it), three times
interleaved (wall time: the median; peak memory: the largest,
from /usr/bin/time -f %M; each compile capped at 8 GiB of address space and
30 minutes), and counts the instructions of one lookup by key,
hit and miss, under callgrind in the g++ build.

  python3 bench/scaling/scaling.py           a Markdown table
  python3 bench/scaling/scaling.py --json    {"rows": [{"records", "compiler", ...}]}
  --sizes 100,300  other sizes; --work DIR  keep the scratch files there

A size the generator refuses, or a compiler that fails, is a row with the
exact error line; nothing here works around it. Standard library only.
"""
import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import synthetic  # noqa: E402

TU = os.path.join(HERE, "lookups.cpp")
HOST = ["-std=c++17", "-O2"]
COMPILERS = [("g++", ["g++"] + HOST), ("clang++-16", ["clang++-16"] + HOST),
             ("avr-g++", ["avr-g++", "-std=gnu++11", "-mmcu=atmega328p", "-Os"])]
# Each compiler twice: as a user's translation unit compiles (the default),
# and with the tables' full self-verification, which afbrief's own builds
# run on every compiler and where nearly all constant evaluation happens.
VERIFY = "-DAFBRIEF_VERIFY=1"
CONFIGS = [(name, command) for name, command in COMPILERS] + [
    ("%s %s" % (name, VERIFY), command + [VERIFY]) for name, command in COMPILERS]
REPEATS = 3
TIMEOUT = 1800  # seconds per compile or run
MEMORY_LIMIT = 8 << 30  # bytes of address space per compile
# How avr-g++ says an object is over the 32,767 bytes a 16-bit AVR object can
# have: such a sheet cannot be an ATmega328P's anyway (32 KiB of flash).
TOO_LARGE_FOR_AVR = re.compile(r"is too large|is too long")
# How GCC and Clang say that constant evaluation hit one of their limits.
CONSTEXPR_LIMIT = re.compile(r"constexpr[^\n]*(exceed|maximum|limit)|-fconstexpr-", re.I)


def error_line(stderr):
    """A compiler's first error line, else its last line."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "error" in line.lower():
            return line.strip()
    return lines[-1].strip() if lines else "failed with no message"


def generate(records, work):
    """(include directory, None, table counts, seconds), or (None, the
    generator's problem lines, ...) when it refuses the sheet."""
    data, counts = synthetic.write(records, work)
    include = os.path.join(work, "include")
    started = time.monotonic()
    done = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "generate.py"),
                           "--data", os.path.basename(data), "--namespace", "synthetic",
                           "--output", os.path.join(include, "synthetic")],
                          cwd=work, capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        # The generator's first line: one line per problem, in file order.
        problems = done.stderr.strip().splitlines() or ["failed with no message"]
        return None, problems, counts, seconds
    return include, None, counts, seconds


def cap_memory():
    """A compiler that runs away (avr-g++ 5 on a large sheet) fails with its own
    out-of-memory error, rather than taking the machine's memory."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def compile_once(command, work):
    """(milliseconds, peak KB, None, False) or (None, None, error line, whether
    a constexpr limit was hit)."""
    memory = os.path.join(work, "peak_kb")
    started = time.monotonic()
    try:
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", memory] + command,
                              capture_output=True, text=True, timeout=TIMEOUT,
                              preexec_fn=cap_memory)
    except subprocess.TimeoutExpired:
        return None, None, "timed out after %d s" % TIMEOUT, False
    elapsed = (time.monotonic() - started) * 1000
    if done.returncode != 0:
        # The limit is often named in a note under the first error, which
        # names the static_assert: keep both.
        error, limit = error_line(done.stderr), CONSTEXPR_LIMIT.search(done.stderr)
        if limit:
            note = done.stderr[:limit.end()].splitlines()[-1]
            note += done.stderr[limit.end():].split("\n", 1)[0]
            error += "" if note.strip() in error else " [" + note.strip() + "]"
        if "memory" in error.lower():
            error += " [under this script's cap of %d GiB]" % (MEMORY_LIMIT >> 30)
        return None, None, error, bool(limit)
    with open(memory) as f:
        return round(elapsed), int(f.read().split()[-1]), None, False


def compile_all(include, work, compilers):
    """{name: row fields}, the compilers interleaved run by run."""
    rows = {}
    for _ in range(REPEATS):
        for n, (name, command) in enumerate(compilers):
            row = rows.setdefault(name, {"times": [], "peaks": [], "error": None,
                                         "limit": False})
            if row["error"]:
                continue
            ms, kb, error, row["limit"] = compile_once(
                command + ["-I" + os.path.join(ROOT, "include"), "-I" + include, "-c", TU,
                           "-o", os.path.join(work, "tu%d.o" % n)], work)
            if error:
                row["error"] = error
            else:
                row["times"].append(ms)
                row["peaks"].append(kb)
    return rows


def lookup_instructions(include, work):
    """(instructions per hit, per miss) from callgrind, in the g++ build."""
    program = os.path.join(work, "lookups")
    subprocess.run(["g++"] + HOST + ["-I" + os.path.join(ROOT, "include"), "-I" + include,
                                     TU, "-o", program], check=True, capture_output=True)
    out = os.path.join(work, "callgrind.out")
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                           program], capture_output=True, text=True, timeout=TIMEOUT)
    calls = re.search(r"hits (\d+) misses (\d+) wrong (\d+)", done.stdout)
    if done.returncode != 0 or not calls or calls.group(3) != "0":
        raise RuntimeError("the lookup program failed: %s %s" % (done.stdout, done.stderr))
    # --threshold=100: every function, however small its share of the run.
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                               capture_output=True, text=True, check=True).stdout
    per_call = []
    for probe, count in (("probe_hit", calls.group(1)), ("probe_miss", calls.group(2))):
        found = re.search(r"^\s*([\d,]+) .*:%s\b" % probe, annotated, re.M)
        if not found:
            raise RuntimeError("callgrind_annotate shows no %s in %s" % (probe, out))
        per_call.append(round(int(found.group(1).replace(",", "")) / int(count)))
    return per_call


def measure(records, work, compilers):
    rows = []
    include, problems, counts, seconds = generate(records, work)
    error = problems[0] if problems else None
    note = "%d records (%s): %s in %.1f s" % (
        records, ", ".join("%d %s" % (n, t) for t, n in counts.items()),
        "refused by the generator (%d problem%s)" % (len(problems), "s" * (len(problems) > 1))
        if problems
        else "generated", seconds)
    compiled = compile_all(include, work, compilers) if include else {}
    hit = miss = None
    if "g++" in compiled and not compiled["g++"]["error"] and shutil.which("valgrind"):
        hit, miss = lookup_instructions(include, work)
    for name, command in CONFIGS:
        row = {"records": records, "compiler": name, "compile_ms": None, "peak_kb": None,
               "lookup_instructions": hit if name == "g++" else None,
               "miss_instructions": miss if name == "g++" else None,
               "within_default_limits": None, "error": error}
        got = compiled.get(name)
        if include and got is None:
            row["error"] = "%s not found" % command[0]
        elif got and got["error"]:
            row["error"] = got["error"]
            row["within_default_limits"] = False if got["limit"] else None
            if command[0] == "avr-g++" and TOO_LARGE_FOR_AVR.search(got["error"]):
                row["applies"] = False
                row["error"] = ("larger than an AVR object can be (32,767 bytes; the "
                                "ATmega328P has 32 KiB of flash): " + got["error"])
        elif got:
            row.update(compile_ms=round(statistics.median(got["times"])),
                       peak_kb=max(got["peaks"]), within_default_limits=True)
        rows.append(row)
    return rows, note


def table(rows, notes):
    def cell(value):
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        return "{:,}".format(value) if isinstance(value, int) else str(value).replace("|", "\\|")
    out = ["| records | compiler | compile ms | peak KB | hit instructions | miss instructions "
           "| default constexpr limits | error |", "|---:|---|---:|---:|---:|---:|---|---|"]
    for r in rows:
        out.append("| " + " | ".join(cell(r[k]) for k in (
            "records", "compiler", "compile_ms", "peak_kb", "lookup_instructions",
            "miss_instructions", "within_default_limits", "error")) + " |")
    return "\n".join(out + [""] + notes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--sizes", default="100,1000,10000", help="records per sheet")
    parser.add_argument("--work", help="scratch directory to keep (default: a temporary one)")
    args = parser.parse_args()
    if not os.access("/usr/bin/time", os.X_OK):
        print("scaling: /usr/bin/time not found (Debian: apt-get install time)", file=sys.stderr)
        return 2
    compilers = [(name, command) for name, command in CONFIGS if shutil.which(command[0])]
    for name, command in COMPILERS:
        if not shutil.which(command[0]):
            print("scaling: %s not found: its rows say so" % command[0], file=sys.stderr)
    if not shutil.which("valgrind"):
        print("scaling: valgrind not found: no instruction counts", file=sys.stderr)
    rows, notes = [], []
    with tempfile.TemporaryDirectory(prefix="afbrief-scaling-") as scratch:
        for records in (int(n) for n in args.sizes.split(",")):
            work = os.path.join(args.work or scratch, "sheet_%d" % records)
            os.makedirs(work, exist_ok=True)
            more, note = measure(records, work, compilers)
            rows += more
            notes.append(note)
    print(json.dumps({"rows": rows}) if args.json else table(rows, notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())

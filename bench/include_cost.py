"""What including a header costs: compile-only time of a translation unit
that includes it, against an empty translation unit.

Every (compiler, standard, translation unit) is compiled with -O2 -c -o
/dev/null once per round, in a shuffled order each round, so that a slow
moment of the machine falls on all of them alike; the figure is the median
over the rounds.
"""
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPILERS = ["g++", "clang++-16"]
STANDARDS = ["c++11", "c++17"]
# name: (source text, extra flags). AFBRIEF_VERIFY=1 turns the tables' full
# self-verification on in a user's translation unit.
UNITS = {
    "empty": ("", []),
    "afbrief": ('#include "afbrief/afbrief.hpp"\n', []),
    "afbrief_verify": ('#include "afbrief/afbrief.hpp"\n', ["-DAFBRIEF_VERIFY=1"]),
    "string_unordered_map": ("#include <string>\n#include <unordered_map>\n", []),
    "nlohmann_json": ("#include <nlohmann/json.hpp>\n", []),
}


def _compile_seconds(cxx, std, path, flags):
    command = [cxx, "-std=" + std, "-O2", "-I" + os.path.join(ROOT, "single_include")] + flags
    command += ["-c", path, "-o", os.devnull]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(command), done.stderr.strip()[:400]))
    return elapsed


def measure(rounds=11, seed=8):
    compilers = [c for c in COMPILERS if shutil.which(c)]
    skipped = ["%s: not installed" % c for c in COMPILERS if c not in compilers]
    times = {}
    with tempfile.TemporaryDirectory() as work:
        paths = {}
        for name, (text, _) in UNITS.items():
            paths[name] = os.path.join(work, name + ".cpp")
            with open(paths[name], "w") as f:
                f.write(text)
        cases = [(c, s, u) for c in compilers for s in STANDARDS for u in UNITS]
        shuffle = random.Random(seed)
        for _ in range(rounds):
            shuffle.shuffle(cases)
            for cxx, std, unit in cases:
                seconds = _compile_seconds(cxx, std, paths[unit], UNITS[unit][1])
                times.setdefault((cxx, std, unit), []).append(seconds)
    rows = []
    for cxx in compilers:
        for std in STANDARDS:
            empty = statistics.median(times[(cxx, std, "empty")])
            for unit in UNITS:
                ms = statistics.median(times[(cxx, std, unit)]) * 1000
                rows.append({"compiler": cxx, "std": std, "unit": unit, "ms": ms,
                             "ratio": ms / (empty * 1000)})
    return {"rows": rows, "rounds": rounds, "skipped": skipped}

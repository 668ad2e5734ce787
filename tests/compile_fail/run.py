"""Compile each snippet twice: as written it must compile cleanly, and with
-DAFBRIEF_FAIL (the misuse switched on) it must fail with the diagnostic its
header names. A misuse that compiles fails the test, and so does one that
fails for another reason: the clean twin proves the snippet itself is sound,
the diagnostic proves the failure is the one meant.

A snippet's header, in its leading // comment lines:
  // targets: host avr       where it runs (host: g++ or clang++; avr: avr-g++)
  // expect: REGEX           must occur in the compiler's output (every line)
  // expect-gcc: REGEX       the same, for GCC only (avr-g++ included)
  // expect-clang: REGEX     the same, for Clang only
  // std: c++14              the host language level (default c++11; AVR
                             always gnu++11, the Arduino core's)
  // levels: -Os             AVR optimisation levels (default -Os -O0: the
                             Arduino default, and the level where nothing
                             is inlined or folded away)
A compiler's own expect lines replace the common ones. Host snippets are
checked with -fsyntax-only (every host diagnostic comes from the front end);
AVR snippets are compiled to an object, since GCC's error attribute fires in
code generation.

  python3 run.py --cxx g++ --target host --include include/ CASE.cpp...
Python 3.11 standard library only. Exit status 0 when every snippet passes.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

HEADER = re.compile(r"^//\s*(targets|expect|expect-gcc|expect-clang|std|levels):\s*(.*?)\s*$")
WARNINGS = ["-Wall", "-Wextra", "-Wpedantic", "-Werror"]
# ASCII quotes and no colour, so that the expected texts are plain.
ENVIRONMENT = dict(os.environ, LC_ALL="C", LANG="C", GCC_COLORS="")


def read_header(path):
    header = {"targets": [], "expect": [], "expect-gcc": [], "expect-clang": [], "std": None,
              "levels": ["-Os", "-O0"]}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("//"):
                break
            found = HEADER.match(line)
            if not found:
                continue
            field, value = found.groups()
            if field == "targets":
                header["targets"] += value.split()
            elif field == "std":
                header["std"] = value
            elif field == "levels":
                header["levels"] = value.split()
            else:
                header[field].append(value)
    return header


def family(cxx):
    done = subprocess.run([cxx, "--version"], capture_output=True, text=True, env=ENVIRONMENT)
    return "clang" if "clang" in done.stdout.lower() else "gcc"


def configurations(target, header):
    """(name, flags) for every build of one snippet."""
    if target == "avr":
        return [(level, ["-std=gnu++11", "-mmcu=atmega328p", level, "-c"])
                for level in header["levels"]]
    return [("", ["-std=" + (header["std"] or "c++11"), "-fsyntax-only"])]


def compile_once(cxx, flags, include, source, fail):
    with tempfile.TemporaryDirectory(prefix="afbrief-cf-") as scratch:
        command = ([cxx] + flags + WARNINGS + ["-fdiagnostics-color=never", "-I" + include]
                   + (["-DAFBRIEF_FAIL"] if fail else [])
                   + [source, "-o", os.path.join(scratch, "snippet.o")])
        done = subprocess.run(command, capture_output=True, text=True, env=ENVIRONMENT)
    return done.returncode, done.stdout + done.stderr, " ".join(command)


def check(cxx, compiler_family, target, include, source):
    """A list of problems with one snippet (empty: it passes)."""
    header = read_header(source)
    name = os.path.basename(source)
    if target not in header["targets"]:
        return []
    expected = header["expect-" + compiler_family] or header["expect"]
    if not expected:
        return ["%s: no expect line for %s" % (name, compiler_family)]
    problems = []
    for level, flags in configurations(target, header):
        where = "%s %s%s" % (name, os.path.basename(cxx), " " + level if level else "")
        status, output, command = compile_once(cxx, flags, include, source, fail=False)
        if status != 0:
            problems.append("%s: the clean twin (no AFBRIEF_FAIL) does not compile:\n  %s\n%s"
                            % (where, command, output[-3000:]))
            continue
        status, output, command = compile_once(cxx, flags, include, source, fail=True)
        if status == 0:
            problems.append("%s: the misuse compiles (-DAFBRIEF_FAIL):\n  %s" % (where, command))
            continue
        missing = [pattern for pattern in expected if not re.search(pattern, output, re.M)]
        if missing:
            problems.append("%s: the misuse fails, but not with %s:\n  %s\n%s"
                            % (where, " and ".join(repr(p) for p in missing), command,
                               output[-3000:]))
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--target", choices=("host", "avr"), required=True)
    parser.add_argument("--include", required=True, help="afbrief's include directory")
    parser.add_argument("--family", choices=("gcc", "clang"),
                        help="whose diagnostics to expect (default: asks the compiler)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("cases", nargs="+")
    options = parser.parse_args(argv)
    compiler_family = options.family or family(options.cxx)
    ran = [case for case in options.cases if options.target in read_header(case)["targets"]]
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        results = list(pool.map(lambda case: check(options.cxx, compiler_family, options.target,
                                                   options.include, case), ran))
    problems = [problem for result in results for problem in result]
    for problem in problems:
        print("FAIL " + problem)
    print("%d of %d snippets refused as expected with %s (%s)"
          % (len(ran) - sum(1 for result in results if result), len(ran), options.cxx,
             options.target))
    return 1 if problems or not ran else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""afbrief as an Arduino user gets it: installed into a sketchbook's
libraries/ folder, every example built by the real Arduino AVR core with
arduino-builder, run on an ATmega328P in simavr, and what it prints over
Serial checked line by line against the afbrief tool's own output. No example
may use more SRAM for globals than tests/arduino/baseline/baseline.ino, the
same sketch without afbrief: the library adds none (its tables stay in flash).

  build_examples.py --root REPO --work DIR --tool AFBRIEF --run-on-target SCRIPT
                    [--build-tree BUILD] [--simavr SIMAVR] [--require]

Exit status 0 passed, 1 failed, 77 skipped (no arduino-builder, AVR core or
simavr; the message says which; with --require that fails instead). --simavr
names the simavr to run (CMake passes AFBRIEF_MCU_SIMAVR when it is set).
Python 3.11, standard library only.
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import expected_output  # noqa: E402
import install  # noqa: E402
import toolchain  # noqa: E402

SKIPPED = 77
BASELINE = os.path.join(HERE, "baseline", "baseline.ino")


def more_sram(built, baseline):
    """The example's SRAM problem, if any: every byte of globals beyond the
    baseline's would be afbrief's, and the library promises none."""
    if baseline.sram is None or built.sram <= baseline.sram:
        return []
    return ["its globals use %d bytes of SRAM, the baseline sketch's %d: afbrief must add "
            "none" % (built.sram, baseline.sram)]


def print_sizes(sizes):
    """Flash and SRAM of each sketch built, and what afbrief added to the
    baseline: the figures the README's note on sizes quotes."""
    base = dict(sizes)["baseline"]
    if base.flash is None:
        return
    print("sizes (bytes):")
    for name, built in sizes:
        print("  %-12s flash %6d (%+d)  SRAM %4d (%+d)"
              % (name, built.flash, built.flash - base.flash, built.sram,
                 built.sram - base.sram))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, help="the afbrief repository")
    parser.add_argument("--work", required=True, help="a scratch directory (emptied first)")
    parser.add_argument("--build-tree", help="the build directory, never copied into the library")
    parser.add_argument("--tool", required=True, help="the afbrief command-line tool")
    parser.add_argument("--run-on-target", required=True, help="tests/mcu/run_on_target.sh")
    parser.add_argument("--simavr", default="simavr",
                        help="the simavr to run (default: simavr on PATH)")
    parser.add_argument("--require", action="store_true",
                        help="a missing builder, core or simulator fails the test")
    args = parser.parse_args(argv)

    missing = toolchain.missing(args.simavr)
    if missing:
        verdict = "FAILED" if args.require else "SKIPPED"
        print("%s: %s (Debian: apt-get install %s)" % (verdict, missing, toolchain.PACKAGES))
        return 1 if args.require else SKIPPED

    shutil.rmtree(args.work, ignore_errors=True)
    library = install.into_sketchbook(args.root, os.path.join(args.work, "sketchbook"),
                                      args.build_tree)
    sketches = install.examples(library)
    expectations = expected_output.Expectations(args.tool)
    failures = []
    print("==== the baseline, %s" % os.path.relpath(BASELINE, HERE))
    baseline = toolchain.build(BASELINE, library, os.path.join(args.work, "build", "baseline"),
                               uses_library=False)
    failures += ["baseline: %s" % problem for problem in baseline.problems]
    sizes = [("baseline", baseline)]
    for name, sketch in sketches:
        if not expectations.knows(name):
            failures.append("%s: no expected output for it in tests/arduino/expected_output.py"
                            % name)
            continue
        print("==== %s" % os.path.relpath(sketch, library))
        built = toolchain.build(sketch, library, os.path.join(args.work, "build", name))
        failures += ["%s: %s" % (name, problem) for problem in built.problems]
        if built.problems:
            continue
        sizes.append((name, built))
        failures += ["%s: %s" % (name, problem) for problem in more_sram(built, baseline)]
        ran = toolchain.run(args.run_on_target, built.elf, expectations.last_line(name),
                            args.simavr)
        failures += ["%s: %s" % (name, problem) for problem in ran.problems]
        if not ran.problems:
            failures += ["%s: %s" % (name, problem)
                         for problem in expectations.compare(name, ran.lines)]
    if not sketches:
        failures.append("no examples/<Name>/<Name>.ino in the library")
    print_sizes(sizes)
    for failure in failures:
        print("FAILED: %s" % failure)
    if not failures:
        print("passed: %d example(s) built by the Arduino core and checked in simavr"
              % len(sketches))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

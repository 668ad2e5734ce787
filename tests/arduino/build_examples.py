#!/usr/bin/env python3
"""afbrief as an Arduino user gets it: installed into a sketchbook's
libraries/ folder, every example built by the real Arduino AVR core with
arduino-builder, run on an ATmega328P in simavr, and what it prints over
Serial checked line by line against the afbrief tool's own output.

  build_examples.py --root REPO --work DIR --tool AFBRIEF --run-on-target SCRIPT
                    [--require]

Exit status 0 passed, 1 failed, 77 skipped (no arduino-builder, AVR core or
simavr; the message says which; with --require that fails instead). Python 3.11, standard library only.
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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, help="the afbrief repository")
    parser.add_argument("--work", required=True, help="a scratch directory (emptied first)")
    parser.add_argument("--tool", required=True, help="the afbrief command-line tool")
    parser.add_argument("--run-on-target", required=True, help="tests/mcu/run_on_target.sh")
    parser.add_argument("--require", action="store_true",
                        help="a missing builder, core or simulator fails the test")
    args = parser.parse_args(argv)

    missing = toolchain.missing()
    if missing:
        verdict = "FAILED" if args.require else "SKIPPED"
        print("%s: %s (Debian: apt-get install %s)" % (verdict, missing, toolchain.PACKAGES))
        return 1 if args.require else SKIPPED

    shutil.rmtree(args.work, ignore_errors=True)
    library = install.into_sketchbook(args.root, os.path.join(args.work, "sketchbook"))
    sketches = install.examples(library)
    expectations = expected_output.Expectations(args.tool)
    failures = []
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
        ran = toolchain.run(args.run_on_target, built.elf, expectations.last_line(name))
        failures += ["%s: %s" % (name, problem) for problem in ran.problems]
        if not ran.problems:
            failures += ["%s: %s" % (name, problem)
                         for problem in expectations.compare(name, ran.lines)]
    if not sketches:
        failures.append("no examples/<Name>/<Name>.ino in the library")
    for failure in failures:
        print("FAILED: %s" % failure)
    if not failures:
        print("passed: %d example(s) built by the Arduino core and checked in simavr"
              % len(sketches))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

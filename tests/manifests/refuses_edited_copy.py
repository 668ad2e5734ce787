#!/usr/bin/env python3
"""Shows a checker refuses a broken manifest: copies files of the repository
to a scratch root, breaks one of them with one regular-expression edit, runs
the checker on the copy and passes only when it exits 1 and says why.

  python3 tests/manifests/refuses_edited_copy.py ROOT
      --copy PATH [--copy PATH]... --edit PATH REGEX REPLACEMENT
      --expect TEXT -- COMMAND [ARG]...

PATHs are relative to ROOT; in COMMAND, {copy} stands for the scratch root.
The edit must change the file (a pattern that no longer matches would make
the test check nothing). Exit 0 when COMMAND exits 1 and prints TEXT; 77
(skipped) when COMMAND does; 1 otherwise."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIPPED = 77


def parse_args():
    # The command is everything after the first "--", taken as it is (its
    # own options are not this script's).
    argv = sys.argv[1:]
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        sys.exit("refuses_edited_copy: a COMMAND after -- is required")
    split = argv.index("--")
    p = argparse.ArgumentParser()
    p.add_argument("root")
    p.add_argument("--copy", action="append", required=True)
    p.add_argument("--edit", nargs=3, required=True, metavar=("PATH", "REGEX", "REPLACEMENT"))
    p.add_argument("--expect", required=True)
    args = p.parse_args(argv[:split])
    args.command = argv[split + 1:]
    return args


def break_copy(scratch, path, regex, replacement):
    target = os.path.join(scratch, path)
    with open(target, encoding="utf-8") as f:
        text = f.read()
    edited, count = re.subn(regex, replacement, text, count=1, flags=re.MULTILINE)
    if not count:
        sys.exit("FAILED: %r matches nothing in %s; the test would check nothing" % (regex, path))
    with open(target, "w", encoding="utf-8") as f:
        f.write(edited)


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for path in args.copy:
            os.makedirs(os.path.dirname(os.path.join(scratch, path)), exist_ok=True)
            shutil.copyfile(os.path.join(args.root, path), os.path.join(scratch, path))
        break_copy(scratch, *args.edit)
        command = [part.replace("{copy}", scratch) for part in args.command]
        result = subprocess.run(command, capture_output=True, text=True)
    output = (result.stdout + result.stderr).replace(scratch, "<copy>")
    print(output.strip())
    if result.returncode == SKIPPED:
        return SKIPPED
    if result.returncode != 1:
        print("FAILED: exit status %d, 1 expected" % result.returncode)
        return 1
    if args.expect not in output:
        print("FAILED: refused, but without saying %r" % args.expect)
        return 1
    print("ok: refused, saying %r" % args.expect)
    return 0


if __name__ == "__main__":
    sys.exit(main())

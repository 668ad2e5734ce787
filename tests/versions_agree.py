#!/usr/bin/env python3
"""Every place that states afbrief's version says the same as the one source,
AFBRIEF_VERSION_MAJOR/MINOR/PATCH in include/afbrief/afbrief.hpp: the CMake
project, meson.build and the newest CHANGELOG.md entry (and each manifest,
as they are added).

  python3 tests/versions_agree.py [ROOT]
Exit status 1, with one line per disagreement, when any differs."""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def the_version():
    header = read("include/afbrief/afbrief.hpp")
    parts = [re.search(r"#define AFBRIEF_VERSION_%s (\d+)" % p, header) for p in
             ("MAJOR", "MINOR", "PATCH")]
    if not all(parts):
        sys.exit("versions_agree: include/afbrief/afbrief.hpp: AFBRIEF_VERSION_* not found")
    return ".".join(m.group(1) for m in parts)


# Where each file states it: (path, pattern whose group 1 is the version).
STATED = [
    ("CMakeLists.txt", r"project\(afbrief VERSION (\S+)"),
    ("meson.build", r"version: '([^']+)'"),
    ("CHANGELOG.md", r"(?m)^## (\S+) "),  # the newest entry comes first
]


def main():
    version = the_version()
    problems = []
    for path, pattern in STATED:
        m = re.search(pattern, read(path))
        if m is None:
            problems.append("%s: no version found" % path)
        elif m.group(1) != version:
            problems.append("%s: says %s, afbrief.hpp says %s" % (path, m.group(1), version))
    for p in problems:
        print("versions_agree: " + p, file=sys.stderr)
    if not problems:
        print("versions agree: %s in afbrief.hpp and %d other files" % (version, len(STATED)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Every place that states afbrief's version says the same as the one source,
AFBRIEF_VERSION_MAJOR/MINOR/PATCH in include/afbrief/afbrief.hpp: the CMake
project, meson.build, the newest CHANGELOG.md entry and every package
manifest: Arduino's library.properties, PlatformIO's library.json and
ESP-IDF's idf_component.yml. (Zephyr's zephyr/module.yml has no version key.)

  python3 tests/versions_agree.py [ROOT]
Exit status 1, with one line per disagreement, when any differs."""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "manifests"))
from manifest_fields import field  # noqa: E402

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


# Where each file states it: a pattern whose group 1 is the version, or
# None for a package manifest, read by its own format (manifest_fields.py).
STATED = [
    ("CMakeLists.txt", r"project\(afbrief VERSION (\S+)"),
    ("meson.build", r"version: '([^']+)'"),
    ("CHANGELOG.md", r"(?m)^## (\S+) "),  # the newest entry comes first
    ("library.properties", None),
    ("library.json", None),
    ("idf_component.yml", None),
]


def stated(path, pattern):
    """The version the file states, or None when it states none."""
    if pattern is None:
        return field(os.path.join(ROOT, path), "version")
    m = re.search(pattern, read(path))
    return m.group(1) if m else None


def main():
    version = the_version()
    problems = []
    checked = 0
    for path, pattern in STATED:
        try:
            found = stated(path, pattern)
        except OSError as e:
            problems.append("%s: cannot be read (%s)" % (path, e.strerror))
            continue
        except ValueError as e:  # not in its format (library.properties)
            problems.append("%s: cannot be read (%s)" % (path, e))
            continue
        if found is None:
            problems.append("%s: no version found" % path)
            continue
        checked += 1
        if found != version:
            problems.append("%s: says %s, afbrief.hpp says %s" % (path, found, version))
    for p in problems:
        print("versions_agree: " + p, file=sys.stderr)
    if not problems:
        print("versions agree: %s in afbrief.hpp and %d other files" % (version, checked))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())

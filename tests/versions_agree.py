#!/usr/bin/env python3
"""Every place that states afbrief's version says the same as the one source,
AFBRIEF_VERSION_MAJOR/MINOR/PATCH in include/afbrief/afbrief.hpp: the CMake
project, meson.build, the newest CHANGELOG.md entry and every package
manifest: Arduino's library.properties, PlatformIO's library.json and
ESP-IDF's idf_component.yml. (Zephyr's zephyr/module.yml has no version key.)

  python3 tests/versions_agree.py [ROOT]
Exit status 1, with one line per disagreement, when any differs."""
import json
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


def json_version(text):
    """library.json's top-level "version" (a dependency's would match a regex)."""
    try:
        version = json.loads(text).get("version")
    except ValueError:
        return None
    return version if isinstance(version, str) else None


# Where each file states it: (path, pattern whose group 1 is the version, or
# a function of the text returning it).
STATED = [
    ("CMakeLists.txt", r"project\(afbrief VERSION (\S+)"),
    ("meson.build", r"version: '([^']+)'"),
    ("CHANGELOG.md", r"(?m)^## (\S+) "),  # the newest entry comes first
    ("library.properties", r"(?m)^[ \t]*version[ \t]*=[ \t]*(\S+)"),
    ("library.json", json_version),
    # A top-level key, quoted or not; PyYAML is not needed for one line.
    ("idf_component.yml", r"(?m)^version:[ \t]*[\"']?([^\"'\s#]+)"),
]


def stated(path, how):
    """The version the file states, or None when it states none."""
    text = read(path)
    if callable(how):
        return how(text)
    m = re.search(how, text)
    return m.group(1) if m else None


def main():
    version = the_version()
    problems = []
    checked = 0
    for path, how in STATED:
        try:
            found = stated(path, how)
        except OSError as e:
            problems.append("%s: cannot be read (%s)" % (path, e.strerror))
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

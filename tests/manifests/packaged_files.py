#!/usr/bin/env python3
"""Which of the repository's files a published package would hold, from the
manifest's own file lists, and that it holds the library and none of the
tests, benchmarks, tools or build directories.

  python3 tests/manifests/packaged_files.py idf|platformio [ROOT]

Neither packer (`compote component pack`, `pio pkg pack`) is reachable here,
so their documented rules are emulated:
- ESP-IDF (idf_component.yml `files`): every file, less the `exclude`
  patterns, plus the `include` patterns, which win over `exclude`. The older
  reading (only `include`, less `exclude`) is taken too: the two must give
  the same files, or the package depends on which packer reads it.
  `**` crosses directories, `*` does not.
- PlatformIO (library.json `export`): the files matched by an `include`
  pattern, or lying in a directory matched by one, less `exclude`; patterns
  are shell globs from the package root.
Exit 1 naming each misplaced file; 77 (skipped) for idf without PyYAML."""
import json
import os
import re
import sys

ROOT = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))
# What no package of afbrief may carry.
NEVER = ("tests/", "bench/", "tools/", "docs/", "data/", ".ci/", "build", "cmake/",
         "zephyr/", "single_include/")
# And what each leaves to the other layout: the ESP-IDF component is include/;
# PlatformIO takes the Arduino layout, src/, and must not also get include/,
# whose afbrief/afbrief.hpp would shadow src/'s bundle of the same name.
NEVER_IN = {"idf": NEVER + ("src/", "examples/"), "platformio": NEVER + ("include/",)}
# src/ is the Arduino layout, written by the generator: its two files are
# listed even before they exist, so the check does not depend on them.
ARDUINO_LAYOUT = ["src/afbrief.h", "src/afbrief/afbrief.hpp"]


def repository_files():
    files = []
    for directory, subdirectories, names in os.walk(ROOT):
        relative = os.path.relpath(directory, ROOT).replace(os.sep, "/")
        relative = "" if relative == "." else relative + "/"
        # Not the repository's own: Git's metadata, npm's installs, builds.
        subdirectories[:] = [d for d in subdirectories
                             if d not in (".git", "node_modules") and not d.startswith("build")]
        files += [relative + name for name in names if name != ".git"]
    return sorted(set(files) | set(ARDUINO_LAYOUT))


def glob_regex(pattern):
    """A glob as a regular expression over '/'-separated relative paths."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return re.compile(out + r"\Z")


def matches(path, patterns, directories_too=False):
    candidates = [path]
    if directories_too:  # a pattern naming a directory takes all below it
        parts = path.split("/")
        candidates += ["/".join(parts[:n]) for n in range(1, len(parts))]
    return any(glob_regex(p).match(c) for p in patterns for c in candidates)


def idf_packages(files):
    try:
        import yaml
    except ImportError:
        print("SKIPPED: reading idf_component.yml needs PyYAML (Debian: python3-yaml)")
        sys.exit(77)
    with open(os.path.join(ROOT, "idf_component.yml"), encoding="utf-8") as f:
        rules = yaml.safe_load(f).get("files", {})
    include, exclude = rules.get("include", []), rules.get("exclude", [])
    include_wins = [f for f in files if matches(f, include) or not matches(f, exclude)]
    include_only = [f for f in files if matches(f, include) and not matches(f, exclude)]
    return {"include over exclude": include_wins, "include less exclude": include_only}, \
        ["include/afbrief/afbrief.hpp", "CMakeLists.txt", "idf_component.yml", "LICENSE"]


def platformio_packages(files):
    with open(os.path.join(ROOT, "library.json"), encoding="utf-8") as f:
        rules = json.load(f).get("export", {})
    include, exclude = rules.get("include", ["*"]), rules.get("exclude", [])
    exported = [f for f in files
                if matches(f, include, True) and not matches(f, exclude, True)]
    return {"export": exported}, ARDUINO_LAYOUT + ["library.json", "LICENSE"]


def disagreements(kind, readings):
    """A line for each file one reading publishes and another does not."""
    everything = set().union(*readings.values())
    lines = []
    for path in sorted(everything):
        publishing = sorted(r for r, packaged in readings.items() if path in packaged)
        if len(publishing) < len(readings):
            lines.append("%s: the readings disagree: only (%s) publishes %s"
                         % (kind, ") and (".join(publishing), path))
    return lines


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("idf", "platformio"):
        sys.exit("usage: packaged_files.py idf|platformio [ROOT]")
    files = repository_files()
    readings, required = (idf_packages if sys.argv[1] == "idf" else platformio_packages)(files)
    problems = []
    for reading, packaged in readings.items():
        for path in required:
            if path not in packaged:
                problems.append("%s (%s): leaves out %s" % (sys.argv[1], reading, path))
        for path in packaged:
            if path.startswith(NEVER_IN[sys.argv[1]]):
                problems.append("%s (%s): would publish %s" % (sys.argv[1], reading, path))
    if len(readings) > 1:
        problems += disagreements(sys.argv[1], readings)
    for p in sorted(set(problems)):
        print(p)
    if not problems:
        for reading, packaged in readings.items():
            print("%s (%s): %d files, e.g. %s" % (sys.argv[1], reading, len(packaged),
                                                 ", ".join(packaged[:6])))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

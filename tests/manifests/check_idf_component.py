#!/usr/bin/env python3
"""idf_component.yml, the ESP-IDF component manifest, has the fields the ESP
Component Registry reads, each of the shape the idf-component-manager
documentation gives (docs.espressif.com/projects/idf-component-manager,
"idf_component.yml Manifest File"). There is no ESP-IDF here, so this stands
in for `compote component pack`'s own checks.

  python3 tests/manifests/check_idf_component.py [ROOT]
Exit 1 naming each problem; 77 (skipped) without PyYAML (python3-yaml)."""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))
MANIFEST = os.path.join(ROOT, "idf_component.yml")
SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:[-+~][0-9A-Za-z.~+-]+)?$")

try:
    import yaml
except ImportError:
    print("SKIPPED: reading idf_component.yml needs PyYAML (Debian: python3-yaml)")
    sys.exit(77)


def is_list_of_strings(value):
    return isinstance(value, list) and value and all(isinstance(v, str) and v for v in value)


def problems_in(manifest):
    if not isinstance(manifest, dict):
        return ["the file is not a YAML mapping"]
    problems = []
    # A quoted version: unquoted, YAML would read 1.0 as a number.
    if not isinstance(manifest.get("version"), str) or not SEMVER.match(manifest["version"]):
        problems.append("version: a quoted semantic version is required, found %r"
                        % manifest.get("version"))
    for field in ("description", "license"):
        if not isinstance(manifest.get(field), str) or not manifest[field].strip():
            problems.append("%s: a non-empty string is required" % field)
    if not isinstance(manifest.get("url"), str) or not manifest["url"].startswith("https://"):
        problems.append("url: an https:// address is required, found %r" % manifest.get("url"))
    files = manifest.get("files")
    if not isinstance(files, dict):
        problems.append("files: a mapping with include and exclude lists is required")
        return problems
    for key in files:
        if key not in ("include", "exclude", "use_gitignore"):
            problems.append("files.%s: not a field the component manager knows" % key)
    for key in ("include", "exclude"):
        if not is_list_of_strings(files.get(key)):
            problems.append("files.%s: a non-empty list of glob patterns is required" % key)
    if "use_gitignore" in files and not isinstance(files["use_gitignore"], bool):
        problems.append("files.use_gitignore: true or false")
    return problems


def main():
    try:
        with open(MANIFEST, encoding="utf-8") as f:
            manifest = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        print("idf_component.yml: %s" % e)
        return 1
    problems = problems_in(manifest)
    for p in problems:
        print("idf_component.yml: " + p)
    if not problems:
        print("idf_component.yml: version %s, every field of the right shape" % manifest["version"])
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

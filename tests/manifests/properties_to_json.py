#!/usr/bin/env python3
"""Reads an Arduino library.properties file into a JSON object of strings,
the form arduino-lint's JSON schemas describe.

  python3 tests/manifests/properties_to_json.py library.properties > out.json

The format is the one the Arduino tools read (arduino/go-properties-orderedmap):
UTF-8 text, one key=value a line, split at the first '='; key and value are
trimmed of surrounding white space; blank lines and lines whose first
non-blank character is '#' are skipped; a later line with the same key wins.
A line with no '=' is an error, as it is for the Arduino tools."""
import json
import sys


def read_properties(path):
    with open(path, "rb") as f:
        raw = f.read()
    # Strict UTF-8: the Arduino specification requires it, and a file in
    # another encoding must fail here rather than reach the schema mangled.
    text = raw.decode("utf-8")
    # Line ends as the Arduino tools see them: \r\n, \r or \n, and nothing
    # else (str.splitlines would also split at form feeds and the like).
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    properties = {}
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, equals, value = line.partition("=")
        if not equals:
            raise ValueError("%s:%d: not a key=value line: %r" % (path, number, line))
        properties[key.strip()] = value.strip()
    return properties


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: properties_to_json.py LIBRARY_PROPERTIES")
    try:
        properties = read_properties(argv[1])
    except (OSError, UnicodeDecodeError, ValueError) as e:
        sys.exit("properties_to_json: %s" % e)
    json.dump(properties, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Every manifest gives afbrief the same home page, and it is still the
placeholder https://afbrief.example/ (RFC 2606 reserves .example): the
project has no public home yet, and a made-up real-looking address would
send users somewhere that is not afbrief. When it gets one, change HOME here
and in every manifest at once.

  python3 tests/manifests/home_agrees.py [ROOT]
Exit 1 naming each manifest that differs."""
import json
import os
import re
import sys

HOME = "https://afbrief.example/"
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def found(pattern, text):
    m = re.search(pattern, text)
    return m.group(1) if m else None


def main():
    library = json.loads(read("library.json"))
    stated = [
        ("library.properties url", found(r"(?m)^\s*url\s*=\s*(\S+)", read("library.properties"))),
        ("library.json homepage", library.get("homepage")),
        ("idf_component.yml url",
         found(r"(?m)^url:\s*[\"']?([^\"'\s#]+)", read("idf_component.yml"))),
    ]
    problems = ["%s is %r, not %s" % (where, value, HOME)
                for where, value in stated if value != HOME]
    repository = library.get("repository", {}).get("url", "")
    if not repository.startswith(HOME):
        problems.append("library.json repository.url %r is not under %s" % (repository, HOME))
    for p in problems:
        print("home_agrees: " + p)
    if not problems:
        print("home_agrees: %s in all %d places" % (HOME, len(stated) + 1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

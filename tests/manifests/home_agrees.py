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
import sys

from manifest_fields import field

HOME = "https://afbrief.example/"
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))


def main():
    stated = [("%s %s" % (path, key), field(os.path.join(ROOT, path), key))
              for path, key in [("library.properties", "url"), ("library.json", "homepage"),
                                ("idf_component.yml", "url")]]
    problems = ["%s is %r, not %s" % (where, value, HOME)
                for where, value in stated if value != HOME]
    repository = library_repository_url()
    if not repository.startswith(HOME):
        problems.append("library.json repository.url %r is not under %s" % (repository, HOME))
    for p in problems:
        print("home_agrees: " + p)
    if not problems:
        print("home_agrees: %s in all %d places" % (HOME, len(stated) + 1))
    return 1 if problems else 0


def library_repository_url():
    """library.json's repository.url, the one field nested a level down."""
    with open(os.path.join(ROOT, "library.json"), encoding="utf-8") as f:
        repository = json.load(f).get("repository", {})
    return repository.get("url", "") if isinstance(repository, dict) else ""


if __name__ == "__main__":
    sys.exit(main())

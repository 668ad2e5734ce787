"""One top-level field of a package manifest, read the way its own tools read
it, for the checks that every manifest agrees (versions_agree.py,
home_agrees.py): library.properties as the Arduino tools do (the last line of
a key wins; properties_to_json.py), library.json as JSON, idf_component.yml's
top-level scalar (quoted or not; one line, so PyYAML is not needed).

field(path, key) returns the value as a string, or None when the file states
no such field. OSError when the file cannot be read; a malformed
library.properties is ValueError."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from properties_to_json import read_properties  # noqa: E402


def properties_field(path, key):
    return read_properties(path).get(key)


def json_field(path, key):
    """A top-level string: a dependency's "version" deeper down is not it."""
    with open(path, encoding="utf-8") as f:
        try:
            value = json.load(f).get(key)
        except ValueError:
            return None
    return value if isinstance(value, str) else None


def yaml_top_field(path, key):
    with open(path, encoding="utf-8") as f:
        m = re.search(r"(?m)^%s:[ \t]*[\"']?([^\"'\s#]+)" % re.escape(key), f.read())
    return m.group(1) if m else None


READERS = {".properties": properties_field, ".json": json_field, ".yml": yaml_top_field}


def field(path, key):
    return READERS[os.path.splitext(path)[1]](path, key)

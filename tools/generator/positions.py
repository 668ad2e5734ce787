"""Where each table and field of a TOML data file stands, by line.

Python's tomllib gives values but no positions, so this scans the file's
lines: table headers ([name], [[name]]) and `field = value` lines, skipping
the continuation lines of multi-line strings and arrays. It understands the
subset of TOML a data file uses (bare keys, one value per field); anything it
cannot place is reported at the line of its record's header.
"""
import re

HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*(\]\]?)\s*(#.*)?$")
FIELD = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$")


class Position:
    """One table (a [name] table or one entry of a [[name]] array)."""

    def __init__(self, line):
        self.line = line
        self.fields = {}

    def of(self, field):
        return self.fields.get(field, self.line)


def _opens_multiline(value):
    """The closing token a value still waits for on later lines, if any."""
    for quote in ('"""', "'''"):
        if value.startswith(quote):
            rest = value[3:]
            return None if quote in rest else quote
    depth, in_string, quote, i = 0, False, "", 0
    while i < len(value):
        c = value[i]
        if in_string:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                in_string = False
        elif c in "\"'":
            in_string, quote = True, c
        elif c == "#":
            break
        elif c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        i += 1
    return "]" if depth > 0 else None


def scan(text):
    """{table name: Position} for [name] tables and {name: [Position]} for arrays."""
    tables, arrays = {}, {}
    current = None
    waiting = None
    for number, line in enumerate(text.splitlines(), start=1):
        if waiting is not None:
            if waiting == "]":
                if line.strip().startswith("]"):
                    waiting = None
            elif waiting in line:
                waiting = None
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        header = HEADER.match(line)
        if header:
            current = Position(number)
            name = header.group(2)
            if header.group(1) == "[[":
                arrays.setdefault(name, []).append(current)
            else:
                tables[name] = current
            continue
        field = FIELD.match(line)
        if field and current is not None:
            current.fields.setdefault(field.group(1), number)
            waiting = _opens_multiline(field.group(2).strip())
    return tables, arrays

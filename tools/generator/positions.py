"""Where each table and field of a TOML data file stands, by line.

Python's tomllib gives values but no positions, so this scans the file's
lines: table headers ([name], [[name]], their names bare or quoted) and
`field = value` lines, following a value over as many lines as its open
brackets and multi-line strings take. It understands the TOML a data file
uses (one field per line, no dotted keys); load.py checks that it found as
many records as tomllib did, and says so when it did not, rather than report
a problem at a wrong line.
"""
import re

HEADER = re.compile(r"""^\s*(\[\[?)\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*(\]\]?)\s*(#.*)?$""")
FIELD = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=\s*(.*)$""")


class Position:
    """One table (a [name] table or one entry of a [[name]] array)."""

    def __init__(self, line):
        self.line = line
        self.fields = {}

    def of(self, field):
        return self.fields.get(field, self.line)


class ValueScanner:
    """Follows one value across lines: open brackets and unfinished strings."""

    def __init__(self):
        self.depth = 0          # open [ and { outside strings
        self.string = None      # the closing quote of an open multi-line string

    def feed(self, text):
        i = 0
        while i < len(text):
            if self.string is not None:
                if self.string in ('"""', "'''"):
                    if text.startswith(self.string, i):
                        self.string, i = None, i + 3
                        continue
                    if self.string == '"""' and text[i] == "\\":
                        i += 2
                        continue
                    i += 1
                    continue
                if text[i] == "\\" and self.string == '"':
                    i += 2
                    continue
                if text[i] == self.string:
                    self.string = None
                i += 1
                continue
            for quote in ('"""', "'''"):
                if text.startswith(quote, i):
                    self.string, i = quote, i + 3
                    break
            else:
                c = text[i]
                if c in "\"'":
                    self.string = c
                elif c == "#":
                    break
                elif c in "[{":
                    self.depth += 1
                elif c in "]}":
                    self.depth -= 1
                i += 1
        # A one-line string that did not close ends with its line (invalid
        # TOML, which tomllib reports).
        if self.string in ('"', "'"):
            self.string = None

    def open(self):
        return self.depth > 0 or self.string is not None


def scan(text):
    """{table name: Position} for [name] tables and {name: [Position]} for arrays."""
    tables, arrays = {}, {}
    current = None
    value = ValueScanner()
    for number, line in enumerate(text.splitlines(), start=1):
        if value.open():
            value.feed(line)
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        header = HEADER.match(line)
        if header and header.group(1) == header.group(5)[::-1].replace("]", "["):
            current = Position(number)
            name = header.group(2) or header.group(3) or header.group(4)
            if header.group(1) == "[[":
                arrays.setdefault(name, []).append(current)
            else:
                tables[name] = current
            continue
        field = FIELD.match(line)
        if field and current is not None:
            name = field.group(1) or field.group(2) or field.group(3)
            current.fields.setdefault(name, number)
            value.feed(field.group(4))
    return tables, arrays

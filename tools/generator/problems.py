"""Problems found in a data file, reported one line each.

Every line reads FILE:LINE: KEY: FIELD: what is wrong, so an editor can jump to
it and a reviewer sees which record and which field. The generator collects
every problem it can find before it stops (exit status 2), rather than one at
a time.
"""


import re

# A key or field name as the data file may write it; anything else (a colon,
# a space, nothing at all) is quoted, so that the line still splits into
# FILE:LINE: KEY: FIELD: at its first four colons.
PLAIN_NAME = re.compile(r"[A-Za-z0-9_.\[\]-]+")


def name(text):
    return text if PLAIN_NAME.fullmatch(text) else repr(text)


class Problems:
    def __init__(self, file_name):
        self.file_name = file_name
        self.lines = []

    def add(self, line, record, field, message):
        self.lines.append("%s:%d: %s: %s: %s" % (self.file_name, line, name(record), name(field),
                                                 message))

    def __bool__(self):
        return bool(self.lines)


class Stop(Exception):
    """Raised when the data cannot be read further (a TOML syntax error, say)."""

    def __init__(self, lines):
        super().__init__("\n".join(lines))
        self.lines = lines

"""The tests' own reading of the data file's EDTF, apart from the generator's
parser (tools/generator/edtf.py) and the tool's, so that no test takes their
word for what a date means: the form of a period, how it splits into its two
bounds, and the first and last possible day of each.

Only the EDTF the data format allows (docs/DATA_FORMAT.md):

  2021-07-17  a day        2021-07  a month     2021-33  a quarter (33..36)
  2021        a year       a trailing ~ (approximate) covers the same days
  a/b         an interval, an empty side unknown, `..` an open end
  [a..b]      one day of a set; [..b] on or before, [a..] on or after

Anything else raises ValueError. The exports' tests (tests/exports) and the
timeline's (tests/timeline) both import this file, with tests/ on sys.path.
"""

import calendar
import datetime
import re

INSTANT = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(~)?$")


class Bound:
    """One side of a period: dated (with its first and last day), unknown or open."""

    def __init__(self, state, first=None, last=None, approximate=False):
        self.state, self.first, self.last, self.approximate = state, first, last, approximate


def bound(text):
    if text == "":
        return Bound("unknown")
    if text == "..":
        return Bound("open")
    m = INSTANT.match(text)
    if not m:
        raise ValueError("not an EDTF instant: %r" % text)
    year, part, day, approx = int(m.group(1)), m.group(2), m.group(3), bool(m.group(4))
    if part is None:
        first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    elif 33 <= int(part) <= 36:
        if day is not None:
            raise ValueError("a quarter has no day: %r" % text)
        q = int(part) - 32
        first = datetime.date(year, 3 * q - 2, 1)
        last_month = 3 * q
        last = datetime.date(year, last_month, calendar.monthrange(year, last_month)[1])
    elif day is None:
        month = int(part)
        first = datetime.date(year, month, 1)
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    else:
        first = last = datetime.date(year, int(part), int(day))
    return Bound("dated", first, last, approx)


def first_and_last(text):
    """(first day, last day) of one dated bound such as "2021-06" or "2011~"."""
    one = bound(text)
    if one.state != "dated":
        raise ValueError("not a dated EDTF bound: %r" % text)
    return one.first, one.last


def split(text):
    """(start text, end text) of a period: "" for an unknown bound, ".." for
    an open end; a single date is both. A set needs its '..'."""
    if text.startswith("[") and text.endswith("]"):
        low, sep, high = text[1:-1].partition("..")
        if not sep:
            raise ValueError("a set needs '..': %r" % text)
        return low, high
    if "/" in text:
        low, _, high = text.partition("/")
        return low, high
    return text, text


def period(text):
    """(form, begin Bound, end Bound); form is "interval" or "one_of"."""
    low, high = split(text)
    form = "one_of" if text.startswith("[") and text.endswith("]") else "interval"
    return form, bound(low), bound(high)


def first_day_cell(text):
    """What a start column holds: the first possible day, ISO 8601; empty when
    the bound is unknown, open or approximate (an approximate bound has no
    first possible day)."""
    _, begin, _ = period(text)
    if begin.state != "dated" or begin.approximate:
        return ""
    return begin.first.isoformat()


def last_day_cell(text):
    """What an end column holds: the last possible day; empty as above."""
    _, _, end = period(text)
    if end.state != "dated" or end.approximate:
        return ""
    return end.last.isoformat()


def form_cell(text):
    return period(text)[0]

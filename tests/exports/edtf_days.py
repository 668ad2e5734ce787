"""The test's own reading of the data file's EDTF, independent of the tool's:
the form of a period and the first and last possible day of its bounds.

Only the EDTF the data format allows (docs/DATA_FORMAT.md): a day, a month,
a quarter (YYYY-33..36, EDTF level 2), a year, each optionally approximate
(`~`); an interval a/b with an empty side unknown and `..` open; one day of
a set [a..b], [..b], [a..]. Anything else raises ValueError.
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


def period(text):
    """(form, begin Bound, end Bound); form is "interval" or "one_of"."""
    if text.startswith("[") and text.endswith("]"):
        low, sep, high = text[1:-1].partition("..")
        if not sep:
            raise ValueError("a set needs '..': %r" % text)
        return "one_of", bound(low), bound(high)
    if "/" in text:
        low, _, high = text.partition("/")
        return "interval", bound(low), bound(high)
    one = bound(text)
    return "interval", one, one


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

"""EDTF (ISO 8601-2) periods, the subset afbrief's core represents.

  2021-07-17  a day         2020-09  a month       2021-33  a quarter (33..36)
  2020        a year        2011~    approximate   a/b      an interval
  /b  a/      an unknown start or end              a/..     an open end
  [a..b] [..b] [a..]        one day of a set: between, on or before, on or after

Uncertain (?) and unspecified (X) dates, open starts (../b) and sets of more
than one range are refused: core/period.hpp has no shape for them. Each
period is checked as core::is_valid checks it, and must be written the way the
library writes it back (canonical form), so that the data file, the tables and
every export show the same text.
"""
import datetime
import re

DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$")


class EdtfError(ValueError):
    pass


class Instant:
    """A bound: grain is day, month, quarter, year, unknown or open."""

    def __init__(self, grain, year=1970, month=1, day=1, approximate=False):
        self.grain, self.year, self.month, self.day = grain, year, month, day
        self.approximate = approximate

    def has_date(self):
        return self.grain not in ("unknown", "open")

    def first_day(self):
        return datetime.date(self.year, self.month, self.day)

    def last_day(self):
        if self.grain == "day":
            return self.first_day()
        if self.grain == "year":
            return datetime.date(self.year, 12, 31)
        last_month = self.month + (2 if self.grain == "quarter" else 0)
        if last_month == 12:
            return datetime.date(self.year, 12, 31)  # (no 1 January 10000 to step back from)
        return datetime.date(self.year, last_month + 1, 1) - datetime.timedelta(days=1)

    def same(self, other):
        return (self.grain == other.grain and self.approximate == other.approximate and
                (not self.has_date() or self.first_day() == other.first_day()))

    def text(self):
        if self.grain == "unknown":
            return ""
        if self.grain == "open":
            return ".."
        out = "%04d" % self.year
        if self.grain == "quarter":
            out += "-%02d" % (32 + (self.month + 2) // 3)
        elif self.grain != "year":
            out += "-%02d" % self.month
            if self.grain == "day":
                out += "-%02d" % self.day
        return out + ("~" if self.approximate else "")


class Period:
    """begin and end Instants; form is "interval" or "one_of"."""

    def __init__(self, begin, end, form="interval"):
        self.begin, self.end, self.form = begin, end, form

    def text(self):
        if self.form == "one_of":
            return "[%s..%s]" % (self.begin.text(), self.end.text())
        if self.begin.has_date() and self.begin.same(self.end):
            return self.begin.text()
        return "%s/%s" % (self.begin.text(), self.end.text())

    def earliest(self):
        return self.begin.first_day() if self.begin.has_date() else None

    def latest(self):
        return self.end.last_day() if self.end.has_date() else None

    def single_day(self):
        if (self.form == "interval" and self.begin.grain == "day" and self.begin.same(self.end)
                and not self.begin.approximate):
            return self.begin.first_day()
        return None


def parse_instant(text):
    if "?" in text or "%" in text or "X" in text:
        raise EdtfError("uncertain (?, %) and unspecified (X) dates are not supported")
    match = DATE.match(text)
    if not match:
        raise EdtfError("%r is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-33..36, "
                        "optionally followed by ~)" % text)
    year, month, day, approximate = match.groups()
    year = int(year)
    if not 1 <= year <= 9999:
        raise EdtfError("year %04d is outside 0001-9999" % year)
    approximate = approximate is not None
    if month is None:
        return Instant("year", year, 1, 1, approximate)
    month = int(month)
    if day is None and 33 <= month <= 36:
        return Instant("quarter", year, (month - 33) * 3 + 1, 1, approximate)
    if not 1 <= month <= 12:
        raise EdtfError("month %02d is not 01-12 (or a quarter, 33-36)" % month)
    if day is None:
        return Instant("month", year, month, 1, approximate)
    day = int(day)
    try:
        datetime.date(year, month, day)
    except ValueError:
        raise EdtfError("%04d-%02d-%02d is not a calendar day" % (year, month, day)) from None
    return Instant("day", year, month, day, approximate)


def _bound(text, unknown_ok, open_ok):
    if text == "":
        if not unknown_ok:
            raise EdtfError("a set needs at least one dated bound")
        return Instant("unknown")
    if text == "..":
        if not open_ok:
            raise EdtfError("an open start (../) is not supported: leave the start empty "
                            "if it is unknown")
        return Instant("open")
    return parse_instant(text)


def parse_period(text):
    """A Period, or EdtfError saying what is wrong."""
    if not isinstance(text, str) or text != text.strip() or text == "":
        raise EdtfError("expected an EDTF period such as 2021-07-17, 2021-01/2021-07-18 "
                        "or [..2021-07-18]")
    if text.startswith("["):
        if not text.endswith("]") or text.count("..") != 1 or "," in text:
            raise EdtfError("a set is written [a..b], [..b] or [a..] (one range, no list)")
        begin, end = text[1:-1].split("..")
        period = Period(_bound(begin, True, False), _bound(end, True, False), "one_of")
        if not period.begin.has_date() and not period.end.has_date():
            raise EdtfError("a set needs at least one dated bound")
    elif "/" in text:
        if text.count("/") != 1:
            raise EdtfError("an interval has one '/'")
        begin, end = text.split("/")
        period = Period(_bound(begin, True, False), _bound(end, True, True))
    else:
        instant = parse_instant(text)
        period = Period(instant, instant)
    check(period)
    if period.text() != text:
        raise EdtfError("write it as %s (the form the library writes back)" % period.text())
    return period


def check(period):
    """core::is_valid(period), in Python."""
    b, e = period.begin, period.end
    if b.has_date() and e.has_date():
        if b.first_day() > e.first_day() or b.last_day() > e.last_day():
            raise EdtfError("the period ends before it begins")
    if period.form == "one_of":
        if b.has_date() and e.has_date() and b.same(e):
            raise EdtfError("a set of one instant is written as that instant")

"""The days an EDTF bound covers, worked out here, apart from the generator's
own parser (tools/generator/edtf.py), so that the timeline tests do not take
the generator's word for what a date means.

  2021-07-17  one day      2021-07  a month     2021-33  a quarter (33..36)
  2021        a year       a trailing ~ (approximate) covers the same days
"""
import datetime
import re

BOUND = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?~?$")


def first_and_last(bound):
    """(first day, last day) of one bound such as "2021-06" or "2011~"."""
    match = BOUND.match(bound)
    if not match:
        raise ValueError("not a dated EDTF bound: %r" % bound)
    year, month, day = (int(g) if g else None for g in match.groups())
    if day is not None:
        one = datetime.date(year, month, day)
        return one, one
    if month is None:
        first_month, months = 1, 12
    elif month >= 33:
        first_month, months = (month - 33) * 3 + 1, 3
    else:
        first_month, months = month, 1
    first = datetime.date(year, first_month, 1)
    after = first_month + months
    following = datetime.date(year + (after - 1) // 12, (after - 1) % 12 + 1, 1)
    return first, following - datetime.timedelta(days=1)


def split(when):
    """(start text, end text) of a period: "" for an unknown bound, ".." for an
    open end; a single date is both."""
    if when.startswith("[") and when.endswith("]"):
        return tuple(when[1:-1].split("..", 1))
    if "/" in when:
        return tuple(when.split("/", 1))
    return when, when

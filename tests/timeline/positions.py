"""Whether each event's mark in docs/timeline.svg stands where its EDTF date
says, on the picture's own axis (axis_reading.DayMap):

  an exact day            the dot's centre inside that day's column
  a start a               the bar's left edge at x(first day of a)
  an end b                the bar's right edge at x(last day of b + 1)
  an unknown start        the bar from the plot's left edge, with the
                          "began before" arrow left of it; /b and [..b]
                          have their end cap at x(last day of b + 1)
  an open end (a/..)      known until publication: bar and arrow meet at
                          x(publication + 1) (or after a, if a ends later)
  [a..] or a/             the bar fades out to the plot's right edge

To the pixel (1 px) in the day view; in the month view to the month.
"""
import datetime
import os
import re
import sys

# The tests' one EDTF reading, tests/edtf_days.py, shared with the exports' tests.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import edtf_days  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
ONE_DAY = datetime.timedelta(days=1)
EXACT_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BARS = ("span", "fade-in", "fade-out")


def path_xs(d):
    """Every x coordinate a path's data (M, L, H, V, Z only) visits, in order."""
    tokens = re.findall(r"[MLHVZ]|-?\d+(?:\.\d+)?", d)
    xs, command, n = [], None, 0
    while n < len(tokens):
        if tokens[n] in "MLHVZ":
            command, n = tokens[n], n + 1
            continue
        if command in ("M", "L"):
            xs.append(float(tokens[n]))
            n += 2
        elif command == "H":
            xs.append(float(tokens[n]))
            n += 1
        else:
            n += 1
    return xs


def elements(group):
    """{class: [element]} of the marks in one event's group."""
    found = {}
    for element in group.iter():
        if element.tag in (SVG + "circle", SVG + "rect", SVG + "path") and element.get("class"):
            found.setdefault(element.get("class"), []).append(element)
    return found


def at(problems, key, what, x, bounds, why):
    low, high = bounds
    if not low <= x <= high:
        problems.append("%s: its %s is at x=%.1f, not within %.1f..%.1f (%s)" % (
            key, what, x, low, high, why))


def ends(when, published):
    """(first day or None, the day after the last known day or None) of `when`."""
    start, end = edtf_days.split(when)
    first = edtf_days.first_and_last(start)[0] if start else None
    if end == "..":
        last = max(published, edtf_days.first_and_last(start)[1]) if start else published
    elif end == "":
        last = None
    else:
        last = edtf_days.first_and_last(end)[1]
    return first, (last + ONE_DAY if last is not None else None)


def check(key, when, group, axis, published, problems):
    marks = elements(group)
    if EXACT_DAY.match(when):
        for dot in marks.get("dot", []):
            day = datetime.date.fromisoformat(when)
            at(problems, key, "dot", float(dot.get("cx")), axis.column(day),
               "the column of %s" % when)
        return
    bars = [e for kind in BARS for e in marks.get(kind, [])]
    if len(bars) != 1:
        return                    # (check_marks reports the wrong marks)
    bar = bars[0]
    left = float(bar.get("x"))
    right = left + float(bar.get("width"))
    first, after = ends(when, published)
    if first is None:
        at(problems, key, "bar's left edge", left, (axis.plot_left - 1, axis.plot_left + 1),
           "an unknown start fades in from the plot's left edge")
        for before in marks.get("before", []):
            xs = path_xs(before.get("d"))
            at(problems, key, "began-before arrow", max(xs), (axis.plot_left - 30, left + 1),
               "it stands left of the plot")
            if min(xs) >= axis.plot_left:
                problems.append("%s: its began-before arrow does not reach out of the plot" % key)
    else:
        at(problems, key, "bar's left edge", left, axis.edge(first), "the start of %s" % first)
    if after is None:
        at(problems, key, "bar's right edge", right, (axis.plot_right - 1, axis.plot_right + 1),
           "with no last day it fades out to the plot's right edge")
        return
    why = "the end of %s" % (after - ONE_DAY)
    at(problems, key, "bar's right edge", right, axis.edge(after), why)
    for cap in marks.get("end", []):
        at(problems, key, "end cap", float(cap.get("x")) + float(cap.get("width")),
           axis.edge(after), why)
    for arrow in marks.get("arrow", []):
        at(problems, key, "arrow's start", path_xs(arrow.get("d"))[0], axis.edge(after),
           "known until %s" % (after - ONE_DAY))
    if first is None and not when.endswith("/..") and not marks.get("end"):
        problems.append("%s: an unknown start with a known end has no end cap" % key)

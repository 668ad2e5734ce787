"""Where docs/timeline.svg puts each date, read back from its own axis: the
day view's caption and day-number labels, and the month (or year) labels of
the long view. A mark is then checked against what a reader of the picture
would take its position to mean, not against the generator's arithmetic.

In the day view every day has a column, found to the pixel. The long view
labels only month (or year) starts, so a date there is placed to its month:
between the x of its month's start and the next month's.
"""
import datetime
import re

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ONE_DAY = datetime.timedelta(days=1)
# A bar shorter than 4 px is widened about its middle, so in the long view
# (where a day is a fraction of a pixel) its edges may stand 2 px off.
WIDENED = 2.0
DAY_VIEW_CAPTION = re.compile(
    r"^(\d{1,2}) (\w{3}) (\d{4}) \u2013 (\d{1,2}) (\w{3}) (\d{4}), day by day$")


class AxisError(Exception):
    pass


def caption_day(day, month, year):
    return datetime.date(int(year), MONTHS.index(month) + 1, int(day))


def labels(axis_group):
    """[(x, primary label, second line or None)] of the tick labels, by x."""
    texts = [t for t in axis_group.iter(SVG + "text") if t.get("font-weight") != "bold"]
    if not texts:
        raise AxisError("the axis has no tick labels")
    top = min(float(t.get("y")) for t in texts)
    by_x = {}
    for t in texts:
        row = 0 if float(t.get("y")) == top else 1
        by_x.setdefault(float(t.get("x")), [None, None])[row] = t.text or ""
    return sorted((x, first, second) for x, (first, second) in by_x.items())


class DayMap:
    """x of dates as the picture's axis shows them."""

    def __init__(self, axis_group):
        captions = [t.text or "" for t in axis_group.iter(SVG + "text")
                    if t.get("font-weight") == "bold"]
        found = [DAY_VIEW_CAPTION.match(c) for c in captions]
        found = [m for m in found if m]
        if len(found) != 1:
            raise AxisError("no caption \"D Mon YYYY \u2013 D Mon YYYY, day by day\" over "
                            "the day view")
        self.zoom_start = caption_day(*found[0].groups()[:3])
        self.zoom_end = caption_day(*found[0].groups()[3:])
        lines = [float(v) for e in axis_group.iter(SVG + "line")
                 for v in (e.get("x1"), e.get("x2"))]
        self.plot_left, self.plot_right = min(lines), max(lines)
        ticks = labels(axis_group)
        self.read_day_view([(x, a) for x, a, _ in ticks if re.fullmatch(r"\d{1,2}", a)])
        self.read_long_view([(x, a, b) for x, a, b in ticks if not re.fullmatch(r"\d{1,2}", a)])

    def read_day_view(self, numbered):
        """Give each day-number label its date, walking from the caption's first day."""
        day, points = self.zoom_start, []
        for x, number in numbered:
            while day <= self.zoom_end and day.day != int(number):
                day += ONE_DAY
            if day > self.zoom_end:
                raise AxisError("day label %s at x=%.1f is not a day of the day view" % (number, x))
            points.append((day, x))
            day += ONE_DAY
        if len(points) < 2:
            raise AxisError("fewer than two day labels: the day view's scale is unknown")
        (d0, x0), (d1, x1) = points[0], points[-1]
        self.day_width = (x1 - x0) / (d1 - d0).days
        self.day_origin = x0 - self.day_width / 2 - (d0 - self.zoom_start).days * self.day_width
        for day, x in points:
            if abs(self.column(day)[0] + self.day_width / 2 - x) > 0.5:
                raise AxisError("day label %s is not evenly spaced" % day)

    def read_long_view(self, ticks):
        """Dates of the month (or year) labels; the year of a month from the
        second line under it, or carried on from the label before."""
        points, year, last_month = [], None, 0
        for x, label, second in ticks:
            if re.fullmatch(r"\d{4}", label):
                points.append((datetime.date(int(label), 1, 1), x))
                continue
            if label not in MONTHS:
                raise AxisError("unexpected tick label %r" % label)
            month = MONTHS.index(label) + 1
            if second:
                year = int(second)
            elif year is None:
                raise AxisError("the first month label %r has no year under it" % label)
            elif month <= last_month:
                year += 1
            last_month = month
            points.append((datetime.date(year, month, 1), x))
        if len(points) < 2:
            raise AxisError("fewer than two month or year labels: the long view's scale is unknown")
        (d0, x0), (d1, x1) = points[0], points[-1]
        self.long_scale = (x1 - x0) / (d1 - d0).days
        self.long_point = (d0, x0)
        for day, x in points:
            if abs(self.long_x(day) - x) > 0.5:
                raise AxisError("the long view's labels are not evenly spaced in time (%s)" % day)

    def long_x(self, day):
        d0, x0 = self.long_point
        return x0 + (day - d0).days * self.long_scale

    def month_of(self, day):
        """(left, right) of day's month in the long view (cut at the break)."""
        month = datetime.date(day.year, day.month, 1)
        following = (month + datetime.timedelta(days=31)).replace(day=1)
        return self.long_x(month), self.long_x(min(following, self.zoom_start))

    def column(self, day):
        """(left, right) of where a mark of `day` may stand: its own column in
        the day view, its month in the long view."""
        if day < self.zoom_start:
            return self.month_of(day)
        if day > self.zoom_end:
            raise AxisError("%s is past the end of the day view" % day)
        left = self.day_origin + (day - self.zoom_start).days * self.day_width
        return left, left + self.day_width

    def edge(self, day, slack=1.0):
        """(lowest, highest) x of the edge where `day` begins (a period's start
        on it, or its end the day before): to `slack` px in the day view and
        the next day's edge, to its month in the long view."""
        if day < self.zoom_start:
            left, right = self.month_of(day)
        elif day <= self.zoom_end + ONE_DAY:
            left = right = self.day_origin + (day - self.zoom_start).days * self.day_width
        else:
            raise AxisError("%s is past the end of the day view" % day)
        if day < self.zoom_start:
            slack += WIDENED
        return left - slack, right + slack

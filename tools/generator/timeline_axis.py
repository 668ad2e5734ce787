"""The timeline's geometry: where each date goes on the broken axis of
docs/timeline.svg, and which shape each kind of period is drawn as.

No drawing here (tools/generator/timeline.py writes the SVG), so the mapping
can be tested on its own.
"""
import datetime

ONE_DAY = datetime.timedelta(days=1)

PLOT_LEFT, PLOT_RIGHT = 370.0, 975.0
BREAK = 18.0                     # the gap between the two parts of the axis
ZOOM_SHARE = 0.62                # of the plot's width, for the days around publication
ZOOM_DAYS_EACH_SIDE = 7          # at least a week either side of publication
NEAR_DAYS = 14                   # a bound this close to publication goes in the day view
MIN_BAR = 4.0                    # a span is never drawn thinner than this


class OffTheAxis(ValueError):
    """A date the axis has no place for: drawing it at an edge would show a wrong date."""

    def __init__(self, day):
        super().__init__("%s is not on the axis" % day.isoformat())
        self.day = day


def add_months(day, n):
    """The first day of the month n months after day's (n < 0: before)."""
    index = day.year * 12 + day.month - 1 + n
    return datetime.date(index // 12, index % 12 + 1, 1)


class Axis:
    """Maps dates to x: a long part [long_start, zoom_start) and a day part
    [zoom_start, zoom_end] (both inclusive days), with a gap between them.

    The long part reaches back to the earliest bound; the day part covers the
    days around publication and any bound up to NEAR_DAYS after it. Nothing
    lies to the right of the day part, so a later bound has no place:
    `covers` says so, and `x` refuses it rather than drawing it at the edge."""

    def __init__(self, published, known_days):
        near = [d for d in known_days if abs((d - published).days) <= NEAR_DAYS]
        far_before = [d for d in known_days if (published - d).days > NEAR_DAYS]
        week = datetime.timedelta(days=ZOOM_DAYS_EACH_SIDE)
        self.zoom_start = min(near + [published - week])
        self.zoom_end = max(near + [published + week])
        # The long part starts a month before the earliest bound, and always
        # shows a few months, so that a fade has room to fade in.
        earliest = min(far_before + [self.zoom_start])
        self.long_start = min(add_months(earliest, -1), add_months(self.zoom_start, -3))
        self.zoom_left = PLOT_RIGHT - (PLOT_RIGHT - PLOT_LEFT - BREAK) * ZOOM_SHARE
        self.long_right = self.zoom_left - BREAK
        self.day_width = (PLOT_RIGHT - self.zoom_left) / self.zoom_days()

    def zoom_days(self):
        return (self.zoom_end - self.zoom_start).days + 1

    def covers(self, day):
        return self.long_start <= day <= self.zoom_end

    def x(self, day):
        """The left edge of `day` (the end of a period is x(last day + 1))."""
        if not self.long_start <= day <= self.zoom_end + ONE_DAY:
            raise OffTheAxis(day)
        if day < self.zoom_start:
            share = (day - self.long_start).days / (self.zoom_start - self.long_start).days
            return PLOT_LEFT + share * (self.long_right - PLOT_LEFT)
        return self.zoom_left + (day - self.zoom_start).days * self.day_width

    def centre(self, day):
        if self.zoom_start <= day <= self.zoom_end:
            return self.x(day) + self.day_width / 2
        return self.x(day)

    def span(self, first, last):
        """(left, right) of the days first..last, at least MIN_BAR wide and
        inside the plot."""
        left, right = self.x(first), self.x(last + ONE_DAY)
        if right - left < MIN_BAR:
            middle = min(max((left + right) / 2, PLOT_LEFT + MIN_BAR / 2), PLOT_RIGHT - MIN_BAR / 2)
            left, right = middle - MIN_BAR / 2, middle + MIN_BAR / 2
        return left, right

    def by_month(self):
        """Whether the long part is ticked by month (else by year): by month
        while a month is at least 6 px wide."""
        return self.month_width() >= 6

    def month_width(self):
        months = (self.zoom_start.year - self.long_start.year) * 12 + (
            self.zoom_start.month - self.long_start.month)
        return (self.long_right - PLOT_LEFT) / max(months, 1)

    def long_ticks(self):
        """(day, label, second line or "") for the long part; a label every
        few months (or years) so that labels are at least 36 px apart."""
        months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        ticks = []
        if self.by_month():
            step = next(s for s in (1, 2, 3, 6, 12) if s * self.month_width() >= 36)
            day = self.long_start
            while day < self.zoom_start:
                if (day.month - 1) % step == 0:
                    year = str(day.year) if not ticks or day.month == 1 else ""
                    ticks.append((day, months[day.month - 1], year))
                day = add_months(day, 1)
        else:
            per_year = self.month_width() * 12
            step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if s * per_year >= 36)
            for year in range(self.long_start.year + 1, self.zoom_start.year + 1):
                day = datetime.date(year, 1, 1)
                if year % step == 0 and day < self.zoom_start:
                    ticks.append((day, str(year), ""))
        return ticks


class Shape:
    """How one event's period is drawn: the body from `left` to `right`, its
    kind (dot, span, fade-in, fade-out), and where an open end's arrow starts."""

    def __init__(self, kind, left, right, arrow_from=None):
        self.kind, self.left, self.right, self.arrow_from = kind, left, right, arrow_from


def shape_of(period, axis, published):
    day = period.single_day()
    if day is not None:
        x = axis.centre(day)
        return Shape("dot", x, x)
    begin, end = period.begin, period.end
    left = axis.x(begin.first_day()) if begin.has_date() else PLOT_LEFT
    arrow_from = None
    if end.has_date():
        last = end.last_day()
    elif end.grain == "open":
        # Still going on: known at least until the article said so.
        last = max(published, begin.last_day()) if begin.has_date() else published
    else:
        last = None     # one day of a set on or after, or an unknown end: no last day
    right = PLOT_RIGHT if last is None else axis.x(last + ONE_DAY)
    if end.grain == "open":
        arrow_from = right
    if not begin.has_date():
        return Shape("fade-in", left, right, arrow_from)
    if last is None:
        return Shape("fade-out", left, right)
    left, right = axis.span(begin.first_day(), last)
    return Shape("span", left, right, arrow_from)

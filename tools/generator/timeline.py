"""docs/timeline.svg: the sheet's events on a time axis, drawn from the checked sheet.

One row per event, so no label can run into another. The axis is broken in
two, because the events cluster in the days around publication while others
lie months before: a left part by month (or by year, for a long span) and a
right part day by day around the publication date. Where a bound is unknown
the mark fades, where the end is open an arrow runs off the right edge, an
exact day is a dot, and anything else is a bar over the days it can be.

Deterministic: the same sheet gives the same bytes (numbers to one decimal,
no clock, no dict order that could change).
"""
import datetime

ONE_DAY = datetime.timedelta(days=1)
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEEKDAYS = "M T W T F S S".split()

WIDTH = 1000
LABEL_X = 20                     # the label column's left edge
PLOT_LEFT, PLOT_RIGHT = 370.0, 975.0
BREAK = 18.0                     # the gap between the two parts of the axis
ZOOM_SHARE = 0.62                # of the plot's width, for the days around publication
ZOOM_DAYS_EACH_SIDE = 7          # at least a week either side of publication
NEAR_DAYS = 14                   # a bound this close to publication goes in the day view
ROWS_TOP, ROW = 132.0, 34.0
BAR = 12.0                       # a bar's height
DOT = 5.0                        # a dot's radius
MIN_BAR = 4.0                    # a span is never drawn thinner than this
ARROW_HEAD = 9.0

INK, MARK, FAINT, PUBLISHED = "#1f2933", "#2f6fb3", "#8a94a0", "#d97706"


def fmt(x):
    """Fixed precision, and never "-0.0"."""
    text = "%.1f" % x
    return "0.0" if text == "-0.0" else text


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def comment_safe(text):
    """Text for inside an XML comment, which may not hold "--"."""
    return text.replace("--", "-\u2010")


def month_start(day, months_back=0):
    index = day.year * 12 + day.month - 1 - months_back
    return datetime.date(index // 12, index % 12 + 1, 1)


class Axis:
    """Maps dates to x: a long part [long_start, zoom_start) and a day part
    [zoom_start, zoom_end] (both inclusive days), with a gap between them.
    Dates before the axis map to its left edge, after it to its right edge
    (the day view reaches a bound up to NEAR_DAYS after publication; the
    article reports nothing later)."""

    def __init__(self, published, known_days):
        near = [d for d in known_days if abs((d - published).days) <= NEAR_DAYS]
        far = [d for d in known_days if d not in near]
        week = datetime.timedelta(days=ZOOM_DAYS_EACH_SIDE)
        self.zoom_start = min(near + [published - week])
        self.zoom_end = max(near + [published + week])
        # The long part starts a month before the earliest bound, and always
        # shows a few months, so that a fade has room to fade in.
        earliest = min(far + [self.zoom_start])
        self.long_start = min(month_start(earliest, 1), month_start(self.zoom_start, 3))
        self.zoom_left = PLOT_RIGHT - (PLOT_RIGHT - PLOT_LEFT - BREAK) * ZOOM_SHARE
        self.long_right = self.zoom_left - BREAK
        self.day_width = (PLOT_RIGHT - self.zoom_left) / self.zoom_days()

    def zoom_days(self):
        return (self.zoom_end - self.zoom_start).days + 1

    def x(self, day):
        """The left edge of `day` (the end of a period is x(last day + 1))."""
        if day < self.long_start:
            return PLOT_LEFT
        if day < self.zoom_start:
            share = (day - self.long_start).days / (self.zoom_start - self.long_start).days
            return PLOT_LEFT + share * (self.long_right - PLOT_LEFT)
        days = min((day - self.zoom_start).days, self.zoom_days())
        return self.zoom_left + days * self.day_width

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
        ticks = []
        if self.by_month():
            step = next(s for s in (1, 2, 3, 6, 12) if s * self.month_width() >= 36)
            day = self.long_start
            while day < self.zoom_start:
                if (day.month - 1) % step == 0:
                    year = str(day.year) if not ticks or day.month == 1 else ""
                    ticks.append((day, MONTHS[day.month - 1], year))
                day = month_start(day, -1)
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
        last = None                     # one day of a set, on or after: no last day
    right = PLOT_RIGHT if last is None else axis.x(last + ONE_DAY)
    if end.grain == "open":
        arrow_from = right
    if not begin.has_date():
        return Shape("fade-in", left, right, arrow_from)
    if last is None:
        return Shape("fade-out", left, right)
    left, right = axis.span(begin.first_day(), last)
    return Shape("span", left, right, arrow_from)


def order(event):
    """Rows from the earliest start down: an unknown start first."""
    when = event["when"]
    start = when.earliest() or datetime.date.min
    end = when.latest() or datetime.date.max
    return (start, end, event["key"])


def long_date(day):
    return "%d %s %d" % (day.day, MONTHS[day.month - 1], day.year)


def text(x, y, words, size=11, fill=INK, anchor="start", weight=None):
    bold = ' font-weight="bold"' if weight else ""
    end = ' text-anchor="%s"' % anchor if anchor != "start" else ""
    return '<text x="%s" y="%s" font-size="%s" fill="%s"%s%s>%s</text>' % (
        fmt(x), fmt(y), fmt(size), fill, end, bold, escape(words))


def rect(x, y, w, h, fill, extra=""):
    return '<rect%s x="%s" y="%s" width="%s" height="%s" fill="%s"/>' % (
        extra, fmt(x), fmt(y), fmt(w), fmt(h), fill)


def line(x1, y1, x2, y2, stroke, extra=""):
    return '<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"%s/>' % (
        fmt(x1), fmt(y1), fmt(x2), fmt(y2), stroke, extra)


def arrow(x_from, y, tip):
    """A filled arrow from x_from to tip (past the plot's right edge: it runs off)."""
    neck = max(tip - ARROW_HEAD, x_from)
    return ('<path class="arrow" fill="%s" d="M%s %s H%s V%s L%s %s L%s %s V%s H%s Z"/>' % (
        MARK, fmt(x_from), fmt(y - 2), fmt(neck), fmt(y - 6), fmt(tip), fmt(y), fmt(neck),
        fmt(y + 6), fmt(y + 2), fmt(x_from)))


def mark(shape, y, tip=PLOT_RIGHT + 12):
    """The elements that draw one shape centred on row line y."""
    if shape.kind == "dot":
        return ['<circle class="dot" cx="%s" cy="%s" r="%s" fill="%s"/>' % (
            fmt(shape.left), fmt(y), fmt(DOT), MARK)]
    fill = {"span": MARK, "fade-in": "url(#fade-in)", "fade-out": "url(#fade-out)"}[shape.kind]
    out = [rect(shape.left, y - BAR / 2, shape.right - shape.left, BAR, fill,
                ' class="%s"' % shape.kind)]
    if shape.kind == "fade-in" and shape.arrow_from is None:
        # The known end, drawn as a cap: the fade alone would not say where it stops.
        out.append(rect(shape.right - 2, y - BAR / 2 - 2, 2, BAR + 4, MARK, ' class="end"'))
    if shape.arrow_from is not None:
        out.append(arrow(shape.arrow_from, y, tip))
    return out


def gradients():
    out = ["<defs>"]
    for name, first, last in (("fade-in", 0, 1), ("fade-out", 1, 0)):
        out.append('  <linearGradient id="%s" x1="0" y1="0" x2="1" y2="0">' % name)
        out.append('    <stop offset="0" stop-color="%s" stop-opacity="%d"/>' % (MARK, first))
        out.append('    <stop offset="1" stop-color="%s" stop-opacity="%d"/>' % (MARK, last))
        out.append("  </linearGradient>")
    return out + ["</defs>"]


def axis_drawing(axis, top, bottom):
    """Background, the two parts' captions, ticks and grid, and the break."""
    out = ['<g id="axis">',
           rect(axis.zoom_left, top, PLOT_RIGHT - axis.zoom_left, bottom - top, "#f2f6fb")]
    long_ticks = axis.long_ticks()
    first_year, last_year = axis.long_start.year, (axis.zoom_start - ONE_DAY).year
    years = str(first_year) if first_year == last_year else "%d\u2013%d" % (first_year, last_year)
    unit = "month" if axis.by_month() else "year"
    out.append(text(PLOT_LEFT, top - 42, "%s, by %s" % (years, unit), 11, FAINT, weight=True))
    zoom_caption = "%s \u2013 %s, day by day" % (long_date(axis.zoom_start),
                                                  long_date(axis.zoom_end))
    out.append(text(axis.zoom_left, top - 42, zoom_caption, 11, FAINT, weight=True))
    for day, label, second in long_ticks:
        x = axis.x(day)
        out.append(line(x, top - 4, x, bottom, "#dde2e8"))
        out.append(text(x, top - 24, label, 10, INK, "middle"))
        if second:
            out.append(text(x, top - 12, second, 10, FAINT, "middle"))
    # Every day named while there is room for its number (16 px); else every few days.
    every = next(k for k in (1, 2, 7, 14, 28, 10 ** 6) if k * axis.day_width >= 16)
    day = axis.zoom_start
    while day <= axis.zoom_end:
        x = axis.x(day)
        out.append(line(x, top - 4, x, bottom, "#dde2e8"))
        middle = x + axis.day_width / 2
        if (day - axis.zoom_start).days % every == 0:
            out.append(text(middle, top - 24, str(day.day), 10, INK, "middle"))
            if every == 1:
                out.append(text(middle, top - 12, WEEKDAYS[day.weekday()], 10, FAINT,
                                "middle"))
        day += ONE_DAY
    out.append(line(PLOT_RIGHT, top - 4, PLOT_RIGHT, bottom, "#dde2e8"))
    for y in (top, bottom):
        out.append(line(PLOT_LEFT, y, axis.long_right, y, FAINT))
        out.append(line(axis.zoom_left, y, PLOT_RIGHT, y, FAINT))
        for x in (axis.long_right, axis.zoom_left):     # the break: two slashes
            out.append(line(x - 3, y + 5, x + 3, y - 5, FAINT, ' stroke-width="1.5"'))
    return out + ["</g>"]


def published_drawing(axis, published, top, bottom):
    x = axis.x(published)
    middle = x + axis.day_width / 2
    return ['<g id="published">',
            rect(x, top - 30, axis.day_width, bottom - top + 34, PUBLISHED,
                 ' fill-opacity="0.16"'),
            text(middle, bottom + 16, "published", 11, PUBLISHED, "middle", weight=True),
            "</g>"]


LEGEND = [
    ("dot", "an exact day"),
    ("span", "a period: some day or days within it (a month, a set of days)"),
    ("fade-in", "an unknown start: the bar fades in (an unknown end: fades out)"),
    ("arrow", "an open end: still going on when the article was published"),
]


def legend_drawing(published, top):
    out = ['<g id="legend">', text(LABEL_X, top, "How to read it", 12, INK, weight=True)]
    for n, (kind, words) in enumerate(LEGEND):
        x = LABEL_X + (n % 2) * 490
        y = top + 22 + (n // 2) * 24
        sample = {"dot": Shape("dot", x + 20, x + 20),
                  "span": Shape("span", x + 4, x + 36),
                  "fade-in": Shape("fade-in", x, x + 40),
                  "arrow": Shape("span", x, x + 18, x + 18)}[kind]
        out += mark(sample, y, tip=x + 40)
        out.append(text(x + 52, y + 4, words, 11))
    y = top + 22 + 2 * 24
    out.append(rect(LABEL_X + 14, y - 9, 12, 18, PUBLISHED, ' fill-opacity="0.16"'))
    out.append(text(LABEL_X + 52, y + 4, "the day the article was published, %s"
                    % long_date(published), 11))
    return out + ["</g>"]


def event_rows(events, axis, published, top):
    out = ['<g id="events">']
    for n, event in enumerate(sorted(events, key=order)):
        y = top + n * ROW
        shape = shape_of(event["when"], axis, published)
        edtf = event["when"].text()
        out.append('<g id="event-%s" class="event %s%s">' % (
            event["key"], shape.kind, " open-end" if shape.arrow_from is not None else ""))
        out.append("<title>%s</title>" % escape("%s (%s, \u201c%s\u201d): %s" % (
            event["key"], edtf, event["phrase"], event["summary"])))
        if n % 2 == 0:       # stripes lead the eye from a label to its mark
            out.append(rect(LABEL_X - 6, y, PLOT_RIGHT - LABEL_X + 6, ROW, "#000000",
                            ' fill-opacity="0.035"'))
        out.append(text(LABEL_X, y + 14, event["key"], 12, INK, weight=True))
        out.append(text(LABEL_X, y + 27, "%s \u00b7 \u201c%s\u201d" % (edtf, event["phrase"]),
                        10.5, FAINT))
        out += mark(shape, y + ROW / 2)
        out.append("</g>")
    return out + ["</g>"]


def known_days(events):
    days = []
    for event in events:
        when = event["when"]
        days += [d for d in (when.earliest(), when.latest()) if d is not None]
    return days


def render(sheet, data_name):
    """The SVG text of the sheet's events."""
    events = sheet.tables["events"]
    published = sheet.article["published"]
    axis = Axis(published, known_days(events))
    top = ROWS_TOP
    bottom = top + ROW * len(events)
    height = bottom + 140
    title = "The article\u2019s %d events on a time axis" % len(events)
    subtitle = "%s, published %s: %s." % (sheet.article["outlet"], long_date(published),
                                           sheet.article["subject"])
    reading = ("One row per event, earliest start first. The axis is broken: by %s on the "
               "left, day by day on the right." % ("month" if axis.by_month() else "year"))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Generated by tools/generate.py from %s: do not edit. Edit the data file "
           "and run python3 tools/generate.py. -->" % comment_safe(data_name),
           '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%s" viewBox="0 0 %d %s" '
           'font-family="sans-serif">' % (WIDTH, fmt(height), WIDTH, fmt(height)),
           "<title>%s</title>" % escape(title),
           "<desc>%s %s</desc>" % (escape(subtitle), escape(reading))]
    out += gradients()
    out.append(rect(0, 0, WIDTH, height, "#ffffff"))
    out.append(text(LABEL_X, 30, title, 18, INK, weight=True))
    out.append(text(LABEL_X, 50, subtitle, 11, FAINT))
    out.append(text(LABEL_X, 65, reading, 11, FAINT))
    out += axis_drawing(axis, top, bottom)
    out += published_drawing(axis, published, top, bottom)
    out += event_rows(events, axis, published, top)
    out += legend_drawing(published, bottom + 48)
    out.append("</svg>")
    return "\n".join(out) + "\n"

"""docs/timeline.svg: the sheet's events on a time axis, drawn from the checked sheet.

One row per event, so no label can run into another. The axis is broken in
two, because the events cluster in the days around publication while others
lie months before: a left part by month (or by year, for a long span) and a
right part day by day around the publication date (tools/generator/
timeline_axis.py maps dates to x and picks each period's shape). An exact day
is a dot, anything else a bar over the days it can be. An unknown start fades
in, with a thin arrow out of the left edge (it may have begun before the
axis); one day on or after a date, or an unknown end, fades out; an open end
runs off the right edge as an arrow. A date the axis cannot show stops the
generator rather than being drawn at an edge.

Deterministic: the same sheet gives the same bytes (numbers to one decimal,
no clock, no dict order that could change).
"""
import datetime

from .problems import Stop
from .timeline_axis import ONE_DAY, PLOT_LEFT, PLOT_RIGHT, Axis, Shape, shape_of

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEEKDAYS = "M T W T F S S".split()

WIDTH = 1000
LABEL_X = 20                     # the label column's left edge
ROWS_TOP, ROW = 132.0, 34.0
BAR = 12.0                       # a bar's height
DOT = 5.0                        # a dot's radius
ARROW_HEAD = 9.0
BEFORE = 14.0                    # the "began before the axis" mark, left of the plot

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


def order(event):
    """Rows from the earliest start down: an unknown start first."""
    when = event["when"]
    start = when.earliest() or datetime.date.min
    end = when.latest() or datetime.date.max
    return (start, end, event["key"])


def long_date(day):
    return "%d %s %d" % (day.day, MONTHS[day.month - 1], day.year)


def text(x, y, words, size=11, fill=INK, anchor="start", bold=False):
    weight = ' font-weight="bold"' if bold else ""
    end = ' text-anchor="%s"' % anchor if anchor != "start" else ""
    return '<text x="%s" y="%s" font-size="%s" fill="%s"%s%s>%s</text>' % (
        fmt(x), fmt(y), fmt(size), fill, end, weight, escape(words))


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


def before_mark(edge, y):
    """A thin arrow pointing left out of the plot at `edge`: the start is
    unknown and may lie before the axis, however far."""
    tip = edge - BEFORE
    return ('<path class="before" fill="none" stroke="%s" stroke-width="2" '
            'd="M%s %s L%s %s L%s %s M%s %s H%s"/>' % (
                MARK, fmt(tip + 6), fmt(y - 5), fmt(tip), fmt(y), fmt(tip + 6), fmt(y + 5),
                fmt(tip), fmt(y), fmt(edge)))


def mark(shape, y, tip=PLOT_RIGHT + 12):
    """The elements that draw one shape centred on row line y."""
    if shape.kind == "dot":
        return ['<circle class="dot" cx="%s" cy="%s" r="%s" fill="%s"/>' % (
            fmt(shape.left), fmt(y), fmt(DOT), MARK)]
    fill = {"span": MARK, "fade-in": "url(#fade-in)", "fade-out": "url(#fade-out)"}[shape.kind]
    out = [rect(shape.left, y - BAR / 2, shape.right - shape.left, BAR, fill,
                ' class="%s"' % shape.kind)]
    if shape.kind == "fade-in":
        out.append(before_mark(shape.left, y))
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
    out.append(text(PLOT_LEFT, top - 42, "%s, by %s" % (years, unit), 11, FAINT, bold=True))
    zoom_caption = "%s \u2013 %s, day by day" % (long_date(axis.zoom_start),
                                                  long_date(axis.zoom_end))
    out.append(text(axis.zoom_left, top - 42, zoom_caption, 11, FAINT, bold=True))
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
            text(middle, bottom + 16, "published", 11, PUBLISHED, "middle", bold=True),
            "</g>"]


LEGEND = [
    ("dot", "an exact day"),
    ("span", "a period: some day or days within it (a month, a set of days)"),
    ("fade-in", "an unknown start: the bar fades in, and the arrow at the left edge says it "
                "may have begun before the axis"),
    ("fade-out", "one day on or after a date, or a period whose end is unknown: the bar "
                 "fades out"),
    ("arrow", "an open end: still going on when the article was published"),
]
LEGEND_LINE = 22.0


def legend_sample(kind, x):
    """A small mark of `kind` in the legend's sample column, x to x + 40."""
    return {"dot": Shape("dot", x + 20, x + 20),
            "span": Shape("span", x + 4, x + 36),
            "fade-in": Shape("fade-in", x + BEFORE + 2, x + 40),
            "fade-out": Shape("fade-out", x, x + 40),
            "arrow": Shape("span", x, x + 18, x + 18)}[kind]


def legend_drawing(published, top):
    """One entry a line: each kind of mark with its own sample, then the
    publication day."""
    out = ['<g id="legend">', text(LABEL_X, top, "How to read it", 12, INK, bold=True)]
    x = LABEL_X
    for n, (kind, words) in enumerate(LEGEND):
        y = top + 22 + n * LEGEND_LINE
        out += mark(legend_sample(kind, x), y, tip=x + 40)
        out.append(text(x + 52, y + 4, words, 11))
    y = top + 22 + len(LEGEND) * LEGEND_LINE
    out.append(rect(x + 14, y - 9, 12, 18, PUBLISHED, ' fill-opacity="0.16"'))
    out.append(text(x + 52, y + 4, "the day the article was published, %s"
                    % long_date(published), 11))
    return out + ["</g>"]


def legend_height():
    return 22 + len(LEGEND) * LEGEND_LINE + 30


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
        out.append(text(LABEL_X, y + 14, event["key"], 12, INK, bold=True))
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


def refuse_off_the_axis(events, axis):
    """Stop (one line, exit 2 from the generator) at a bound the axis cannot
    show: the day view reaches only NEAR_DAYS past publication, and a later
    date drawn at its edge would show the wrong day."""
    for event in sorted(events, key=order):
        when = event["when"]
        for verb, day in (("ends", when.latest()), ("begins", when.earliest())):
            if day is not None and not axis.covers(day):
                raise Stop(["docs/timeline.svg: event %s %s %s, after the axis"
                            % (event["key"], verb, day.isoformat())])


def render(sheet, data_name):
    """The SVG text of the sheet's events; Stop if a date is off the axis."""
    events = sheet.tables["events"]
    published = sheet.article["published"]
    axis = Axis(published, known_days(events))
    refuse_off_the_axis(events, axis)
    top = ROWS_TOP
    bottom = top + ROW * len(events)
    height = bottom + 48 + legend_height()
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
    out.append(text(LABEL_X, 30, title, 18, INK, bold=True))
    out.append(text(LABEL_X, 50, subtitle, 11, FAINT))
    out.append(text(LABEL_X, 65, reading, 11, FAINT))
    out += axis_drawing(axis, top, bottom)
    out += published_drawing(axis, published, top, bottom)
    out += event_rows(events, axis, published, top)
    out += legend_drawing(published, bottom + 48)
    out.append("</svg>")
    return "\n".join(out) + "\n"

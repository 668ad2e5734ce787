"""Unit tests of the timeline's date-to-x mapping and of how each kind of
period is drawn (tools/generator/timeline_axis.py; the SVG text from
tools/generator/timeline.py), at the edges where it is easy to get wrong:
dates off the axis, the break between the month view and the day view, a
period too short to see, and open or unknown ends.

  python3 tests/timeline/test_axis.py
"""
import datetime
import os
import sys
import unittest
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))

from generator import edtf, timeline, timeline_axis  # noqa: E402
from generator.problems import Stop  # noqa: E402

D = datetime.date
DAY = datetime.timedelta(days=1)
PUBLISHED = D(2021, 7, 18)


T = timeline_axis


def axis(*known):
    return T.Axis(PUBLISHED, list(known))


def shape(text, a=None):
    a = a or axis(D(2020, 9, 1))
    return T.shape_of(edtf.parse_period(text), a, PUBLISHED), a


class Mapping(unittest.TestCase):
    def test_the_day_view_holds_a_week_either_side_of_publication(self):
        a = axis(D(2020, 9, 1))
        self.assertEqual((a.zoom_start, a.zoom_end), (D(2021, 7, 11), D(2021, 7, 25)))
        self.assertAlmostEqual(a.x(a.zoom_end + DAY), T.PLOT_RIGHT)

    def test_a_bound_near_publication_widens_the_day_view_not_the_month_view(self):
        a = axis(D(2020, 9, 1), D(2021, 7, 30))
        self.assertEqual(a.zoom_end, D(2021, 7, 30))
        self.assertLess(a.x(D(2021, 7, 30)), T.PLOT_RIGHT)

    def test_a_date_off_the_axis_is_refused_not_drawn_at_an_edge(self):
        a = axis(D(2020, 9, 1))
        self.assertEqual(a.long_start, D(2020, 8, 1))
        self.assertEqual(a.x(a.long_start), T.PLOT_LEFT)
        self.assertFalse(a.covers(a.zoom_end + DAY))
        for day in (D(1999, 1, 1), a.long_start - DAY, a.zoom_end + 2 * DAY, D(2031, 1, 1)):
            with self.assertRaises(T.OffTheAxis, msg=day):
                a.x(day)

    def test_a_bound_just_past_the_day_view_is_off_the_axis(self):
        a = axis(D(2020, 9, 1), PUBLISHED + (T.NEAR_DAYS + 1) * DAY)
        self.assertEqual(a.zoom_end, PUBLISHED + T.ZOOM_DAYS_EACH_SIDE * DAY)
        self.assertFalse(a.covers(PUBLISHED + (T.NEAR_DAYS + 1) * DAY))
        self.assertTrue(axis(PUBLISHED + T.NEAR_DAYS * DAY).covers(PUBLISHED + T.NEAR_DAYS * DAY))

    def test_months_are_added_forward_and_back(self):
        self.assertEqual(T.add_months(D(2021, 7, 18), 1), D(2021, 8, 1))
        self.assertEqual(T.add_months(D(2021, 1, 31), -1), D(2020, 12, 1))
        self.assertEqual(T.add_months(D(2021, 11, 5), 14), D(2023, 1, 1))

    def test_x_never_goes_back_and_jumps_only_at_the_break(self):
        a = axis(D(2020, 9, 1))
        day = a.long_start
        while day <= a.zoom_end:
            step = a.x(day + DAY) - a.x(day)
            self.assertGreaterEqual(step, 0, day)
            if day + DAY == a.zoom_start:       # the break, and a sliver of a month-view day
                self.assertAlmostEqual(step, T.BREAK, delta=1)
            elif a.zoom_start <= day <= a.zoom_end:
                self.assertAlmostEqual(step, a.day_width, msg=day)
            else:
                self.assertLess(step, 1, day)
            day += DAY

    def test_a_day_in_the_month_view_is_still_a_visible_bar(self):
        a = axis(D(2020, 9, 1))
        left, right = a.span(D(2020, 9, 10), D(2020, 9, 10))
        self.assertAlmostEqual(right - left, T.MIN_BAR)
        self.assertGreaterEqual(left, T.PLOT_LEFT)

    def test_a_short_bar_at_either_edge_stays_inside_the_plot(self):
        a = axis(D(1990, 1, 2))
        left, _ = a.span(a.long_start, a.long_start)
        self.assertGreaterEqual(left, T.PLOT_LEFT)
        _, right = a.span(a.zoom_end, a.zoom_end)
        self.assertLessEqual(right, T.PLOT_RIGHT)

    def test_decades_are_ticked_by_year(self):
        ticks = axis(D(2001, 10, 7)).long_ticks()
        self.assertTrue(ticks)
        self.assertTrue(all(day.month == 1 and day.day == 1 for day, _, _ in ticks))
        months = axis(D(2020, 9, 1)).long_ticks()
        self.assertEqual(months[0][1:], ("Sep", "2020"))
        self.assertIn(("Jan", "2021"), [t[1:] for t in months])


class Marks(unittest.TestCase):
    def test_an_exact_day_is_a_dot_in_the_middle_of_its_day(self):
        s, a = shape("2021-07-17")
        self.assertEqual(s.kind, "dot")
        self.assertAlmostEqual(s.left, a.x(D(2021, 7, 17)) + a.day_width / 2)

    def test_an_approximate_day_is_a_span_not_a_dot(self):
        self.assertEqual(shape("2021-07-17~")[0].kind, "span")

    def test_a_month_spans_its_days(self):
        s, a = shape("2021-06")
        self.assertEqual(s.kind, "span")
        self.assertAlmostEqual(s.right, a.x(D(2021, 7, 1)))

    def test_ongoing_fades_in_to_publication_then_runs_off_as_an_arrow(self):
        s, a = shape("/..")
        self.assertEqual((s.kind, s.left), ("fade-in", T.PLOT_LEFT))
        self.assertAlmostEqual(s.right, a.x(PUBLISHED + DAY))
        self.assertEqual(s.arrow_from, s.right)

    def test_a_known_start_with_an_open_end_is_a_span_and_an_arrow(self):
        s, a = shape("2021-07-18/..")
        self.assertEqual(s.kind, "span")
        self.assertAlmostEqual(s.left, a.x(PUBLISHED))
        self.assertIsNotNone(s.arrow_from)

    def test_an_unknown_start_fades_in_up_to_its_known_end(self):
        for text in ("/2021-07-18", "[..2021-07-18]"):
            s, a = shape(text)
            self.assertEqual((s.kind, s.arrow_from), ("fade-in", None), text)
            self.assertAlmostEqual(s.right, a.x(D(2021, 7, 19)))

    def test_one_day_on_or_after_fades_out_to_the_edge(self):
        s, a = shape("[2021-07-20..]")
        self.assertEqual((s.kind, s.right, s.arrow_from), ("fade-out", T.PLOT_RIGHT, None))
        self.assertAlmostEqual(s.left, a.x(D(2021, 7, 20)))

    def test_an_unknown_end_fades_out_from_its_start(self):
        s, a = shape("2021-07-01/")
        self.assertEqual((s.kind, s.right, s.arrow_from), ("fade-out", T.PLOT_RIGHT, None))
        self.assertAlmostEqual(s.left, a.x(D(2021, 7, 1)))


class Sheet:
    """A made-up sheet: periods over decades, and markup in the texts."""

    def __init__(self, periods):
        self.article = {"outlet": "Outlet & Co", "subject": "a <test>", "published": PUBLISHED}
        self.tables = {"events": [
            {"key": "event_%d" % n, "when": edtf.parse_period(text), "phrase": "p & <q>",
             "summary": "s \"quoted\""} for n, text in enumerate(periods)]}


class Render(unittest.TestCase):
    PERIODS = ["2011~/2021-07-18", "2001/..", "1979", "[..2021-07-18]", "2021-06-21~/2021-06-30",
               "2021-07-30", "[2021-07-20..]"]

    def test_decades_draw_well_formed_and_the_same_twice(self):
        drawn = timeline.render(Sheet(self.PERIODS), "data/made_up.toml")
        self.assertEqual(drawn, timeline.render(Sheet(self.PERIODS), "data/made_up.toml"))
        svg = ET.fromstring(drawn.encode("utf-8"))
        texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
        self.assertIn("2001/.. \u00b7 \u201cp & <q>\u201d", texts)
        self.assertIn("by year", drawn)
        ids = [e.get("id") for e in svg.iter() if (e.get("id") or "").startswith("event-")]
        self.assertEqual(sorted(ids), ["event-event_%d" % n for n in range(len(self.PERIODS))])

    def test_no_events_still_draws_an_axis(self):
        ET.fromstring(timeline.render(Sheet([]), "data/empty.toml").encode("utf-8"))

    def test_an_unknown_start_is_marked_as_maybe_before_the_axis(self):
        svg = ET.fromstring(timeline.render(Sheet(["/2021-07-18", "2021-06"]), "d.toml"))
        before = [e for e in svg.iter() if e.get("class") == "before"]
        self.assertEqual(len(before), 1 + 1)         # the event's, and the legend's sample
        self.assertIn("may have begun before the axis", "".join(svg.itertext()))

    def test_the_legend_tells_fade_in_from_fade_out(self):
        words = [w for _, w in timeline.LEGEND]
        fade_in = [w for k, w in timeline.LEGEND if k == "fade-in"]
        fade_out = [w for k, w in timeline.LEGEND if k == "fade-out"]
        self.assertTrue(fade_in and "unknown start" in fade_in[0] and "fades in" in fade_in[0])
        self.assertTrue(fade_out and "on or after" in fade_out[0])
        self.assertIn("end is unknown", fade_out[0])
        self.assertFalse(any("unknown end" in w for w in fade_in), words)

    def test_a_date_after_the_axis_stops_the_generator_with_one_line(self):
        late = PUBLISHED + (T.NEAR_DAYS + 3) * DAY
        for text, verb in ((late.isoformat(), "ends"), ("[%s..]" % late.isoformat(), "begins")):
            with self.assertRaises(Stop, msg=text) as caught:
                timeline.render(Sheet(["2021-06", text]), "data/late.toml")
            wanted = "docs/timeline.svg: event event_1 %s %s, after the axis" % (
                verb, late.isoformat())
            self.assertEqual(caught.exception.lines, [wanted])


class Text(unittest.TestCase):
    def test_numbers_have_one_decimal_and_no_negative_zero(self):
        self.assertEqual([timeline.fmt(x) for x in (1, 2.25, -0.04, 1 / 3)],
                         ["1.0", "2.2", "0.0", "0.3"])

    def test_a_file_name_cannot_end_the_comment_early(self):
        self.assertNotIn("--", timeline.comment_safe("data/a--b.toml"))

    def test_markup_characters_are_escaped(self):
        self.assertEqual(timeline.escape('a & <b> "c"'), "a &amp; &lt;b&gt; &quot;c&quot;")


if __name__ == "__main__":
    unittest.main(verbosity=1)

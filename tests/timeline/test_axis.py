"""Unit tests of the timeline's date-to-x mapping and of how each kind of
period is drawn (tools/generator/timeline.py), at the edges where it is easy
to get wrong: dates before the axis or after it, the break between the month
view and the day view, a period too short to see, and open or unknown ends.

  python3 tests/timeline/test_axis.py
"""
import datetime
import os
import sys
import unittest
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))

from generator import edtf, timeline  # noqa: E402

D = datetime.date
DAY = datetime.timedelta(days=1)
PUBLISHED = D(2021, 7, 18)


def axis(*known):
    return timeline.Axis(PUBLISHED, list(known))


def shape(text, a=None):
    a = a or axis(D(2020, 9, 1))
    return timeline.shape_of(edtf.parse_period(text), a, PUBLISHED), a


class Mapping(unittest.TestCase):
    def test_the_day_view_holds_a_week_either_side_of_publication(self):
        a = axis(D(2020, 9, 1))
        self.assertEqual((a.zoom_start, a.zoom_end), (D(2021, 7, 11), D(2021, 7, 25)))
        self.assertAlmostEqual(a.x(a.zoom_end + DAY), timeline.PLOT_RIGHT)

    def test_a_bound_near_publication_widens_the_day_view_not_the_month_view(self):
        a = axis(D(2020, 9, 1), D(2021, 7, 30))
        self.assertEqual(a.zoom_end, D(2021, 7, 30))
        self.assertLess(a.x(D(2021, 7, 30)), timeline.PLOT_RIGHT)

    def test_dates_before_and_after_the_axis_stay_on_the_plot(self):
        a = axis(D(2020, 9, 1))
        self.assertEqual(a.long_start, D(2020, 8, 1))
        self.assertEqual(a.x(D(1999, 1, 1)), timeline.PLOT_LEFT)
        self.assertEqual(a.x(D(2031, 1, 1)), timeline.PLOT_RIGHT)

    def test_x_never_goes_back_and_jumps_only_at_the_break(self):
        a = axis(D(2020, 9, 1))
        day = D(2020, 6, 1)
        while day < D(2021, 8, 15):
            step = a.x(day + DAY) - a.x(day)
            self.assertGreaterEqual(step, 0, day)
            if day + DAY == a.zoom_start:       # the break, and a sliver of a month-view day
                self.assertAlmostEqual(step, timeline.BREAK, delta=1)
            elif a.zoom_start <= day <= a.zoom_end:
                self.assertAlmostEqual(step, a.day_width, msg=day)
            else:
                self.assertLess(step, 1, day)
            day += DAY

    def test_a_day_in_the_month_view_is_still_a_visible_bar(self):
        a = axis(D(2020, 9, 1))
        left, right = a.span(D(2020, 9, 10), D(2020, 9, 10))
        self.assertAlmostEqual(right - left, timeline.MIN_BAR)
        self.assertGreaterEqual(left, timeline.PLOT_LEFT)

    def test_a_short_bar_at_either_edge_stays_inside_the_plot(self):
        a = axis(D(2020, 9, 1))
        left, _ = a.span(D(1990, 1, 1), D(1990, 1, 1))
        self.assertGreaterEqual(left, timeline.PLOT_LEFT)
        _, right = a.span(D(2040, 1, 1), D(2040, 1, 1))
        self.assertLessEqual(right, timeline.PLOT_RIGHT)

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
        self.assertEqual((s.kind, s.left), ("fade-in", timeline.PLOT_LEFT))
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
        self.assertEqual((s.kind, s.right, s.arrow_from), ("fade-out", timeline.PLOT_RIGHT, None))
        self.assertAlmostEqual(s.left, a.x(D(2021, 7, 20)))


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

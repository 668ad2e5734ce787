"""docs/timeline.svg is well-formed SVG, shows every event of the data file
exactly once, and draws each with the mark its date calls for, where its
date is on the picture's own axis (positions.py).

The expected marks are worked out here from the EDTF text in the data file,
not from the generator, so a mistake in the drawing code cannot agree with
itself:
  an exact day (YYYY-MM-DD)             a dot (circle.dot)
  an open end ("/.." at the end)        an arrow (path.arrow)
  an unknown start ("/b", "[..b]",      a bar filled with the fade-in gradient,
    "/..")                              and a began-before arrow (path.before)
  one day on or after a ("[a..]")       a bar filled with the fade-out gradient
  an unknown end ("a/")                 a bar filled with the fade-out gradient
  anything else                         a bar (rect.span) of non-zero width

  python3 tests/timeline/check_marks.py REPOSITORY
"""
import datetime
import os
import re
import sys
import tomllib
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import axis_reading  # noqa: E402
import positions  # noqa: E402
import sheet  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A few events of this article and the marks they must have: if the data
# changes these, the list is updated with it, and the general rule below
# cannot pass by finding nothing to check.
NAMED = {
    "doha_meeting": {"dot"},
    "us_pullout_ongoing": {"fade-in", "before", "arrow"},
    "taliban_key_areas_taken": {"fade-in", "before"},
    "other_countries_evacuations": {"span"},
    "intra_afghan_talks_began": {"span"},
    "eid_al_adha": {"fade-out"},
}
# A character's width in em, by font weight, at least what it is in DejaVu
# Sans (librsvg's usual sans-serif), so that a label judged to fit does fit.
# Measured with rsvg-convert: this sheet's bold 12 px keys run up to 0.66 em
# a character (the lowercase alphabet and "_" 0.63), its regular 10.5 px
# lines up to 0.54 (the alphabet 0.56). Only a label of the widest letters
# (m, w: about 1 em in bold) could beat these.
EM_PER_CHARACTER = {"bold": 0.72, None: 0.62}


def expected_marks(when):
    marks = set()
    if DAY.match(when):
        return {"dot"}
    if when.endswith("/.."):
        marks.add("arrow")
    if when.startswith("/") or when.startswith("[.."):
        marks |= {"fade-in", "before"}
    elif (when.startswith("[") and when.endswith("..]")) or when.endswith("/"):
        marks.add("fade-out")
    else:
        marks.add("span")
    return marks


def drawn_marks(group, problems, key):
    marks, lefts = set(), []
    for element in group.iter():
        tag, kind = element.tag.replace(SVG, ""), element.get("class", "")
        if tag == "circle" and kind == "dot":
            marks.add("dot")
            lefts.append(float(element.get("cx")) - float(element.get("r")))
        elif tag == "path" and kind in ("arrow", "before"):
            marks.add(kind)
            lefts.append(min(positions.path_xs(element.get("d"))))
        elif tag == "rect" and kind in ("span", "fade-in", "fade-out"):
            width, fill = float(element.get("width")), element.get("fill")
            if width <= 0:
                problems.append("%s: its %s has width %s" % (key, kind, element.get("width")))
            gradient = "url(#%s)" % kind if kind != "span" else None
            if kind == "span" and fill.startswith("url("):
                problems.append("%s: a span filled with a gradient (%s)" % (key, fill))
            if gradient and fill != gradient:
                problems.append("%s: a %s bar filled with %s, not %s" % (key, kind, fill,
                                                                      gradient))
            marks.add(kind)
            lefts.append(float(element.get("x")))
    return marks, lefts


def label_right_edge(group):
    ends = []
    for element in group.iter(SVG + "text"):
        characters = len(element.text or "")
        size = float(element.get("font-size"))
        em = EM_PER_CHARACTER[element.get("font-weight")]
        ends.append(float(element.get("x")) + characters * size * em)
    return max(ends) if ends else 0.0


def check_gradients(svg, problems):
    for name, first in (("fade-in", "0"), ("fade-out", "1")):
        found = [g for g in svg.iter(SVG + "linearGradient") if g.get("id") == name]
        if len(found) != 1:
            problems.append("gradient %s defined %d times" % (name, len(found)))
            continue
        stops = found[0].findall(SVG + "stop")
        if len(stops) < 2 or stops[0].get("stop-opacity") != first:
            problems.append("gradient %s does not start at opacity %s" % (name, first))


def check(root):
    problems = []
    data = sheet.data_file(root)
    with open(os.path.join(root, data), "rb") as f:
        table = tomllib.load(f)
    events = {e["key"]: e["when"] for e in table.get("events", [])}
    published = datetime.date.fromisoformat(table["article"]["published"])
    with open(os.path.join(root, "docs", "timeline.svg"), "rb") as f:
        raw = f.read()
    head = raw[:400].decode("utf-8", "replace")
    if "<!-- Generated by tools/generate.py" not in head or "do not edit" not in head:
        problems.append("no comment at the top saying it is generated and not to be edited")
    try:
        svg = ET.fromstring(raw)
    except ET.ParseError as exc:
        return ["not well-formed XML: %s" % exc]
    if svg.tag != SVG + "svg":
        return ["the root element is %s, not an SVG svg element" % svg.tag]
    width = float(svg.get("width"))
    check_gradients(svg, problems)
    for wanted in ("published", "legend", "axis"):
        if not any(e.get("id") == wanted for e in svg.iter()):
            problems.append("no element with id %s (the publication day, the legend, the axis)"
                            % wanted)
    axes = [e for e in svg.iter() if e.get("id") == "axis"]
    try:
        axis = axis_reading.DayMap(axes[0]) if axes else None
    except axis_reading.AxisError as exc:
        problems.append("its axis cannot be read: %s" % exc)
        axis = None
    groups = {}
    for element in svg.iter():
        ident = element.get("id") or ""
        if ident.startswith("event-"):
            groups.setdefault(ident[len("event-"):], []).append(element)
    for key in sorted(set(groups) - set(events)):
        problems.append("%s: drawn, but no such event in %s" % (key, data))
    for key in sorted(events):
        found = groups.get(key, [])
        if len(found) != 1:
            problems.append("%s: drawn %d times (once expected)" % (key, len(found)))
            continue
        group, when = found[0], events[key]
        title = group.find(SVG + "title")
        if title is None or not (title.text or "").startswith("%s (%s" % (key, when)):
            problems.append("%s: no <title> naming it and its date %s" % (key, when))
        labels = [t.text for t in group.iter(SVG + "text")]
        if key not in labels or not any(when in (t or "") for t in labels):
            problems.append("%s: its label does not show the key and %s" % (key, when))
        marks, lefts = drawn_marks(group, problems, key)
        wanted = expected_marks(when)
        if marks != wanted:
            problems.append("%s (%s): drawn as %s, expected %s" % (
                key, when, sorted(marks) or "nothing", sorted(wanted)))
        if key in NAMED and marks != NAMED[key]:
            problems.append("%s: expected %s, drawn %s" % (key, sorted(NAMED[key]),
                                                           sorted(marks)))
        if axis is not None and marks == wanted:
            positions.check(key, when, group, axis, published, problems)
        if lefts and label_right_edge(group) >= min(lefts):
            problems.append("%s: its label may run into its mark (label ends near x=%.0f, "
                            "mark starts at x=%.0f)" % (key, label_right_edge(group),
                                                        min(lefts)))
        for element in group.iter():
            right = element.get("x")
            if right is not None and element.get("width") is not None:
                if float(right) < 0 or float(right) + float(element.get("width")) > width:
                    problems.append("%s: a %s runs off the picture" % (key, element.tag))
    for key in sorted(NAMED):
        if key not in events:
            problems.append("%s: named in this test but not an event of %s" % (key, data))
    return problems


def main(argv):
    root = sheet.root_from(argv)
    problems = check(root)
    for problem in problems:
        print("FAIL: docs/timeline.svg: %s" % problem)
    if not problems:
        print("docs/timeline.svg: well-formed, every event once with its mark, in place")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

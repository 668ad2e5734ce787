"""The CSV exports (`afbrief export --format=csv --table=TABLE`), checked as a
spreadsheet or a humanitarian data tool would read them.

    python3 tests/exports/check_csv.py AFBRIEF README.md DATA.toml

For each of the three tables: RFC 4180 by bytes (UTF-8 without BOM, CRLF
line ends, a field quoted exactly when it holds a comma, a quotation mark, CR
or LF, its quotation marks doubled), the same number of fields in every row,
one row of column names, one of HXL hashtags, one row per record of the data
file; every tag in HXL's syntax, its hashtag one of the HXL 1.1 core hashtags
used here and every attribute either HXL 1.1 core or named in the README's
list of custom attributes; and the values in the columns they belong to,
against the data file (not the tool). Two runs give the same bytes.

Prints "ok - ..." or "FAIL - ..." per check; exits 1 if any failed.
"""

import csv
import io
import re
import subprocess
import sys
import tomllib

# HXL 1.1's syntax for a tag cell: a hashtag, then attributes, each a letter
# then letters, digits or underscores (case-insensitive; no spaces written).
TAG_SYNTAX = re.compile(r"^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$", re.IGNORECASE)

# The HXL 1.1 core hashtags the exports use, as the HXL hashtag dictionary
# 1.1 (hxlstandard.org/standard/1-1final/dictionary/) names them.
CORE_HASHTAGS_USED = {
    "#affected", "#date", "#description", "#event", "#group", "#indicator",
    "#inneed", "#loc", "#meta",
}

# Every core attribute of HXL 1.1: the dictionary's attribute index, as the
# HXL core schema lists it (status "Released", release 1.0 or 1.1; the
# deprecated language attributes and the later +budget, +pct, +return, +spend
# and +transfer left out).
CORE_ATTRIBUTES = {
    "abducted", "activity", "adolescents", "adults", "approved", "bounds",
    "canceled", "children", "cluster", "code", "converted", "coord", "dest",
    "displaced", "elderly", "elevation", "email", "end", "f", "funder", "hh",
    "i", "id", "idps", "impl", "incamp", "ind", "infants", "infected",
    "injured", "killed", "lat", "lon", "m", "name", "noncamp", "num",
    "occurred", "origin", "phone", "prog", "programme", "project", "provided",
    "refugees", "reported", "source", "start", "text", "type", "url", "used",
}

# The tags the issue asks for, each in at least one of the three tables.
REQUIRED_TAGS = {
    "#affected+killed+children", "#affected+injured+children",
    "#affected+killed+f+adults", "#inneed+ind", "#affected+idps",
    "#affected+displaced+total", "#date+start", "#date+end", "#meta+source",
    "#meta+paragraph", "#description",
}

# Where a figure's value belongs, by its measure and subject in the data
# file: the humanitarian measures HXL has hashtags for, else the generic
# #indicator+num. A subject of None matches any.
VALUE_COLUMNS = [
    ("killed", "children", "#affected+killed+children"),
    ("injured", "children", "#affected+injured+children"),
    ("killed", "women", "#affected+killed+f+adults"),
    ("in_need", None, "#inneed+ind"),
    ("newly_displaced", None, "#affected+idps"),
    ("displaced_total", None, "#affected+displaced+total"),
]
GENERIC_VALUE = "#indicator+num"
ALL_VALUE_TAGS = [tag for _, _, tag in VALUE_COLUMNS] + [GENERIC_VALUE]

README_SECTION = "### CSV with HXL tags"
README_CUSTOM_LIST = "Custom attributes"

failures = 0


def check(what, ok, why=""):
    global failures
    if ok:
        print("ok - " + what)
    else:
        failures += 1
        print("FAIL - " + what + (" (" + why + ")" if why else ""))


def custom_attributes(readme_path):
    """The attributes the README's CSV section names as custom: the first
    cell (`+name`) of each table row after the "Custom attributes" line."""
    lines = open(readme_path, encoding="utf-8").read().split("\n")
    try:
        start = lines.index(README_SECTION)
    except ValueError:
        return None
    found, in_list = set(), False
    for line in lines[start + 1:]:
        if line.startswith("## ") or line.startswith("### "):
            break
        if line.startswith(README_CUSTOM_LIST):
            in_list = True
        elif in_list and line.startswith("|"):
            m = re.match(r"^\|\s*`\+([a-z][a-z0-9_]*)`", line)
            if m:
                found.add(m.group(1))
        elif in_list and found and line.strip() == "":
            break
    return found


def export(tool, table):
    return subprocess.run([tool, "export", "--format=csv", "--table=" + table],
                          capture_output=True, check=False)


def rfc4180_bytes(raw):
    """The rows as Python's csv module writes RFC 4180 (minimal quoting,
    quotation marks doubled, CRLF), to compare with the tool's bytes."""
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), strict=True))
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return rows, out.getvalue().encode("utf-8")


def check_format(table, raw, expected_rows):
    check(table + ": UTF-8 without a byte order mark", not raw.startswith(b"\xef\xbb\xbf"))
    try:
        rows, rewritten = rfc4180_bytes(raw)
    except (UnicodeDecodeError, csv.Error) as e:
        check(table + ": parses as RFC 4180 CSV", False, str(e))
        return None
    check(table + ": parses as RFC 4180 CSV (Python's csv module, strict)", True)
    check(table + ": every line ends in CRLF, none in LF or CR alone",
          raw.endswith(b"\r\n") and raw.count(b"\n") == raw.count(b"\r\n") == len(rows))
    check(table + ": quoted exactly where RFC 4180 needs it (same bytes as csv.writer)",
          rewritten == raw, "first difference at byte %d" % next(
              (i for i, (a, b) in enumerate(zip(raw, rewritten)) if a != b),
              min(len(raw), len(rewritten))))
    widths = {len(r) for r in rows}
    check(table + ": the same number of fields in every row", len(widths) == 1,
          "widths %s" % sorted(widths))
    check(table + ": %d rows: names, tags and %d records" % (expected_rows + 2, expected_rows),
          len(rows) == expected_rows + 2, "%d rows" % len(rows))
    names = rows[0]
    check(table + ": column names are unique snake_case",
          len(set(names)) == len(names) and all(re.match(r"^[a-z][a-z0-9_]*$", n) for n in names))
    return rows


def check_tags(table, tags, custom):
    bad_syntax = [t for t in tags if not TAG_SYNTAX.match(t)]
    check(table + ": every tag cell is in HXL's syntax", not bad_syntax, ", ".join(bad_syntax))
    hashtags = {t.split("+")[0].lower() for t in tags}
    check(table + ": every hashtag is an HXL 1.1 core hashtag of the allow-list",
          hashtags <= CORE_HASHTAGS_USED, ", ".join(sorted(hashtags - CORE_HASHTAGS_USED)))
    attributes = {a.lower() for t in tags for a in t.split("+")[1:]}
    unknown = attributes - CORE_ATTRIBUTES - (custom or set())
    check(table + ": every attribute is HXL 1.1 core or in the README's custom list",
          not unknown, "not core, not in README: " + ", ".join("+" + a for a in sorted(unknown)))
    check(table + ": no two columns have the same tag", len(set(tags)) == len(tags))


def by_tag(rows):
    """Each record as {tag: cell}."""
    tags = rows[1]
    return [dict(zip(tags, r)) for r in rows[2:]]


def value_tag(figure):
    for measure, subject, tag in VALUE_COLUMNS:
        if figure["measure"] == measure and subject in (None, figure["subject"]):
            return tag
    return GENERIC_VALUE


def check_figures(records, data):
    names = {s["key"]: s["name"] for s in data["sources"]}
    places = {p["key"]: p["name"] for p in data["places"]}
    got = {r.get("#meta+id"): r for r in records}
    check("figures: one row for each figure of the data file, by key",
          sorted(got) == sorted(f["key"] for f in data["figures"]))
    check("figures: children_killed_past_decade has 7792 under #affected+killed+children",
          got.get("children_killed_past_decade", {}).get("#affected+killed+children") == "7792")
    check("figures: people_in_need has 18400000 under #inneed+ind",
          got.get("people_in_need", {}).get("#inneed+ind") == "18400000")
    check("figures: women_killed_past_decade has 3000 under #affected+killed+f+adults",
          got.get("women_killed_past_decade", {}).get("#affected+killed+f+adults") == "3000")
    for f in data["figures"]:
        r = got.get(f["key"])
        if r is None:
            continue
        where = value_tag(f)
        check("figures: %s: %d under %s, every other value cell empty"
              % (f["key"], f["best"], where),
              all(r.get(t) == (str(f["best"]) if t == where else "") for t in ALL_VALUE_TAGS),
              str({t: r.get(t) for t in ALL_VALUE_TAGS if r.get(t)}))
        check("figures: %s: paragraph, wording, originator and relays as in the data" % f["key"],
              r.get("#meta+paragraph") == str(f["paragraph"])
              and r.get("#description+verbatim") == f["wording"]
              and r.get("#meta+source") == names.get(f.get("originator"), "")
              and r.get("#meta+source+via") == "; ".join(names[v] for v in f.get("via", []))
              and r.get("#loc+name") == places.get(f.get("place"), "")
              and r.get("#indicator+code") == f["measure"]
              and r.get("#indicator+subject") == f["subject"])
    killed = got.get("children_killed_past_decade", {})
    check("figures: the decade 2011~/2021-07-18 runs from 2011-01-01 to 2021-07-18",
          (killed.get("#date+edtf"), killed.get("#date+start"), killed.get("#date+end"))
          == ("2011~/2021-07-18", "2011-01-01", "2021-07-18"))
    troops = got.get("us_troops_remaining", {})
    check("figures: an open end (2021-07-18/..) is an empty #date+end",
          (troops.get("#date+start"), troops.get("#date+end")) == ("2021-07-18", ""))
    check("figures: the figure in words is the #description",
          killed.get("#description", "").startswith("up to 7,792 children killed"))


def check_events(records, data):
    got = {r.get("#meta+id"): r for r in records}
    check("events: one row for each event of the data file, by key",
          sorted(got) == sorted(e["key"] for e in data["events"]))
    for e in data["events"]:
        r = got.get(e["key"])
        if r is None:
            continue
        check("events: %s: kind, EDTF, phrase, summary and paragraph as in the data" % e["key"],
              r.get("#event+type") == e["kind"] and r.get("#date+edtf") == e["when"]
              and r.get("#description+verbatim") == e["phrase"]
              and r.get("#description") == e["summary"]
              and r.get("#meta+paragraph") == str(e["paragraph"]))
    spans = {k: (got.get(k, {}).get("#date+start"), got.get(k, {}).get("#date+end"))
             for k in ("doha_meeting", "eid_al_adha", "conflict_between_the_parties",
                       "germany_italy_withdrawal_announced", "taliban_key_areas_taken")}
    check("events: start and end are the first and last possible days, empty when unknown or open",
          spans == {"doha_meeting": ("2021-07-17", "2021-07-17"),
                    "eid_al_adha": ("2021-07-20", ""),
                    "conflict_between_the_parties": ("", ""),
                    "germany_italy_withdrawal_announced": ("2021-06-01", "2021-06-30"),
                    "taliban_key_areas_taken": ("", "2021-07-18")}, str(spans))


def check_statements(records, data):
    actors = {a["key"]: a["name"] for a in data["actors"]}
    got = {r.get("#meta+id"): r for r in records}
    check("statements: one row for each statement of the data file, by key",
          sorted(got) == sorted(s["key"] for s in data["statements"]))
    for s in data["statements"]:
        r = got.get(s["key"])
        if r is None:
            continue
        check("statements: %s: speaker, words, EDTF, indirect and paragraph as in the data"
              % s["key"],
              r.get("#meta+source") == actors[s["speaker"]] and r.get("#description") == s["quote"]
              and r.get("#date+edtf") == s["said"]
              and r.get("#meta+indirect") == ("true" if s.get("indirect", False) else "false")
              and r.get("#meta+paragraph") == str(s["paragraph"]))


def main():
    tool, readme, data_path = sys.argv[1:4]
    with open(data_path, "rb") as f:
        data = tomllib.load(f)
    custom = custom_attributes(readme)
    check("README.md has a '%s' section listing custom attributes" % README_SECTION[4:],
          bool(custom), "not found in " + readme)
    all_tags = set()
    for table, checker in (("figures", check_figures), ("events", check_events),
                           ("statements", check_statements)):
        first, second = export(tool, table), export(tool, table)
        check(table + ": exit 0, nothing on stderr", first.returncode == 0 and not first.stderr,
              first.stderr.decode("utf-8", "replace").strip())
        check(table + ": deterministic (two runs, same bytes)", first.stdout == second.stdout)
        rows = check_format(table, first.stdout, len(data[table]))
        if rows is None or len(rows) < 2:
            continue
        check_tags(table, rows[1], custom)
        all_tags.update(rows[1])
        if len({len(r) for r in rows}) == 1:
            checker(by_tag(rows), data)
    check("every tag the issue asks for is in some table", REQUIRED_TAGS <= all_tags,
          "missing " + ", ".join(sorted(REQUIRED_TAGS - all_tags)))
    unused = (custom or set()) - {a.lower() for t in all_tags for a in t.split("+")[1:]}
    check("every custom attribute the README names is used", not unused,
          ", ".join("+" + a for a in sorted(unused)))
    print("%s" % ("all CSV checks passed" if failures == 0 else "%d CSV checks failed" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

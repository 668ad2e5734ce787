"""The CSV exports (`afbrief export --format=csv --table=TABLE`), checked as a
spreadsheet or a humanitarian data tool would read them.

    python3 tests/exports/check_csv.py AFBRIEF README.md DATA.toml

For each of the three tables: RFC 4180 by bytes (UTF-8 without BOM, CRLF
line ends, a field quoted exactly when it holds a comma, a quotation mark, CR
or LF, its quotation marks doubled), the same number of fields in every row,
one row of column names, one of HXL hashtags, one row per record of the data
file; the names and tags exactly the README's tables; every tag in HXL's
syntax, its hashtag one of the HXL 1.1 core hashtags used here, every
attribute either HXL 1.1 core or a custom one the README names, used only on
the hashtag the README gives it; every #date cell a day or empty, every count
a number or empty; and every cell of every row against the data file (not
the tool), with the tests' own EDTF reading (tests/edtf_days.py). Two runs
give the same bytes.

Prints "ok - ..." or "FAIL - ..." per check; exits 1 if any failed.
"""

import csv
import datetime
import io
import os
import re
import subprocess
import sys
import tomllib

# The tests' one EDTF reading, tests/edtf_days.py, shared with the timeline's tests.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import edtf_days  # noqa: E402
import readme_tables  # noqa: E402

# HXL 1.1's syntax for a tag cell: a hashtag, then attributes, each a letter
# then letters, digits or underscores (case-insensitive; no spaces written).
TAG_SYNTAX = re.compile(r"^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$", re.IGNORECASE)

# The HXL 1.1 core hashtags the exports use, as the HXL hashtag dictionary
# 1.1 (hxlstandard.org/standard/1-1final/dictionary/) names them.
CORE_HASHTAGS_USED = {
    "#affected", "#date", "#description", "#event", "#group", "#indicator",
    "#inneed", "#loc", "#meta", "#org",
}

# Every core attribute of HXL 1.1: the dictionary's attribute index, as the
# HXL core schema lists it (status "Released", release 1.0 or 1.1; the
# deprecated language attributes and the later +budget, +pct, +return, +spend
# and +transfer left out). `+label` is not among them, so it is not here.
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

# HXL reads these as numbers (libhxl's default schema): a cell is empty or one.
NUMBER_HASHTAGS = {"#affected", "#inneed"}
NUMBER_TAGS = {"#indicator+num", "#indicator+num+pct"}

# Where a figure's value belongs: a percentage in its own column; a count of
# people in the first humanitarian column its measure and subject match
# (None: any subject), else the generic count.
HUMANITARIAN_COLUMNS = [
    ("killed", "children", "children_killed"),
    ("injured", "children", "children_injured"),
    ("killed", "women", "women_killed"),
    ("in_need", None, "people_in_need"),
    ("newly_displaced", None, "newly_displaced"),
    ("displaced_total", None, "displaced_total"),
]
OTHER_COUNT, PERCENT = "other_value", "percent_value"
VALUE_COLUMNS = [name for _, _, name in HUMANITARIAN_COLUMNS] + [OTHER_COUNT, PERCENT]

# Actor kinds and the column family they go in: HXL's #org is for
# humanitarian organisations, and it has no hashtag for a person.
ORGANISATION_KINDS = {"un_body"}
PERSON_KINDS = {"person"}

failures = 0


def check(what, ok, why=""):
    global failures
    if ok:
        print("ok - " + what)
    else:
        failures += 1
        print("FAIL - " + what + (" (" + why + ")" if why else ""))


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
    unknown = attributes - CORE_ATTRIBUTES - set(custom)
    check(table + ": every attribute is HXL 1.1 core or in the README's custom list",
          not unknown, "not core, not in README: " + ", ".join("+" + a for a in sorted(unknown)))
    misplaced = ["%s (%s)" % (t, a) for t in tags for a in t.lower().split("+")[1:]
                 if a in custom and t.split("+")[0].lower() not in custom[a]]
    check(table + ": each custom attribute only on the hashtag the README's 'on' names",
          not misplaced, ", ".join(misplaced))
    check(table + ": no two columns have the same tag", len(set(tags)) == len(tags))


def is_iso_day(cell):
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", cell):
        return False
    try:
        datetime.date.fromisoformat(cell)
    except ValueError:
        return False
    return True


def check_cell_types(table, rows):
    """HXL's reading of a column by its tag: #date a date, counts numbers."""
    tags = rows[1]
    bad_dates, bad_numbers = [], []
    for row in rows[2:]:
        for tag, cell in zip(tags, row):
            hashtag = tag.split("+")[0].lower()
            if hashtag == "#date" and cell != "" and not is_iso_day(cell):
                bad_dates.append("%s %s=%r" % (row[0], tag, cell))
            if ((hashtag in NUMBER_HASHTAGS or tag in NUMBER_TAGS) and cell != ""
                    and not re.match(r"^-?\d+$", cell)):
                bad_numbers.append("%s %s=%r" % (row[0], tag, cell))
    check(table + ": every #date... cell is empty or a day YYYY-MM-DD", not bad_dates,
          "; ".join(bad_dates[:5]))
    check(table + ": every count cell (#affected, #inneed, #indicator+num) is empty or a number",
          not bad_numbers, "; ".join(bad_numbers[:5]))


# ---- The cells each record should have, from the data file ----------------------------

class Names:
    """The data file's keys and names."""

    def __init__(self, data):
        self.places = {p["key"]: p["name"] for p in data["places"]}
        self.actors = {a["key"]: a for a in data["actors"]}
        self.sources = {s["key"]: s for s in data["sources"]}

    def source(self, key):
        return self.sources[key]["name"] if key else ""

    def actor(self, key):
        return self.actors[key]["name"] if key else ""

    def actors_of(self, keys, kinds, inside=True):
        return "; ".join(self.actors[k]["name"] for k in keys
                         if (self.actors[k]["kind"] in kinds) == inside)


def dates(prefix, edtf):
    return {prefix + "start": edtf_days.first_day_cell(edtf),
            prefix + "end": edtf_days.last_day_cell(edtf),
            prefix + "edtf": edtf, prefix + "form": edtf_days.form_cell(edtf)}


def value_column(f):
    if f["unit"] == "percent":
        return PERCENT
    for measure, subject, name in HUMANITARIAN_COLUMNS:
        if f["measure"] == measure and subject in (None, f["subject"]):
            return name
    return OTHER_COUNT


def expected_figure(f, names):
    cells = {"key": f["key"], "measure": f["measure"], "subject": f["subject"],
             "qualifier": f.get("qualifier", "exact"), "unit": f["unit"],
             "base_edtf": f.get("base", ""), "place": names.places.get(f.get("place"), ""),
             "originator": names.source(f.get("originator")),
             "originator_key": (names.sources[f["originator"]]["actor"]
                                if f.get("originator") else ""),
             "relays": "; ".join(names.source(v) for v in f.get("via", [])),
             "paragraph": str(f["paragraph"]), "wording": f["wording"]}
    cells.update({c: (str(f["best"]) if c == value_column(f) else "") for c in VALUE_COLUMNS})
    cells.update(dates("period_", f["covers"]))
    # The figure in words is the library's formatter: it states the value.
    cells["figure"] = lambda cell: "{:,}".format(f["best"]) in cell
    return cells


def expected_event(e, names):
    actors = e.get("actors", [])
    cells = {"key": e["key"], "kind": e["kind"], "precision": e["precision"],
             "phrase": e["phrase"], "summary": e["summary"],
             "actor_groups": names.actors_of(actors, ORGANISATION_KINDS | PERSON_KINDS, False),
             "actor_organisations": names.actors_of(actors, ORGANISATION_KINDS),
             "actor_persons": names.actors_of(actors, PERSON_KINDS),
             "place": names.places.get(e.get("place"), ""), "via": names.source(e.get("via")),
             "paragraph": str(e["paragraph"])}
    cells.update(dates("", e["when"]))
    return cells


def expected_statement(s, names):
    org = s.get("organisation")
    humanitarian = bool(org) and names.actors[org]["kind"] in ORGANISATION_KINDS
    cells = {"key": s["key"], "speaker": names.actor(s["speaker"]), "speaker_key": s["speaker"],
             "role": s.get("role", ""),
             "organisation": names.actor(org) if org and not humanitarian else "",
             "humanitarian_organisation": names.actor(org) if humanitarian else "",
             "via": names.source(s.get("via")), "channel": s.get("channel", ""),
             "words": s["quote"], "indirect": "true" if s.get("indirect", False) else "false",
             "paragraph": str(s["paragraph"])}
    cells.update(dates("said_", s["said"]))
    return cells


EXPECTED = {"figures": expected_figure, "events": expected_event,
            "statements": expected_statement}


def check_cells(table, rows, data):
    """Every cell of every row, by column name, against the data file."""
    names, header = Names(data), rows[0]
    got = {r[0]: dict(zip(header, r)) for r in rows[2:]}
    check(table + ": one row for each record of the data file, by key",
          sorted(got) == sorted(r["key"] for r in data[table]))
    for record in data[table]:
        row = got.get(record["key"])
        if row is None:
            continue
        want = EXPECTED[table](record, names)
        unexpected = sorted(set(header) - set(want))
        wrong = ["%s=%r (want %r)" % (c, row[c], want[c]) for c in header
                 if c in want and not (want[c](row[c]) if callable(want[c]) else row[c] == want[c])]
        check("%s: %s: every cell as in the data file" % (table, record["key"]),
              not wrong and not unexpected,
              "; ".join(wrong) + ("; no expectation for " + ", ".join(unexpected)
                                  if unexpected else ""))
    return got


def check_chosen_cases(tables):
    """The review's cases, spelt out, so a reader sees each decision."""
    fig, ev, st = (tables.get(t, {}) for t in ("figures", "events", "statements"))
    killed = fig.get("children_killed_past_decade", {})
    check("figures: an approximate start (2011~) is an empty period_start; the EDTF keeps it",
          (killed.get("period_start"), killed.get("period_end"), killed.get("period_edtf"))
          == ("", "2021-07-18", "2011~/2021-07-18"))
    change = fig.get("civilian_casualty_change_q1_2021", {})
    check("figures: the 29 percent change is under percent_value, not other_value, with base 2020-33",
          (change.get("percent_value"), change.get("other_value"), change.get("base_edtf"))
          == ("29", "", "2020-33"))
    check("figures: newly_displaced counts those displaced since 2021-01",
          (fig.get("newly_displaced_since_january", {}).get("newly_displaced"),
           fig.get("newly_displaced_since_january", {}).get("period_start"))
          == ("270000", "2021-01-01"))
    check("events: one day of a set (eid_al_adha, other_countries_evacuations) has form one_of",
          [ev.get(k, {}).get("form") for k in ("eid_al_adha", "other_countries_evacuations")]
          == ["one_of", "one_of"])
    check("events and statements: WHO is an #org, Akhundzada a person, not a #group",
          st.get("brennan_people_in_need", {}).get("humanitarian_organisation") == "WHO"
          and ev.get("akhundzada_message_released", {}).get("actor_persons")
          == "Hibatullah Akhundzada"
          and ev.get("akhundzada_message_released", {}).get("actor_groups") == "Taliban")
    originators = {r["originator_key"] for r in fig.values() if r.get("originator_key")}
    speakers = {r.get("speaker_key") for r in st.values()}
    check("figures join statements: every originator_key is a speaker_key (%s)"
          % ", ".join(sorted(originators)), bool(originators) and originators <= speakers,
          "not speakers: " + ", ".join(sorted(originators - speakers)))


def check_documented(table, columns, documented):
    """The export's (name, tag) pairs are the README's table, in its order."""
    if documented is None:
        check(table + ": names and tags are the README's table", False,
              "the README has no '%s, one row' table" % table.capitalize())
        return
    diff = next(("column %d: export %s, README %s" % (i + 1, a, b)
                 for i, (a, b) in enumerate(zip(columns, documented)) if a != b),
                "export %d columns, README %d" % (len(columns), len(documented)))
    check(table + ": names and tags are the README's table, in its order",
          columns == documented, diff)


def main():
    tool, readme, data_path = sys.argv[1:4]
    with open(data_path, "rb") as f:
        data = tomllib.load(f)
    custom = readme_tables.custom_attributes(readme)
    check("README.md has a 'CSV with HXL tags' section listing custom attributes", bool(custom),
          "not found in " + readme)
    custom = custom or {}
    documented = readme_tables.columns(readme)
    all_tags, tables = set(), {}
    for table in ("figures", "events", "statements"):
        first, second = export(tool, table), export(tool, table)
        check(table + ": exit 0, nothing on stderr", first.returncode == 0 and not first.stderr,
              first.stderr.decode("utf-8", "replace").strip())
        check(table + ": deterministic (two runs, same bytes)", first.stdout == second.stdout)
        rows = check_format(table, first.stdout, len(data[table]))
        if rows is None or len(rows) < 2:
            continue
        check_documented(table, list(zip(rows[0], rows[1])), documented.get(table))
        check_tags(table, rows[1], custom)
        all_tags.update(rows[1])
        if len({len(r) for r in rows}) == 1:
            check_cell_types(table, rows)
            tables[table] = check_cells(table, rows, data)
    check_chosen_cases(tables)
    check("every tag the issue asks for is in some table", REQUIRED_TAGS <= all_tags,
          "missing " + ", ".join(sorted(REQUIRED_TAGS - all_tags)))
    unused = set(custom) - {a.lower() for t in all_tags for a in t.split("+")[1:]}
    check("every custom attribute the README names is used", not unused,
          ", ".join("+" + a for a in sorted(unused)))
    print("all CSV checks passed" if failures == 0 else "%d CSV checks failed" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

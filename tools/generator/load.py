"""Reading a data file into a checked fact sheet.

load() parses the TOML, checks every field against the schema (schema.py), the
references between records, the EDTF periods (edtf.py), the vocabularies the
core defines (vocabulary.py) and the rules the tables must obey, finds every
verbatim text in its paragraph (locators), and returns a Sheet. Every problem
found is reported as FILE:LINE: KEY: FIELD: what is wrong; if there is any,
load() raises problems.Stop with all of them.
"""
import os
import re
import tomllib

from . import edtf, positions, schema
from .problems import Problems, Stop

KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
INT32 = (-2**31, 2**31 - 1)
REPORTING = ("body", "embedded_post")
# A key becomes a C++ enumerator: not a keyword, and not a reserved name.
CPP_KEYWORDS = set("""
alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t
char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
co_return co_yield decltype default delete do double dynamic_cast else enum explicit export
extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq
nullptr operator or or_eq private protected public register reinterpret_cast requires return
short signed sizeof static static_assert static_cast struct switch template this thread_local
throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while
xor xor_eq
""".split())
# Longest text the pool takes: the compile-time proof recurses once per code,
# and a text never has more codes than bytes (pack.MAX_CODES_PER_TEXT).
LONGEST_TEXT = 400


# Records a table may hold: ids are 16 bits at most and count from 1 (0 is
# none), and the key index keeps one value for an empty slot.
MAX_RECORDS = 0xFFFE

class Record(dict):
    """A record's checked values, by data-file field name, plus where it stands."""

    def __init__(self, table, position, label):
        super().__init__()
        self.table, self.position, self.label = table, position, label
        self.locators = {}      # verbatim field -> (paragraph, offset, length)
        self.derived = []       # C++ field names
        self.note = ""

    def line(self, field=None):
        return self.position.of(field) if field else self.position.line


class Sheet:
    def __init__(self, path):
        self.path = path
        self.article = None
        self.paragraphs = []    # (number, role, note), one per line of the text
        self.tables = {}        # keyed table name -> [Record] sorted by key
        self.text_lines = []


def _display(path):
    try:
        return os.path.relpath(path)
    except ValueError:
        return path


class Loader:
    def __init__(self, path, vocabularies):
        self.path = path
        self.words = vocabularies
        self.problems = Problems(_display(path))
        self.sheet = Sheet(path)

    # ---- reporting ----------------------------------------------------------------
    def bad(self, record, field, message):
        self.problems.add(record.line(field), record.label, field or "-", message)

    # ---- the file -----------------------------------------------------------------
    def run(self):
        try:
            with open(self.path, "rb") as f:
                raw = f.read()
        except OSError as exc:
            raise Stop(["%s:1: -: -: cannot read the data file: %s" % (
                _display(self.path), exc.strerror)]) from None
        try:
            text = raw.decode("utf-8")
            data = tomllib.loads(text)
        except UnicodeDecodeError:
            raise Stop(["%s:1: -: -: not UTF-8" % _display(self.path)]) from None
        except tomllib.TOMLDecodeError as exc:
            line = re.search(r"line (\d+)", str(exc))
            raise Stop(["%s:%s: -: -: not valid TOML: %s" % (
                _display(self.path), line.group(1) if line else 1, exc)]) from None
        except RecursionError:
            raise Stop(["%s:1: -: -: not valid TOML: nested too deep" % _display(self.path)])
        tables, arrays = positions.scan(text)
        self.placed(data, tables, arrays)
        known = {t.name for t in schema.ALL}
        for name in data:
            if name not in known:
                where = tables.get(name) or (arrays.get(name) or [positions.Position(1)])[0]
                self.problems.add(where.line, name, "-", "unknown table (expected one of %s)"
                                  % ", ".join(t.name for t in schema.ALL))
        self.read_article(data.get("article"),
                          tables.get("article") or (arrays.get("article") or [None])[0])
        if self.sheet.article is None:
            raise Stop(self.problems.lines)
        self.read_paragraphs(data.get("paragraphs", []), arrays.get("paragraphs", []))
        raw_tables = {}
        for table in schema.KEYED:
            raw_tables[table.name] = self.read_table(table, data.get(table.name, []),
                                                     arrays.get(table.name, []))
        for table in schema.KEYED:
            self.sheet.tables[table.name] = self.index(table, raw_tables[table.name])
        for table in schema.KEYED:
            for record in self.sheet.tables[table.name]:
                self.resolve(table, record)
                getattr(self, "rules_" + table.name)(record)
                self.derivation_explained(record)
        self.derivation_explained(self.sheet.article)
        if self.problems:
            raise Stop(self.problems.lines)
        return self.sheet

    def placed(self, data, tables, arrays):
        """Every record tomllib read has a line: else the problems' lines would lie."""
        for name, value in data.items():
            found = len(arrays.get(name, [])) if isinstance(value, list) else int(name in tables)
            wanted = len(value) if isinstance(value, list) else 1
            if found != wanted:
                raise Stop(["%s:1: %s: -: cannot tell which line each record of this table "
                            "starts at: write each [%s] header alone on its line"
                            % (_display(self.path), name, name)])

    def records_of(self, table, values, places):
        if isinstance(values, dict) or not isinstance(values, list):
            line = places[0].line if places else 1
            self.problems.add(line, table.name, "-", "must be an array of tables ([[%s]])"
                              % table.name)
            return []
        out = []
        for i, value in enumerate(values):
            position = places[i] if i < len(places) else positions.Position(1)
            if not isinstance(value, dict):
                self.problems.add(position.line, table.name, "-", "expected a table")
                continue
            out.append((value, position))
        return out

    # ---- the article and its paragraphs ------------------------------------------
    def read_article(self, value, position):
        table = schema.ARTICLE
        if value is None:
            self.problems.add(1, "article", "-", "missing [article] table")
            return
        if not isinstance(value, dict):
            self.problems.add(position.line if position else 1, "article", "-",
                              "must be one table, [article]")
            return
        record = Record(table, position or positions.Position(1), "article")
        self.fields(table, record, value)
        if self.problems:
            return
        text_path = os.path.join(os.path.dirname(self.path), record["text"])
        try:
            with open(text_path, "rb") as f:
                content = f.read().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.bad(record, "text", "cannot read %s as UTF-8 text: %s" % (
                record["text"], getattr(exc, "strerror", None) or exc))
            return
        if "\r" in content:
            self.bad(record, "text", "the text has CR characters: paragraphs are LF-separated")
        lines = content.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or len(lines) > 255:
            self.bad(record, "text", "the text must have 1 to 255 paragraphs (it has %d)"
                     % len(lines))
            return
        self.sheet.text_lines = lines
        self.sheet.article = record
        self.sheet.paragraphs = [[n, "body", ""] for n in range(1, len(lines) + 1)]

    def read_paragraphs(self, values, places):
        seen = {}
        for value, position in self.records_of(schema.PARAGRAPHS, values, places):
            number = value.get("number")
            record = Record(schema.PARAGRAPHS, position, "paragraph %s" % number)
            self.fields(schema.PARAGRAPHS, record, value)
            if "number" not in record:
                continue
            n = record["number"]
            if not 1 <= n <= len(self.sheet.paragraphs):
                self.bad(record, "number", "paragraph %d is out of range: the text has %d"
                         % (n, len(self.sheet.paragraphs)))
                continue
            if n in seen:
                self.bad(record, "number", "paragraph %d is listed twice (first at line %d)"
                         % (n, seen[n]))
                continue
            seen[n] = record.line("number")
            if "role" in record:
                self.sheet.paragraphs[n - 1][1] = record["role"]
            self.sheet.paragraphs[n - 1][2] = record.note

    # ---- one keyed table -----------------------------------------------------------
    def read_table(self, table, values, places):
        out = []
        for i, (value, position) in enumerate(self.records_of(table, values, places)):
            key = value.get("key")
            label = key if isinstance(key, str) and key else "%s[%d]" % (table.name, i + 1)
            record = Record(table, position, label)
            self.fields(table, record, value)
            out.append(record)
        return out

    def index(self, table, records):
        """Unique keys, sorted; at most 65,534 records (ids are one byte up to 255
        records, two beyond, and the key index reserves one value)."""
        seen, kept = {}, []
        for record in records:
            key = record.get("key")
            if key is None:
                continue
            if key in seen:
                self.bad(record, "key", "duplicate key (first at line %d)" % seen[key])
                continue
            seen[key] = record.line("key")
            kept.append(record)
        if len(kept) > MAX_RECORDS:
            self.problems.add(kept[MAX_RECORDS].line(), kept[MAX_RECORDS].label, "key",
                              "more than %d %s: ids are at most two bytes"
                              % (MAX_RECORDS, table.name))
        return sorted(kept, key=lambda r: r["key"].encode("utf-8"))

    # ---- fields ----------------------------------------------------------------------
    def fields(self, table, record, value):
        for name in value:
            if table.field(name) is None:
                self.bad(record, name, "unknown field (%s has: %s)" % (
                    table.name, ", ".join(f.name for f in table.fields)))
        for field in table.fields:
            if field.name not in value:
                if field.required:
                    self.bad(record, None, "missing field '%s'" % field.name)
                continue
            checked = self.field(table, record, field, value[field.name])
            if checked is not None:
                record[field.name] = checked

    def field(self, table, record, field, value):
        name, kind = field.name, field.kind
        if kind in ("key", "text", "verbatim", "note", "path", "period", "date", "word", "ref"):
            if not isinstance(value, str):
                self.bad(record, name, "expected a string")
                return None
            if value == "":
                self.bad(record, name, "empty: leave an optional field out instead")
                return None
            if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
                self.bad(record, name, "control characters are not allowed")
                return None
        if kind == "key":
            # A bad key is reported once; the record keeps it, so that the
            # records naming it do not each report a key no record has.
            if not KEY_RE.match(value) or len(value) > 64:
                self.bad(record, name, "%r is not a snake_case key (a-z, 0-9, _; starting "
                         "with a letter; at most 64 characters)" % value)
            elif value in CPP_KEYWORDS or "__" in value:
                self.bad(record, name, "%r cannot be a key: it is a C++ keyword or a reserved "
                         "name (a key becomes an enumerator)" % value)
            return value
        if kind in ("text", "verbatim"):
            if len(value.encode("utf-8")) > LONGEST_TEXT:
                self.bad(record, name, "a text of %d bytes is over the %d the compile-time "
                         "proof allows: split the record" % (len(value.encode("utf-8")),
                                                            LONGEST_TEXT))
                return None
            return value
        if kind == "path":
            return value
        if kind == "note":
            record.note = value.strip()
            return None
        if kind in ("int", "paragraph"):
            if isinstance(value, bool) or not isinstance(value, int):
                self.bad(record, name, "expected an integer")
                return None
            if kind == "paragraph":
                count = len(self.sheet.paragraphs)
                if not 1 <= value <= count:
                    self.bad(record, name, "paragraph %d is out of range: the text has %d "
                             "paragraphs" % (value, count))
                    return None
                role = self.sheet.paragraphs[value - 1][1]
                if role not in REPORTING:
                    self.bad(record, name, "paragraph %d is a %s, not the article's reporting"
                             % (value, role))
                    return None
            elif not INT32[0] <= value <= INT32[1]:
                self.bad(record, name, "%d does not fit 32 bits" % value)
                return None
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                self.bad(record, name, "expected true or false")
                return None
            return value
        if kind == "date":
            try:
                period = edtf.parse_period(value)
            except edtf.EdtfError as exc:
                self.bad(record, name, "malformed date: %s" % exc)
                return None
            if period.single_day() is None:
                self.bad(record, name, "expected one day, YYYY-MM-DD")
                return None
            return period.single_day()
        if kind == "period":
            try:
                return edtf.parse_period(value)
            except edtf.EdtfError as exc:
                self.bad(record, name, "malformed EDTF: %s" % exc)
                return None
        if kind == "word":
            words = self.words.get(field.of, [])
            if value not in words:
                self.bad(record, name, "unknown %s %r (one of: %s)" % (
                    field.of, value, ", ".join(words)))
                return None
            return value
        if kind == "ref":
            return value  # resolved once every table is read
        if kind == "refs":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                self.bad(record, name, "expected a list of keys")
                return None
            capacity = field.of[1]
            if len(value) > capacity:
                self.bad(record, name, "at most %d entries" % capacity)
                return None
            if len(set(value)) != len(value):
                self.bad(record, name, "a key is listed twice")
                return None
            return value
        if kind == "fields":
            return self.derived_fields(table, record, field, value)
        raise AssertionError(kind)

    def derived_fields(self, table, record, field, value):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or not value:
            self.bad(record, field.name, "expected a non-empty list of field names")
            return None
        # The record shape's fields, in declaration order, as core/records.hpp
        # lists them (its *_FIELDS vocabularies).
        shape = self.words.get(table.record + "_field")
        out = []
        for name in value:
            target = table.field(name)
            if target is None or target.kind in ("key", "note", "fields", "paragraph", "path"):
                self.bad(record, field.name, "%r is not a field that can be derived" % name)
                continue
            if shape is None or target.cpp not in shape:
                self.bad(record, field.name, "%r cannot be marked derived here" % name)
                continue
            if target.cpp not in out:
                out.append(target.cpp)
        record.derived = sorted(out, key=shape.index) if shape else out
        return None

    # ---- references and verbatim texts ----------------------------------------------
    def resolve(self, table, record):
        for field in table.fields:
            if field.name not in record:
                continue
            if field.kind == "ref":
                self.reference(record, field.name, record[field.name], field.of)
            elif field.kind == "refs":
                for key in record[field.name]:
                    self.reference(record, field.name, key, field.of[0])
            elif field.kind == "verbatim":
                self.locate(record, field.name)
            elif field.kind == "text" and field.name == "role":
                if not any(record["role"] in line for line in self.sheet.text_lines):
                    self.bad(record, "role", "%r is not in the article's words" % record["role"])

    def reference(self, record, field, key, table_name):
        if not any(r["key"] == key for r in self.sheet.tables.get(table_name, [])):
            self.bad(record, field, "no %s has the key %r" % (
                schema.BY_NAME[table_name].record, key))

    def locate(self, record, field):
        text = record[field]
        n = record.get("paragraph")
        if n is None:
            return
        line = self.sheet.text_lines[n - 1].encode("utf-8")
        needle = text.encode("utf-8")
        found, at = [], line.find(needle)
        while at != -1:
            found.append(at)
            at = line.find(needle, at + 1)
        if not found:
            self.bad(record, field, "not found verbatim in paragraph %d: %r" % (n, text))
        elif len(found) > 1:
            self.bad(record, field, "found %d times in paragraph %d: its locator would be "
                     "ambiguous; quote more of the text" % (len(found), n))
        else:
            record.locators[field] = (n, found[0], len(needle))

    def derivation_explained(self, record):
        """A derived value says from what: a record with derived fields has a note."""
        if record.derived and not record.note:
            self.bad(record, "derived", "derived fields need a note saying from what")

    # ---- each table's rules -------------------------------------------------------------
    def published(self):
        return self.sheet.article["published"]

    def by_publication(self, record, field, period):
        earliest = period.earliest()
        if earliest is not None and earliest > self.published():
            self.bad(record, field, "begins after the publication date %s" % self.published())

    def rules_figures(self, f):
        if "best" in f:
            self.bounds(f)
            if "wording" in f:
                self.printed_as_worded(f)
        if "covers" in f:
            self.by_publication(f, "covers", f["covers"])
        if "base" in f:
            self.by_publication(f, "base", f["base"])
        if ("base" in f) != ("base_phrase" in f):
            self.bad(f, "base_phrase" if "base" in f else "base",
                     "base and base_phrase are given together or not at all")
        via = f.get("via", [])
        if "via" in f and not via:
            self.bad(f, "via", "the chain of relays ends with the publisher: it cannot be empty")
        elif via:
            last = next((s for s in self.sheet.tables["sources"] if s["key"] == via[-1]), None)
            if last is not None and last.get("kind") != "publisher":
                self.bad(f, "via", "the chain must end with a source of kind publisher, not %r"
                         % via[-1])
        if f.get("originator") is not None and f.get("originator") in via:
            self.bad(f, "originator", "the originator is not also a relay")

    def printed_as_worded(self, f):
        """The number is the one the wording prints, hedged as the wording hedges it:
        by the words right before the number ("up to 7,792", "more than 3,000"),
        or, for an estimate, by "estimated" anywhere in the wording."""
        best, wording, unit = f["best"], f["wording"], f.get("unit")
        at = printed_number(wording, best, unit)
        if at is None:
            self.bad(f, "best", "%d is not the number the wording prints (as %s)"
                     % (best, " or ".join(repr(w) for w in number_forms(best, unit))))
            return
        said = hedge_before(wording[:at])
        if said is None and ESTIMATE.search(wording):
            said = "estimate"
        qualifier = f.get("qualifier", "exact")
        if said is None and qualifier != "exact":
            self.bad(f, "qualifier", "%s, but the wording does not hedge the number (%s)"
                     % (qualifier, ", ".join(repr(w) for w in HEDGE_WORDS[qualifier])))
        elif said is not None and said != qualifier:
            self.bad(f, "qualifier", "%s, but the wording hedges the number as %s"
                     % (qualifier, said))

    def bounds(self, f):
        """The qualifier sets the bounds; low <= best <= high must hold."""
        best, qualifier = f["best"], f.get("qualifier", "exact")
        sets = {"exact": ("low", "high"), "at_most": ("high",), "at_least": ("low",),
                "more_than": ("low",)}
        low, high = f.get("low"), f.get("high")
        for side in sets.get(qualifier, ()):
            if side in f:
                self.bad(f, side, "the qualifier %s sets %s to best: leave %s out"
                         % (qualifier, side, side))
        if qualifier in ("exact", "at_least", "more_than"):
            low = best
        if qualifier in ("exact", "at_most"):
            high = best
        f["_low"], f["_high"] = low, high
        if low is not None and low > best:
            self.bad(f, "low", "low <= best <= high is broken: low %d > best %d" % (low, best))
        if high is not None and best > high:
            self.bad(f, "high", "low <= best <= high is broken: best %d > high %d"
                     % (best, high))

    def rules_events(self, e):
        when = e.get("when")
        if when is None:
            return
        if e.get("precision") != "after":
            self.by_publication(e, "when", when)
        if "precision" in e and not precision_agrees(e["precision"], when):
            self.bad(e, "precision", "%s does not describe the period %s"
                     % (e["precision"], when.text()))
        self.weekday(e, when)

    def rules_statements(self, s):
        said = s.get("said")
        if said is not None:
            latest = said.latest()
            if latest is None or latest > self.published():
                self.bad(s, "said", "must end by the publication date %s" % self.published())
            self.weekday(s, said)
        if s.get("repeats") is not None and s.get("repeats") == s.get("key"):
            self.bad(s, "repeats", "a statement does not repeat itself")

    def weekday(self, record, period):
        named = record.get("named_weekday")
        if named is None:
            return
        day = period.single_day()
        if day is None:
            self.bad(record, "named_weekday", "a weekday needs a single-day date")
            return
        actual = self.words["weekday"][(day.weekday() + 1) % 7]
        if actual != named:
            self.bad(record, "named_weekday", "%s is a %s, not a %s" % (day, actual, named))

    def rules_actors(self, a):
        self.acyclic(a, "actors", "part_of", "an actor is not part of itself")

    def rules_sources(self, s):
        pass

    def rules_places(self, p):
        self.acyclic(p, "places", "within", "a place does not lie within itself")

    def acyclic(self, record, table, field, message):
        """Following `field` from record never comes back to it."""
        by_key = {r["key"]: r for r in self.sheet.tables[table]}
        seen, at = set(), record
        while at is not None and at.get(field) is not None:
            key = at[field]
            if key == record["key"]:
                self.bad(record, field, message + (" (through %s)" % ", ".join(sorted(seen))
                                                   if seen else ""))
                return
            if key in seen:
                return  # a cycle that does not pass through this record
            seen.add(key)
            at = by_key.get(key)


# The words that hedge a number right before it, by qualifier (compare
# core/quantity.hpp); the longest match wins, so "no more than" is at_most.
HEDGE_WORDS = {
    "approximate": ["around", "about", "roughly", "some", "nearly", "almost",
                    "approximately"],
    "at_most": ["up to", "as many as", "at most", "no more than", "not more than"],
    "at_least": ["at least", "no fewer than", "no less than"],
    "more_than": ["more than", "over"],
    "estimate": ["an estimated", "estimated"],
}
ESTIMATE = re.compile(r"\bestimat", re.IGNORECASE)


def hedge_before(text):
    """The qualifier whose words end `text` (the wording before the number)."""
    phrases = sorted(((w, q) for q, words in HEDGE_WORDS.items() for w in words),
                     key=lambda pair: -len(pair[0]))
    for phrase, qualifier in phrases:
        if re.search(r"(?:^|\W)%s\s+$" % re.escape(phrase), text, re.IGNORECASE):
            return qualifier
    return None


def number_forms(n, unit):
    """The ways an article prints n: 7,792 and 7792; 18.4 million; 29%."""
    forms = ["{:,}".format(n), str(n)]
    if n >= 1000000 and n % 100000 == 0:
        forms.append("%s million" % ("%.1f" % (n / 1e6)).rstrip("0").rstrip("."))
    if unit == "percent":
        forms = [form + "%" for form in forms]
    return list(dict.fromkeys(forms))


def printed_number(wording, n, unit):
    """Where the wording prints n as a whole number, or None."""
    for form in number_forms(n, unit):
        at = wording.find(form)
        while at != -1:
            before = wording[at - 1] if at > 0 else " "
            after = wording[at + len(form)] if at + len(form) < len(wording) else " "
            if not (before.isdigit() or before in ",.") and not (
                    after.isdigit() or (after in ",." and wording[at + len(form) + 1:][:1].isdigit())):
                return at
            at = wording.find(form, at + 1)
    return None


def precision_agrees(label, when):
    """core::rules::precision_agrees, in Python."""
    b, e = when.begin, when.end
    if label == "day":
        return b.grain == "day" and b.same(e)
    if label == "days":
        # Two to six days, as UCDP's date_prec 2.
        return (b.grain == "day" and e.grain == "day" and not b.same(e)
                and (e.first_day() - b.first_day()).days <= 5)
    if label == "part_of_month":
        return (b.grain == "day" and e.grain == "day" and not b.same(e) and b.year == e.year
                and b.month == e.month)
    if label in ("month", "quarter", "year"):
        return b.grain == label and b.same(e)
    if label == "before":
        return b.grain == "unknown" and e.has_date()
    if label == "after":
        return b.has_date() and e.grain == "unknown"
    if label == "ongoing":
        return e.grain == "open"
    return False


def load(path, vocabularies):
    return Loader(path, vocabularies).run()

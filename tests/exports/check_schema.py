"""The JSON export against its schema, docs/export.schema.json, with ajv.

    python3 tests/exports/check_schema.py AJV SCHEMA AFBRIEF WORK_DIR FIXTURES_DIR

The tool's export must validate (JSON Schema 2020-12, ajv-formats for
`format: date`). To show the schema can refuse, broken exports must not: the
committed fixtures (FIXTURES_DIR/bad_*.json) and mutations of the live export
made here, each refused for its own reason (ajv's error says which), not for
some other. Every enum of the schema is the library's vocabulary (read from
include/afbrief/core here, not by the generator), word for word and in order;
and the schema's skeleton (tools/generator/export_schema.skeleton.json, from
which tools/generate.py writes the schema) spells out no vocabulary's words:
each such enum there is a {"$vocabulary": NAME} placeholder, so a word added
to the core reaches the schema. Exits 77 (skipped) when ajv is missing and
the enums agree.
"""

import copy
import json
import os
import re
import subprocess
import sys

SKIPPED = 77

# Committed fixtures: the error ajv must report, as (instancePath, the start
# of its message).
FIXTURES = {
    "bad_figure_without_value.json": ("/figures/0", "must have required property 'value'"),
    "bad_statement_date_as_number.json": ("/statements/0/date", "must be string,null"),
}


def mutations(export):
    """Broken copies of the live export: (what, document, instancePath, message)."""
    def first(test):
        return next(i for i, f in enumerate(export["figures"]) if test(f))
    low_null, low_set = first(lambda f: f["low"] is None), first(lambda f: f["low"] is not None)
    high_null, high_set = first(lambda f: f["high"] is None), first(lambda f: f["high"] is not None)

    def changed(what, path, message, change):
        d = copy.deepcopy(export)
        change(d)
        return (what, d, path, message)
    return [
        changed("a figure without its value", "/figures/0",
                "must have required property 'value'", lambda d: d["figures"][0].pop("value")),
        changed("a figure's value as a string", "/figures/0/value", "must be integer",
                lambda d: d["figures"][0].update(value=str(d["figures"][0]["value"]))),
        changed("an event with a member the schema does not describe", "/events/0",
                "must NOT have additional properties", lambda d: d["events"][0].update(extra=1)),
        changed("an event's EDTF not in EDTF", "/events/0/edtf", "must match pattern",
                lambda d: d["events"][0].update(edtf="2021-7-18")),
        changed("a unit outside the vocabulary", "/figures/0/unit",
                "must be equal to one of the allowed values",
                lambda d: d["figures"][0].update(unit="dollars")),
        changed("a day that does not exist (2021-02-30)", "/statements/0/end",
                'must match format "date"', lambda d: d["statements"][0].update(end="2021-02-30")),
        changed("the article without its tables", "",
                "must have required property 'places'", lambda d: d.pop("places")),
        changed("a null where a boolean is required", "/article/published_derived",
                "must be boolean", lambda d: d["article"].update(published_derived=None)),
        # EDTF the data format has no meaning for: both sides of an interval
        # unknown, an open start, a set with neither side given.
        changed("an EDTF interval with both sides unknown ('/')", "/events/0/edtf",
                "must match pattern", lambda d: d["events"][0].update(edtf="/")),
        changed("an EDTF interval open at both ends ('../..')", "/events/0/edtf",
                "must match pattern", lambda d: d["events"][0].update(edtf="../..")),
        changed("an EDTF interval with an open start ('../2021-07-18')", "/events/0/edtf",
                "must match pattern", lambda d: d["events"][0].update(edtf="../2021-07-18")),
        changed("an EDTF set with neither side ('[..]')", "/statements/0/edtf",
                "must match pattern", lambda d: d["statements"][0].update(edtf="[..]")),
        changed("a form outside the vocabulary (one $defs/form for all)", "/events/0/form",
                "must be equal to one of the allowed values",
                lambda d: d["events"][0].update(form="span")),
        # low_inclusive and high_inclusive exist exactly when their bound does.
        changed("low_inclusive given while low is null", "/figures/%d/low_inclusive" % low_null,
                "must be null", lambda d: d["figures"][low_null].update(low_inclusive=True)),
        changed("low_inclusive null while low is a number",
                "/figures/%d/low_inclusive" % low_set, "must be boolean",
                lambda d: d["figures"][low_set].update(low_inclusive=None)),
        changed("high_inclusive given while high is null", "/figures/%d/high_inclusive" % high_null,
                "must be null", lambda d: d["figures"][high_null].update(high_inclusive=False)),
        changed("high_inclusive null while high is a number",
                "/figures/%d/high_inclusive" % high_set, "must be boolean",
                lambda d: d["figures"][high_set].update(high_inclusive=None)),
    ]


# The schema's enums, each against the library's vocabulary it spells out
# (the X-macro lists of include/afbrief/core), so neither can change alone:
# (header, list macro, where the enum is in the schema).
VOCABULARIES = [
    ("quantity.hpp", "AFBRIEF_QUALIFIERS", ("figure", "bound")),
    ("quantity.hpp", "AFBRIEF_UNITS", ("figure", "unit")),
    ("vocabulary.hpp", "AFBRIEF_MEASURES", ("figure", "measure")),
    ("vocabulary.hpp", "AFBRIEF_PRECISIONS", ("event", "precision")),
    ("vocabulary.hpp", "AFBRIEF_EVENT_KINDS", ("event", "kind")),
    ("vocabulary.hpp", "AFBRIEF_CHANNELS", ("statement", "channel")),
    ("vocabulary.hpp", "AFBRIEF_ACTOR_KINDS", ("actor", "kind")),
    ("vocabulary.hpp", "AFBRIEF_SOURCE_KINDS", ("source", "kind")),
    ("vocabulary.hpp", "AFBRIEF_PLACE_KINDS", ("place", "kind")),
    ("vocabulary.hpp", "AFBRIEF_PARAGRAPH_ROLES", ("paragraph", "role")),
    ("period.hpp", "AFBRIEF_PERIOD_FORMS", ("form",)),
    ("records.hpp", "AFBRIEF_FIGURE_FIELDS", ("figure", "derived")),
    ("records.hpp", "AFBRIEF_EVENT_FIELDS", ("event", "derived")),
    ("records.hpp", "AFBRIEF_STATEMENT_FIELDS", ("statement", "derived")),
    ("records.hpp", "AFBRIEF_ARTICLE_FIELDS", ("article", "derived")),
    ("date.hpp", "AFBRIEF_WEEKDAY_NAMES", ("weekday",)),
]


def library_words(header, macro):
    """The words of an X-macro list: X(arg, word) or, for a phrase list,
    X(arg, word, "Words") (the words then are the phrase)."""
    text = open(header, encoding="utf-8").read()
    start = text.index("#define %s(X, arg)" % macro)
    body = []
    for line in text[start:].split("\n")[1:]:
        body.append(line)
        if not line.rstrip().endswith("\\"):
            break
    words = []
    for m in re.finditer(r'X\(arg,\s*(\w+)(?:,\s*"([^"]*)")?\)', "\n".join(body)):
        words.append(m.group(2) if m.group(2) is not None else m.group(1))
    return words


def schema_enum(schema, where):
    node = schema["$defs"][where[0]]
    if len(where) > 1:
        node = node["properties"][where[1]]
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].split("/")[-1]]
    if "items" in node:
        node = node["items"]
    return [w for w in node["enum"] if w is not None]


def literal_enums(node, where=""):
    """(where, words) of every enum in `node` written as a list of words."""
    if isinstance(node, list):
        for n, item in enumerate(node):
            yield from literal_enums(item, "%s/%d" % (where, n))
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "enum" and isinstance(value, list):
                yield where + "/enum", value
            else:
                yield from literal_enums(value, "%s/%s" % (where, key))


def validate(ajv, schema, path):
    """(valid, errors): ajv's verdict and its errors as a list."""
    # Every error, not the first only, so a mutation is seen refused for its
    # own reason even where the document has others.
    r = subprocess.run([ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", schema,
                        "-d", path, "--errors=json", "--all-errors"],
                       capture_output=True, text=True, check=False)
    report = r.stderr + r.stdout
    if r.returncode == 0 and " valid" in report:
        return True, []
    start = report.find("[")
    try:
        errors = json.loads(report[start:]) if start >= 0 else []
    except json.JSONDecodeError:
        errors = [{"instancePath": "?", "message": report.strip()}]
    return False, errors


def main():
    ajv, schema, tool, work, fixtures = sys.argv[1:6]
    failed = 0

    def check(what, ok, why=""):
        nonlocal failed
        print(("ok - " if ok else "FAIL - ") + what + ("" if ok or not why else " (%s)" % why))
        failed += 0 if ok else 1

    with open(schema, encoding="utf-8") as f:
        described = json.load(f)
    core = os.path.join(os.path.dirname(os.path.abspath(schema)), "..", "include", "afbrief",
                        "core")
    for header, macro, where in VOCABULARIES:
        words = library_words(os.path.join(core, header), macro)
        try:
            enum = schema_enum(described, where)
        except KeyError:
            enum = "not in the schema"
        check("the schema's %s enum is the library's %s" % ("/".join(where), macro),
              words and enum == words, "schema %s, library %s" % (enum, words))

    # A vocabulary written out in the skeleton would be copied into the schema
    # as it stands and stop following the core; a word of any vocabulary in a
    # literal enum there is refused (weekdays compared case-insensitively: the
    # export capitalises them).
    skeleton = os.path.join(os.path.dirname(os.path.abspath(schema)), "..", "tools",
                            "generator", "export_schema.skeleton.json")
    with open(skeleton, encoding="utf-8") as f:
        structure = json.load(f)
    vocabulary = {str(w).lower() for header, macro, _ in VOCABULARIES
                  for w in library_words(os.path.join(core, header), macro)}
    spelled = ["%s %s" % (where, words) for where, words in literal_enums(structure)
               if any(str(w).lower() in vocabulary for w in words if w is not None)]
    check("the skeleton spells out no vocabulary (each is a {\"$vocabulary\": NAME})",
          not spelled, "; ".join(spelled))

    inline = [name for name, node in described["$defs"].items()
              if "enum" in node.get("properties", {}).get("form", {})]
    check("the form enum is defined once, $defs/form, and referred to", not inline
          and all(described["$defs"][n]["properties"]["form"] == {"$ref": "#/$defs/form"}
                  for n in ("period", "event", "statement")), "inline in " + ", ".join(inline))

    if not ajv or ajv.endswith("NOTFOUND") or not os.access(ajv, os.X_OK):
        print("skip - ajv not found (%s): run `npm ci --prefix tools/validators`"
              % (ajv or "unset"))
        return 1 if failed else SKIPPED
    os.makedirs(work, exist_ok=True)

    def refused_for(what, path, expected):
        valid, errors = validate(ajv, schema, path)
        check("refused: " + what + " (%s: %s)" % expected,
              not valid and any(e.get("instancePath") == expected[0]
                                and str(e.get("message")).startswith(expected[1])
                                for e in errors),
              "valid" if valid else "; ".join("%s: %s" % (e.get("instancePath"), e.get("message"))
                                              for e in errors[:4]))

    out = subprocess.run([tool, "export", "--format=json"], capture_output=True, check=False)
    export_path = os.path.join(work, "export.json")
    with open(export_path, "wb") as f:
        f.write(out.stdout)
    check("afbrief export --format=json exits 0", out.returncode == 0)
    valid, errors = validate(ajv, schema, export_path)
    check("the export validates against docs/export.schema.json", valid,
          "; ".join("%s: %s" % (e.get("instancePath"), e.get("message")) for e in errors[:8]))

    for name, expected in sorted(FIXTURES.items()):
        refused_for("fixture " + name, os.path.join(fixtures, name), expected)
    try:
        export = json.loads(out.stdout)
    except json.JSONDecodeError as e:
        check("the export is JSON", False, str(e))
        return 1
    for i, (what, document, path, message) in enumerate(mutations(export)):
        mutated = os.path.join(work, "mutated_%d.json" % i)
        with open(mutated, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
        refused_for(what, mutated, (path, message))
    print("all schema checks passed" if failed == 0 else "%d schema checks failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

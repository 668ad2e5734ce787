#!/usr/bin/env python3
"""Synthetic fact sheets of any size, for the scaling benchmark only.

Writes a data file and its article text that the real generator
(tools/generate.py --data) accepts: mostly figures, with events, statements,
actors, sources and places in a plausible mix. Keys share prefixes as real
ones do (balkor_children_killed, balkor_children_injured,
balkor_civilians_killed), every verbatim text appears exactly once in its
paragraph, and every number is printed as its qualifier words it. The same
size always gives the same sheet. Never committed: bench/scaling/scaling.py
writes it into a scratch directory.

  python3 bench/scaling/synthetic.py --records 1000 --output DIR
"""
import argparse
import datetime
import json
import os
import random

PUBLISHED = datetime.date(2030, 3, 16)
# Region names of two three-letter syllables: all six letters long, so that
# no name is a prefix of another (a wording ending "in Balkor" must not be
# found inside "in Balkorun").
SYLLABLES = ["bal", "kor", "dun", "mir", "tas", "vel", "nor", "hak", "zun", "pel",
             "gor", "sim", "tol", "wen", "rud", "kam", "lis", "fam", "jor", "bek"]
REGIONS = [a + b for a in SYLLABLES for b in SYLLABLES if a != b]
GROUPS = ["civilians", "children", "women", "men", "families", "refugees", "workers",
          "students", "farmers", "residents"]
# measure word (the core's vocabulary) -> how a sentence says it
MEASURES = {"killed": "were killed", "injured": "were injured",
            "newly_displaced": "were newly displaced",
            "displaced_total": "were forced from their homes", "in_need": "need aid",
            "evacuated": "were evacuated",
            "at_risk_of_acute_malnutrition": "are at risk of acute malnutrition"}
# qualifier -> the words before the number (load.py's HEDGE_WORDS accept them)
HEDGES = {"exact": "", "approximate": "around ", "at_most": "up to ",
          "at_least": "at least ", "more_than": "more than "}
EVENT_KINDS = ["meeting", "offensive", "evacuation", "withdrawal", "talks_started"]
FIRST_NAMES = ["amir", "lena", "omar", "sara", "yusuf", "nadia", "karim", "hana", "tariq",
               "mina"]
PARAGRAPHS = 250  # the generator takes at most 255


def mix(records):
    """How many of each table a sheet of `records` records has: figures mostly."""
    counts = {"places": max(2, records * 2 // 100), "sources": max(2, records * 3 // 100),
              "actors": max(3, records * 5 // 100), "statements": records // 10,
              "events": records // 10}
    counts["figures"] = records - sum(counts.values())
    return counts


def toml_value(value):
    """A TOML value: JSON's strings, integers and arrays are TOML's too."""
    return json.dumps(value, ensure_ascii=False)


class Sheet:
    def __init__(self, records):
        self.counts = mix(records)
        self.random = random.Random(records)
        self.tables = {name: [] for name in
                       ("places", "actors", "sources", "figures", "events", "statements")}
        sentences = self.counts["figures"] + self.counts["events"] + self.counts["statements"]
        self.paragraphs = [[] for _ in range(max(1, min(PARAGRAPHS, sentences)))]
        self.placed = 0

    def place_sentence(self, sentence):
        """The paragraph (from 1) that now holds `sentence`, round robin."""
        n = self.placed % len(self.paragraphs)
        self.placed += 1
        self.paragraphs[n].append(sentence)
        return n + 1

    def build(self):
        c = self.counts
        self.tables["places"] = [{"key": r, "name": r.capitalize(), "kind": "city"}
                                 for r in REGIONS[:c["places"]]]
        people = [{"key": "%s_%s" % (f, r), "name": "%s %s" % (f.capitalize(), r.capitalize()),
                   "kind": "person"}
                  for r in REGIONS for f in FIRST_NAMES][:c["actors"] - 1]
        self.tables["actors"] = [{"key": "the_courier", "name": "The Courier",
                                  "kind": "news_outlet"}] + people
        self.tables["sources"] = [{"key": "the_courier", "name": "The Courier",
                                   "actor": "the_courier", "kind": "publisher"}] + [
            {"key": "%s_office" % r, "name": "%s office" % r.capitalize(),
             "actor": people[i % len(people)]["key"], "kind": "official"}
            for i, r in enumerate(REGIONS[:c["sources"] - 1])]
        for i in range(c["figures"]):
            self.figure(i)
        for i in range(c["events"]):
            self.event(i)
        for i in range(c["statements"]):
            self.statement(i, people[i % len(people)])

    def figure(self, i):
        measures = list(MEASURES)
        region = REGIONS[i // (len(GROUPS) * len(measures))]
        group = GROUPS[i // len(measures) % len(GROUPS)]
        measure = measures[i % len(measures)]
        qualifier = list(HEDGES)[i % len(HEDGES)]
        best = self.random.randint(2, 250000)
        wording = "%s%s %s %s in %s" % (HEDGES[qualifier], "{:,}".format(best), group,
                                        MEASURES[measure], region.capitalize())
        office = self.tables["sources"][1 + i % (len(self.tables["sources"]) - 1)]
        record = {"key": "%s_%s_%s" % (region, group, measure), "best": best,
                  "qualifier": qualifier, "unit": "people", "measure": measure,
                  "subject": group, "covers": ["2029", "2029-%02d" % (1 + i % 12),
                                               "2030-01/2030-03-16"][i % 3],
                  "place": self.tables["places"][i % len(self.tables["places"])]["key"],
                  "originator": office["key"], "via": ["the_courier"],
                  "paragraph": self.place_sentence("%s, %s said." % (wording, office["name"])),
                  "wording": wording}
        if qualifier == "exact":
            del record["qualifier"]
        self.tables["figures"].append(record)

    def event(self, i):
        # A day of its own for each event, so that every phrase is unique.
        day = datetime.date(2022, 1, 1) + datetime.timedelta(days=i)
        assert day <= PUBLISHED
        phrase = "on %d %s %d" % (day.day, day.strftime("%B"), day.year)
        kind = EVENT_KINDS[i % len(EVENT_KINDS)]
        place = self.tables["places"][i % len(self.tables["places"])]
        self.tables["events"].append({
            "key": "%s_%s_%d" % (place["key"], kind, i), "kind": kind,
            "when": day.isoformat(), "precision": "day", "phrase": phrase,
            "actors": [self.tables["actors"][1 + i % (len(self.tables["actors"]) - 1)]["key"]],
            "place": place["key"],
            "summary": "A %s in %s" % (kind.replace("_", " "), place["name"]),
            "paragraph": self.place_sentence("A %s took place in %s %s." % (
                kind.replace("_", " "), place["name"], phrase))})

    def statement(self, i, speaker):
        region = REGIONS[i % len(REGIONS)]
        group = GROUPS[i % len(GROUPS)]
        quote = "Help for %s must reach the %s within %d days" % (region.capitalize(), group,
                                                                   i + 2)
        self.tables["statements"].append({
            "key": "%s_%s_help_%d" % (speaker["key"], group, i), "speaker": speaker["key"],
            "said": "[..%s]" % PUBLISHED.isoformat(), "quote": quote,
            "paragraph": self.place_sentence("\u201c%s,\u201d said %s." % (quote,
                                                                          speaker["name"]))})

    def toml(self, text_name):
        out = ["# A synthetic fact sheet for bench/scaling (bench/scaling/synthetic.py).", "",
               "[article]", 'outlet = "The Courier"',
               "subject = %s" % toml_value("A synthetic sheet of %d records"
                                           % sum(self.counts.values())),
               'published = "%s"' % PUBLISHED.isoformat(), "text = %s" % toml_value(text_name)]
        for table in ("places", "actors", "sources", "figures", "events", "statements"):
            for record in self.tables[table]:
                out += ["", "[[%s]]" % table]
                out += ["%s = %s" % (k, toml_value(v)) for k, v in record.items()]
        return "\n".join(out) + "\n"


def write(records, directory):
    """Writes sheet_N.toml and sheet_N.txt into directory; the data file's path
    and the table counts."""
    sheet = Sheet(records)
    sheet.build()
    os.makedirs(directory, exist_ok=True)
    stem = os.path.join(directory, "sheet_%d" % records)
    with open(stem + ".txt", "w", encoding="utf-8") as f:
        f.write("".join(" ".join(p) + "\n" for p in sheet.paragraphs))
    with open(stem + ".toml", "w", encoding="utf-8") as f:
        f.write(sheet.toml(os.path.basename(stem) + ".txt"))
    return stem + ".toml", sheet.counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    path, counts = write(args.records, args.output)
    print(path, json.dumps(counts))


if __name__ == "__main__":
    main()

"""The generated tables check themselves: a table edited by hand (or written
by a broken generator) does not compile, and the compiler's message names the
record's key and the rule it breaks.

Each case edits a scratch copy of include/afbrief/data/generated/ and expects
its rule's message, "TABLE: KEY: RULE", from every compiler: $CXX (default
c++) at C++11 and C++17, and $AFBRIEF_AVR_CXX (avr-g++, GCC 5) at gnu++11
when set. Every rule checks.hpp states has a case here.

One compile per copy costs about half a second, so cases that touch distinct
records share a copy (group "records"): a failed static_assert does not stop
the compiler, so each rule's message still shows, and none may name a record
that no case of the copy edited. Cases that reach beyond one record (the
publication date, the text pool, the order of keys) get copies of their own.
Run:
  python3 tests/generator/test_cpp_checks.py
"""
import concurrent.futures
import os
import re
import shutil
import subprocess
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATED = os.path.join("afbrief", "data", "generated")
TABLES = ("figures", "events", "statements", "actors", "sources", "places")


def compilers():
    out = [(os.environ.get("CXX", "c++"), ["-std=c++11"]),
           (os.environ.get("CXX", "c++"), ["-std=c++17"])]
    if os.environ.get("AFBRIEF_AVR_CXX"):
        out.append((os.environ["AFBRIEF_AVR_CXX"], ["-std=gnu++11", "-mmcu=atmega328p"]))
    return out


def generated_text(file_name):
    with open(os.path.join(ROOT, "include", GENERATED, file_name), encoding="utf-8") as f:
        return f.read()


class Edit:
    """Replace old by new in one generated file: inside one record's
    initialiser when record ("place_id::kabul") is given, else `times` times
    (None: once or more) in the whole file."""

    def __init__(self, file_name, old, new, record=None, times=1):
        self.file_name, self.old, self.new, self.record, self.times = (
            file_name, old, new, record, times)

    def apply(self, text):
        if self.record is None:
            if text.count(self.old) != self.times and not (self.times is None and self.old in text):
                raise AssertionError("%r must occur %s times in %s"
                                     % (self.old, self.times, self.file_name))
            return text.replace(self.old, self.new)
        start = text.find("{/* id */ %s," % self.record)
        if start < 0:
            raise AssertionError("no record %s in %s" % (self.record, self.file_name))
        end = text.find("{/* id */", start + 1)
        end = text.find("};", start) if end < 0 else end
        block = text[start:end]
        if block.count(self.old) != 1:
            raise AssertionError("%r must occur once in record %s of %s"
                                 % (self.old, self.record, self.file_name))
        return text[:start] + block.replace(self.old, self.new) + text[end:]


class Case:
    def __init__(self, name, rule, message, edits, group="records"):
        self.name, self.rule, self.message, self.edits, self.group = (
            name, rule, message, edits, group)

    def record(self):
        """(table, key) the message names, if it names one."""
        found = re.match(r"(\w+): (\w+): ", self.message)
        return found.groups() if found and found.group(1) in TABLES else None


def in_record(file_name, table_id, key, old, new):
    return Edit(file_name, old, new, record="%s::%s" % (table_id, key))


def swap_literals(a, b):
    """The key literals the generator wrote into checks.hpp, a for b and b for a."""
    return [Edit("checks.hpp", '"%s"' % a, '"\\0swap"', times=None),
            Edit("checks.hpp", '"%s"' % b, '"%s"' % a, times=None),
            Edit("checks.hpp", '"\\0swap"', '"%s"' % b, times=None)]


def offset_of(enumerator):
    return int(re.search(r"    %s = (\d+)," % enumerator, generated_text("texts.hpp")).group(1))


def cases():
    figure = lambda key, old, new: in_record("figures.hpp", "figure_id", key, old, new)
    event = lambda key, old, new: in_record("events.hpp", "event_id", key, old, new)
    statement = lambda key, old, new: in_record("statements.hpp", "statement_id", key, old, new)
    qatar_name = offset_of("qatar_name")
    return [
        # ---- Quantities: bound order
        Case("best_above_its_high_bound", "bound order",
             "figures: children_killed_past_decade: low <= best <= high",
             [figure("children_killed_past_decade", "/* best */ 7792,", "/* best */ 9000,")]),
        Case("low_bound_above_best", "bound order",
             "figures: children_at_risk_of_acute_malnutrition: low <= best <= high",
             [figure("children_at_risk_of_acute_malnutrition", "/* low */ {3100000,",
                     "/* low */ {3200000,")]),
        # ---- Dates: valid, in order, and against publication
        Case("an_invalid_date_in_covers", "valid dates",
             "figures: displaced_total: covers must be a valid period",
             [figure("displaced_total", "core::on_day(2021, 7, 18)", "core::on_day(2021, 2, 29)")]),
        Case("an_invalid_date_in_when", "valid dates",
             "events: doha_meeting: when must be a valid period",
             [event("doha_meeting", "core::on_day(2021, 7, 17)", "core::on_day(2021, 13, 1)")]),
        Case("an_invalid_date_in_said", "valid dates",
             "statements: anwari_final_result: said must be a valid period",
             [statement("anwari_final_result", "core::on_day(2021, 7, 17)",
                        "core::on_day(2021, 6, 31)")]),
        Case("an_invalid_publication_date", "valid dates",
             "article: published must be a valid date",
             [Edit("article.hpp", "/* published */ core::civil_date(2021, 7, 18),",
                   "/* published */ core::civil_date(2021, 7, 32),")], group="published"),
        Case("covers_that_begin_after_they_end", "date order",
             "figures: children_injured_past_decade: covers must be a valid period",
             [figure("children_injured_past_decade",
                     "core::between(core::approximately(core::in_year(2011)), "
                     "core::on_day(2021, 7, 18))",
                     "core::between(core::on_day(2021, 7, 18), "
                     "core::approximately(core::in_year(2011)))")]),
        Case("when_that_begins_after_it_ends", "date order",
             "events: taliban_key_areas_taken: when must be a valid period",
             [event("taliban_key_areas_taken",
                    "core::between(core::unknown_instant(), core::on_day(2021, 7, 18))",
                    "core::between(core::on_day(2021, 7, 18), core::on_day(2021, 7, 1))")]),
        Case("a_set_of_days_the_wrong_way_round", "date order",
             "statements: doucet_first_round_not_bad: said must be a valid period",
             [statement("doucet_first_round_not_bad",
                        "core::one_of(core::on_day(2021, 7, 17), core::on_day(2021, 7, 18))",
                        "core::one_of(core::on_day(2021, 7, 18), core::on_day(2021, 7, 17))")]),
        Case("a_period_after_publication", "dates against publication",
             "figures: france_evacuated: covers must be a valid period that begins by publication",
             [figure("france_evacuated", "core::during(core::on_day(2021, 7, 17)),",
                     "core::during(core::on_day(2021, 7, 19)),")]),
        Case("a_base_period_after_publication", "dates against publication",
             "figures: civilian_casualty_change_q1_2021: base must be a valid period that begins "
             "by publication",
             [figure("civilian_casualty_change_q1_2021",
                     "/* base */ core::during(core::in_quarter(2020, 1)),",
                     "/* base */ core::during(core::in_quarter(2021, 4)),")]),
        Case("an_event_after_publication_not_upcoming", "dates against publication",
             "events: doha_talks_continue: when must be a valid period that begins by "
             "publication, unless upcoming (after)",
             [event("doha_talks_continue", "core::on_day(2021, 7, 18)",
                    "core::on_day(2021, 7, 19)")]),
        Case("a_statement_said_after_publication", "dates against publication",
             "statements: baradar_opening_remarks: said must be a valid period that ends by "
             "publication",
             [statement("baradar_opening_remarks", "core::on_day(2021, 7, 17)",
                        "core::on_day(2021, 7, 19)")]),
        # ---- Precision and weekday claims
        Case("a_precision_that_does_not_describe_the_period", "precision against period",
             "events: other_countries_evacuations: dated_to must describe the shape of when",
             [event("other_countries_evacuations", "/* dated_to */ core::precision::days,",
                    "/* dated_to */ core::precision::month,")]),
        Case("a_day_precision_on_a_month", "precision against period",
             "events: germany_italy_withdrawal_announced: dated_to must describe the shape of "
             "when",
             [event("germany_italy_withdrawal_announced", "/* dated_to */ core::precision::month,",
                    "/* dated_to */ core::precision::day,")]),
        Case("a_weekday_that_is_not_the_date", "weekday claims",
             "events: france_evacuation: named_weekday must be the weekday of when",
             [event("france_evacuation", "/* named_weekday */ core::weekday::saturday,",
                    "/* named_weekday */ core::weekday::friday,")]),
        Case("a_statement_weekday_that_is_not_the_date", "weekday claims",
             "statements: akhundzada_political_solution: named_weekday must be the weekday of "
             "said",
             [statement("akhundzada_political_solution",
                        "/* named_weekday */ core::weekday::sunday,",
                        "/* named_weekday */ core::weekday::monday,")]),
        # ---- References in range (and not to the record itself)
        Case("a_relay_past_its_table", "references in range",
             "figures: british_troops_remaining: place, originator and via must name existing "
             "records",
             [figure("british_troops_remaining",
                     "core::make_id_list<source_id, 3>(source_id::doha_news)",
                     "core::make_id_list<source_id, 3>(static_cast<source_id>(200))")]),
        Case("a_figure_place_past_its_table", "references in range",
             "figures: newly_displaced_since_january: place, originator and via must name "
             "existing records",
             [figure("newly_displaced_since_january", "/* place */ place_id::afghanistan,",
                     "/* place */ static_cast<place_id>(200),")]),
        Case("an_event_actor_past_its_table", "references in range",
             "events: akhundzada_message_released: actors, place and via must name existing "
             "records",
             [event("akhundzada_message_released", "actor_id::taliban)",
                    "static_cast<actor_id>(200))")]),
        Case("a_speaker_past_its_table", "references in range",
             "statements: akhundzada_islamic_emirate: speaker, organisation, repeats (not itself) "
             "and via must name existing records",
             [statement("akhundzada_islamic_emirate", "/* speaker */ actor_id::hibatullah_akhundzada,",
                        "/* speaker */ static_cast<actor_id>(200),")]),
        Case("a_statement_that_repeats_itself", "references in range",
             "statements: abdullah_positive_outcome: speaker, organisation, repeats (not itself) "
             "and via must name existing records",
             [statement("abdullah_positive_outcome",
                        "/* repeats */ statement_id::abdullah_tweet_meetings_continued,",
                        "/* repeats */ statement_id::abdullah_positive_outcome,")]),
        Case("a_reference_past_its_table", "references in range",
             "actors: lyse_doucet: part_of must name another existing actor",
             [in_record("actors.hpp", "actor_id", "lyse_doucet", "/* part_of */ actor_id::bbc}",
                        "/* part_of */ static_cast<actor_id>(200)}")]),
        Case("an_actor_part_of_itself", "references in range",
             "actors: rick_brennan: part_of must name another existing actor",
             [in_record("actors.hpp", "actor_id", "rick_brennan", "/* part_of */ actor_id::who}",
                        "/* part_of */ actor_id::rick_brennan}")]),
        Case("a_source_actor_past_its_table", "references in range",
             "sources: unama: actor must name an existing actor",
             [in_record("sources.hpp", "source_id", "unama", "/* actor */ actor_id::unama,",
                        "/* actor */ static_cast<actor_id>(200),")]),
        Case("a_place_within_a_place_past_its_table", "references in range",
             "places: doha: within must name another existing place",
             [in_record("places.hpp", "place_id", "doha", "/* within */ place_id::qatar}",
                        "/* within */ static_cast<place_id>(200)}")]),
        Case("a_place_within_itself", "references in range",
             "places: kabul: within must name another existing place",
             [in_record("places.hpp", "place_id", "kabul", "/* within */ place_id::afghanistan}",
                        "/* within */ place_id::kabul}")]),
        Case("a_chain_that_does_not_end_with_the_publisher", "references in range",
             "figures: us_troops_remaining: via must end with the publisher",
             [figure("us_troops_remaining", "core::make_id_list<source_id, 3>(source_id::doha_news)",
                     "core::make_id_list<source_id, 3>(source_id::afp)")]),
        # ---- Paragraph range
        Case("a_paragraph_that_is_not_reporting", "paragraph range",
             "figures: women_killed_past_decade: paragraph must be one of the article's "
             "reporting paragraphs",
             [figure("women_killed_past_decade", "/* paragraph */ 17,", "/* paragraph */ 21,")]),
        Case("paragraph_zero", "paragraph range",
             "figures: people_in_need: paragraph must be one of the article's reporting "
             "paragraphs",
             [figure("people_in_need", "/* paragraph */ 20,", "/* paragraph */ 0,")]),
        Case("a_paragraph_past_the_article", "paragraph range",
             "events: intra_afghan_talks_began: paragraph must be one of the article's reporting "
             "paragraphs",
             [event("intra_afghan_talks_began", "/* paragraph */ 9,", "/* paragraph */ 27,")]),
        Case("a_statement_paragraph_past_the_article", "paragraph range",
             "statements: anwari_more_expected_sunday: paragraph must be one of the article's "
             "reporting paragraphs",
             [statement("anwari_more_expected_sunday", "/* paragraph */ 14,",
                        "/* paragraph */ 27,")]),
        # ---- Texts
        Case("a_text_offset_inside_another_text", "texts",
             # Qatar's name one code further on: no text starts there, so both
             # faces read it as empty, though the offset is not the empty text's.
             "places: qatar: name must not be empty",
             [Edit("texts.hpp", "    qatar_name = %d," % qatar_name,
                   "    qatar_name = %d," % (qatar_name + 1),
                   times=generated_text("texts.hpp").count("    qatar_name = %d," % qatar_name))]),
        Case("an_empty_phrase", "texts",
             "events: conflict_between_the_parties: phrase and summary must not be empty",
             [event("conflict_between_the_parties",
                    "/* phrase */ {at::conflict_between_the_parties_phrase},",
                    "/* phrase */ {at::empty},")]),
        Case("an_empty_source_name", "texts",
             "sources: al_jazeera: name must not be empty",
             [in_record("sources.hpp", "source_id", "al_jazeera", "/* name */ {at::al_jazeera_name},",
                        "/* name */ {at::empty},")]),
        Case("a_packed_text_that_is_not_its_plain_copy", "texts",
             # The plain copy of "Kabul" reads "Kabol" (in the full pool and in
             # the AFBRIEF_NO_TEXT one): the two faces would disagree.
             "and the plain copy disagree",
             [Edit("texts.hpp", '"Kabul" "\\0"', '"Kabol" "\\0"', times=2)], group="pool"),
        Case("a_wrong_longest_text", "texts",
             "text pool: longest_text is not the longest text's size",
             [Edit("texts.hpp", "longest_text = 273,", "longest_text = 272,")], group="pool"),
        Case("an_empty_text_that_is_not_text_0", "texts",
             "text pool: the empty text must be text 0",
             [Edit("texts.hpp", "empty_text = 0,", "empty_text = 1,", times=2)], group="pool"),
        Case("a_literal_table_of_the_wrong_size", "texts",
             "text pool: one literal per code below first_pair",
             [Edit("texts.hpp", "first_pair = 76,", "first_pair = 77,")], group="literals"),
        Case("a_pair_that_loops", "texts",
             # The first pair (code first_pair) made of itself.
             "text pool: a pair loops, nests too deep or names a code out of range",
             [Edit("texts.hpp", "pairs[360] AFBRIEF_FLASH = {\n      44,",
                   "pairs[360] AFBRIEF_FLASH = {\n      76,")], group="pairs"),
        # ---- Identity: ids, keys, the key index, the counts
        Case("a_record_out_of_place", "ids are positions",
             "places: kabul: its id must name its position",
             [Edit("places.hpp", "{/* id */ place_id::kabul,", "{/* id */ place_id::doha,")],
             group="identity"),
        Case("a_record_pointing_at_another_key", "unique keys",
             # Two rows read "al_jazeera".
             "sources: afp: its id must name its position and its key must read afp",
             [in_record("sources.hpp", "source_id", "afp", "/* key */ {at::afp_key},",
                        "/* key */ {at::al_jazeera_key},")], group="identity"),
        Case("a_key_index_that_misses", "the key index finds every key",
             "places: qatar: the key index must find it at its position",
             [Edit("keys.hpp", "      2, 0, 3, 1, 255,\n", "      2, 0, 1, 3, 255,\n")],
             group="identity"),
        Case("a_sheet_that_miscounts_its_rows", "every row counted",
             "events: the sheet counts every row",
             [Edit("sheet.hpp", "event_count() noexcept { return 14; }",
                   "event_count() noexcept { return 13; }")], group="identity"),
        Case("a_key_index_that_miscounts_its_keys", "every row counted",
             "figures: the key index holds every key",
             [Edit("keys.hpp", "slot_count = 14, count = 11,", "slot_count = 14, count = 12,")],
             group="identity"),
        Case("a_paragraph_count_that_is_not_the_list", "paragraphs",
             "article: paragraph_count must be the number of paragraphs listed",
             [Edit("article.hpp", "/* paragraph_count */ 26,", "/* paragraph_count */ 25,")],
             group="identity"),
        Case("paragraphs_out_of_order", "paragraphs",
             "paragraph 7: numbered in order",
             [Edit("article.hpp", "{7, core::paragraph_role::body},",
                   "{8, core::paragraph_role::body},")], group="identity"),
        # ---- Sort order and unique keys, as a broken generator would write
        # them: the row and the key literals of checks.hpp agree, out of order.
        Case("a_duplicate_key", "unique keys",
             "places: kabul: its key must sort before qatar",
             [in_record("places.hpp", "place_id", "kabul", "/* key */ {at::kabul_key},",
                        "/* key */ {at::qatar_key},"),
              Edit("checks.hpp", '"kabul"', '"qatar"', times=None)], group="duplicate"),
        Case("keys_out_of_order", "sort order",
             "places: doha: its key must sort before kabul",
             [in_record("places.hpp", "place_id", "doha", "/* key */ {at::doha_key},",
                        "/* key */ {at::kabul_key},"),
              in_record("places.hpp", "place_id", "kabul", "/* key */ {at::kabul_key},",
                        "/* key */ {at::doha_key},")] + swap_literals("doha", "kabul"),
             group="order"),
    ]


def family(compiler):
    done = subprocess.run([compiler, "--version"], capture_output=True, text=True)
    return "clang" if "clang" in done.stdout.lower() else "gcc"


def compile_probe(include, compiler, flags, probe):
    # Every failed static_assert, however many (Clang stops at 20 by default).
    limit = ["-ferror-limit=0"] if family(compiler) == "clang" else []
    done = subprocess.run([compiler] + flags + limit + ["-DAFBRIEF_VERIFY=1", "-fsyntax-only",
                                                         "-I" + include, probe],
                          capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    return done.returncode, done.stderr


class Checks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="afbrief-checks-")
        probe = os.path.join(cls.work, "probe.cpp")
        with open(probe, "w") as f:
            f.write('#include "afbrief/afbrief.hpp"\nint main() { return 0; }\n')
        copies = {None: os.path.join(ROOT, "include")}
        cls.problems = {}
        for case in cases():
            if case.group not in copies:
                copies[case.group] = os.path.join(cls.work, case.group)
                shutil.copytree(os.path.join(ROOT, "include"), copies[case.group])
            for edit in case.edits:
                path = os.path.join(copies[case.group], GENERATED, edit.file_name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                try:
                    text = edit.apply(text)
                except AssertionError as problem:
                    cls.problems[case.name] = str(problem)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
        jobs = [(group, compiler, flags) for group in copies for compiler, flags in compilers()]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            done = pool.map(lambda job: compile_probe(copies[job[0]], job[1], job[2], probe), jobs)
            cls.results = {(group, compiler, tuple(flags)): result
                           for (group, compiler, flags), result in zip(jobs, done)}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def test_the_generated_tables_compile(self):
        for compiler, flags in compilers():
            status, output = self.results[(None, compiler, tuple(flags))]
            self.assertEqual(status, 0, output[-2000:])

    def test_records_share_a_copy_only_when_apart(self):
        # In the shared copy each case edits one record, a record of its
        # own, and no other record fails: each message is its own edit's.
        shared = [case for case in cases() if case.group == "records"]
        named = [case.record() for case in shared]
        self.assertNotIn(None, named)
        self.assertEqual(len(named), len(set(named)), "two cases edit the same record")
        for case in shared:
            self.assertEqual([edit.record is not None or edit.file_name == "texts.hpp"
                              for edit in case.edits], [True] * len(case.edits), case.name)
        for compiler, flags in compilers():
            _, output = self.results[("records", compiler, tuple(flags))]
            failing = set(re.findall(r"(%s): (\w+): " % "|".join(TABLES), output))
            self.assertLessEqual(failing, set(named), "%s %s: a record no case edited fails"
                                 % (compiler, flags))

    def refused(self, case):
        self.assertNotIn(case.name, self.problems, self.problems.get(case.name))
        for compiler, flags in compilers():
            status, output = self.results[(case.group, compiler, tuple(flags))]
            self.assertNotEqual(status, 0, "%s %s compiled the broken table" % (compiler, flags))
            self.assertTrue(case.message in output, "%s %s: no %r (%s) in:\n%s" % (
                compiler, flags, case.message, case.rule, output[-3000:]))


def add_case_tests():
    for case in cases():
        setattr(Checks, "test_" + case.name, lambda self, case=case: self.refused(case))


add_case_tests()

if __name__ == "__main__":
    unittest.main(verbosity=1)

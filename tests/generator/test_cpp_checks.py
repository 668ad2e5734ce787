"""The generated tables check themselves: a table edited by hand (or written
by a broken generator) does not compile, and the compiler's message names the
record's key and the rule it breaks.

Each case edits one value in a scratch copy of include/afbrief/data/generated/
and compiles a translation unit that includes afbrief. Compilers: $CXX
(default c++) at C++11 and C++17, and $AFBRIEF_AVR_CXX (avr-g++, GCC 5) at
gnu++11 when set. Run:
  python3 tests/generator/test_cpp_checks.py
"""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATED = os.path.join("afbrief", "data", "generated")


def compilers():
    out = [(os.environ.get("CXX", "c++"), ["-std=c++11"]),
           (os.environ.get("CXX", "c++"), ["-std=c++17"])]
    if os.environ.get("AFBRIEF_AVR_CXX"):
        out.append((os.environ["AFBRIEF_AVR_CXX"], ["-std=gnu++11", "-mmcu=atmega328p"]))
    return out


class Checks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="afbrief-checks-")
        cls.probe = os.path.join(cls.work, "probe.cpp")
        with open(cls.probe, "w") as f:
            f.write('#include "afbrief/afbrief.hpp"\nint main() { return 0; }\n')

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def compile(self, include, compiler, flags):
        return subprocess.run([compiler] + flags + ["-DAFBRIEF_VERIFY=1", "-fsyntax-only", "-I" + include, self.probe],
                              capture_output=True, text=True)

    def broken(self, file_name, old, new, times=1):
        include = tempfile.mkdtemp(dir=self.work)
        shutil.rmtree(include)
        shutil.copytree(os.path.join(ROOT, "include"), include)
        path = os.path.join(include, GENERATED, file_name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(text.count(old), times, "%r must occur %d times in %s"
                         % (old, times, file_name))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))
        return include

    def refused(self, file_name, old, new, message, times=1):
        include = self.broken(file_name, old, new, times)
        for compiler, flags in compilers():
            done = self.compile(include, compiler, flags)
            self.assertNotEqual(done.returncode, 0, "%s %s compiled the broken table"
                                % (compiler, flags))
            self.assertIn(message, done.stderr, "%s %s: %s" % (compiler, flags,
                                                               done.stderr[-2000:]))

    def test_the_generated_tables_compile(self):
        for compiler, flags in compilers():
            done = self.compile(os.path.join(ROOT, "include"), compiler, flags)
            self.assertEqual(done.returncode, 0, done.stderr[-2000:])

    def test_best_above_its_high_bound(self):
        self.refused("figures.hpp", "/* best */ 7792,", "/* best */ 9000,",
                     "figures: children_killed_past_decade: low <= best <= high")

    def test_a_chain_that_does_not_end_with_the_publisher(self):
        self.refused("figures.hpp",
                     "/* via */ core::make_id_list<source_id, 3>(source_id::doha_news),\n"
                     "       /* paragraph */ 24,",
                     "/* via */ core::make_id_list<source_id, 3>(source_id::afp),\n"
                     "       /* paragraph */ 24,",
                     "figures: us_troops_remaining: via must end with the publisher")

    def test_a_paragraph_that_is_not_reporting(self):
        self.refused("figures.hpp", "/* paragraph */ 24,", "/* paragraph */ 21,",
                     "figures: us_troops_remaining: paragraph must be one of the article's "
                     "reporting paragraphs")

    def test_a_period_after_publication(self):
        self.refused("figures.hpp", "core::during(core::on_day(2021, 7, 17)),",
                     "core::during(core::on_day(2021, 7, 19)),",
                     "figures: france_evacuated: covers must be a valid period that begins by "
                     "publication")

    def test_a_precision_that_does_not_describe_the_period(self):
        self.refused("events.hpp", "/* dated_to */ core::precision::days,",
                     "/* dated_to */ core::precision::month,",
                     "events: other_countries_evacuations: dated_to must describe the shape of "
                     "when")

    def test_a_weekday_that_is_not_the_date(self):
        self.refused("events.hpp", "/* named_weekday */ core::weekday::saturday,",
                     "/* named_weekday */ core::weekday::friday,",
                     "events: france_evacuation: named_weekday must be the weekday of when")

    def test_a_statement_said_after_publication(self):
        self.refused("statements.hpp",
                     "/* said */ core::during(core::on_day(2021, 7, 17)),  // 2021-07-17\n"
                     "       /* named_weekday */ {},\n"
                     "       /* said_through */ core::channel::opening_remarks,",
                     "/* said */ core::during(core::on_day(2021, 7, 19)),  // 2021-07-17\n"
                     "       /* named_weekday */ {},\n"
                     "       /* said_through */ core::channel::opening_remarks,",
                     "statements: baradar_opening_remarks: said must be a valid period that "
                     "ends by publication")

    def test_a_reference_past_its_table(self):
        self.refused("actors.hpp", "/* part_of */ actor_id::bbc},",
                     "/* part_of */ static_cast<actor_id>(200)},",
                     "actors: lyse_doucet: part_of must name another existing actor")

    def test_a_record_out_of_place(self):
        self.refused("places.hpp", "{/* id */ place_id::kabul,", "{/* id */ place_id::doha,",
                     "places: kabul: its id must be its position")

    def test_a_record_pointing_at_another_key(self):
        self.refused("places.hpp", "/* key */ {at::kabul_key},", "/* key */ {at::qatar_key},",
                     "places: kabul: its id must be its position and its key must read kabul")

    def test_a_text_offset_inside_another_text(self):
        # Kabul's name one code further on: no text starts there, so both
        # faces read it as empty, though the offset is not the empty text's.
        path = os.path.join(ROOT, "include", GENERATED, "texts.hpp")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        offset = int(re.search(r"    kabul_name = (\d+),", text).group(1))
        self.refused("texts.hpp", "    kabul_name = %d," % offset,
                     "    kabul_name = %d," % (offset + 1),
                     "places: kabul: name must not be empty",
                     times=text.count("    kabul_name = %d," % offset))

    def test_a_packed_text_that_is_not_its_plain_copy(self):
        # The plain copy of "Kabul" reads "Kabol" (in the full pool and in the
        # AFBRIEF_NO_TEXT one): compile-time and run-time reads would disagree.
        self.refused("texts.hpp", '"Kabul" "\\0"', '"Kabol" "\\0"',
                     "and the plain copy disagree", times=2)


if __name__ == "__main__":
    unittest.main(verbosity=1)

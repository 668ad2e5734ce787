"""tools/generate.py --check names every stale generated file, and one run of
tools/generate.py makes them all current again.

Works on a scratch copy of the repository's generator, headers, data and docs,
so the real tree is never touched. Run:
  python3 tests/generator/test_stale.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COPIED = ["tools/generate.py", "tools/generator", "include", "data", "docs", "single_include",
          "src"]
FIGURES = "include/afbrief/data/generated/figures.hpp"
ANNOTATIONS = "include/afbrief/data/generated/annotations.hpp"
TEXTS = "include/afbrief/data/generated/texts.hpp"
ACTORS = "include/afbrief/data/generated/actors.hpp"
SINGLE = "single_include/afbrief/afbrief.hpp"
# The Arduino library's copy of the single header, and its public header.
ARDUINO_BUNDLE = "src/afbrief/afbrief.hpp"
ARDUINO_HEADER = "src/afbrief.h"


class Stale(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="afbrief-stale-")
        for path in COPIED:
            source, target = os.path.join(ROOT, path), os.path.join(self.root, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if os.path.isdir(source):
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy(source, target)

    def tearDown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def generate(self, *args):
        return subprocess.run([sys.executable, os.path.join(self.root, "tools", "generate.py")]
                              + list(args), capture_output=True, text=True, cwd=self.root)

    def edit(self, path, old, new):
        full = os.path.join(self.root, path)
        with open(full, encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(text.count(old), 1, old)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))

    def assert_stale(self, expected):
        done = self.generate("--check")
        self.assertEqual(done.returncode, 1 if expected else 0, done.stderr)
        self.assertEqual(done.stdout, "")
        named = sorted(line.split(": ")[0] for line in done.stderr.splitlines())
        for line in done.stderr.splitlines():
            self.assertTrue(line.endswith(": stale: run python3 tools/generate.py"), line)
        self.assertEqual(named, sorted(expected))

    def test_the_repository_is_current(self):
        self.assert_stale([])

    def test_an_edited_record_names_each_file_it_feeds(self):
        # The place of the 650 US troops (a reference, not a text: the pool
        # does not change).
        self.edit("data/doha_news_2021-07-18.toml",
                  'subject = "US troops"\ncovers = "2021-07-18/.."\nperiod_phrase = "will remain"\n'
                  'place = "afghanistan"',
                  'subject = "US troops"\ncovers = "2021-07-18/.."\nperiod_phrase = "will remain"\n'
                  'place = "kabul"')
        self.assert_stale([FIGURES, "docs/DATA.md", SINGLE, ARDUINO_BUNDLE])
        done = self.generate()
        self.assertEqual((done.returncode, done.stdout, done.stderr), (0, "", ""))
        self.assert_stale([])
        self.assertIn("/* place */ place_id::kabul,", self.read(FIGURES))

    def test_a_file_the_generator_no_longer_writes_is_stale(self):
        orphan = "include/afbrief/data/generated/old_table.hpp"
        with open(os.path.join(self.root, orphan), "w") as f:
            f.write("// left over\n")
        self.assert_stale([orphan])
        self.assertEqual(self.generate().returncode, 0)
        self.assertFalse(os.path.exists(os.path.join(self.root, orphan)))
        self.assert_stale([])

    def test_an_edited_note_reaches_the_annotations_and_the_docs(self):
        self.edit("data/doha_news_2021-07-18.toml", 'note = "Paragraph 23."',
                  'note = "Paragraph 23: \\"Germany and Italy\\"."')
        # Italy's note; it is also the comment above its record in the table.
        self.assert_stale([ANNOTATIONS, ACTORS, "docs/DATA.md", SINGLE, ARDUINO_BUNDLE])

    def test_a_generated_file_edited_by_hand_is_stale(self):
        self.edit(FIGURES, "/* best */ 650,", "/* best */ 651,")
        # The single header is compared with what the generator would bundle,
        # which is the data's figure, so only the edited file is named.
        self.assert_stale([FIGURES])

    def test_the_arduino_library_edited_by_hand_is_stale(self):
        # src/ is what an Arduino sketch compiles: a hand edit there must not
        # reach users, so --check names it and a run restores the bundle.
        self.edit(ARDUINO_BUNDLE, "/* best */ 650,", "/* best */ 651,")
        self.edit(ARDUINO_HEADER, '#include "afbrief/afbrief.hpp"', '#include "afbrief/other.hpp"')
        stray = "src/afbrief/extra.h"
        with open(os.path.join(self.root, stray), "w") as f:
            f.write("// added by hand\n")
        self.assert_stale([ARDUINO_BUNDLE, ARDUINO_HEADER, stray])
        self.assertEqual(self.generate().returncode, 0)
        self.assert_stale([])
        self.assertEqual(self.read(ARDUINO_BUNDLE), self.read(SINGLE))

    def test_a_new_folder_in_the_arduino_library_is_stale(self):
        # Arduino compiles src/ recursively, so a file added by hand in a new
        # folder there, however deep, would be built into every sketch.
        strays = ["src/extra/stray.cpp", "src/extra/deeper/stray.h"]
        for stray in strays:
            os.makedirs(os.path.dirname(os.path.join(self.root, stray)), exist_ok=True)
            with open(os.path.join(self.root, stray), "w") as f:
                f.write("// added by hand\n")
        # A folder left empty is named as well: only generated files remain.
        os.makedirs(os.path.join(self.root, "src", "afbrief", "empty"))
        folders = ["src/extra/", "src/extra/deeper/", "src/afbrief/empty/"]
        self.assert_stale(strays + folders)
        self.assertEqual(self.generate().returncode, 0)
        self.assert_stale([])
        for path in strays + folders:
            self.assertFalse(os.path.exists(os.path.join(self.root, path)), path)
        self.assertEqual(sorted(self.tree("src")), sorted([ARDUINO_BUNDLE, ARDUINO_HEADER]))

    def tree(self, top):
        """Every file under `top`, relative to the scratch root."""
        return [os.path.relpath(os.path.join(folder, name), self.root)
                for folder, _, names in os.walk(os.path.join(self.root, top)) for name in names]

    def test_a_deleted_generated_file_is_written_again(self):
        os.remove(os.path.join(self.root, TEXTS))
        self.assert_stale([TEXTS])
        self.assertEqual(self.generate().returncode, 0)
        self.assert_stale([])

    def test_a_current_file_is_not_rewritten(self):
        path = os.path.join(self.root, FIGURES)
        os.utime(path, (1, 1))
        self.assertEqual(self.generate().returncode, 0)
        self.assertEqual(os.stat(path).st_mtime, 1)

    def test_a_new_vocabulary_word_reaches_the_schema(self):
        # docs/export.schema.json takes its enums from the core's vocabularies:
        # a word added in C++ makes the schema stale, and one run adds it.
        self.edit("include/afbrief/core/quantity.hpp", "X(arg, percent)",
                  "X(arg, percent) X(arg, dollars)")
        done = self.generate("--check")
        self.assertIn("docs/export.schema.json: stale", done.stderr)
        self.assertEqual(self.generate().returncode, 0)
        self.assertIn('"dollars"', self.read("docs/export.schema.json"))

    def read(self, path):
        with open(os.path.join(self.root, path), encoding="utf-8") as f:
            return f.read()

    def test_bad_data_writes_nothing(self):
        self.edit("data/doha_news_2021-07-18.toml", "best = 18400000", 'best = "many"')
        before = self.read(FIGURES)
        done = self.generate()
        self.assertEqual(done.returncode, 2)
        self.assertIn("people_in_need: best: expected an integer", done.stderr)
        self.assertEqual(self.read(FIGURES), before)


if __name__ == "__main__":
    unittest.main(verbosity=1)

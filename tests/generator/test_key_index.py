"""The key index finds every key and nothing else, for key sets of any shape.

tools/generator/key_index.py builds the index and core/key_index.hpp searches
it; the two must agree bit for bit. Each case builds an index here, writes it
as the generator does, and compiles a program that looks up every key and a
set of near misses, at run time (and, for small sets, in static_asserts at
C++11). The program's answers must be the Python model's: every key at its
own position, every miss not found. Compiler: $CXX (default c++). Run:
  python3 tests/generator/test_key_index.py
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from generator import cpp, emit_tables, key_index  # noqa: E402

PROGRAM = r"""
#include <stdio.h>
#include "afbrief/afbrief.hpp"
namespace probe {
namespace core = ::afbrief::core;
%(index)s
typedef core::key_index_search<keys<>, core::plain_reader, core::run_time_key_probe> run_time;
typedef core::key_index_search<keys<>> compile_time;
%(asserts)s
}
static const struct { const char* data; size_t size; } probes[] = {
%(probes)s
};
int main() {
  for (const auto& p : probes) {
    const afbrief::maybe<size_t> at = probe::run_time::find(afbrief::text_ref(p.data, p.size));
    printf("%%ld\n", at ? static_cast<long>(at.value()) : -1L);
  }
  return 0;
}
"""


def near_misses(keys):
    """Probes a careless caller sends: one byte changed, a prefix, one byte
    more, an embedded NUL, the empty key."""
    out = [b"", b"\0"]
    for k in keys[:200]:
        out += [k[:-1], k + b"x", k + b"\0", b"\0" + k]
        if k:
            out.append(k[:len(k) // 2] + bytes([k[len(k) // 2] ^ 1]) + k[len(k) // 2 + 1:])
    present = set(keys)
    return [m for m in out if m not in present]


class KeyIndex(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="afbrief-keys-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def run_case(self, name, keys, constant=True):
        keys = sorted(keys)
        index = key_index.build(keys)
        misses = near_misses(keys)
        probes = keys + misses
        for i, k in enumerate(keys):
            self.assertEqual(key_index.find(index, k), i, k)
        for m in misses:
            self.assertIsNone(key_index.find(index, m), m)
        lines = emit_tables.key_index_struct("keys", name, keys)
        asserts = []
        if constant:
            for i, k in enumerate(keys[:40]):
                text = cpp.literal(k.decode("latin-1"))
                asserts.append("static_assert(compile_time::find(core::text_ref(%s, %d)).value() "
                               "== %d, \"hit\");" % (text, len(k), i))
            for m in misses[:40]:
                asserts.append("static_assert(!compile_time::find(core::text_ref(%s, %d))"
                               ".has_value(), \"miss\");" % (cpp.literal(m.decode("latin-1")),
                                                             len(m)))
        source = PROGRAM % {
            "index": "\n".join(lines), "asserts": "\n".join(asserts),
            "probes": "\n".join("  {%s, %d}," % (cpp.literal(p.decode("latin-1")), len(p))
                                for p in probes)}
        path = os.path.join(self.work, name + ".cpp")
        with open(path, "w") as f:
            f.write(source)
        program = os.path.join(self.work, name)
        # CXXFLAGS: the sanitizer builds pass theirs, so that these programs
        # run under ASan and UBSan too.
        done = subprocess.run([os.environ.get("CXX", "c++"), "-std=c++11", "-O2", "-Wall",
                               "-Wextra", "-Werror", "-I" + os.path.join(ROOT, "include")] +
                              os.environ.get("CXXFLAGS", "").split() +
                              [path, "-o", program], capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr[-3000:])
        answers = subprocess.run([program], capture_output=True, text=True,
                                 check=True).stdout.split()
        expected = [str(i) for i in range(len(keys))] + ["-1"] * len(misses)
        self.assertEqual(answers, expected)

    def test_the_article_keys_shape(self):
        self.run_case("words", [b"afghan_forces_killed", b"afghan_forces_wounded", b"taliban",
                                b"us_troops", b"un", b"a", b"afghan_forces"])

    def test_keys_shorter_than_a_window(self):
        self.run_case("short", [b"", b"a", b"b", b"ab", b"ba", b"abc", b"abd", b"abcd"])

    def test_keys_that_differ_only_in_the_middle(self):
        self.run_case("middle", [b"province_%02d_district_killed" % i for i in range(40)])
        self.run_case("deep", [b"x" * 40 + c + b"x" * 40 for c in (b"a", b"b")])

    def test_any_byte_is_a_key_byte(self):
        self.run_case("bytes", [b"\0", b"\0\0", b"a\0b", b"a\0c", b"\x01\x7f", b"q\"\\"])

    def test_one_key_and_many_keys(self):
        self.run_case("one", [b"only"])
        rng = random.Random(7)
        many = {("%s_%s_%d" % (rng.choice(["afghan_forces", "civilians", "taliban"]),
                               rng.choice(["killed", "wounded", "displaced"]), i)).encode()
                for i in range(10000)}
        self.run_case("many", many, constant=False)

    def test_keys_alike_but_in_three_places(self):
        # region_group_measure: no two fixed windows see all three parts.
        self.run_case("parts", [b"%s_%s_%s" % (r, g, m) for r in (b"balkor", b"dunmir", b"tasvel")
                                for g in (b"children", b"families", b"students")
                                for m in (b"killed", b"helped")])

    def test_a_probe_longer_than_every_key_is_not_hashed(self):
        index = key_index.build([b"ab", b"abc"])
        self.assertIsNone(key_index.find(index, b"abcd"))
        self.assertEqual(index["longest"], 3)

if __name__ == "__main__":
    unittest.main()

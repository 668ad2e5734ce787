#!/usr/bin/env python3
"""Mutation fuzzing of the generator's data-file parser.

Mutated copies of data/*.toml go through tools/generator/load.py as
tools/generate.py runs it; each must be accepted, or refused with problem lines
FILE:LINE: KEY: FIELD: message (problems.Stop, the project's own reporting).
Anything else (a traceback, a hang, a problem line of another shape or at a
line the file does not have) is a finding: the mutant is saved with what went
wrong, and the run fails. A few accepted mutants also go on through the rest
of the generator (packing and writing the headers, in memory).

libFuzzer cannot host Python here and Debian 12 has no python3-atheris, so
this is a small fuzzer of our own: seeded (a seed gives the same mutants in
the same order), bounded by time, mutating bytes, lines and tokens. Its
dictionary is read from the data file itself (keys, values, field names), so
it has no list to keep current.

  python3 tests/fuzz/fuzz_generator.py --seconds 20 --seed 1 [--findings DIR]
  python3 tests/fuzz/fuzz_generator.py --replay tests/fuzz/regressions/generator
"""
import argparse
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import generate  # noqa: E402
from generator import load, pack, vocabulary  # noqa: E402
from generator.problems import Stop  # noqa: E402

DATA = generate.project_data_file()
SHEET = "sheet.toml"  # the mutant's name, as the problem lines must give it
# A problem line names the file and a line of it: a finding when it does not.
WHERE_RE = re.compile(r"^%s:(\d+): .+$" % re.escape(SHEET))
# The shape tests/generator/test_bad_data.py reads the rest in, KEY: FIELD:
# message, where a key or field name that is not plain comes quoted
# (generator/problems.py). A line that names its place but not in this shape
# is a finding: it once was, for a key with a colon in it.
NAME = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^:'"]+)"""
PROBLEM_RE = re.compile(r"^%s:(\d+): %s: %s: .+$" % (re.escape(SHEET), NAME, NAME))
# Seconds of CPU time (not wall time: CI shares its two CPUs) a mutant may take.
SLOW_SECONDS = 10
# Tokens the data file cannot supply: dates and EDTF periods at their edges
# (December and the fourth quarter included: the data has neither), numbers
# at the limits of the types the tables use, and TOML syntax.
EDTF_TOKENS = [
    '"0000-01-01"', '"0001-01-01"', '"9999-12-31"', '"10000-01-01"', '"2021-02-29"',
    '"2020-02-29"', '"2021-12-31"', '"2021-12"', '"9999-12"', '"9999"', '"2021-00"', '"2021-13"',
    '"2021-32"', '"2021-33"', '"2021-36"', '"2021-37"', '"9999-36"', '"/"', '"../.."', '"[..]"',
    '"[2021..2020]"', '"2021-07-18/2021-07-17"', '"2011~"', '"~"', '"2021-07-18/.."',
    '"[2021-07-18..]"', '"[..2021-07-18]"', '"2021-12/.."', '"2021-36~"', '"2021-10/2021-36"',
    '"2020-12/2021"', '"[2021-12..2021-36]"', "1979-05-27T07:32:00Z", "1979-05-27",
]
NUMBER_TOKENS = [
    "0", "-1", "1", "26", "27", "255", "256", "65535", "65536", "2147483647", "2147483648",
    "-2147483649", "99999999999999999999", "0x10", "1e9", "nan", "inf", "1.5", "true", '"1"',
]
SYNTAX_TOKENS = [
    '"', "'", '"""', "'''", "[", "]", "[[", "]]", "{", "}", "=", ",", "#", "\\", "\\u0000",
    "\n", " ", "", '""', "[]", "{}", "\u00e9", "\u2019", "\ufeff", "\x00", "\r",
]
INTERESTING_BYTES = b'"\'=[]{},#\\\n\r\t 0-9.~/:_\x00\xff'
# A one-line `field = value`; a value that reads as a date or period; a number.
FIELD_LINE = re.compile(rb"^([ \t]*([A-Za-z_]+)[ \t]*=[ \t]*)(.*)$", re.M)
EDTF_LIKE = re.compile(rb'^"[\[\d/.~]')
NUMBER_LIKE = re.compile(rb"^(-?\d+|true|false)\s*$")


class Slow(Exception):
    pass


def on_alarm(signum, frame):
    raise Slow()


def dictionary(text):
    """Tokens read from the data file (quoted values, field names, headers) and
    ours; and every one-line value of each field, by field name."""
    found = set(re.findall(r'"[^"\n]{0,60}"', text))
    found |= set(re.findall(r"^\s*([A-Za-z_]+)\s*=", text, re.M))
    found |= set(re.findall(r"^\[\[?[a-z_]+\]\]?$", text, re.M))
    values = {}
    for m in FIELD_LINE.finditer(text.encode("utf-8")):
        values.setdefault(m.group(2), set()).add(m.group(3))
    tokens = sorted(found) + EDTF_TOKENS + NUMBER_TOKENS + SYNTAX_TOKENS
    return tokens, {name: sorted(v) for name, v in values.items()}


class Mutator:
    def __init__(self, seed, tokens, values):
        self.rng = random.Random(seed)
        self.tokens = tokens
        self.values = values

    def mutate(self, data):
        for _ in range(self.rng.randint(1, 4)):
            data = self.rng.choice(self.MUTATIONS)(self, data)
        return data

    def flip_bit(self, data):
        if not data:
            return data
        i = self.rng.randrange(len(data))
        return data[:i] + bytes([data[i] ^ (1 << self.rng.randrange(8))]) + data[i + 1:]

    def set_byte(self, data):
        i = self.rng.randrange(len(data) + 1)
        return data[:i] + bytes([self.rng.choice(INTERESTING_BYTES)]) + data[i + 1:]

    def set_digit(self, data):
        """One digit changed: dates, numbers and paragraph references move to their edges."""
        digits = [m.start() for m in re.finditer(rb"\d", data)]
        if not digits:
            return data
        i = self.rng.choice(digits)
        return data[:i] + bytes([self.rng.choice(b"0123456789")]) + data[i + 1:]

    def lines_edit(self, data):
        lines = data.split(b"\n")
        i, j = self.rng.randrange(len(lines)), self.rng.randrange(len(lines))
        how = self.rng.randrange(4)
        if how == 0:
            del lines[i]
        elif how == 1:
            lines.insert(i, lines[j])
        elif how == 2:
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(j, lines.pop(i))
        return b"\n".join(lines)

    def splice_token(self, data):
        """One token of the file (a string, a number, a word) replaced by a dictionary token."""
        spans = [m.span() for m in re.finditer(rb'"[^"\n]*"|-?\d[\d.:-]*|[A-Za-z_]+|\[+|\]+', data)]
        token = self.rng.choice(self.tokens).encode("utf-8")
        if not spans or self.rng.random() < 0.2:
            i = self.rng.randrange(len(data) + 1)
            return data[:i] + token + data[i:]
        a, b = self.rng.choice(spans)
        return data[:a] + token + data[b:]

    def splice_value(self, data):
        """One field's value replaced by one of its kind: an EDTF edge for a date,
        a limit for a number, another record's value of the same field otherwise."""
        fields = list(FIELD_LINE.finditer(data))
        if not fields:
            return data
        m = self.rng.choice(fields)
        value = m.group(3)
        if EDTF_LIKE.match(value):
            token = self.rng.choice(EDTF_TOKENS).encode()
        elif NUMBER_LIKE.match(value):
            token = self.rng.choice(NUMBER_TOKENS).encode()
        elif m.group(2) in self.values and self.rng.random() < 0.7:
            token = self.rng.choice(self.values[m.group(2)])
        else:
            token = self.rng.choice(self.tokens).encode("utf-8")
        return data[:m.start(3)] + token + data[m.end(3):]

    def cut(self, data):
        a = self.rng.randrange(len(data) + 1)
        b = min(len(data), a + self.rng.choice((1, 2, 8, 64, 1024)))
        return data[:a] + data[b:] if self.rng.random() < 0.9 else data[:a]

    MUTATIONS = [flip_bit, set_byte, set_digit, lines_edit, lines_edit, splice_token,
                 splice_token, splice_value, splice_value, splice_value, cut]


class Verdict:
    def __init__(self, accepted=False, problem=None):
        self.accepted = accepted
        self.problem = problem  # what went wrong, or None


def judge(data, words, workdir, emit):
    """Runs the parser on one mutant (written to workdir/sheet.toml)."""
    path = os.path.join(workdir, SHEET)
    with open(path, "wb") as f:
        f.write(data)
    line_count = data.count(b"\n") + 1
    signal.setitimer(signal.ITIMER_PROF, SLOW_SECONDS)
    try:
        sheet = load.load(path, words)
        if emit:
            try:
                generate.sheet_files(sheet, "fuzzed", SHEET, os.path.join(workdir, "out"),
                                     "afbrief/afbrief.hpp")
            except pack.PackError:
                pass  # tools/generate.py reports it as a problem of its own
        return Verdict(accepted=True)
    except Stop as stop:
        for line in stop.lines:
            m = WHERE_RE.match(line)
            if m is None:
                return Verdict(problem="a problem line that names no FILE:LINE: %r" % line)
            if not 1 <= int(m.group(1)) <= line_count:
                return Verdict(problem="a problem at a line the file does not have (%d lines): %r"
                               % (line_count, line))
            if not PROBLEM_RE.match(line):
                return Verdict(problem="not readable as FILE:LINE: KEY: FIELD: message: %r"
                               % line)
        if not stop.lines:
            return Verdict(problem="refused with no problem named")
        return Verdict()
    except Slow:
        return Verdict(problem="no answer within %d s of CPU time" % SLOW_SECONDS)
    except Exception:  # noqa: BLE001: any other exception is what we look for
        return Verdict(problem=traceback.format_exc())
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)


def scratch_dir():
    """A directory holding the article text the data file names, as data/ does."""
    workdir = tempfile.mkdtemp(prefix="afbrief-fuzz-generator-")
    for name in os.listdir(os.path.dirname(DATA)):
        if name.endswith(".txt"):
            shutil.copy(os.path.join(os.path.dirname(DATA), name), workdir)
    return workdir


def fuzz(seconds, seed, findings_dir, words, workdir):
    with open(DATA, "rb") as f:
        original = f.read()
    tokens, values = dictionary(original.decode("utf-8"))
    mutator = Mutator(seed, tokens, values)
    # A few accepted mutants are mutated further, to reach past the first check.
    accepted_pool = [original]
    counts = {"accepted": 0, "refused": 0, "findings": 0}
    start = time.monotonic()
    emit_seconds = 0.0
    slowest = (0.0, None)  # CPU seconds of the slowest mutant, and whether it was emitted
    while time.monotonic() - start < seconds and counts["findings"] < 5:
        base = mutator.rng.choice(accepted_pool) if mutator.rng.random() < 0.3 else original
        mutant = mutator.mutate(base)
        # The rest of the generator is slow (packing): a quarter of the time at most.
        emit = emit_seconds < seconds / 4
        began, began_cpu = time.monotonic(), time.process_time()
        verdict = judge(mutant, words, workdir, emit)
        if verdict.accepted and emit:
            emit_seconds += time.monotonic() - began
        if time.process_time() - began_cpu > slowest[0]:
            slowest = (time.process_time() - began_cpu, verdict.accepted and emit)
        if verdict.problem is not None:
            counts["findings"] += 1
            os.makedirs(findings_dir, exist_ok=True)
            name = os.path.join(findings_dir, "finding-%d-%d.toml" % (seed, counts["findings"]))
            with open(name, "wb") as f:
                f.write(mutant)
            with open(name + ".txt", "w", encoding="utf-8") as f:
                f.write(verdict.problem)
            print("FINDING %s:\n%s" % (name, verdict.problem))
        elif verdict.accepted:
            counts["accepted"] += 1
            if len(accepted_pool) < 64:
                accepted_pool.append(mutant)
        else:
            counts["refused"] += 1
    total = sum(counts.values())
    print("fuzz_generator: %d mutants in %.1f s (seed %d): %d accepted, %d refused with named "
          "problems, %d findings; slowest %.2f s of CPU%s" % (
              total, time.monotonic() - start, seed, counts["accepted"], counts["refused"],
              counts["findings"], slowest[0],
              " (with the headers written)" if slowest[1] else ""))
    if counts["findings"]:
        print("Keep each finding as a regression: copy it into tests/fuzz/regressions/generator/")
    return 1 if counts["findings"] else 0


def replay(directory, words, workdir):
    names = sorted(n for n in os.listdir(directory) if n.endswith(".toml"))
    failed = 0
    for name in names:
        with open(os.path.join(directory, name), "rb") as f:
            verdict = judge(f.read(), words, workdir, emit=True)
        if verdict.problem is not None:
            failed += 1
            print("FAIL - %s: %s" % (name, verdict.problem))
        else:
            print("ok - %s (%s)" % (name, "accepted" if verdict.accepted else "refused"))
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed or not names else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--findings", default=os.path.join(tempfile.gettempdir(),
                                                           "afbrief-fuzz-generator-findings"))
    parser.add_argument("--replay", help="judge every .toml file of this directory once")
    args = parser.parse_args()
    # Paths as given, before the working directory changes.
    findings = os.path.abspath(args.findings)
    replay_dir = os.path.abspath(args.replay) if args.replay else None
    words = vocabulary.read(generate.CORE)
    workdir = scratch_dir()
    signal.signal(signal.SIGPROF, on_alarm)
    # Problem lines name the file as the generator displays it: relative to here.
    os.chdir(workdir)
    try:
        if replay_dir:
            return replay(replay_dir, words, workdir)
        return fuzz(args.seconds, args.seed, findings, words, workdir)
    finally:
        os.chdir(ROOT)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Pack every text of the article's tables into include/afbrief/data/text_pool.hpp.

The rows in include/afbrief/data/*.hpp are the source of truth. This script
asks the C++ preprocessor to expand them (tools/pack/list_texts.cpp), packs
the texts with byte-pair codes (see include/afbrief/core/packed_text.hpp for
the format) and writes the pool, twice: in full, and for AFBRIEF_NO_TEXT,
where long texts are empty. Identical texts are stored once.

Every build, C++11 included, proves at compile time that each packed text
decodes to its row's literal (data/texts.hpp), so a stale pool does not
compile; `--check` (run by CI) reports it without a compiler.

  python3 tools/pack_texts.py           rewrite the pool
  python3 tools/pack_texts.py --check   exit 1 if the pool is not current
Python 3.7 or later, standard library only; needs a C++ compiler (c++ or
g++) for -E.
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "include")
LISTER = os.path.join(ROOT, "tools", "pack", "list_texts.cpp")
OUTPUT = os.path.join(INCLUDE, "afbrief", "data", "text_pool.hpp")
TABLES = ["article", "figure", "event", "statement", "actor", "source", "place"]
# Nesting bound for pairs while packing; the header records the deepest
# nesting reached (max_depth), and the decoder's stack is that + 1 bytes.
MAX_DEPTH = 12
# Codes per text, at most: the compile-time proof recurses once per code, and
# compilers stop constant evaluation at a depth of 512.
MAX_CODES_PER_TEXT = 400

# One text: its table, its name and one or more plain string literals, and
# nothing else (a u8"" or raw literal would not be read: refused below).
TEXT_RE = re.compile(r"\s*(\w+)\s+(\w+)\s+((?:\"(?:[^\"\\]|\\.)*\"\s*)+)")
LITERAL_RE = re.compile(r"\"((?:[^\"\\]|\\.)*)\"")
ESCAPES = {"\\\\": "\\", "\\\"": "\"", "\\'": "'", "\\n": "\n", "\\t": "\t"}


def fail(message):
    print("pack_texts: " + message, file=sys.stderr)
    sys.exit(2)


def unescape(body):
    def one(match):
        if match.group(0) not in ESCAPES:
            fail("unsupported escape %s in a text" % match.group(0))
        return ESCAPES[match.group(0)]
    return re.sub(r"\\.", one, body)


def list_texts(no_text):
    """[(table, name, bytes)] in canonical order, from the preprocessor."""
    compiler = shutil.which("c++") or shutil.which("g++")
    if compiler is None:
        fail("no C++ compiler for the preprocessor (c++ or g++)")
    # gnu++11, not c++11: strict ISO modes replace trigraphs such as ??! inside
    # string literals.
    command = [compiler, "-E", "-P", "-x", "c++", "-std=gnu++11", "-I" + INCLUDE,
               "-DAFBRIEF_NO_TEXT=%d" % no_text, LISTER]
    done = subprocess.run(command, capture_output=True)
    if done.returncode != 0:
        fail("preprocessor failed: " + done.stderr.decode("utf-8", "replace").strip())
    out = done.stdout.decode("utf-8")
    texts = []
    for chunk in out.split("@@text")[1:]:
        match = TEXT_RE.fullmatch(chunk)
        if match is None:
            fail("could not read a text from the preprocessed rows: @@text" + chunk[:80])
        literal = "".join(unescape(body) for body in LITERAL_RE.findall(match.group(3)))
        texts.append((match.group(1), match.group(2), literal.encode("utf-8")))
    if not texts:
        fail("no texts in the preprocessed rows")
    return texts


def pack(texts):
    """Byte-pair codes for the distinct texts: (literals, pairs, codes, offsets)."""
    # The empty text is always there: lookups answer it for an invalid id.
    distinct = list(dict.fromkeys([t[2] for t in texts] + [b""]))
    alphabet = sorted(set(b"".join(distinct)))
    if len(alphabet) > 200:
        fail("too many distinct bytes (%d) for one-byte codes" % len(alphabet))
    literal_code = {byte: i + 1 for i, byte in enumerate(alphabet)}
    first_pair = len(alphabet) + 1
    runs = [[literal_code[b] for b in text] for text in distinct]
    depth = collections.defaultdict(int)
    pairs = []
    for code in range(first_pair, 256):
        counts = collections.Counter()
        for run in runs:
            counts.update(zip(run, run[1:]))
        best = None
        for (left, right), count in counts.most_common():
            if count < 2:
                break
            if max(depth[left], depth[right]) + 1 <= MAX_DEPTH:
                best = (left, right)
                break
        if best is None:
            break
        left, right = best
        depth[code] = max(depth[left], depth[right]) + 1
        pairs.append(best)
        for i, run in enumerate(runs):
            merged, j = [], 0
            while j < len(run):
                if j + 1 < len(run) and run[j] == left and run[j + 1] == right:
                    merged.append(code)
                    j += 2
                else:
                    merged.append(run[j])
                    j += 1
            runs[i] = merged
    if not pairs:
        fail("no byte pair occurs twice: nothing to pack")
    for text, run in zip(distinct, runs):
        if len(run) > MAX_CODES_PER_TEXT:
            fail("a text of %d codes is over the %d that the compile-time proof allows: %r"
                 % (len(run), MAX_CODES_PER_TEXT, text[:40]))
    codes, offset_of = [], {}
    for text, run in zip(distinct, runs):
        offset_of[text] = len(codes)
        codes.extend(run + [0])
    # For compile-time lookups: each distinct text's offset, ascending, and
    # the position (in canonical order) of the first row text it holds.
    first_entry = {}
    for position, t in enumerate(texts):
        first_entry.setdefault(t[2], position)
    starts = [(offset_of[text], first_entry[text]) for text in distinct if text in first_entry]
    if len(codes) > 0xFFFF:
        fail("pool of %d codes does not fit 16-bit offsets" % len(codes))
    literals = [0] + alphabet
    return {"first_pair": first_pair, "max_depth": max([0] + list(depth.values())),
            "literals": literals, "pairs": [c for pair in pairs for c in pair],
            "codes": codes, "starts": starts, "empty": offset_of[b""],
            "offsets": [(t[0], t[1], offset_of[t[2]]) for t in texts],
            "longest": max(len(t[2]) for t in texts),
            "characters": sum(len(t[2]) for t in texts), "texts": len(texts),
            "distinct": len(distinct)}


def byte_rows(values, indent="      "):
    out, line = [], indent
    for value in values:
        item = "%d," % value
        if len(line) + len(item) + 1 > 92:
            out.append(line.rstrip())
            line = indent
        line += item + " "
    out.append(line.rstrip())
    return "\n".join(out)


def emit_pool(p):
    lines = [
        "// %d texts (%d distinct), %d characters: %d codes, %d literals, %d pairs." % (
            p["texts"], p["distinct"], p["characters"], len(p["codes"]),
            len(p["literals"]) - 1, len(p["pairs"]) // 2),
        "template <class Unused = void>",
        "struct text_pool {",
        "  enum : uint8_t { first_pair = %d, max_depth = %d };" % (p["first_pair"], p["max_depth"]),
        "  enum : uint16_t { text_count = %d, empty_text = %d, longest_text = %d };" % (
            p["texts"], p["empty"], p["longest"]),
        "  static constexpr uint8_t literals[] AFBRIEF_FLASH = {",
        byte_rows(p["literals"]), "  };",
        "  static constexpr uint8_t pairs[] AFBRIEF_FLASH = {",
        byte_rows(p["pairs"]), "  };",
        "  static constexpr uint8_t codes[] AFBRIEF_FLASH = {",
        byte_rows(p["codes"]), "  };",
        "  // Compile-time lookups only (afbrief::ct): each distinct text's offset,",
        "  // ascending, and the position of the first row text holding it.",
        "  enum : uint16_t { start_count = %d };" % len(p["starts"]),
        "  static constexpr uint16_t starts[] AFBRIEF_FLASH = {",
        byte_rows([o for o, _ in p["starts"]]), "  };",
        "  static constexpr uint16_t entry_of_start[] AFBRIEF_FLASH = {",
        byte_rows([e for _, e in p["starts"]]), "  };",
        "};",
        "",
    ]
    for table in TABLES:
        lines.append("struct %s_text_at {" % table)
        lines.append("  enum : uint16_t {")
        for t, name, offset in p["offsets"]:
            if t == table:
                lines.append("    %s = %d," % (name, offset))
        lines.append("  };")
        lines.append("};")
    return "\n".join(lines)


def render():
    full = pack(list_texts(0))
    short = pack(list_texts(1))
    return "\n".join([
        "// afbrief data: every text of the article's tables, packed.",
        "//",
        "// GENERATED by tools/pack_texts.py from the rows in this directory: do not",
        "// edit. The format is described in core/packed_text.hpp; data/texts.hpp",
        "// proves at compile time, in every build, that every packed text decodes to its",
        "// row's literal.",
        "#ifndef AFBRIEF_DATA_TEXT_POOL_HPP",
        "#define AFBRIEF_DATA_TEXT_POOL_HPP",
        "",
        "#include \"../config.hpp\"",
        "#include \"../core/packed_text.hpp\"",
        "",
        "namespace afbrief {",
        "namespace data {",
        "",
        "#if !AFBRIEF_NO_TEXT",
        emit_pool(full),
        "#else  // AFBRIEF_NO_TEXT: long texts are empty",
        emit_pool(short),
        "#endif",
        "",
        "#if !AFBRIEF_HAS_INLINE_VARIABLES",
        "template <class Unused>",
        "constexpr uint8_t text_pool<Unused>::literals[];",
        "template <class Unused>",
        "constexpr uint8_t text_pool<Unused>::pairs[];",
        "template <class Unused>",
        "constexpr uint8_t text_pool<Unused>::codes[];",
        "template <class Unused>",
        "constexpr uint16_t text_pool<Unused>::starts[];",
        "template <class Unused>",
        "constexpr uint16_t text_pool<Unused>::entry_of_start[];",
        "#endif",
        "",
        "}  // namespace data",
        "}  // namespace afbrief",
        "",
        "#endif  // AFBRIEF_DATA_TEXT_POOL_HPP",
        "",
    ])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if %s is not current" % os.path.relpath(OUTPUT, ROOT))
    args = parser.parse_args()
    text = render()
    current = open(OUTPUT, encoding="utf-8").read() if os.path.exists(OUTPUT) else None
    if args.check:
        if current != text:
            print("pack_texts: %s is stale: run python3 tools/pack_texts.py"
                  % os.path.relpath(OUTPUT, ROOT), file=sys.stderr)
            return 1
        return 0
    if current != text:
        with open(OUTPUT, "w", encoding="utf-8") as out:
            out.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

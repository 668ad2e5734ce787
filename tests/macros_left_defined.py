"""afbrief leaves defined only the macros a user may use.

Compares the macros a translation unit has after including afbrief with those
it has after <stdint.h> and <stddef.h> alone (what afbrief itself includes):
what afbrief adds must be its include guards and exactly PUBLIC. Checked for
the single header and for include/, at C++11 and C++17, and with avr-g++ when
given. A negative control puts one private macro back (a copy of the single
header without one of its #undefs) and requires the check to catch it.
  usage: python3 tests/macros_left_defined.py CXX [AVR_CXX]
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PUBLIC = {
    "AFBRIEF_VERSION", "AFBRIEF_VERSION_MAJOR", "AFBRIEF_VERSION_MINOR", "AFBRIEF_VERSION_PATCH",
    # Set by the user, the same in every translation unit (config.hpp).
    "AFBRIEF_USE_FLASH", "AFBRIEF_NO_TEXT", "AFBRIEF_VERIFY",
    # What the library decided, and what generated fact sheets are written with.
    "AFBRIEF_HAS_FLASH", "AFBRIEF_FLASH", "AFBRIEF_HAS_CONSTEXPR14",
    "AFBRIEF_HAS_INLINE_VARIABLES",
}
DEFINE_RE = re.compile(r"^#define (\w+)", re.M)


def macros(compiler, flags, source):
    done = subprocess.run([compiler] + flags + ["-dM", "-E", "-x", "c++", "-"], input=source,
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("%s %s failed:\n%s" % (compiler, " ".join(flags), done.stderr))
    return set(DEFINE_RE.findall(done.stdout))


def added(compiler, flags, include_dir):
    base = macros(compiler, flags, "#include <stdint.h>\n#include <stddef.h>\n")
    with_afbrief = macros(compiler, flags + ["-I" + include_dir],
                          '#include "afbrief/afbrief.hpp"\n')
    return {m for m in with_afbrief - base
            if not (m.startswith("AFBRIEF_") and m.endswith("_HPP"))}


def problems(compiler, flags, include_dir):
    extra = added(compiler, flags, include_dir)
    out = []
    if extra - PUBLIC:
        out.append("left defined: " + ", ".join(sorted(extra - PUBLIC)))
    if PUBLIC - extra:
        out.append("missing: " + ", ".join(sorted(PUBLIC - extra)))
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    runs = [(sys.argv[1], ["-std=c++11"]), (sys.argv[1], ["-std=c++17"])]
    if len(sys.argv) > 2:
        runs.append((sys.argv[2], ["-std=gnu++11", "-mmcu=atmega328p"]))
    failed = 0
    for compiler, flags in runs:
        for include in ("single_include", "include"):
            found = problems(compiler, flags, os.path.join(ROOT, include))
            print("%s %s %s: %s" % (compiler, " ".join(flags), include,
                                   "; ".join(found) if found else "only the public macros"))
            failed += bool(found)
    # Negative control: one #undef taken out must be caught.
    with open(os.path.join(ROOT, "single_include", "afbrief", "afbrief.hpp"),
              encoding="utf-8") as f:
        text = f.read()
    with tempfile.TemporaryDirectory() as work:
        os.makedirs(os.path.join(work, "afbrief"))
        with open(os.path.join(work, "afbrief", "afbrief.hpp"), "w", encoding="utf-8") as f:
            f.write(text.replace("#undef AFBRIEF_TEXT_MEMBER\n", ""))
        caught = problems(runs[0][0], runs[0][1], work)
    if caught != ["left defined: AFBRIEF_TEXT_MEMBER"]:
        print("negative control not caught: %r" % caught)
        failed += 1
    else:
        print("negative control: a private macro left defined is caught")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""zephyr/Kconfig parses as Kconfig and defines what Zephyr's build expects:
a bool symbol AFBRIEF, with a prompt and help text, that depends on CPP and
can be turned on once CPP is. Parsed with kconfiglib (Debian's
python3-kconfiglib) from a wrapper that stands in for Zephyr's Kconfig tree:
it defines `config CPP` (bool) and sources the module's file, as Zephyr's
generated modules Kconfig does.

  python3 tests/manifests/check_zephyr_kconfig.py [ROOT]
Exit 1 naming each problem; 77 (skipped) without kconfiglib."""
import os
import sys
import tempfile

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))

try:
    import kconfiglib
except ImportError:
    print("SKIPPED: parsing zephyr/Kconfig needs kconfiglib (Debian: python3-kconfiglib)")
    sys.exit(77)


def parse(kconfig_path):
    with tempfile.TemporaryDirectory() as scratch:
        wrapper = os.path.join(scratch, "Kconfig")
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write('config CPP\n\tbool "C++ support for the application"\n\n'
                    'source "%s"\n' % kconfig_path)
        return kconfiglib.Kconfig(wrapper, warn_to_stderr=False)


def problems_in(kconf):
    symbol = kconf.syms.get("AFBRIEF")
    if symbol is None or not symbol.nodes:
        return ["no `config AFBRIEF`"]
    problems = []
    if symbol.type != kconfiglib.BOOL:
        problems.append("AFBRIEF is %s, not bool" % kconfiglib.TYPE_TO_STR[symbol.type])
    if "CPP" not in [s.name for s in kconfiglib.expr_items(symbol.direct_dep)]:
        problems.append("AFBRIEF does not depend on CPP (depends on: %s)"
                        % kconfiglib.expr_str(symbol.direct_dep))
    if not any(node.prompt for node in symbol.nodes):
        problems.append("AFBRIEF has no prompt, so a user cannot turn it on")
    if not any(node.help for node in symbol.nodes):
        problems.append("AFBRIEF has no help text")
    # Off without C++, settable with it: the dependency is a real one.
    kconf.syms["CPP"].set_value(0)
    if symbol.assignable:
        problems.append("AFBRIEF can be turned on without CPP")
    kconf.syms["CPP"].set_value(2)
    if not symbol.set_value(2) or symbol.tri_value != 2:
        problems.append("AFBRIEF cannot be turned on with CPP=y")
    return problems + ["kconfiglib: " + w for w in kconf.warnings]


def main():
    path = os.path.join(ROOT, "zephyr", "Kconfig")
    try:
        kconf = parse(path)
    except kconfiglib.KconfigError as e:
        print("%s: %s" % (path, e))
        return 1
    problems = problems_in(kconf)
    for p in problems:
        print("%s: %s" % (path, p))
    if not problems:
        print("%s: config AFBRIEF, bool, depends on %s" % (
            path, kconfiglib.expr_str(kconf.syms["AFBRIEF"].direct_dep)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

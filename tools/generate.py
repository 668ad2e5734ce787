#!/usr/bin/env python3
"""Generate everything afbrief derives from its data file, or check it is current.

  python3 tools/generate.py          write every stale generated file
  python3 tools/generate.py --check  write nothing; name each stale file, exit 1

From the project's data file (the one .toml file in data/, and the article
text it names) it writes the C++ tables, ids, text pool, annotations and checks in
include/afbrief/data/generated/, docs/DATA.md, docs/DATA_FORMAT.md,
docs/timeline.svg, docs/export.schema.json, and then
the single header, single_include/afbrief/afbrief.hpp, with its copy in the
Arduino library's src/ (src/afbrief.h includes src/afbrief/afbrief.hpp).

For a fact sheet of your own:
  python3 tools/generate.py --data my.toml --namespace my_sheet --output DIR
writes only that sheet's headers into DIR, in namespace my_sheet; include
DIR/sheet.hpp after afbrief (see README, "Your own fact sheet").

Bad data is refused with one line per problem, FILE:LINE: KEY: FIELD: what is
wrong, and exit status 2. Python 3.11 or later, standard library only.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from generator import (amalgamate, arduino, docs, emit_checks, emit_tables, load,  # noqa: E402
                       outputs, pack, schema, vocabulary)
from generator.problems import Stop  # noqa: E402

ROOT = os.path.dirname(HERE)
CORE = os.path.join(ROOT, "include", "afbrief", "core")
DATA_DIR = os.path.join(ROOT, "data")
GENERATED = os.path.join(ROOT, "include", "afbrief", "data", "generated")


NAMESPACE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*$")


def namespace_problem(ns):
    """Why `ns` cannot hold a sheet of the user's, or None."""
    parts = ns.split("::")
    if not NAMESPACE_RE.match(ns):
        return "%r is not a C++ namespace name (names joined by ::)" % ns
    if parts[0] in ("afbrief", "std"):
        return "%r is afbrief's or the standard library's: choose a namespace of your own" % ns
    for part in parts:
        if part in load.CPP_KEYWORDS or "__" in part or re.match(r"^_[A-Z]", part):
            return "%r is a C++ keyword or a reserved name" % part
    return None


def project_data_file():
    """The one data file in data/: the generator names no article itself."""
    found = sorted(n for n in os.listdir(DATA_DIR) if n.endswith(".toml"))
    if len(found) != 1:
        raise Stop(["data/: -: -: -: expected exactly one .toml data file, found %d"
                    % len(found)])
    return os.path.join(DATA_DIR, found[0])


def sheet_files(sheet, ns, data_name, out_dir, core_include):
    c = emit_tables.Context(sheet, ns, data_name, core_include)
    files = {"ids.hpp": emit_tables.ids_file(c), "texts.hpp": emit_tables.texts_file(c),
             "article.hpp": emit_tables.article_file(c),
             "annotations.hpp": emit_tables.annotations_file(c),
             "keys.hpp": emit_tables.keys_file(c),
             "sheet.hpp": emit_tables.sheet_file(c), "checks.hpp": emit_checks.checks_file(c)}
    for table in schema.KEYED:
        name = dict(emit_tables.TABLE_FILES)[table.name]
        files[name] = emit_tables.table_file(c, table, name)
    return {os.path.join(out_dir, name): "\n".join(lines).rstrip("\n") + "\n"
            for name, lines in files.items()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 naming each stale file")
    parser.add_argument("--data", help="a data file of your own (with --namespace, --output)")
    parser.add_argument("--namespace", help="the C++ namespace of its tables")
    parser.add_argument("--output", help="the directory its headers go to")
    args = parser.parse_args(argv)
    own = [args.data, args.namespace, args.output]
    if any(own) and not all(own):
        parser.error("--data, --namespace and --output go together")
    if args.namespace and namespace_problem(args.namespace):
        print("generate: --namespace: %s" % namespace_problem(args.namespace), file=sys.stderr)
        return 2
    words = vocabulary.read(CORE)
    try:
        if args.data:
            sheet = load.load(args.data, words)
            files = sheet_files(sheet, args.namespace, os.path.basename(args.data),
                                os.path.abspath(args.output), "afbrief/afbrief.hpp")
            root = os.path.abspath(args.output)
        else:
            data = project_data_file()
            sheet = load.load(data, words)
            files = sheet_files(sheet, "afbrief", "data/" + os.path.basename(data), GENERATED,
                                None)
            files.update(docs.documents(sheet, ROOT, words))
            root = ROOT
    except Stop as stop:
        for line in stop.lines:
            print(line, file=sys.stderr)
        return 2
    except pack.PackError as exc:
        print("generate: the texts do not fit the pool: %s" % exc, file=sys.stderr)
        return 2
    if not args.data:
        # The single header bundles include/ as it will stand.
        try:
            single = amalgamate.bundle(ROOT, files)
        except amalgamate.BundleError as exc:
            print("generate: %s" % exc, file=sys.stderr)
            return 2
        files.update(single)
        # The Arduino library ships the same bundle in src/.
        (single_text,) = single.values()
        files.update(arduino.library_files(ROOT, single_text))
    stale = outputs.settle(files, root, args.check)
    # A file left in the generated directory or in src/ that the generator
    # no longer writes (a table renamed, a header added by hand) is stale too.
    if args.data:
        out_dirs = [os.path.abspath(args.output)]
    else:
        out_dirs = [GENERATED] + arduino.directories(ROOT)
    for out_dir in out_dirs:
        stale += outputs.prune(out_dir, files, root, args.check)
    if args.check:
        for path in stale:
            print("%s: stale: run python3 tools/generate.py" % path, file=sys.stderr)
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

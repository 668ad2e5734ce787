#!/usr/bin/env python3
"""Validates one manifest against a published JSON Schema with ajv (npm's
ajv-cli), optionally after changing one field, to show the schema refuses it.

  python3 ajv_check.py --ajv AJV --spec draft7|draft2020 --schema SCHEMA
      [--ref SCHEMA]... --data MANIFEST [--set KEY=VALUE | --delete KEY]
      [--expect-refusal]
  python3 ajv_check.py --ajv AJV --spec SPEC --schema SCHEMA --compile-only
      [--expect-refusal]

A MANIFEST named *.properties is first read into a JSON object of strings
(properties_to_json.py), the form arduino-lint's schemas describe; any other
is read as JSON. --set replaces (or adds) a top-level field: for JSON, VALUE
is parsed as JSON when it can be (so frameworks=5 is the number 5); for
.properties it stays a string. --expect-refusal turns the test around: it
passes only when ajv refuses the changed manifest. --compile-only checks the
schema itself (ajv compile), with --expect-refusal that ajv rejects it.

Exit status 0 on the expected outcome, 1 otherwise, 77 (skipped) when ajv or
a schema is missing."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from properties_to_json import read_properties  # noqa: E402

SKIPPED = 77


def skip(why):
    print("SKIPPED: " + why)
    sys.exit(SKIPPED)


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--ajv", required=True)
    p.add_argument("--spec", required=True, choices=["draft7", "draft2020"])
    p.add_argument("--schema", required=True)
    p.add_argument("--ref", action="append", default=[])
    p.add_argument("--data")
    p.add_argument("--compile-only", action="store_true")
    p.add_argument("--set", dest="set_field")
    p.add_argument("--delete")
    p.add_argument("--expect-refusal", action="store_true")
    return p.parse_args()


def load_manifest(path):
    if path.endswith(".properties"):
        return read_properties(path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def change(manifest, args, is_properties):
    if args.set_field:
        key, _, value = args.set_field.partition("=")
        if not is_properties:
            try:
                value = json.loads(value)
            except ValueError:
                pass  # a bare word stays a string
        manifest[key] = value
    if args.delete:
        manifest.pop(args.delete, None)
    return manifest


def outcome(accepted, what, expect_refusal):
    if expect_refusal:
        if accepted:
            print("FAILED: ajv accepted %s, which it should refuse" % what)
            return 1
        print("ok: ajv refuses %s" % what)
        return 0
    if not accepted:
        print("FAILED: ajv refuses %s" % what)
        return 1
    print("ok: ajv accepts %s" % what)
    return 0


def compile_only(args):
    command = [args.ajv, "compile", "--spec=" + args.spec, "-c", "ajv-formats",
               "--strict=false", "-s", args.schema]
    for ref in args.ref:
        command += ["-r", ref]
    result = subprocess.run(command, capture_output=True, text=True)
    print((result.stdout + result.stderr).strip())
    return outcome(result.returncode == 0, "the schema " + args.schema, args.expect_refusal)


def main():
    args = parse_args()
    if not args.ajv or not os.access(args.ajv, os.X_OK):
        skip("ajv not found (%s); run `npm ci --prefix tools/validators`" % args.ajv)
    for schema in [args.schema] + args.ref:
        if not os.path.isfile(schema):
            skip("schema %s not found (the shared schemas sit in ../shared/schemas, "
                 "or set AFBRIEF_SCHEMAS_DIR)" % schema)
    if args.compile_only:
        return compile_only(args)
    if not args.data:
        sys.exit("ajv_check: --data is required unless --compile-only")
    is_properties = args.data.endswith(".properties")
    manifest = change(load_manifest(args.data), args, is_properties)
    with tempfile.TemporaryDirectory() as scratch:
        data = os.path.join(scratch, os.path.basename(args.data) + ".json")
        with open(data, "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False)
        command = [args.ajv, "validate", "--spec=" + args.spec, "-c", "ajv-formats",
                   # ajv's strict mode judges how a schema is written, not the
                   # data; the published schemas are not written for it.
                   "--strict=false", "--all-errors", "--errors=text",
                   "-s", args.schema, "-d", data]
        for ref in args.ref:
            command += ["-r", ref]
        result = subprocess.run(command, capture_output=True, text=True)
    output = (result.stdout + result.stderr).replace(data, args.data).strip()
    print(output)
    accepted = result.returncode == 0
    what = args.data
    if args.set_field or args.delete:
        what += " (changed: %s)" % (args.set_field or "without " + args.delete)
    return outcome(accepted, "%s against %s" % (what, os.path.basename(args.schema)),
                   args.expect_refusal)


if __name__ == "__main__":
    sys.exit(main())

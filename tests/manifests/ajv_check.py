#!/usr/bin/env python3
"""Validates one manifest against a published JSON Schema with ajv (npm's
ajv-cli), optionally after changing one field, to show the schema refuses it.

  python3 ajv_check.py --ajv AJV --spec draft7|draft2020 --schema SCHEMA
      [--ref SCHEMA]... --data MANIFEST [--set KEY=VALUE | --delete KEY]
      [--expect-error INSTANCEPATH:MESSAGE_PREFIX]...
  python3 ajv_check.py --ajv AJV --spec SPEC --schema SCHEMA --compile-only
      [--expect-error INSTANCEPATH:MESSAGE_PREFIX]...

A MANIFEST named *.properties is first read into a JSON object of strings
(properties_to_json.py), the form arduino-lint's schemas describe; any other
is read as JSON. --set replaces (or adds) a top-level field: for JSON, VALUE
is parsed as JSON when it can be (so frameworks=5 is the number 5); for
.properties it stays a string. --compile-only checks the schema itself
(ajv compile).

--expect-error turns the test around: it passes only when ajv refuses, and
refuses for the reason given: one of ajv's errors has that instancePath
(empty for the top level) and a message starting with MESSAGE_PREFIX, e.g.
"/frameworks:must be string" or ":must have required property 'version'".
Any other failure (a crash, ajv-formats missing, another error) fails the
test. ajv validate prints its errors as JSON (--errors=json); ajv compile
has no such option and prints ajv's errorsText ("data/PATH MESSAGE, ..."),
which is read back into the same pairs.

Exit status 0 on the expected outcome, 1 otherwise, 77 (skipped) when ajv or
a schema is missing."""
import argparse
import json
import os
import re
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
    p.add_argument("--expect-error", action="append", default=[],
                   metavar="INSTANCEPATH:MESSAGE_PREFIX")
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


def errors_from_json(output):
    """ajv validate --errors=json: "FILE invalid", then a JSON array of errors."""
    start = output.find("[")
    if start < 0:
        return None
    try:
        errors = json.loads(output[start:])
    except ValueError:
        return None
    return [(e.get("instancePath", ""), e.get("message", "")) for e in errors]


def errors_from_text(output):
    """ajv compile: "error: schema is invalid: data/a/b must be array, data/c ..."."""
    m = re.search(r"schema is invalid: (.*)", output)
    if not m:
        return None
    return re.findall(r"data(\S*) (.+?)(?=, data|$)", m.group(1).strip())


def outcome(accepted, errors, what, expected):
    if not expected:
        if not accepted:
            print("FAILED: ajv refuses %s" % what)
            return 1
        print("ok: ajv accepts %s" % what)
        return 0
    if accepted:
        print("FAILED: ajv accepted %s, which it should refuse" % what)
        return 1
    if errors is None:
        print("FAILED: ajv failed on %s without a schema error (see above)" % what)
        return 1
    missing = []
    for expectation in expected:
        path, _, prefix = expectation.partition(":")
        if not any(p == path and m.startswith(prefix) for p, m in errors):
            missing.append(expectation)
    if missing:
        print("FAILED: ajv refuses %s, but not with %s; its errors: %s" % (
            what, " and ".join(missing), errors))
        return 1
    print("ok: ajv refuses %s with %s" % (what, " and ".join(expected)))
    return 0


def compile_only(args):
    command = [args.ajv, "compile", "--spec=" + args.spec, "-c", "ajv-formats",
               "--strict=false", "-s", args.schema]
    for ref in args.ref:
        command += ["-r", ref]
    result = subprocess.run(command, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    print(output)
    return outcome(result.returncode == 0, errors_from_text(output),
                   "the schema " + args.schema, args.expect_error)


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
                   "--strict=false", "--all-errors", "--errors=json",
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
    return outcome(accepted, errors_from_json(output),
                   "%s against %s" % (what, os.path.basename(args.schema)), args.expect_error)


if __name__ == "__main__":
    sys.exit(main())

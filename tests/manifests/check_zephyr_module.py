#!/usr/bin/env python3
"""zephyr/module.yml matches Zephyr's module schema (the keys of
METADATA_SCHEMA in Zephyr's scripts/zephyr_module.py, written out for
pykwalify in zephyr_module.schema.yml, which says where it is stricter),
checked with pykwalify as older Zephyr releases did, and names afbrief
and the files it points at as Zephyr resolves them (cmake: a directory with
a CMakeLists.txt; kconfig: a file), relative to the repository's root.

  python3 tests/manifests/check_zephyr_module.py [ROOT] [MODULE_YML]
Exit 1 naming each problem; 77 (skipped) without Debian's python3-pykwalify
(and the python3-ruamel.yaml and python3-dateutil it imports)."""
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(HERE))
MODULE_YML = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "zephyr", "module.yml")

try:
    import yaml
    import pykwalify.core
    import pykwalify.errors
except ImportError as e:
    print("SKIPPED: %s; install Debian's python3-pykwalify, python3-ruamel.yaml, "
          "python3-dateutil and python3-yaml (pykwalify only recommends ruamel.yaml, "
          "and --no-install-recommends leaves it out)" % e)
    sys.exit(77)


def main():
    logging.basicConfig(level=logging.CRITICAL)  # pykwalify logs what it raises too
    with open(MODULE_YML, encoding="utf-8") as f:
        module = yaml.safe_load(f)
    with open(os.path.join(HERE, "zephyr_module.schema.yml"), encoding="utf-8") as f:
        schema = yaml.safe_load(f)
    try:
        pykwalify.core.Core(source_data=module, schema_data=schema).validate(raise_exception=True)
    except pykwalify.errors.PyKwalifyException as e:
        print("%s: refused by the module schema: %s" % (MODULE_YML, e.msg))
        return 1
    problems = []
    if module.get("name") != "afbrief":
        problems.append("name: afbrief expected, found %r" % module.get("name"))
    build = module.get("build", {})
    cmake_dir = os.path.join(ROOT, build.get("cmake", "zephyr"))
    if not os.path.isfile(os.path.join(cmake_dir, "CMakeLists.txt")):
        problems.append("build.cmake: %s holds no CMakeLists.txt" % cmake_dir)
    if not os.path.isfile(os.path.join(ROOT, build.get("kconfig", "zephyr/Kconfig"))):
        problems.append("build.kconfig: %s is not a file" % build.get("kconfig"))
    for p in problems:
        print("%s: %s" % (MODULE_YML, p))
    if not problems:
        print("%s: valid; module %s, CMake in %s, Kconfig %s" % (
            MODULE_YML, module["name"], build.get("cmake"), build.get("kconfig")))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

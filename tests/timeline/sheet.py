"""The project's data file, loaded by the generator's own loader, for the
timeline tests (which import this file's neighbours by path).

The generator package is loaded from REPOSITORY/tools/generator by file
location and handed back as a value, so a test uses the repository it was
given, not whatever `generator` the import path happens to find first.
"""
import importlib
import importlib.util
import os
import sys
import types

MODULES = ("edtf", "load", "problems", "timeline", "timeline_axis", "vocabulary")


def root_from(argv):
    if len(argv) != 2:
        sys.exit("usage: %s REPOSITORY" % os.path.basename(argv[0]))
    return os.path.abspath(argv[1])


def generator(root):
    """The generator's modules the tests use, as attributes of one namespace."""
    package_dir = os.path.join(root, "tools", "generator")
    spec = importlib.util.spec_from_file_location(
        "generator", os.path.join(package_dir, "__init__.py"),
        submodule_search_locations=[package_dir])
    package = importlib.util.module_from_spec(spec)
    # Registered under its own name so that its relative imports resolve to it.
    sys.modules["generator"] = package
    spec.loader.exec_module(package)
    return types.SimpleNamespace(**{
        name: importlib.import_module("generator." + name) for name in MODULES})


def data_file(root):
    found = sorted(n for n in os.listdir(os.path.join(root, "data")) if n.endswith(".toml"))
    if len(found) != 1:
        sys.exit("expected one .toml file in data/, found %d" % len(found))
    return "data/" + found[0]


def load(root, modules):
    """(sheet, data name as the generator names it), read with `modules`
    (what generator(root) gave)."""
    name = data_file(root)
    words = modules.vocabulary.read(os.path.join(root, "include", "afbrief", "core"))
    return modules.load.load(os.path.join(root, name), words), name

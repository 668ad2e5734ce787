"""The project's data file, loaded by the generator's own loader, for the
timeline tests (which import this file's neighbours by path)."""
import os
import sys


def root_from(argv):
    if len(argv) != 2:
        sys.exit("usage: %s REPOSITORY" % os.path.basename(argv[0]))
    return os.path.abspath(argv[1])


def generator(root):
    sys.path.insert(0, os.path.join(root, "tools"))
    import generator  # noqa: F401 (the package, found through the path above)
    return generator


def data_file(root):
    found = sorted(n for n in os.listdir(os.path.join(root, "data")) if n.endswith(".toml"))
    if len(found) != 1:
        sys.exit("expected one .toml file in data/, found %d" % len(found))
    return "data/" + found[0]


def load(root):
    """(sheet, data name as the generator names it)."""
    generator(root)
    from generator import load as loader, vocabulary
    name = data_file(root)
    words = vocabulary.read(os.path.join(root, "include", "afbrief", "core"))
    return loader.load(os.path.join(root, name), words), name

"""Write what tools/generator/timeline.py draws from the data file now to
standard output, as UTF-8 bytes: check_fresh.py runs this in fresh
interpreters (with different hash seeds) and compares their bytes.

  python3 tests/timeline/draw.py REPOSITORY
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sheet  # noqa: E402


def main(argv):
    root = sheet.root_from(argv)
    modules = sheet.generator(root)
    loaded, name = sheet.load(root, modules)
    sys.stdout.buffer.write(modules.timeline.render(loaded, name).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

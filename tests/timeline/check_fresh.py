"""docs/timeline.svg is what tools/generator/timeline.py draws from the data now,
and drawing it twice gives the same bytes.

  python3 tests/timeline/check_fresh.py REPOSITORY
"""
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sheet  # noqa: E402


def main(argv):
    root = sheet.root_from(argv)
    loaded, name = sheet.load(root)
    from generator import timeline
    drawn = timeline.render(loaded, name)
    if timeline.render(loaded, name) != drawn:
        print("FAIL: two drawings of the same data differ: the output is not deterministic")
        return 1
    path = os.path.join(root, "docs", "timeline.svg")
    try:
        with open(path, "rb") as f:
            current = f.read().decode("utf-8")
    except OSError as exc:
        print("FAIL: cannot read docs/timeline.svg: %s; run python3 tools/generate.py"
              % exc.strerror)
        return 1
    if current == drawn:
        print("docs/timeline.svg is current")
        return 0
    print("FAIL: docs/timeline.svg is stale: run python3 tools/generate.py. The difference:")
    diff = difflib.unified_diff(current.splitlines(), drawn.splitlines(),
                                "docs/timeline.svg", "drawn now", lineterm="", n=1)
    for n, line in enumerate(diff):
        if n == 40:
            print("...")
            break
        print(line)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""docs/timeline.svg is what tools/generator/timeline.py draws from the data now,
and the drawing does not depend on the interpreter's hash seed.

Python orders sets (and the dicts built from them) by hash, and the hash of a
string changes with PYTHONHASHSEED from one run to the next; two drawings in
one process share a seed and would agree even so. So the picture is drawn by
two fresh interpreters with different seeds, and their bytes compared.

  python3 tests/timeline/check_fresh.py REPOSITORY
"""
import difflib
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sheet  # noqa: E402

DRAW = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draw.py")
SEEDS = ("0", "1")


def drawn_with_seed(root, seed):
    """The bytes draw.py writes under PYTHONHASHSEED=seed, or exit on its failure."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, DRAW, root], capture_output=True, env=env)
    if done.returncode != 0:
        print("FAIL: drawing the timeline (PYTHONHASHSEED=%s) exit %d: %s" % (
            seed, done.returncode, done.stderr.decode("utf-8", "replace").strip()))
        sys.exit(1)
    return done.stdout


def show_difference(current, drawn, first_name, second_name):
    diff = difflib.unified_diff(current.decode("utf-8", "replace").splitlines(),
                                drawn.decode("utf-8", "replace").splitlines(),
                                first_name, second_name, lineterm="", n=1)
    for n, line in enumerate(diff):
        if n == 40:
            print("...")
            break
        print(line)


def main(argv):
    root = sheet.root_from(argv)
    drawn = [drawn_with_seed(root, seed) for seed in SEEDS]
    if drawn[0] != drawn[1]:
        print("FAIL: the drawing changes with PYTHONHASHSEED (%s, %s): it depends on hash "
              "order. The difference:" % SEEDS)
        show_difference(drawn[0], drawn[1], "seed " + SEEDS[0], "seed " + SEEDS[1])
        return 1
    path = os.path.join(root, "docs", "timeline.svg")
    try:
        with open(path, "rb") as f:
            current = f.read()
    except OSError as exc:
        print("FAIL: cannot read docs/timeline.svg: %s; run python3 tools/generate.py"
              % exc.strerror)
        return 1
    if current == drawn[0]:
        print("docs/timeline.svg is current, and the same under two hash seeds")
        return 0
    print("FAIL: docs/timeline.svg is stale: run python3 tools/generate.py. The difference:")
    show_difference(current, drawn[0], "docs/timeline.svg", "drawn now")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

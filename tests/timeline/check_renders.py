"""librsvg (rsvg-convert, Debian's librsvg2-bin) draws docs/timeline.svg without
an error or a warning, into a PNG of the picture's size. Exit 77 (skipped)
without rsvg-convert, or fail with --require (CI, where it must be there).

  python3 tests/timeline/check_renders.py [--require] REPOSITORY
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sheet  # noqa: E402

SKIPPED = 77
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def arguments(argv):
    """(require, repository) from the command line."""
    rest = argv[1:]
    require = "--require" in rest
    rest = [a for a in rest if a != "--require"]
    if len(rest) != 1:
        sys.exit("usage: check_renders.py [--require] REPOSITORY")
    return require, os.path.abspath(rest[0])


def render(tool, svg, scratch):
    """rsvg-convert's (exit status, stderr, PNG head). Fontconfig keeps its
    cache under XDG_CACHE_HOME and complains on stderr when it cannot write
    one (a CI machine whose HOME is read-only); a scratch cache keeps that
    noise out, so anything left on stderr is librsvg's own."""
    png = os.path.join(scratch, "timeline.png")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(scratch, "cache"))
    done = subprocess.run([tool, "--format=png", "-o", png, svg], capture_output=True,
                          text=True, env=env)
    head = b""
    if os.path.exists(png):
        with open(png, "rb") as f:
            head = f.read(24)
    return done.returncode, done.stderr.strip(), head


def main(argv):
    require, root = arguments(argv)
    tool = shutil.which("rsvg-convert")
    if tool is None:
        if require:
            print("FAIL: rsvg-convert not found (Debian package librsvg2-bin), and "
                  "--require says it must be there")
            return 1
        print("SKIPPED: rsvg-convert not found (Debian package librsvg2-bin)")
        return SKIPPED
    wanted_width = sheet.generator(root).timeline.WIDTH
    svg = os.path.join(root, "docs", "timeline.svg")
    with tempfile.TemporaryDirectory(prefix="afbrief-timeline-") as scratch:
        status, complaint, head = render(tool, svg, scratch)
    if status != 0 or complaint:
        print("FAIL: rsvg-convert exit %d: %s" % (status, complaint))
        return 1
    if head[:8] != PNG_SIGNATURE:
        print("FAIL: rsvg-convert wrote no PNG")
        return 1
    width, height = struct.unpack(">II", head[16:24])
    if width != wanted_width or height < 200:
        print("FAIL: drawn %dx%d; expected %d wide (timeline.WIDTH) and some height"
              % (width, height, wanted_width))
        return 1
    print("rsvg-convert drew docs/timeline.svg, %dx%d" % (width, height))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""librsvg (rsvg-convert, Debian's librsvg2-bin) draws docs/timeline.svg without
an error or a warning, into a PNG of the picture's size. Exit 77 (skipped)
without rsvg-convert.

  python3 tests/timeline/check_renders.py REPOSITORY
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

SKIPPED = 77
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: check_renders.py REPOSITORY")
    tool = shutil.which("rsvg-convert")
    if tool is None:
        print("SKIPPED: rsvg-convert not found (Debian package librsvg2-bin)")
        return SKIPPED
    svg = os.path.join(os.path.abspath(argv[1]), "docs", "timeline.svg")
    with tempfile.TemporaryDirectory(prefix="afbrief-timeline-") as scratch:
        png = os.path.join(scratch, "timeline.png")
        done = subprocess.run([tool, "--format=png", "-o", png, svg], capture_output=True,
                              text=True)
        if done.returncode != 0 or done.stderr.strip():
            print("FAIL: rsvg-convert exit %d: %s" % (done.returncode, done.stderr.strip()))
            return 1
        with open(png, "rb") as f:
            head = f.read(24)
    if head[:8] != PNG_SIGNATURE:
        print("FAIL: rsvg-convert wrote no PNG")
        return 1
    width, height = struct.unpack(">II", head[16:24])
    if width != 1000 or height < 200:
        print("FAIL: drawn %dx%d; expected 1000 wide and some height" % (width, height))
        return 1
    print("rsvg-convert drew docs/timeline.svg, %dx%d" % (width, height))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""A CSV cell longer than the export's limit is refused, never cut short.

    python3 tests/exports/check_cell_limit.py AFBRIEF AFBRIEF_LIMITED LIMIT

AFBRIEF_LIMITED is the tool built with AFBRIEF_CLI_CSV_CELL_LIMIT=LIMIT
(tests/exports/exports.cmake). For each table, the full tool's export says
which cells are longer than LIMIT bytes. The limited tool must then:
- if no cell is, write exactly the full tool's bytes and exit 0;
- else exit 1, write nothing on stdout, and one line on stderr,
  "afbrief: TABLE:KEY: the COLUMN cell is longer than LIMIT bytes; nothing
  was exported", naming the first such cell in row order.
Prints "ok - ..." or "FAIL - ..." per check; exits 1 if any failed.
"""

import csv
import io
import subprocess
import sys

failures = 0


def check(what, ok, why=""):
    global failures
    print(("ok - " if ok else "FAIL - ") + what + ("" if ok or not why else " (" + why + ")"))
    failures += 0 if ok else 1


def export(tool, table):
    return subprocess.run([tool, "export", "--format=csv", "--table=" + table],
                          capture_output=True, check=False)


def first_overlong_cell(raw, limit):
    """(key, column) of the first cell over `limit` bytes, in row order, or None."""
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    names = rows[0]
    for row in rows[2:]:
        for name, cell in zip(names, row):
            if len(cell.encode("utf-8")) > limit:
                return row[0], name
    return None


def main():
    full, limited, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    refused = 0
    for table in ("figures", "events", "statements"):
        whole, cut = export(full, table), export(limited, table)
        over = first_overlong_cell(whole.stdout, limit)
        if over is None:
            check(table + ": every cell fits %d bytes: the same bytes, exit 0" % limit,
                  cut.returncode == 0 and cut.stdout == whole.stdout and not cut.stderr)
            continue
        refused += 1
        expected = ("afbrief: %s:%s: the %s cell is longer than %d bytes; nothing was exported\n"
                    % (table, over[0], over[1], limit)).encode("utf-8")
        check(table + ": %s:%s (%s) is over %d bytes: exit 1" % (table, over[0], over[1], limit),
              cut.returncode == 1, "exit %d" % cut.returncode)
        check(table + ": nothing on stdout, not a partial table", cut.stdout == b"",
              "%d bytes" % len(cut.stdout))
        check(table + ": one line on stderr naming the first overlong cell",
              cut.stderr == expected, cut.stderr.decode("utf-8", "replace").strip())
    check("the limit makes at least one table refuse (else this test shows nothing)",
          refused > 0)
    print("all cell-limit checks passed" if failures == 0 else "%d checks failed" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

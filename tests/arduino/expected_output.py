"""What each Arduino example must print over Serial, taken from the afbrief
tool (built from the same tables), not typed by hand.

Figures are the tool's `afbrief figures` text (format_figure, after the key).
Events are format_event's documented shape, "EDTF (phrase): summary", from the
tool's JSON export. Both come in table order, the order of ids 1, 2, ...
"""
import json
import re
import subprocess

FIGURE_LINE_RE = re.compile(r"^(?P<key>\S+)\s+(?P<text>.*)$")


class Expectations:
    def __init__(self, tool):
        export = json.loads(self.output(tool, "export", "--format=json"))
        self.figures = {}
        for line in self.output(tool, "figures").splitlines():
            if not line.strip():
                continue
            match = FIGURE_LINE_RE.match(line)
            if match is None:
                # The tool's text changed shape: say so, not with a traceback.
                raise SystemExit("FAILED: unexpected line from 'afbrief figures': %r" % line)
            self.figures[match.group("key")] = match.group("text")
        self.figure_lines = [self.figures[f["key"]] for f in export["figures"]]
        self.event_lines = ["%s (%s): %s" % (e["edtf"], e["phrase"], e["summary"])
                            for e in export["events"]]
        self.checks = {"Briefing": self.briefing, "CompileTime": self.compile_time}

    @staticmethod
    def output(tool, *args):
        return subprocess.run([tool] + list(args), capture_output=True, text=True,
                              check=True).stdout

    def knows(self, sketch):
        return sketch in self.checks

    def last_line(self, sketch):
        return self.checks[sketch]()[-1]

    def compare(self, sketch, lines):
        """Problems, one a string, with what `lines` should have been."""
        return exact(self.checks[sketch](), lines)

    def briefing(self):
        return (["Figures:"] + ["- " + line for line in self.figure_lines] + ["Events:"]
                + ["- " + line for line in self.event_lines] + ["briefing done"])

    def compile_time(self):
        return [self.figures["children_killed_past_decade"], "compile time done"]


def section(lines, start, end):
    """The lines between the headings `start` and `end`, or None."""
    if start not in lines or end not in lines[lines.index(start):]:
        return None
    first = lines.index(start) + 1
    return lines[first:lines.index(end, first)]


def exact(wanted, lines):
    problems = []
    # The briefing's two tables first, with the checks an off-by-one id
    # would fail: the count, the first record and the last.
    if wanted[0] == "Figures:":
        for start, end, what in (("Figures:", "Events:", "figure"),
                                 ("Events:", "briefing done", "event")):
            want, got = section(wanted, start, end), section(lines, start, end)
            if got is None:
                problems.append("no '%s' ... '%s' in the output" % (start, end))
                continue
            if len(got) != len(want):
                problems.append("%d %s lines, the table has %d" % (len(got), what, len(want)))
            for place, index in (("first", 0), ("last", -1)):
                if not got or got[index] != want[index]:
                    problems.append("%s %s line %r, wanted %r"
                                    % (place, what, got[index] if got else None, want[index]))
    for number, (want, got) in enumerate(zip(wanted, lines), start=1):
        if want != got:
            problems.append("line %d is %r, wanted %r" % (number, got, want))
            break
    if len(lines) != len(wanted):
        problems.append("%d lines printed, wanted %d" % (len(lines), len(wanted)))
    return problems

"""Instruction counts from valgrind --tool=callgrind, which stay the same run
after run on a noisy machine where times do not.

Two exact ways of counting, both reading callgrind's own totals:
  inclusive(...)    collect only inside the functions named by --toggle-collect
                    and read each function's inclusive count (callgrind_annotate)
  before_main(...)  dump the counters at the entry of main: everything the loader,
                    the C runtime and static initialisers ran before it
  own_before_main(...) the part of that spent in the program's own code (its
                    static initialisers, and the C runtime's start files)
"""
import glob
import os
import re
import shutil
import subprocess
import tempfile


class CallgrindError(RuntimeError):
    pass


def _valgrind(options, command, work):
    out = os.path.join(work, "callgrind.out.%p")
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out]
                          + options + command, capture_output=True, text=True)
    if done.returncode != 0:
        raise CallgrindError("%s exited with %d under callgrind: %s"
                             % (command[0], done.returncode, done.stderr.strip()[-400:]))
    return done.stdout


def _totals(path):
    with open(path) as f:
        for line in f:
            if line.startswith("totals:") or line.startswith("summary:"):
                return int(line.split()[1])
    raise CallgrindError("no totals in " + path)


# "  14,635 (12.04%)  ???:probe_figure_afbrief [/path/to/binary]"
_ANNOTATED = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+\S*?:(\S+)\s+\[")


def inclusive(command, toggle):
    """stdout of the command, and {function: instructions inside it, callees
    included} for every function matching the --toggle-collect pattern."""
    with tempfile.TemporaryDirectory() as work:
        stdout = _valgrind(["--toggle-collect=" + toggle], command, work)
        [profile] = glob.glob(os.path.join(work, "callgrind.out.*"))
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100",
                                    profile], capture_output=True, text=True, check=True).stdout
    counts = {}
    prefix = toggle.rstrip("*")
    for line in annotated.splitlines():
        match = _ANNOTATED.match(line)
        if match and match.group(2).startswith(prefix):
            counts[match.group(2)] = int(match.group(1).replace(",", ""))
    return stdout, counts


def collected(command, toggle):
    """Instructions inside the functions matching toggle, summed over calls."""
    with tempfile.TemporaryDirectory() as work:
        _valgrind(["--toggle-collect=" + toggle], command, work)
        [profile] = glob.glob(os.path.join(work, "callgrind.out.*"))
        return _totals(profile)


def before_main(command):
    """Instructions executed from the process's first instruction to main.
    The program runs as work/program, so that two programs compared have paths
    of one length: the loader and the C runtime read the path and count its
    characters, and a longer name alone costs instructions."""
    with tempfile.TemporaryDirectory() as work:
        program = os.path.join(work, "program")
        shutil.copy(command[0], program)
        _valgrind(["--dump-before=main"], [program] + command[1:], work)
        # The dump at main is part 1; the rest of the run is the last file.
        [first] = glob.glob(os.path.join(work, "callgrind.out.*.1"))
        return _totals(first)


def own_before_main(command):
    """Instructions executed before main inside the program's own binary,
    not in the loader or the shared C library: what its static initialisers
    (and the start files every program links) cost. Unlike before_main, it
    does not move with how many symbols the loader has to bind."""
    with tempfile.TemporaryDirectory() as work:
        program = os.path.join(work, "program")
        shutil.copy(command[0], program)
        _valgrind(["--dump-before=main"], [program] + command[1:], work)
        [first] = glob.glob(os.path.join(work, "callgrind.out.*.1"))
        return _cost_in_object(first, program)


def _cost_in_object(path, program):
    """Self cost of every function of `program` in a callgrind profile. Cost
    lines follow fn= lines; calls= lines announce a callee's inclusive cost on
    the next line, which is not self cost."""
    names, current, inside, skip_next, total = {}, None, False, False, 0
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            # An object is named once, by ob= or cob=, as "(id) path", and
            # by "(id)" alone after that.
            named = re.match(r"c?ob=\((\d+)\)(?: (.*))?$", line)
            if named and named.group(2):
                names[named.group(1)] = named.group(2)
            if line.startswith("ob="):
                current = names.get(named.group(1)) if named else line[3:]
            elif line.startswith("fn="):
                inside = current == program
            elif line.startswith(("cob=", "cfn=", "cfi=", "cfl=")):
                continue
            elif line.startswith("calls="):
                skip_next = True
            elif line and (line[0].isdigit() or line[0] in "+-*"):
                if skip_next:
                    skip_next = False
                elif inside:
                    parts = line.split()
                    if len(parts) >= 2:
                        total += int(parts[1])
    return total

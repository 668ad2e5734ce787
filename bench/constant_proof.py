"""The compile-time lookup compiles to a constant, read off the disassembly.

bench/constant_lookup.cpp is compiled with each compiler at -O2, C++11 and
C++17, and `objdump -dr` disassembles it. For each function the proof
checks, instruction by instruction, that there is no call (nor a jump out of
the function), no loop (no backward jump), no reference to a table (no
relocation, no %rip-relative operand), and that what is left is the
expected constant moved into the return register and a return.
"""
import os
import re
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "bench", "constant_lookup.cpp")
FUNCTIONS = ["figure_best_pinned_at_compile_time", "figure_best_returned_directly"]
COMPILERS = ["g++", "clang++-16"]
STANDARDS = ["c++11", "c++17"]

# "  10:\tmov    $0x1e70,%eax"
_INSTRUCTION = re.compile(r"^\s*([0-9a-f]+):\s+(\S+)\s*(.*)$")
_RELOCATION = re.compile(r"^\s*[0-9a-f]+: R_")
_PADDING = ("nop", "nopw", "nopl", "xchg", "int3", "data16", "cs")


def expected_value(generated):
    with open(os.path.join(generated, "bench_data.hpp")) as f:
        text = f.read()
    key = re.search(r'#define BENCH_PROOF_FIGURE_KEY "(.*)"', text).group(1)
    best = int(re.search(r"#define BENCH_PROOF_FIGURE_BEST (-?\d+)", text).group(1))
    return key, best


def functions_of(disassembly):
    """{function name: [(address, mnemonic, operands) or ("reloc", text)]}"""
    found, current = {}, None
    for line in disassembly.splitlines():
        header = re.match(r"^[0-9a-f]+ <(.+)>:$", line)
        if header:  # every symbol starts a function of its own; ours take no arguments
            current = found.setdefault(header.group(1).removesuffix("()"), [])
        elif current is not None and _RELOCATION.match(line):
            current.append(("reloc", line.strip()))
        elif current is not None and _INSTRUCTION.match(line):
            address, mnemonic, operands = _INSTRUCTION.match(line).groups()
            current.append((int(address, 16), mnemonic, operands.split("#")[0].strip()))
    return found


def judge(lines, expected):
    """What the function does that a constant would not, and whether it is
    exactly `mov $expected,%eax; ret`."""
    body = list(lines)
    while body and body[-1][0] != "reloc" and body[-1][1].startswith(_PADDING):
        body.pop()  # alignment after the last return, never executed
    instructions = [b for b in body if b[0] != "reloc"]
    start = instructions[0][0] if instructions else 0
    end = instructions[-1][0] if instructions else 0
    calls, loops = [], []
    for address, mnemonic, operands in instructions:
        target = re.match(r"^([0-9a-f]+)\b", operands)
        if mnemonic.startswith("call"):
            calls.append(mnemonic + " " + operands)
        elif mnemonic.startswith("j") and target:
            destination = int(target.group(1), 16)
            if destination < start or destination > end:
                calls.append(mnemonic + " " + operands)  # a tail call
            elif destination <= address:
                loops.append("%x: %s %s" % (address, mnemonic, operands))
    tables = [b[1] for b in body if b[0] == "reloc"]
    tables += ["%s %s" % (m, o) for _, m, o in instructions if "(%rip)" in o]
    shape = [(m, o) for _, m, o in instructions if m != "endbr64"]
    constant = shape == [("mov", "$%#x,%%eax" % expected), ("ret", "")]
    return {"lines": ["%s %s" % (m, o) if o else m for _, m, o in instructions],
            "calls": calls, "loops": loops, "tables": tables,
            "constant": constant and not (calls or loops or tables)}


def measure(generated):
    key, expected = expected_value(generated)
    builds, skipped = [], []
    with tempfile.TemporaryDirectory() as work:
        for cxx in COMPILERS:
            if shutil.which(cxx) is None:
                skipped.append("%s: not installed" % cxx)
                continue
            for std in STANDARDS:
                obj = os.path.join(work, "constant.o")
                subprocess.run([cxx, "-std=" + std, "-O2", "-Wall", "-Wextra", "-c",
                                "-I" + os.path.join(ROOT, "single_include"), "-I" + generated,
                                SOURCE, "-o", obj], check=True, capture_output=True)
                disassembly = subprocess.run(["objdump", "-dr", "-C", "--no-show-raw-insn", obj],
                                             capture_output=True, text=True, check=True).stdout
                found = functions_of(disassembly)
                builds.append({"compiler": cxx, "std": std,
                               "functions": {f: judge(found.get(f, []), expected)
                                             for f in FUNCTIONS}})
    return {"key": key, "expected": expected, "builds": builds, "skipped": skipped}

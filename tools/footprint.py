#!/usr/bin/env python3
"""Measure afbrief's flash and RAM footprint on microcontrollers.

Builds the reference firmwares of tools/footprint/firmware.cpp for each
target with Debian's cross compilers, reads their sizes, and prints them
beside the dataset's raw payload (tools/footprint/payload.cpp, built for the
host):

  (a) empty                  the same program shape without afbrief
  (b) compile-time only      constexpr queries; must add 0 bytes over (a)
  (c) one lookup by key      binary search and one record at run time
  (d) every table and text   every field of every record read at run time
  (e) (d) without texts      built with AFBRIEF_NO_TEXT=1
  (f) (d) plus ASCII         every text of (d) also rendered with
                             afbrief::charset::ascii into a 21-byte buffer
                             (one line of a 20-column character LCD)
  (g) (d) plus find_*        a lookup by key in every table: every key index
  (h) (d) plus formatters    every formatter and renderer (format_figure,
                             format_event, format_date, format_edtf, render
                             of record and library texts) in both charsets

flash = .text + .data (initialised data is stored in flash too);
ram = .data + .bss (static RAM; the stack is not counted).

  python3 tools/footprint.py            a table
  python3 tools/footprint.py --json     the same numbers for machines
  python3 tools/footprint.py --check    exit 1 unless (b) adds nothing over
                                        (a), (d) adds at most 1.25x the raw
                                        payload, and on AVR (c) adds at most
                                        2,000 bytes and (c)-(h) add no RAM
Targets whose compiler is missing are skipped with a note (--require makes
that an error). Standard library only.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRMWARE = os.path.join(ROOT, "tools", "footprint", "firmware.cpp")
PAYLOAD = os.path.join(ROOT, "tools", "footprint", "payload.cpp")
INCLUDE = os.path.join(ROOT, "include")

COMMON = ["-Os", "-ffunction-sections", "-fdata-sections", "-Wl,--gc-sections",
          "-fno-exceptions", "-fno-rtti", "-fno-threadsafe-statics",
          "-Wall", "-Wextra", "-Werror", "-I" + INCLUDE]
PICOLIBC = ["--specs=picolibc.specs", "--crt0=semihost", "--oslib=semihost"]

# name: (compiler, size tool, flags); the memory maps match tests/mcu/mcu.cmake.
TARGETS = {
    "atmega328p": ("avr-g++", "avr-size", ["-std=gnu++11", "-mmcu=atmega328p"]),
    "cortex-m0": ("arm-none-eabi-gcc", "arm-none-eabi-size",
                  ["-x", "c++", "-std=c++11", "-mthumb", "-mcpu=cortex-m0"] + PICOLIBC +
                  ["-Wl,--defsym=__flash=0x0", "-Wl,--defsym=__flash_size=0x40000",
                   "-Wl,--defsym=__ram=0x20000000", "-Wl,--defsym=__ram_size=0x4000"]),
    "cortex-m3": ("arm-none-eabi-gcc", "arm-none-eabi-size",
                  ["-x", "c++", "-std=c++11", "-mthumb", "-mcpu=cortex-m3"] + PICOLIBC +
                  ["-Wl,--defsym=__flash=0x0", "-Wl,--defsym=__flash_size=0x400000",
                   "-Wl,--defsym=__ram=0x20000000", "-Wl,--defsym=__ram_size=0x400000"]),
    "rv32imac": ("riscv64-unknown-elf-gcc", "riscv64-unknown-elf-size",
                 ["-x", "c++", "-std=c++11", "-march=rv32imac", "-mabi=ilp32"] + PICOLIBC +
                 ["-Wl,--defsym=__flash=0x80000000", "-Wl,--defsym=__flash_size=0x200000",
                  "-Wl,--defsym=__ram=0x80200000", "-Wl,--defsym=__ram_size=0x200000"]),
}

VARIANTS = [  # (label, description, defines)
    ("a", "empty", ["-DAFBRIEF_FOOTPRINT_VARIANT=1"]),
    ("b", "compile-time queries only", ["-DAFBRIEF_FOOTPRINT_VARIANT=2"]),
    ("c", "one runtime lookup by key", ["-DAFBRIEF_FOOTPRINT_VARIANT=3"]),
    ("d", "every table, every text", ["-DAFBRIEF_FOOTPRINT_VARIANT=4"]),
    ("e", "(d) with AFBRIEF_NO_TEXT", ["-DAFBRIEF_FOOTPRINT_VARIANT=4", "-DAFBRIEF_NO_TEXT=1"]),
    ("f", "(d) plus ASCII rendering", ["-DAFBRIEF_FOOTPRINT_VARIANT=5"]),
    ("g", "(d) plus a key lookup in every table", ["-DAFBRIEF_FOOTPRINT_VARIANT=6"]),
    ("h", "(d) plus every formatter, UTF-8 and ASCII", ["-DAFBRIEF_FOOTPRINT_VARIANT=7"]),
]


def fail(message):
    print("footprint: " + message, file=sys.stderr)
    sys.exit(2)


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        fail("command failed: %s\n%s" % (" ".join(command), done.stderr.strip()))
    return done.stdout


def payload(work):
    compiler = shutil.which("c++") or shutil.which("g++")
    if compiler is None:
        fail("no host C++ compiler to measure the payload")
    program = os.path.join(work, "payload")
    run([compiler, "-std=c++17", "-I" + INCLUDE, PAYLOAD, "-o", program])
    counted = json.loads(run([program]))
    counted["total_bytes"] = counted["text_bytes"] + counted["number_bytes"]
    return counted


def sections(size_tool, elf):
    """text, data and bss of an image, from the Berkeley format."""
    line = run([size_tool, "-B", elf]).strip().splitlines()[-1].split()
    return int(line[0]), int(line[1]), int(line[2])


def initialised_data(size_tool, elf, work):
    """The bytes of .data (what start-up copies from flash to RAM), shown as
    text: on AVR, a constant that landed there is a constant in SRAM."""
    objcopy = size_tool[:-len("size")] + "objcopy"
    if shutil.which(objcopy) is None:
        return None
    out = os.path.join(work, "data.bin")
    run([objcopy, "-O", "binary", "--only-section=.data", elf, out])
    with open(out, "rb") as f:
        return "".join(chr(b) if 32 <= b < 127 else "\\x%02x" % b for b in f.read())


def measure(name, work):
    compiler, size_tool, flags = TARGETS[name]
    rows = []
    for label, description, defines in VARIANTS:
        elf = os.path.join(work, "%s-%s.elf" % (name, label))
        run([compiler] + flags + COMMON + defines + [FIRMWARE, "-o", elf])
        text, data, bss = sections(size_tool, elf)
        row = {"variant": label, "what": description, "flash": text + data, "ram": data + bss}
        if name == "atmega328p" and data != 0:
            row["data"] = initialised_data(size_tool, elf, work)
        rows.append(row)
    base = rows[0]
    for row in rows:
        row["flash_added"] = row["flash"] - base["flash"]
        row["ram_added"] = row["ram"] - base["ram"]
    return rows


# (d), the whole dataset read at run time, may add at most this many times
# the raw payload (the goal is 1.1: docs/benchmarks.md says where it stands).
PAYLOAD_RATIO_LIMIT = 1.25
# (c), one lookup by key, may add at most this many bytes on the ATmega328P.
LOOKUP_LIMIT_AVR = 2000


def check(results, ratio_limit=PAYLOAD_RATIO_LIMIT):
    problems = []
    limit = ratio_limit * results["payload"]["total_bytes"]
    for name, rows in results["targets"].items():
        by = {row["variant"]: row for row in rows}
        if by["d"]["flash_added"] > limit:
            problems.append("%s: (d) adds %d flash bytes, over %.2fx the %d-byte payload"
                            % (name, by["d"]["flash_added"], ratio_limit,
                               results["payload"]["total_bytes"]))
        if by["b"]["flash_added"] != 0 or by["b"]["ram_added"] != 0:
            problems.append("%s: compile-time queries added %d flash and %d RAM bytes"
                            % (name, by["b"]["flash_added"], by["b"]["ram_added"]))
        if name == "atmega328p" and by["c"]["flash_added"] > LOOKUP_LIMIT_AVR:
            problems.append("atmega328p: (c) adds %d flash bytes, over %d"
                            % (by["c"]["flash_added"], LOOKUP_LIMIT_AVR))
        if name == "atmega328p":
            for label in "cdefgh":
                if by[label]["ram_added"] != 0:
                    data = by[label].get("data")
                    problems.append("atmega328p: (%s) added %d bytes of SRAM%s"
                                    % (label, by[label]["ram_added"],
                                       " (.data holds '%s')" % data if data else ""))
    return problems


def table(results):
    total = results["payload"]["total_bytes"]
    out = ["raw payload: %d bytes (%d of text, %d of numbers)" % (
        total, results["payload"]["text_bytes"], results["payload"]["number_bytes"]), ""]
    out.append("| target | variant | flash | RAM | flash added | RAM added | added / payload |")
    out.append("|---|---|---:|---:|---:|---:|---:|")
    for name, rows in results["targets"].items():
        for row in rows:
            out.append("| %s | (%s) %s | %d | %d | %d | %d | %.2f |" % (
                name, row["variant"], row["what"], row["flash"], row["ram"],
                row["flash_added"], row["ram_added"], row["flash_added"] / total))
    for note in results["skipped"]:
        out.append("skipped: " + note)
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--check", action="store_true", help="enforce the targets")
    parser.add_argument("--require", action="store_true", help="a missing toolchain is an error")
    parser.add_argument("--ratio-limit", type=float, default=PAYLOAD_RATIO_LIMIT,
                        help="--check: most (d) may add, as a multiple of the payload")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        results = {"payload": payload(work), "targets": {}, "skipped": []}
        for name, (compiler, size_tool, _) in TARGETS.items():
            if shutil.which(compiler) is None or shutil.which(size_tool) is None:
                if args.require:
                    fail("%s needs %s and %s" % (name, compiler, size_tool))
                results["skipped"].append("%s (%s not found)" % (name, compiler))
                continue
            results["targets"][name] = measure(name, work)
    print(json.dumps(results, indent=2) if args.json else table(results))
    if args.check:
        problems = check(results, args.ratio_limit)
        for problem in problems:
            print("footprint: " + problem, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Cycles per call of afbrief's run-time lookups on an ATmega328P, in simavr.

Builds bench/avr/cycles_firmware.cpp with avr-g++ and the Arduino core's
flags, runs it in simavr at 16 MHz and reads the Timer1 counts it prints over
UART0 (tests/mcu/mcu_avr_uart.cpp, as the on-target tests do). Each count is
corrected for the empty timed region and for the overflow interrupt, both
measured by the firmware itself against __builtin_avr_delay_cycles.

  python3 bench/avr/cycles.py          a Markdown table
  python3 bench/avr/cycles.py --json   {"target", "f_cpu", "rows": [{"what", "cycles"}]}

Exit status 2 when avr-g++ or simavr is missing, 1 when the measurement
cannot be trusted (a failed check in the firmware, a timer that does not
count cycles, a constant that landed in SRAM). Standard library only.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MCU = os.path.join(ROOT, "tests", "mcu")
F_CPU = 16000000
# The Arduino AVR core's flags for a sketch, as tests/mcu/mcu.cmake builds one
# (warnings are the strict matrix's business, not a benchmark's).
FLAGS = ["-std=gnu++11", "-mmcu=atmega328p", "-Os", "-DF_CPU=%dUL" % F_CPU,
         "-ffunction-sections", "-fdata-sections", "-fno-exceptions",
         "-fno-threadsafe-statics", "-Wl,--gc-sections",
         "-I" + os.path.join(ROOT, "include"), "-I" + MCU]
LINE = re.compile(r"^(\w+)(?: (\w+))? (\d+) (\d+) (\d+)$")


def fail(message, status=1):
    print("cycles: " + message, file=sys.stderr)
    sys.exit(status)


def run(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        fail("command failed: %s\n%s" % (" ".join(command), done.stderr.strip()))
    return done.stdout


def data_bytes(image):
    """Bytes that start-up copies from flash into SRAM: .data, and in an
    object file also .rodata, which avr-gcc's linker script puts in .data."""
    sizes = run(["avr-size", "-A", image]).splitlines()
    return sum(int(line.split()[1]) for line in sizes
               if line.startswith((".data", ".rodata")))


def build(work):
    elf = os.path.join(work, "cycles.elf")
    run(["avr-g++"] + FLAGS + [os.path.join(HERE, "cycles_firmware.cpp"),
                               os.path.join(MCU, "mcu_avr_uart.cpp"), "-o", elf])
    # The UART file's own strings are its only constants allowed in SRAM: the
    # library promises tables and texts in flash, and the firmware's labels
    # are in flash too.
    uart = os.path.join(work, "uart.o")
    run(["avr-g++"] + FLAGS + ["-c", os.path.join(MCU, "mcu_avr_uart.cpp"), "-o", uart])
    if data_bytes(elf) != data_bytes(uart):
        fail("the firmware has %d bytes of .data, the UART file alone %d: a constant "
             "landed in SRAM" % (data_bytes(elf), data_bytes(uart)))
    return elf


def simulate(elf, timeout=120):
    """simavr's output, colour codes stripped. A crash makes simavr wait for a
    debugger ("avr_gdb_init"), so that line ends the run at once."""
    process = subprocess.Popen(["simavr", "-m", "atmega328p", "-f", str(F_CPU), elf],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, text=True, errors="replace")
    deadline, lines = time.monotonic() + timeout, []
    for raw in process.stdout:
        line = re.sub(r"\x1b\[[0-9;]*m", "", raw).strip()
        # simavr echoes the UART's '\n' as a '.' before its own line break.
        line = line[:-1] if line.endswith(".") else line
        lines.append(line)
        if "avr_gdb_init" in line or time.monotonic() > deadline:
            process.kill()
            fail("the firmware crashed or hung in simavr:\n" + "\n".join(lines[-10:]))
    process.wait()
    return lines


def samples(lines):
    """{name: [(raw, overflows, length)]}, "miss" gathering every kind."""
    found = {}
    for line in lines:
        if line.startswith("failed") or line == "done with failures":
            fail("the firmware's own check failed: " + line)
        m = LINE.match(line)
        if m:
            name, _, raw, wraps, length = m.groups()
            found.setdefault(name, []).append((int(raw), int(wraps), int(length)))
    if "done" not in lines:
        fail("the firmware did not finish:\n" + "\n".join(lines[-10:]))
    return found


def cycles(found):
    """Each sample's cycles: raw + 65536 per wrap, minus the empty region and
    the overflow interrupt's cycles per wrap (both calibrated here)."""
    empty = found["empty"][0][0]
    (short, _, short_want), (long_raw, long_wraps, long_want) = found["calibrate"]
    if short - empty != short_want:
        fail("Timer1 counted %d cycles for a delay of %d: it does not count CPU cycles"
             % (short - empty, short_want))
    interrupt = (long_raw + 65536 * long_wraps - empty - long_want) / long_wraps
    if not 10 <= interrupt <= 200 or interrupt != int(interrupt):
        fail("the overflow interrupt seems to cost %s cycles" % interrupt)
    return {name: [(raw + 65536 * wraps - empty - int(interrupt) * wraps, length)
                   for raw, wraps, length in values]
            for name, values in found.items()}


def rows(counted):
    def mean(name):
        return round(sum(c for c, _ in counted[name]) / len(counted[name]))

    def most(name):
        return max(c for c, _ in counted[name])
    return [{"what": "find_figure hit (mean)", "cycles": mean("hit")},
            {"what": "find_figure hit (max)", "cycles": most("hit")},
            {"what": "find_figure miss (mean)", "cycles": mean("miss")},
            {"what": "find_figure miss (max)", "cycles": most("miss")},
            {"what": "format_figure (mean)", "cycles": mean("format")},
            {"what": "format_figure (max)", "cycles": most("format")},
            {"what": "render longest text", "cycles": counted["render"][0][0]}]


def table(result, counted):
    out = ["ATmega328P at %d MHz in simavr, Timer1 at clock / 1 around each call:"
           % (F_CPU // 1000000), "",
           "| call | cycles | microseconds |", "|---|---:|---:|"]
    for row in result["rows"]:
        out.append("| %s | %s | %.1f |" % (row["what"], "{:,}".format(row["cycles"]),
                                             row["cycles"] * 1e6 / F_CPU))
    out += ["", "hits over %d keys; misses over %d probes (one letter changed, a prefix, "
            "the key with \"\\0x\" after it, the empty key); format_figure over %d figures "
            "(longest output %d bytes); the longest text is %d bytes."
            % (len(counted["hit"]), len(counted["miss"]), len(counted["format"]),
               max(n for _, n in counted["format"]), counted["render"][0][1])]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    missing = [tool for tool in ("avr-g++", "avr-size", "simavr") if shutil.which(tool) is None]
    if missing:
        print("cycles: %s not found (Debian: apt-get install gcc-avr avr-libc simavr)"
              % ", ".join(missing), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="afbrief-cycles-") as work:
        counted = cycles(samples(simulate(build(work))))
    result = {"target": "atmega328p", "f_cpu": F_CPU, "rows": rows(counted)}
    print(json.dumps(result) if args.json else table(result, counted))
    return 0


if __name__ == "__main__":
    sys.exit(main())

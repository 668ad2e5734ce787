"""arduino-builder with Debian's Arduino AVR core, and simavr: finding them,
building one sketch, running its .elf."""
import os
import re
import shlex
import shutil
import subprocess

PACKAGES = "arduino-builder arduino-core-avr simavr"
HARDWARE = "/usr/share/arduino/hardware"
CORE_PLATFORM = os.path.join(HARDWARE, "arduino", "avr", "platform.txt")
# Debian's arduino-builder package keeps its ctags recipe here, as a second
# hardware folder; the tools themselves (avr-g++, arduino-ctags) are in /usr/bin.
BUILDER_PLATFORM_DIR = "/usr/share/arduino-builder"
TOOLS = "/usr/bin"
BOARD = "arduino:avr:uno"
SIMAVR_ARGS = ["-m", "atmega328p", "-f", "16000000"]

# Debian's core 1.8.7 uses DECIMAL_DIG in WString.cpp, a C++ file compiled
# with -std=gnu++11. GCC 5.4's <float.h> defines DECIMAL_DIG only for C99 and
# later C, not for C++ (newer GCC's, such as GCC 12's, also defines it for
# C++11), so with Debian's avr-gcc 5.4 the core itself does not compile. That
# is a packaging mismatch, not afbrief's bug, and a user's IDE, with its own
# toolchain, needs nothing. The value is the compiler's own, as <float.h>
# would give it in C: on the AVR `double` is 32 bits, and __DECIMAL_DIG__ is 9.
CORE_WORKAROUND = "-DDECIMAL_DIG=__DECIMAL_DIG__"
# Warnings afbrief's code must not raise (the project's strict flags, less
# -Werror: the core's own files warn under them, so the output is searched for
# warnings in our files instead). AFBRIEF_VERIFY=1 also compiles the tables'
# full self-verification, as every other firmware test does.
EXTRA_FLAGS = "-Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow"
USED_RE = re.compile(r"^Using library afbrief at version \S+ in folder: (?P<folder>.*?)\s*$", re.M)
WARNING_RE = re.compile(r"^(?P<file>[^:\s][^:]*):\d+(?::\d+)?: warning: ")
# arduino-builder's summary of the .elf: flash (text + data) and SRAM taken by
# globals (data + bss), in bytes.
FLASH_RE = re.compile(r"^Sketch uses (?P<bytes>\d+) bytes", re.M)
SRAM_RE = re.compile(r"^Global variables use (?P<bytes>\d+) bytes", re.M)


def missing(simavr):
    """What is not installed, or None. `simavr`: its name or path."""
    for tool in ("arduino-builder", simavr, "bash"):
        if shutil.which(tool) is None:
            return "%s is not installed" % tool
    if not os.path.isfile(CORE_PLATFORM):
        return "the Arduino AVR core is not installed (no %s)" % CORE_PLATFORM
    return None


class Built:
    def __init__(self):
        self.problems, self.elf = [], None
        self.flash = self.sram = None  # bytes, from arduino-builder's summary


def build_command(sketch, libraries, build_path):
    return ["arduino-builder", "-compile", "-verbose", "-warnings", "all", "-fqbn", BOARD,
            "-hardware", HARDWARE, "-hardware", BUILDER_PLATFORM_DIR, "-tools", TOOLS,
            "-libraries", libraries, "-build-path", build_path,
            "-prefs=compiler.cpp.extra_flags=%s %s -DAFBRIEF_VERIFY=1"
            % (CORE_WORKAROUND, EXTRA_FLAGS), sketch]


def build(sketch, library, build_path, uses_library=True):
    """Compiles `sketch` with the library in `library`; the build must use
    that copy of afbrief (or, with uses_library False, no library at all)
    and raise no warning in its code or the sketch's."""
    built = Built()
    os.makedirs(build_path)
    command = build_command(sketch, os.path.dirname(library), build_path)
    print("$ " + " ".join(shlex.quote(part) for part in command))
    done = subprocess.run(command, capture_output=True, text=True)
    output = done.stdout + done.stderr
    ours = (library + os.sep, os.path.join(build_path, "sketch") + os.sep)
    warnings = [line for line in output.splitlines()
                if WARNING_RE.match(line) and line.startswith(ours)]
    for line in output.splitlines():
        if line.startswith(("Using library", "Sketch uses", "Global variables use")):
            print(line.strip())
    if done.returncode != 0:
        print(output)
        built.problems.append("arduino-builder failed (exit status %d)" % done.returncode)
        return built
    used = [match.group("folder") for match in USED_RE.finditer(output)]
    if used != ([library] if uses_library else []):
        print(output)
        built.problems.append("the build did not say it used afbrief from %s" % library
                              if uses_library else "the build used afbrief")
    flash, sram = FLASH_RE.search(output), SRAM_RE.search(output)
    if flash is None or sram is None:
        print(output)
        built.problems.append("arduino-builder did not print the sketch's flash and SRAM use")
    else:
        built.flash, built.sram = int(flash.group("bytes")), int(sram.group("bytes"))
    for line in warnings:
        print(line)
        built.problems.append("a warning in afbrief's code or the sketch: %s" % line)
    built.elf = os.path.join(build_path, os.path.basename(sketch) + ".elf")
    if not os.path.isfile(built.elf):
        built.problems.append("no %s" % built.elf)
    return built


class Ran:
    def __init__(self):
        self.problems, self.lines = [], []


def run(run_on_target, elf, last_line, simavr):
    """Runs `elf` in simavr through tests/mcu/run_on_target.sh (it stops a
    crashed simavr at once, strips colour codes, and needs `last_line`).
    `simavr`: its name or path. The lines the sketch printed: simavr shows
    each UART line with its CR LF as "..", which marks them apart from
    simavr's own messages."""
    ran = Ran()
    command = ["bash", run_on_target, "--timeout", "60", "--expect", last_line, "--",
               simavr] + SIMAVR_ARGS + [elf]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout + done.stderr)
        ran.problems.append("the run in simavr failed (exit status %d)" % done.returncode)
        return ran
    ran.lines = [line[:-2] for line in done.stdout.splitlines() if line.endswith("..")]
    return ran

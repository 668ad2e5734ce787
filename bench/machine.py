"""The machine and the tools the numbers were measured with."""
import os
import platform
import shutil
import subprocess


def _first_line(command):
    if shutil.which(command[0]) is None:
        return "not installed"
    done = subprocess.run(command, capture_output=True, text=True)
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0] if lines else "unknown"


def _package(name):
    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True,
                          text=True) if shutil.which("dpkg-query") else None
    return done.stdout.strip() if done and done.returncode == 0 else "not installed"


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def describe():
    return [
        ("CPU", "%s, %d logical CPUs" % (_cpu_model(), os.cpu_count() or 0)),
        ("System", "%s %s (%s)" % (platform.system(), platform.release(), platform.machine())),
        ("g++", _first_line(["g++", "--version"])),
        ("clang++-16", _first_line(["clang++-16", "--version"])),
        ("avr-g++", _first_line(["avr-g++", "--version"])),
        ("valgrind", _first_line(["valgrind", "--version"])),
        ("gperf", _first_line(["gperf", "--version"])),
        ("Google Benchmark", "libbenchmark-dev " + _package("libbenchmark-dev")),
        ("nlohmann/json", "nlohmann-json3-dev " + _package("nlohmann-json3-dev")),
        ("Python", platform.python_version()),
    ]

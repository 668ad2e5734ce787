"""Start-up: instructions a program runs before it can give its first answer.

afbrief: the instructions before main of bench/startup_afbrief.cpp less those
of bench/startup_baseline.cpp (the same program with no data), and the
dynamic initialisers in an object file that includes the single header.
nlohmann::json: the same difference before main, and then the parse of the
project's JSON export, which must run before any lookup.
"""
import os
import subprocess
import tempfile

import callgrind

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def dynamic_initialisers(cxx, generated):
    """Sections and functions that would run before main, in an object file
    of bench/startup_afbrief.cpp, compiled without optimisation so that no
    initialiser can be folded away."""
    with tempfile.TemporaryDirectory() as work:
        obj = os.path.join(work, "startup_afbrief.o")
        subprocess.run([cxx, "-std=c++17", "-O0", "-c", "-I" + os.path.join(ROOT, "single_include"),
                        "-I" + generated, os.path.join(ROOT, "bench", "startup_afbrief.cpp"),
                        "-o", obj], check=True, capture_output=True)
        sections = subprocess.run(["readelf", "-SW", obj], capture_output=True, text=True,
                                  check=True).stdout
        symbols = subprocess.run(["nm", obj], capture_output=True, text=True, check=True).stdout
    found = [s for s in (".init_array", ".ctors") if s in sections]
    found += [line.split()[-1] for line in symbols.splitlines() if "_GLOBAL__sub_I" in line]
    return found


def measure(artifacts):
    baseline = callgrind.before_main([artifacts["startup_baseline"]])
    afbrief_program = callgrind.before_main([artifacts["startup_afbrief"]])
    nlohmann_program = callgrind.before_main([artifacts["startup_nlohmann"]])
    return {
        "baseline_before_main": baseline,
        "afbrief_before_main": afbrief_program - baseline,
        # The program's own code before main, against the baseline's: the loader's
        # work moves with the symbols a program imports, its own code does not.
        "afbrief_own_before_main": (callgrind.own_before_main([artifacts["startup_afbrief"]])
                                    - callgrind.own_before_main([artifacts["startup_baseline"]])),
        # The same count on the baseline plus one static initialiser: must not be 0.
        "control_own_before_main": (callgrind.own_before_main([artifacts["startup_control"]])
                                    - callgrind.own_before_main([artifacts["startup_baseline"]])),
        "afbrief_initialisers": dynamic_initialisers(artifacts["cxx"], artifacts["generated"]),
        "nlohmann_before_main": nlohmann_program - baseline,
        "nlohmann_parse": callgrind.collected([artifacts["startup_nlohmann"]], "parse_export"),
        "export_bytes": len(subprocess.run([artifacts["cli"], "export", "--format=json"],
                                           capture_output=True, check=True).stdout),
    }

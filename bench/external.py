"""The measurements other scripts make, each printing JSON: the footprint
(tools/footprint.py), the cycles on the ATmega328P (bench/avr/cycles.py) and
the scaling to large fact sheets (bench/scaling/scaling.py).

A script that is missing, fails or prints something unreadable gives
{"unavailable": why} instead of numbers: the report says so in its row rather
than stopping.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_json(relative_path, timeout):
    script = os.path.join(ROOT, relative_path)
    if not os.path.exists(script):
        return {"unavailable": "%s is not there" % relative_path}
    try:
        done = subprocess.run([sys.executable, script, "--json"], cwd=ROOT, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"unavailable": "%s took more than %d s" % (relative_path, timeout)}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return {"unavailable": "%s exited with %d: %s" % (relative_path, done.returncode, last)}
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError as e:
        return {"unavailable": "%s printed no JSON (%s)" % (relative_path, e)}


def footprint():
    return run_json(os.path.join("tools", "footprint.py"), timeout=1800)


def avr_cycles():
    result = run_json(os.path.join("bench", "avr", "cycles.py"), timeout=1800)
    if "unavailable" not in result and not isinstance(result.get("rows"), list):
        return {"unavailable": "bench/avr/cycles.py printed no rows"}
    return result


def scaling():
    result = run_json(os.path.join("bench", "scaling", "scaling.py"), timeout=3600)
    if "unavailable" not in result and not isinstance(result.get("rows"), list):
        return {"unavailable": "bench/scaling/scaling.py printed no rows"}
    return result

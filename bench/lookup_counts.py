"""Instructions per lookup by key, hit and miss, for every method and table.

Runs bench/lookup_probe.cpp under callgrind once for the hits and once for
the misses, counting only inside its probe_* functions (one lookup each), and
divides each function's count by the number of calls the probe reports.
"""
import json

import callgrind


def measure(probe):
    """{"rows": [{table, method, hit, miss}], "wrong": [...], "frozen": bool};
    hit and miss are instructions per lookup, averaged over all keys and over
    all near-misses of the table."""
    per_call = {}
    wrong = []
    frozen = False
    for mode in ("hit", "miss"):
        stdout, counts = callgrind.inclusive([probe, mode], "probe_*")
        report = json.loads(stdout)
        wrong += report["wrong"]
        frozen = report["frozen"]
        for p in report["probes"]:
            if p["function"] not in counts:
                raise callgrind.CallgrindError("callgrind saw no calls of " + p["function"])
            key = (p["table"], p["method"])
            per_call.setdefault(key, {"table": p["table"], "method": p["method"]})
            per_call[key][mode] = counts[p["function"]] / p["calls"]
            per_call[key][mode + "_keys"] = p["calls"]
    return {"rows": list(per_call.values()), "wrong": wrong, "frozen": frozen}

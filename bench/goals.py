"""Issue 8's goals, each judged from the numbers of one run: the achieved
figure and whether it meets the goal. Nothing here is a constant verdict; a
goal whose measurement is missing is "not measured", never "met".
"""
import math

MET, NOT_MET, NOT_MEASURED = "met", "**not met**", "not measured"

HIT_RATIO_LIMIT = 0.5         # afbrief hit / std::unordered_map hit
AVR_LOOKUP_FLASH_LIMIT = 2000  # bytes, footprint (c) on the ATmega328P
PAYLOAD_RATIO_LIMIT = 1.1     # footprint (d) / raw payload
INCLUDE_RATIO_LIMIT = 2.0     # including the single header / an empty TU


def n(value):
    return "{:,.0f}".format(value)


def _goal(goal, achieved, ok):
    return {"goal": goal, "achieved": achieved, "status": MET if ok else NOT_MET}


def _unmeasured(goal, why):
    return {"goal": goal, "achieved": why, "status": NOT_MEASURED}


def lookup_goals(lookups):
    counts = {(r["table"], r["method"]): r for r in lookups["rows"]}
    tables = sorted({t for t, m in counts if m == "afbrief"}, key=lambda t: t != "figure")
    ratios = {t: counts[(t, "afbrief")]["hit"] / counts[(t, "unordered_map")]["hit"]
              for t in tables}
    figure = counts[("figure", "afbrief")]
    rows = [_goal("Key lookup: a figure hit costs at most %.1f× `std::unordered_map`"
                  % HIT_RATIO_LIMIT,
                  "%s vs %s instructions: %.2f×" % (n(figure["hit"]),
                                                    n(counts[("figure", "unordered_map")]["hit"]),
                                                    ratios["figure"]),
                  ratios["figure"] <= HIT_RATIO_LIMIT)]
    worst = max(tables, key=ratios.get)
    rows.append(_goal("Key lookup, every table: hit at most %.1f× `std::unordered_map`"
                      % HIT_RATIO_LIMIT,
                      "worst %s: %.2f× (best %s: %.2f×)" % (worst, ratios[worst],
                                                           min(tables, key=ratios.get),
                                                           min(ratios.values())),
                      ratios[worst] <= HIT_RATIO_LIMIT))
    miss_ratio = {t: counts[(t, "afbrief")]["miss"] / counts[(t, "afbrief")]["hit"] for t in tables}
    worst = max(tables, key=miss_ratio.get)
    rows.append(_goal("Key lookup: a miss costs no more than a hit, every table",
                      "worst %s: miss %s, hit %s instructions (%.2f×)"
                      % (worst, n(counts[(worst, "afbrief")]["miss"]),
                         n(counts[(worst, "afbrief")]["hit"]), miss_ratio[worst]),
                      miss_ratio[worst] <= 1.0))
    wrong = [w for w in lookups["wrong"] if "/afbrief:" in w]
    asked = sum(counts[(t, "afbrief")]["hit_keys"] + counts[(t, "afbrief")]["miss_keys"]
                for t in tables)
    rows.append(_goal("Key lookup: every miss exact, every hit right (near-misses included)",
                      "%d wrong of %s lookups" % (len(wrong), n(asked)), not wrong))
    return rows


def footprint_goals(footprint):
    names = ["Footprint (c): one lookup by key at most %s B on the ATmega328P"
             % n(AVR_LOOKUP_FLASH_LIMIT),
             "Footprint (d): every table and text at most %.1f× the payload, every target"
             % PAYLOAD_RATIO_LIMIT,
             "Footprint (b): compile-time queries +0; AVR SRAM +0"]
    if "unavailable" in footprint or not footprint.get("targets"):
        why = footprint.get("unavailable", "no target measured")
        return [_unmeasured(name, "skipped: " + why) for name in names]
    targets = {t: {r["variant"]: r for r in rows} for t, rows in footprint["targets"].items()}
    payload = footprint["payload"]["total_bytes"]
    rows = []
    if "atmega328p" in targets:
        c = targets["atmega328p"]["c"]["flash_added"]
        rows.append(_goal(names[0], "+%s B" % n(c), c <= AVR_LOOKUP_FLASH_LIMIT))
    else:
        rows.append(_unmeasured(names[0], "avr-g++ missing"))
    ratio = {t: v["d"]["flash_added"] / payload for t, v in targets.items()}
    worst = max(ratio, key=ratio.get)
    rows.append(_goal(names[1], "worst %s: %.2f× (+%s B for %s B)"
                      % (worst, ratio[worst], n(targets[worst]["d"]["flash_added"]), n(payload)),
                      ratio[worst] <= PAYLOAD_RATIO_LIMIT))
    b_added = [v["b"]["flash_added"] + v["b"]["ram_added"] for v in targets.values()]
    avr = targets.get("atmega328p", {})
    sram = [r["ram_added"] for r in avr.values()]
    variants = "(%s)–(%s)" % (min(avr), max(avr)) if avr else "no variant"
    rows.append(_goal(names[2], "(b) +%s B on %d targets; AVR SRAM +%s B in %s"
                      % (n(max(b_added)), len(targets), n(max(sram) if sram else 0), variants),
                      max(b_added) == 0 and not any(sram)))
    return rows


def include_goal(include):
    name = "Include: the single header at most %.0f× an empty TU (g++, clang++-16; C++11, C++17)" \
        % INCLUDE_RATIO_LIMIT
    rows = [r for r in include["rows"] if r["unit"] == "afbrief"]
    if not rows:
        return _unmeasured(name, "no compiler")
    worst = max(rows, key=lambda r: r["ratio"])
    return _goal(name, "worst %s -std=%s: %.1f× (%.0f ms)" % (worst["compiler"], worst["std"],
                                                            worst["ratio"], worst["ms"]),
                 len(rows) == 4 and worst["ratio"] <= INCLUDE_RATIO_LIMIT)


def startup_goal(startup):
    ok = (startup["afbrief_own_before_main"] == 0 and not startup["afbrief_initialisers"]
          and startup["control_own_before_main"] > 0)
    return _goal("Start-up: 0 instructions before the first answer",
                 "%s instructions in the program's own code before main (%s in all, loader "
                 "included, against the baseline; the control with one static initialiser: "
                 "%s), %d static initialisers (nlohmann::json: %s to parse the export)"
                 % (n(startup["afbrief_own_before_main"]), n(startup["afbrief_before_main"]),
                    n(startup["control_own_before_main"]),
                    len(startup["afbrief_initialisers"]), n(startup["nlohmann_parse"])), ok)


def constant_goal(proof):
    name = "Compile-time lookup compiles to a constant (no call, no loop, no table)"
    builds = proof["builds"]
    if not builds:
        return _unmeasured(name, "no compiler")
    pinned = [b["functions"]["figure_best_pinned_at_compile_time"] for b in builds]
    shown = "; ".join(pinned[0]["lines"]) if pinned[0]["lines"] else "function not found"
    return _goal(name, "`%s` in %d of %d builds" % (shown, sum(p["constant"] for p in pinned),
                                                    len(builds)),
                 all(p["constant"] for p in pinned))


def avr_goal(avr):
    name = "On the chip: cycles per lookup, format_figure and render on the ATmega328P"
    if "unavailable" in avr:
        return _unmeasured(name, "skipped: " + avr["unavailable"])
    rows = avr["rows"]
    counted = [r for r in rows if isinstance(r.get("cycles"), int)]
    return _goal(name, "%d measurements reported" % len(counted),
                 bool(rows) and len(counted) == len(rows))


def _growth(rows, field):
    """(text, within O(log n)) of one lookup count from the smallest sheet to
    the largest, per compiler that measured it."""
    texts, ok = [], True
    for compiler in sorted({r["compiler"] for r in rows}):
        points = sorted((r["records"], r[field]) for r in rows
                        if r["compiler"] == compiler and isinstance(r.get(field), (int, float)))
        if len(points) < 2:
            continue
        (small, small_cost), (large, large_cost) = points[0], points[-1]
        # c + b·log n grows by at most log(large)/log(small) from small to large.
        allowed = math.log(large) / math.log(small)
        grew = large_cost / small_cost
        ok = ok and grew <= allowed
        texts.append("%s %s→%s records: %.2f× (log n allows %.2f×)"
                     % (compiler, n(small), n(large), grew, allowed))
    return texts, ok


def scaling_goals(scaling):
    names = ["Scaling: lookup cost O(log n) or better", "Scaling: within default constexpr limits"]
    if "unavailable" in scaling:
        return [_unmeasured(name, "skipped: " + scaling["unavailable"]) for name in names]
    rows = scaling["rows"]
    hits, hits_ok = _growth(rows, "lookup_instructions")
    misses, misses_ok = _growth(rows, "miss_instructions")
    texts = ["hit: " + t for t in hits] + ["miss: " + t for t in misses]
    goals = [_goal(names[0], "; ".join(texts), hits_ok and misses_ok) if hits
             else _unmeasured(names[0], "lookups counted for fewer than two sheet sizes")]
    # A sheet too large for an AVR object is too large for it with the
    # verification on as well, however that build ends.
    avr_too_large = {r["records"] for r in rows
                     if r["compiler"].startswith("avr-g++") and r.get("applies") is False}
    rows = [dict(r, applies=False) if r["compiler"].startswith("avr-g++") and
            r["records"] in avr_too_large else r for r in rows]
    too_large = [r for r in rows if r.get("applies") is False]
    rows = [r for r in rows if r.get("applies", True)]
    within = [r for r in rows if r.get("within_default_limits") is True]
    unknown = [r for r in rows if r.get("within_default_limits") is None]
    text = "%d of %d builds" % (len(within), len(rows))
    if too_large:
        text += " (and %d avr-g++ builds of sheets no ATmega328P can hold, left out)" % len(
            too_large)
    if unknown:
        first = unknown[0]
        text += " (%d not judged; first, %s records with %s: %s)" % (
            len(unknown), n(first["records"]), first["compiler"], first.get("error") or "no answer")
    goals.append(_goal(names[1], text, bool(rows) and len(within) == len(rows)))
    return goals


def evaluate(results):
    return (lookup_goals(results["lookups"]) + footprint_goals(results["footprint"]) +
            [include_goal(results["include"]), startup_goal(results["startup"]),
             constant_goal(results["proof"]), avr_goal(results["avr"])] +
            scaling_goals(results["scaling"]))

#!/usr/bin/env bash
# End-to-end checks of the afbrief command-line tool against the article's
# real facts. Called by ctest as:
#   bash tests/cli_test.sh PATH_TO_AFBRIEF REPO_ROOT
# Prints one line per check ("ok - ..." or "FAIL - ..."; "skip - ..." when a
# check cannot run here) and ends with "N passed, M failed". Exits non-zero if
# any check failed.
#
# Single-quoted `eval` arguments expand when the check runs, and the curly
# quotes in expected text are the article's own (UTF-8) characters:
# shellcheck disable=SC2016,SC1111,SC1112
set -u

if [ "$#" -ne 2 ]; then
  echo "usage: bash tests/cli_test.sh PATH_TO_AFBRIEF REPO_ROOT" >&2
  exit 2
fi
AFBRIEF=$1
ROOT=$2

if [ ! -x "$AFBRIEF" ]; then
  echo "FAIL - $AFBRIEF is not an executable"
  echo "0 passed, 1 failed"
  exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/afbrief_cli_test.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/stdout
ERR=$WORK/stderr

passed=0
failed=0

pass() {
  passed=$((passed + 1))
  echo "ok - $1"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL - $1${2:+ ($2)}"
}
skip() {
  echo "skip - $1"
}

# run ARGS...: runs the tool, stdout to $OUT, stderr to $ERR, status in $RC.
RC=0
run() {
  "$AFBRIEF" "$@" >"$OUT" 2>"$ERR"
  RC=$?
}

# check DESCRIPTION COMMAND...: passes when COMMAND succeeds.
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

has() { grep -qF -- "$1" "$OUT"; }
lacks() { ! grep -qF -- "$1" "$OUT"; }
has_line() { grep -qE -- "$1" "$OUT"; }
lines_are() { [ "$(wc -l <"$OUT" | tr -d ' ')" = "$1" ]; }
status_is() { [ "$RC" = "$1" ]; }
no_stderr() { [ ! -s "$ERR" ]; }
# The first line matching $1 comes before the first line matching $2.
before() {
  local a b
  a=$(grep -nE -- "$1" "$OUT" | head -n 1 | cut -d: -f1)
  b=$(grep -nE -- "$2" "$OUT" | head -n 1 | cut -d: -f1)
  [ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ]
}
# Every line fits 100 terminal columns (UTF-8 continuation bytes not counted).
fits_100_columns() {
  LC_ALL=C sed 's/[\x80-\xbf]//g' "$OUT" | LC_ALL=C awk 'length($0) > 100 { bad = 1 } END { exit bad }'
}

# ---- The briefing ------------------------------------------------------------
run
check "briefing exits 0 with nothing on stderr" eval 'status_is 0 && no_stderr'
check "briefing title names the outlet and the derived publication date" \
  has_line '^Doha News, published 2021-07-18 .*derived'
check "briefing has the headline figure 'up to 7,792 children killed'" has "up to 7,792 children killed"
check "briefing shows the qualifier, EDTF period and originator of that figure" \
  has_line '^  at_most +2011~/2021-07-18 +up to 7,792 children killed \(in the past decade alone; UNAMA'
check "briefing lists all 11 figures (one entry each, 2-space indent)" \
  eval '[ "$(sed -n "/^Headline figures/,/^$/p" "$OUT" | grep -cE "^  [a-z_]+ ")" = 11 ]'
check "briefing dates the Doha meeting 2021-07-17" \
  has_line '^  2021-07-17 +“just a day after”: An Afghan government delegation meets'
check "briefing timeline: the September 2020 talks before the late-June 2021 announcement" \
  before '^  2020-09 ' '^  2021-06-21/2021-06-30 '
check "briefing timeline: late June before the Doha meeting" \
  before '^  2021-06-21/2021-06-30 ' '^  2021-07-17 '
check "briefing timeline: events with an unknown start come first" \
  eval '[ "$(sed -n "/^Timeline/,/^$/p" "$OUT" | grep -E "^  [/0-9]" | head -n 1 | cut -c3)" = / ]'
check "briefing quotes Akhundzada's message" \
  has "Hibatullah Akhundzada: “Our message remains that instead of relying on foreigners"
check "briefing fits a 100-column terminal" fits_100_columns

run brief
check "'brief' is the briefing too" eval 'status_is 0 && has "up to 7,792 children killed"'

# ---- figures ----------------------------------------------------------------------
run figures
check "figures exits 0" status_is 0
check "figures prints exactly 11 lines" lines_are 11
check "figures: people_in_need is up to 18,400,000 people in need (WHO's Rick Brennan)" \
  has_line '^people_in_need +up to 18,400,000 people in need of humanitarian assistance \(now; WHO’s Rick Brennan via Doha News\)$'
check "figures: women_killed_past_decade is more than 3,000" \
  has_line '^women_killed_past_decade +more than 3,000 women killed'
check "figures: the casualty change names its base period" \
  has "29% change in casualties among civilians (the first quarter of this year, compared with 2020;"

# ---- events ----------------------------------------------------------------------
run events
check "events with no range lists all 13 events" eval 'status_is 0 && lines_are 13'
run events --from 2021-07-17 --to 2021-07-17
check "events on 2021-07-17 include doha_meeting" has_line '^2021-07-17 +doha_meeting +An Afghan government'
check "events on 2021-07-17 include france_evacuation" has_line '^2021-07-17 +france_evacuation '
check "events on 2021-07-17 exclude intra_afghan_talks_began" lacks intra_afghan_talks_began
check "events on 2021-07-17 exclude the 2021-07-18 message" lacks akhundzada_message_released
check "events on 2021-07-17 include the ongoing offensives (unknown start, open end)" \
  has_line '^/\.\. +taliban_offensives '
cp "$OUT" "$WORK/separate"
run events --from=2021-07-17 --to=2021-07-17
check "events accepts --from=DATE --to=DATE alike" cmp -s "$OUT" "$WORK/separate"
run events --from 2021-07-19
check "events after publication: the open-ended ones and the upcoming Eid (4)" \
  eval 'status_is 0 && lines_are 4 && has us_pullout_ongoing && has eid_al_adha && lacks taliban_key_areas_taken'
run events --to 2020-12-31
check "events up to 2020: the September 2020 talks, not the Doha meeting" \
  eval 'has_line "^2020-09 +intra_afghan_talks_began " && lacks doha_meeting'
run events --from 2021-06-30 --to 2021-06-30
check "events on 2021-06-30 include the late-June announcement (range 06-21..06-30)" \
  has germany_italy_withdrawal_announced
run events --from 2021-07-01 --to 2021-07-01
check "events on 2021-07-01 exclude the late-June announcement" \
  lacks germany_italy_withdrawal_announced

# ---- on DATE ------------------------------------------------------------------------
run on 2021-07-18
check "on 2021-07-18 exits 0" eval 'status_is 0 && no_stderr'
check "on 2021-07-18 includes akhundzada_message_released" has akhundzada_message_released
check "on 2021-07-18 includes doha_talks_continue" has doha_talks_continue
check "on 2021-07-18 excludes the Saturday meeting" lacks "doha_meeting "
check "on 2021-07-18: statements said that day are Akhundzada's three" \
  eval 'has "Statements said on Sunday 2021-07-18 (3)" && has akhundzada_political_settlement && lacks baradar_opening_remarks'
check "on 2021-07-18 names the weekday (Sunday)" has "Sunday 2021-07-18"
run on 2021-07-17
check "on 2021-07-17: Baradar's opening remarks, five statements" \
  eval 'has "Statements said on Saturday 2021-07-17 (5)" && has baradar_opening_remarks'

# ---- show KEY -------------------------------------------------------------------------
run show people_in_need
check "show people_in_need: 18400000" eval 'status_is 0 && has_line "^value: +18400000"'
check "show people_in_need: at_most, inclusive high bound" \
  eval 'has_line "^qualifier: +at_most$" && has_line "^high: +18400000, inclusive$" && has_line "^low: +\(none\)$"'
check "show people_in_need: originator rick_brennan, paragraph 20" \
  eval 'has_line "^originator: +rick_brennan " && has_line "^paragraph: +20$"'
run show children_killed_past_decade
check "show children_killed_past_decade: via Al Jazeera then Doha News, period 2011~/2021-07-18" \
  eval 'has_line "^via: +al_jazeera \(Al Jazeera\), then doha_news" && has_line "^period: +2011~/2021-07-18 "'
run show civilian_casualty_change_q1_2021
check "show civilian_casualty_change_q1_2021: quarter 2021-33, base period 2020" \
  eval 'has_line "^period: +2021-33 " && has_line "^base period: +2020 \(“compared with 2020”\)"'
run show doha_meeting
check "show doha_meeting: an event in Doha on 2021-07-17, paragraph 8" \
  eval 'has_line "^table: +event$" && has_line "^when: +2021-07-17 " && has_line "^place: +doha " && has_line "^paragraph: +8$"'
run show anwari_final_result
check "show anwari_final_result: via AFP, date 2021-07-17 derived" \
  eval 'has_line "^via: +afp " && has_line "^date: +2021-07-17$" && has_line "^date derived: +yes$"'
run show afp
check "show afp: the actor comes first, and points at the source" \
  eval 'has_line "^table: +actor$" && has "afbrief show source:afp"'
run show source:afp
check "show source:afp: the source record, pointing back at the actor" \
  eval 'status_is 0 && has_line "^table: +source$" && has_line "^kind: +news_agency$" && has "afbrief show actor:afp"'
run show kabul
check "show kabul: a city within Afghanistan" \
  eval 'has_line "^kind: +city$" && has_line "^within: +afghanistan "'

# ---- export --format=json ----------------------------------------------------------------
run export --format=json
cp "$OUT" "$WORK/json"
check "export --format=json exits 0" eval 'status_is 0 && no_stderr'
run export --format json
check "export --format json (separate value) gives the same bytes" cmp -s "$OUT" "$WORK/json"

if command -v python3 >/dev/null 2>&1; then
  check "the JSON export is valid JSON (python3 -m json.tool)" \
    eval 'python3 -m json.tool "$WORK/json" >/dev/null 2>&1'
  # The facts below, one a line: DESCRIPTION<TAB>PYTHON CONDITION over d (the
  # parsed export) and fig/ev/st (its figures, events and statements by key).
  # One python3 run evaluates them all and answers "ok", or "FAIL" and why, for
  # each.
  cat >"$WORK/json_facts" <<'FACTS'
JSON: 11 figures, 13 events, 8 statements	len(d["figures"]) == 11 and len(d["events"]) == 13 and len(d["statements"]) == 8
JSON: 25 actors, 7 sources, 4 places	len(d["actors"]) == 25 and len(d["sources"]) == 7 and len(d["places"]) == 4
JSON: article published 2021-07-18 (derived), by Doha News	d["article"]["published"] == "2021-07-18" and d["article"]["published_derived"] is True and d["article"]["outlet"] == "Doha News"
JSON: children_killed_past_decade is at_most, high 7792 inclusive, no low	fig["children_killed_past_decade"]["bound"] == "at_most" and fig["children_killed_past_decade"]["high"] == 7792 and fig["children_killed_past_decade"]["high_inclusive"] is True and fig["children_killed_past_decade"]["low"] is None and fig["children_killed_past_decade"]["low_inclusive"] is None
JSON: children_killed_past_decade from unama via [al_jazeera, doha_news]	fig["children_killed_past_decade"]["source"] == "unama" and fig["children_killed_past_decade"]["via"] == ["al_jazeera", "doha_news"]
JSON: children_killed_past_decade covers 2011~/2021-07-18, paragraph 17	fig["children_killed_past_decade"]["period"] == {"begin": "2011-01-01", "end": "2021-07-18", "edtf": "2011~/2021-07-18", "phrase": "in the past decade alone"} and fig["children_killed_past_decade"]["paragraph"] == 17
JSON: women_killed_past_decade has low 3000, low_inclusive false	fig["women_killed_past_decade"]["low"] == 3000 and fig["women_killed_past_decade"]["low_inclusive"] is False and fig["women_killed_past_decade"]["high"] is None
JSON: people_in_need is 18400000, at_most	fig["people_in_need"]["value"] == 18400000 and fig["people_in_need"]["bound"] == "at_most"
JSON: the casualty change is 29 percent over 2021-33 against base 2020	fig["civilian_casualty_change_q1_2021"]["unit"] == "percent" and fig["civilian_casualty_change_q1_2021"]["period"]["edtf"] == "2021-33" and fig["civilian_casualty_change_q1_2021"]["period"]["end"] == "2021-03-31" and fig["civilian_casualty_change_q1_2021"]["base_period"]["edtf"] == "2020"
JSON: figures without a named originator have source null	fig["france_evacuated"]["source"] is None and fig["us_troops_remaining"]["source"] is None
JSON: an open-ended figure period has end null	fig["british_troops_remaining"]["period"]["end"] is None and fig["british_troops_remaining"]["period"]["edtf"] == "2021-07-18/.."
JSON: every event with an unknown start has begin null (6 of them)	sum(1 for e in d["events"] if e["begin"] is None) == 6 and all(e["edtf"].startswith("/") for e in d["events"] if e["begin"] is None)
JSON: ongoing and upcoming events have end null, 'before' events end 2021-07-18	all((e["end"] is None) == (e["precision"] in ("ongoing", "after")) for e in d["events"]) and all(e["end"] == "2021-07-18" for e in d["events"] if e["precision"] == "before")
JSON: doha_meeting is 2021-07-17 in doha, actors afghan_government and taliban	ev["doha_meeting"]["begin"] == ev["doha_meeting"]["end"] == "2021-07-17" and ev["doha_meeting"]["place"] == "doha" and ev["doha_meeting"]["actors"] == ["afghan_government", "taliban"]
JSON: intra_afghan_talks_began is September 2020	ev["intra_afghan_talks_began"]["begin"] == "2020-09-01" and ev["intra_afghan_talks_began"]["end"] == "2020-09-30" and ev["intra_afghan_talks_began"]["precision"] == "month"
JSON: anwari_final_result said 2021-07-17 (derived) to AFP	st["anwari_final_result"]["date"] == "2021-07-17" and st["anwari_final_result"]["date_derived"] is True and st["anwari_final_result"]["via"] == "afp" and st["anwari_final_result"]["speaker"] == "najia_anwari"
JSON: the tweet's date is printed, not derived, and its quote keeps '&'	st["abdullah_tweet_meetings_continued"]["date_derived"] is False and "Republic & the Taliban" in st["abdullah_tweet_meetings_continued"]["quote"]
JSON: UTF-8 passes through (the curly apostrophe in Afghanistan’s)	st["abdullah_positive_outcome"]["role"] == "head of Afghanistan\u2019s reconciliation council"
JSON: records are in table (key) order	all([x["key"] for x in d[t]] == sorted(x["key"] for x in d[t]) for t in ("figures", "events", "statements", "actors", "sources", "places"))
FACTS
  python3 - "$WORK/json" "$WORK/json_facts" >"$WORK/json_results" 2>&1 <<'PY'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        d = json.load(f)
    fig = {x["key"]: x for x in d["figures"]}
    ev = {x["key"]: x for x in d["events"]}
    st = {x["key"]: x for x in d["statements"]}
    setup_error = None
except Exception as e:  # invalid JSON, or a table missing: every fact fails
    setup_error = "%s: %s" % (type(e).__name__, e)
with open(sys.argv[2], encoding="utf-8") as f:
    for row in f.read().splitlines():
        what, cond = row.split("\t", 1)
        reason = setup_error
        if reason is None:
            try:
                reason = None if eval(cond) else "condition is false"
            except Exception as e:  # a missing field fails the fact
                reason = "%s: %s" % (type(e).__name__, e)
        print("%s\t%s\t%s" % ("ok" if reason is None else "FAIL", what,
                               " ".join(str(reason or "").split())))
PY
  facts=$(wc -l <"$WORK/json_facts" | tr -d ' ')
  answered=0
  while IFS=$'\t' read -r verdict what reason; do
    answered=$((answered + 1))
    if [ "$verdict" = ok ]; then pass "$what"; else fail "$what" "$reason"; fi
  done <"$WORK/json_results"
  if [ "$answered" != "$facts" ]; then
    fail "every JSON fact was evaluated" "$answered of $facts answered"
  fi
else
  skip "python3 not found: the JSON export was not parsed or checked"
fi
run export --format=json
check "the JSON export is deterministic (two runs, same bytes)" cmp -s "$OUT" "$WORK/json"

# ---- export --format=markdown and docs/DATA.md ------------------------------------------
run export --format=markdown
check "export --format=markdown exits 0" eval 'status_is 0 && no_stderr'
has_sections() {
  local s
  for s in Figures Events Statements Actors Sources Places; do
    has_line "^## $s \(" || return 1
  done
}
check "Markdown export has the six sections" has_sections
check "Markdown export says it is generated" has 'Generated by `afbrief export --format=markdown`'
check "Markdown export has one table row per figure (11)" \
  eval '[ "$(sed -n "/^## Figures/,/^## Events/p" "$OUT" | grep -c "^| \`")" = 11 ]'
if [ -f "$ROOT/docs/DATA.md" ] && cmp -s "$OUT" "$ROOT/docs/DATA.md"; then
  pass "docs/DATA.md equals 'afbrief export --format=markdown'"
else
  fail "docs/DATA.md equals 'afbrief export --format=markdown'" \
    "it is out of date: regenerate with: afbrief export --format=markdown > docs/DATA.md"
fi

# ---- help ---------------------------------------------------------------------------------
for h in --help -h help; do
  run "$h"
  check "'afbrief $h' prints the usage on stdout and exits 0" \
    eval 'status_is 0 && no_stderr && has_line "^usage: afbrief" && has "export --format=json"'
done

# ---- Usage errors: exit 2, one line on stderr starting "afbrief: ", nothing on stdout -------
usage_error() {
  local what="afbrief $*"
  what=${what//$'\n'/\\n}
  run "$@"
  if [ "$RC" != 2 ]; then
    fail "$what: usage error" "exit status $RC, expected 2"
  elif [ -s "$OUT" ]; then
    fail "$what: usage error" "stdout is not empty"
  elif [ "$(wc -l <"$ERR" | tr -d ' ')" != 1 ]; then
    fail "$what: usage error" "stderr has $(wc -l <"$ERR" | tr -d ' ') lines, expected 1"
  elif ! grep -q '^afbrief: ' "$ERR"; then
    fail "$what: usage error" "stderr does not start with 'afbrief: '"
  else
    pass "$what: exit 2: $(cat "$ERR")"
  fi
}
usage_error bogus
usage_error --bogus
usage_error show no_such_key
usage_error show
usage_error show people_in_need extra
usage_error on 2021-02-29
usage_error on 2021-13-01
usage_error on 2021-7-1
usage_error on ''
usage_error on 2021-07-18x
usage_error on 0000-01-01
usage_error on
usage_error on "$(printf '2021-07-18\nsecond line')"
usage_error events --from 2021-08-01 --to 2021-07-01
usage_error events --bogus
usage_error events --from
usage_error events --to=2021-13-40
usage_error events 2021-07-17
usage_error export --format=xml
usage_error export --format
usage_error export
usage_error figures extra
usage_error --help extra
usage_error show "$(printf 'a\xe2\x80\xa8b')"
usage_error on "$(printf '\xc2\x85')"

run show "$(printf 'key\xe2\x80\xa8next')"
check "non-ASCII bytes of an argument are escaped in the message (U+2028 cannot break the line)" \
  grep -qF 'key\xe2\x80\xa8next' "$ERR"

run on 2021-7-1
check "a malformed date gives the library's reason" \
  eval '[ "$(cat "$ERR")" = "afbrief: bad date '\''2021-7-1'\'': expected a date written YYYY-MM-DD" ]'
run on 2021-02-29
check "2021-02-29 is refused as a day out of range" grep -q "day out of range" "$ERR"
run events --from 2021-08-01 --to 2021-07-01
check "a reversed range says it starts after it ends" grep -q "starts after it ends" "$ERR"
run show no_such_key
check "an unknown key is named in the message" grep -q "'no_such_key'" "$ERR"
run export --format=xml
check "an unknown export format is named in the message" grep -q "'xml'" "$ERR"

# ---- A failed write is an error --------------------------------------------------------------
if [ -w /dev/full ]; then
  "$AFBRIEF" >/dev/full 2>"$ERR"
  RC=$?
  check "briefing to /dev/full exits 1 with a message" \
    eval 'status_is 1 && grep -q "^afbrief: " "$ERR"'
  "$AFBRIEF" figures >/dev/full 2>"$ERR"
  RC=$?
  check "figures to /dev/full exits 1" status_is 1
else
  skip "/dev/full not available: write failures not checked"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

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
# Like has/has_line, on the output with each word-wrapped entry joined back
# into one line (a continuation line starts with at least three spaces).
joined() {
  awk '/^   / { sub(/^ +/, ""); cur = cur " " $0; next } { if (NR > 1) print cur; cur = $0 } END { if (NR > 0) print cur }' "$OUT"
}
joined_has() { joined | grep -qF -- "$1"; }
joined_has_line() { joined | grep -qE -- "$1"; }
# Every line fits 100 terminal columns (UTF-8 continuation bytes not counted).
fits_100_columns() {
  LC_ALL=C sed 's/[\x80-\xbf]//g' "$OUT" | LC_ALL=C awk 'length($0) > 100 { bad = 1 } END { exit bad }'
}

ARTICLE_TEXT=$ROOT/data/doha_news_2021-07-18.txt

# ---- The briefing ------------------------------------------------------------
run
check "briefing exits 0 with nothing on stderr" eval 'status_is 0 && no_stderr'
check "briefing title names the outlet and the derived publication date" \
  has_line '^Doha News, published 2021-07-18 .*derived'
check "briefing has the headline figure 'up to 7,792 children killed'" has "up to 7,792 children killed"
check "briefing shows the qualifier, EDTF period and originator of that figure" \
  joined_has_line '^  at_most +2011~/2021-07-18 +up to 7,792 children killed \(in the past decade alone; UNAMA'
check "briefing lists all 11 figures (one entry each, 2-space indent)" \
  eval '[ "$(sed -n "/^Headline figures/,/^$/p" "$OUT" | grep -cE "^  [a-z_]+ ")" = 11 ]'
# The headline figures come in the article's order (paragraph, then place in
# it), not by key: key order would put British troops (paragraph 25) first.
check "briefing: the first headline figure is the article's first, up to 7,792 children killed" \
  eval '[ "$(sed -n "/^Headline figures/,/^$/p" "$OUT" | grep -E "^  [a-z_]+ " | head -n 1 | grep -c "up to 7,792 children killed")" = 1 ]'
check "briefing: people in need (paragraph 20) before British troops (paragraph 25)" \
  before '^  at_most +2021-07-18 +up to 18,400,000 people in need' '^  approximate +2021-07-18/\.\. +around 100 British troops'
check "briefing: within paragraph 17, children killed, then injured, then women killed" \
  eval 'before "up to 7,792 children killed" "18,662 children injured" && before "18,662 children injured" "more than 3,000 women killed"'
check "briefing: the British troops (paragraph 25) are the last headline figure" \
  eval '[ "$(sed -n "/^Headline figures/,/^$/p" "$OUT" | grep -E "^  [a-z_]+ " | tail -n 1 | grep -c "around 100 British troops")" = 1 ]'
cp "$OUT" "$WORK/briefing"
check "briefing: a figure with no period phrase prints no period part" \
  joined_has_line '^  more_than +2021-07-18 +more than 3,500,000 Afghans forced from their homes \(UN refugee agency via Doha News\)$'
check "briefing dates the Doha meeting 2021-07-17" \
  has_line '^  2021-07-17 +“just a day after”: An Afghan government delegation meets'
check "briefing timeline lists all 14 events" \
  eval '[ "$(sed -n "/^Timeline/,/^$/p" "$OUT" | grep -cE "^  [/[0-9]")" = 14 ]'
check "briefing timeline: the September 2020 talks before the late-June 2021 announcement" \
  before '^  2020-09 ' '^  2021-06 +“in late June”'
check "briefing timeline: late June (the month, 2021-06) before the Doha meeting" \
  before '^  2021-06 +“in late June”' '^  2021-07-17 '
# Six events have no known start: the two gains "/2021-07-18" (latest day the
# 18th), then four "/.." (no latest day), each group in table order; the
# September 2020 talks and the June 2021 announcement come next.
check "briefing timeline: the 6 events with an unknown start come first, by latest day" \
  eval '[ "$(sed -n "/^Timeline/,/^$/p" "$OUT" | grep -E "^  [/[0-9]" | head -n 8 | cut -c3-5 | tr "\n" " ")" = "/20 /20 /.. /.. /.. /.. 202 202 " ]'
check "briefing timeline: the Eid holiday ([2021-07-20..], on or after) comes last" \
  eval 'sed -n "/^Timeline/,/^$/p" "$OUT" | grep -E "^  [/[0-9]" | tail -n 1 | grep -qE "^  \[2021-07-20\.\.\] +“just days ahead”: The Islamic Eid"'
check "briefing lists all 18 statements" \
  eval '[ "$(sed -n "/^Statements/,\$p" "$OUT" | grep -cE "^  [/[0-9]")" = 18 ]'
check "briefing quotes Akhundzada's message in quotation marks" \
  joined_has "Hibatullah Akhundzada: “Our message remains that instead of relying on foreigners"
check "briefing prints a statement's EDTF: the government's 'not bad', [2021-07-17..2021-07-18]" \
  has_line '^  \[2021-07-17\.\.2021-07-18\] +Afghan government, via Lyse Doucet \(BBC\): “not bad”$'
check "briefing marks reported speech and prints it without quotation marks" \
  has_line '^  2021-07-17 +Najia Anwari, via AFP \(reported\): more is expected on Sunday$'
check "briefing: the 4 statements said on an unknown day by publication come first, then June's" \
  eval '[ "$(sed -n "/^Statements/,\$p" "$OUT" | grep -E "^  [/[0-9]" | head -n 7 | cut -c3-17 | tr "\n" "|")" = "[..2021-07-18] |[..2021-07-18] |[..2021-07-18] |[..2021-07-18] |2021-06        |2021-06        |2021-07-17     |" ]'
check "briefing: the Saturday statements, then 'not bad' (17th or 18th), then Sunday's" \
  eval 'before "^  2021-07-17 +Mullah Abdul Ghani Baradar" "^  \[2021-07-17\.\.2021-07-18\] +(Lyse Doucet|Afghan government)" && before "^  \[2021-07-17\.\.2021-07-18\] +(Lyse Doucet|Afghan government)" "^  2021-07-18 +Hibatullah"'
check "briefing: a statement repeating another one says which" \
  joined_has "“We are looking for a positive and constructive outcome” (repeats abdullah_tweet_meetings_continued)"
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
check "figures: displaced_total has no period phrase, so no period part" \
  has_line '^displaced_total +more than 3,500,000 Afghans forced from their homes \(UN refugee agency via Doha News\)$'

# ---- events ----------------------------------------------------------------------
run events
check "events with no range lists all 14 events" eval 'status_is 0 && lines_are 14'
check "events: the conflict between the parties has no start and no end" \
  has_line '^/\.\. +conflict_between_the_parties '
check "events: the Eid holiday is one day on or after 2021-07-20" has_line '^\[2021-07-20\.\.\] +eid_al_adha '
run events --from 2021-07-17 --to 2021-07-17
check "events on 2021-07-17 include doha_meeting" has_line '^2021-07-17 +doha_meeting +An Afghan government'
check "events on 2021-07-17 include france_evacuation" has_line '^2021-07-17 +france_evacuation '
check "events on 2021-07-17 include the evacuations that followed France's (17th or 18th)" \
  has_line '^\[2021-07-17\.\.2021-07-18\] +other_countries_evacuations '
check "events on 2021-07-17 exclude intra_afghan_talks_began" lacks intra_afghan_talks_began
check "events on 2021-07-17 exclude the 2021-07-18 message" lacks akhundzada_message_released
check "events on 2021-07-17 exclude the Eid holiday (on or after 2021-07-20)" lacks eid_al_adha
check "events on 2021-07-17 include the ongoing offensives (unknown start, open end)" \
  has_line '^/\.\. +taliban_offensives '
cp "$OUT" "$WORK/separate"
run events --from=2021-07-17 --to=2021-07-17
check "events accepts --from=DATE --to=DATE alike" cmp -s "$OUT" "$WORK/separate"
run events --from 2021-07-19
check "events after publication: the four ongoing ones and the upcoming Eid (5)" \
  eval 'status_is 0 && lines_are 5 && has us_pullout_ongoing && has conflict_between_the_parties && has eid_al_adha && lacks taliban_key_areas_taken && lacks other_countries_evacuations'
run events --from 2021-07-19 --to 2021-07-19
check "events on 2021-07-19 exclude the Eid holiday (on or after 2021-07-20)" \
  eval 'status_is 0 && lines_are 4 && lacks eid_al_adha'
run events --to 2020-12-31
check "events up to 2020: the September 2020 talks, not the Doha meeting" \
  eval 'has_line "^2020-09 +intra_afghan_talks_began " && lacks doha_meeting'
run events --from 2021-06-30 --to 2021-06-30
check "events on 2021-06-30 include the late-June announcement (dated to the month)" \
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
check "on 2021-07-18: the statements said that day are Akhundzada's five" \
  eval 'has "Statements said on Sunday 2021-07-18 (5)" && has akhundzada_islamic_emirate && has akhundzada_political_settlement && has akhundzada_political_solution && lacks baradar_opening_remarks'
check "on 2021-07-18: a statement said on the 17th or the 18th is on neither day" lacks government_not_bad
check "on 2021-07-18: statements said on some day by publication are not listed" \
  eval 'lacks unama_children_women_casualties && lacks brennan_people_in_need'
check "on 2021-07-18 names the weekday (Sunday)" has "Sunday 2021-07-18"
check "on 2021-07-18 marks reported speech" \
  has_line '^  akhundzada_political_solution  \(message, reported speech, date derived\)$'
run on 2021-07-17
check "on 2021-07-17: Baradar's opening remarks, five statements" \
  eval 'has "Statements said on Saturday 2021-07-17 (5)" && has baradar_opening_remarks && lacks government_not_bad'
check "on 2021-07-17: the tweet's date is printed, not derived" \
  has_line '^  abdullah_tweet_meetings_continued  \(tweet\)$'
run on 2021-07-01
check "on 2021-07-01: no statement (the undated ones are not on every day)" \
  eval 'status_is 0 && has "Statements said on Thursday 2021-07-01 (0)" && has_line "^  \(none\)$" && lacks un_refugee_agency'

# ---- show KEY -------------------------------------------------------------------------
# The byte offset of a text in its paragraph (line N of the article text),
# found here from the article itself, not from the tool.
offset_in() {
  python3 - "$ARTICLE_TEXT" "$1" "$2" <<'PY'
import sys
lines = open(sys.argv[1], "rb").read().split(b"\n")
line = lines[int(sys.argv[2]) - 1]
text = sys.argv[3].encode("utf-8")
assert line.count(text) == 1, "the text must occur exactly once in its paragraph"
print(line.find(text))
PY
}
run show people_in_need
check "show people_in_need: 18400000" eval 'status_is 0 && has_line "^value: +18400000"'
check "show people_in_need: at_most, inclusive high bound" \
  eval 'has_line "^qualifier: +at_most$" && has_line "^high: +18400000, inclusive$" && has_line "^low: +\(none\)$"'
check "show people_in_need: originator rick_brennan, paragraph 20, derived covers" \
  eval 'has_line "^originator: +rick_brennan " && has_line "^paragraph: +20$" && has_line "^derived: +covers$"'
check "show people_in_need: its note says why 'now' is read as the publication date" \
  joined_has '"now" is Brennan'"'"'s word in reported speech the article keeps in the present tense, and his statement is undated: it is read as the publication date.'
run show children_killed_past_decade
check "show children_killed_past_decade: via Al Jazeera then Doha News, period 2011~/2021-07-18" \
  eval 'has_line "^via: +al_jazeera \(Al Jazeera\), then doha_news" && has_line "^period: +2011~/2021-07-18 "'
if command -v python3 >/dev/null 2>&1; then
  wording_at=$(offset_in 17 "up to 7,792 children were killed")
  phrase_at=$(offset_in 17 "in the past decade alone")
  check "show children_killed_past_decade: wording at paragraph 17, byte $wording_at, 32 bytes" \
    has_line "^wording locator: +paragraph 17, offset $wording_at, length 32$"
  check "show children_killed_past_decade: period phrase at paragraph 17, byte $phrase_at" \
    has_line "^period locator: +paragraph 17, offset $phrase_at, length 24$"
  run show displaced_total
  total_at=$(offset_in 18 "the total number of Afghans forced from their homes to more than 3.5 million")
  check "show displaced_total: the wording's offset counts bytes (’ and – before it), $total_at" \
    has_line "^wording locator: +paragraph 18, offset $total_at, length 76$"
else
  skip "python3 not found: locators not checked against the article text"
fi
run show displaced_total
check "show displaced_total: no period phrase, no period locator, a stock as of publication" \
  eval 'has_line "^period phrase: +\(none\)$" && has_line "^period locator: +\(none\)$" && has_line "^period: +2021-07-18; days 2021-07-18 to 2021-07-18$"'
run show civilian_casualty_change_q1_2021
check "show civilian_casualty_change_q1_2021: quarter 2021-33 against the first quarter of 2020" \
  eval 'has_line "^period: +2021-33 " && has_line "^base period: +2020-33 \(“compared with 2020”\); days 2020-01-01 to 2020-03-31$"'
check "show civilian_casualty_change_q1_2021: covers, base and place derived" \
  has_line '^derived: +covers, base, place$'
check "show civilian_casualty_change_q1_2021: its note explains the base" \
  has "so the base is the first quarter of 2020 (2020-33)"
check "show output fits a 100-column terminal (a long note wrapped)" fits_100_columns
run show eid_al_adha
check "show eid_al_adha: one day on or after 2021-07-20, derived" \
  eval 'has_line "^when: +\[2021-07-20\.\.\] \(“just days ahead”\); one day of 2021-07-20 to unknown$" && has_line "^precision: +after$" && has_line "^derived: +when$"'
run show conflict_between_the_parties
check "show conflict_between_the_parties: ongoing, unknown start, only its place derived" \
  eval 'has_line "^when: +/\.\. \(“decades of conflict”\); days unknown to open$" && has_line "^derived: +place$" && has_line "^paragraph: +9$"'
run show doha_meeting
check "show doha_meeting: an event in Doha on 2021-07-17, paragraph 8" \
  eval 'has_line "^table: +event$" && has_line "^when: +2021-07-17 " && has_line "^place: +doha " && has_line "^paragraph: +8$"'
run show anwari_final_result
check "show anwari_final_result: via AFP, said 2021-07-17, all but her words derived, quoted" \
  eval 'has_line "^via: +afp " && has_line "^said: +2021-07-17; " && has_line "^date: +2021-07-17$" && has_line "^derived: +speaker, role, organisation, said, said_through, via$" && has_line "^indirect: +no"'
run show anwari_more_expected_sunday
check "show anwari_more_expected_sunday: reported speech, shown without quotation marks" \
  eval 'has_line "^indirect: +yes" && has_line "^quote: +more is expected on Sunday$"'
run show abdullah_positive_outcome
check "show abdullah_positive_outcome: repeats the tweet; date and channel derived" \
  eval 'has_line "^repeats: +abdullah_tweet_meetings_continued$" && has_line "^derived: +said, said_through$" && has_line "^channel: +tweet$"'
run show government_not_bad
check "show government_not_bad: said on the 17th or the 18th, not one day" \
  eval 'has_line "^said: +\[2021-07-17\.\.2021-07-18\]; one day of 2021-07-17 to 2021-07-18$" && has_line "^date: +\(not one day\)$"'
run show brennan_people_in_need
check "show brennan_people_in_need: no channel, said on some day by publication" \
  eval 'has_line "^channel: +\(none\)$" && has_line "^said: +\[\.\.2021-07-18\]; " && has_line "^repeats: +\(none\)$"'
run show afp
check "show afp: the actor comes first, and points at the source" \
  eval 'has_line "^table: +actor$" && has "afbrief show source:afp"'
run show source:afp
check "show source:afp: the source record, pointing back at the actor" \
  eval 'status_is 0 && has_line "^table: +source$" && has_line "^kind: +news_agency$" && has "afbrief show actor:afp"'
run show kabul
check "show kabul: a city within Afghanistan, with its note" \
  eval 'has_line "^kind: +city$" && has_line "^within: +afghanistan " && has_line "^note: +Paragraphs 22 and 24"'

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
  # parsed export), fig/ev/st (its figures, events and statements by key),
  # loc(N, TEXT) (the locator of TEXT in paragraph N, found in the article
  # text here) and text_at(LOCATOR) (the article's bytes a locator names).
  # One python3 run evaluates them all and answers "ok", or "FAIL" and why,
  # for each.
  cat >"$WORK/json_facts" <<'FACTS'
JSON: 11 figures, 14 events, 18 statements	len(d["figures"]) == 11 and len(d["events"]) == 14 and len(d["statements"]) == 18
JSON: 25 actors, 7 sources, 4 places	len(d["actors"]) == 25 and len(d["sources"]) == 7 and len(d["places"]) == 4
JSON: article published 2021-07-18 (derived), by Doha News	d["article"]["published"] == "2021-07-18" and d["article"]["published_derived"] is True and d["article"]["derived"] == ["published"] and d["article"]["outlet"] == "Doha News"
JSON: the article's note says it prints no date line	d["article"]["note"].startswith("The article prints no date line.")
JSON: 26 paragraphs, numbered 1 to 26 in order	[p["number"] for p in d["paragraphs"]] == list(range(1, 27)) and d["article"]["paragraph_count"] == 26
JSON: paragraph roles: 5 post, 6 byline, 21 related link, 26 footer, the rest body	{p["number"]: p["role"] for p in d["paragraphs"] if p["role"] != "body"} == {5: "embedded_post", 6: "embedded_post_byline", 21: "related_link", 26: "footer"}
JSON: paragraph notes: 21 says George Bush is not recorded, a body paragraph has null	"George Bush are not recorded" in d["paragraphs"][20]["note"] and d["paragraphs"][0]["note"] is None
JSON: every record of every table has a note (text or null) and a derived list where it has a derived set	all(("note" in x) and (x["note"] is None or isinstance(x["note"], str)) for t in ("figures", "events", "statements", "actors", "sources", "places") for x in d[t]) and all(isinstance(x["derived"], list) for t in ("figures", "events", "statements") for x in d[t])
JSON: children_killed_past_decade is at_most, high 7792 inclusive, no low	fig["children_killed_past_decade"]["bound"] == "at_most" and fig["children_killed_past_decade"]["high"] == 7792 and fig["children_killed_past_decade"]["high_inclusive"] is True and fig["children_killed_past_decade"]["low"] is None and fig["children_killed_past_decade"]["low_inclusive"] is None
JSON: children_killed_past_decade from unama via [al_jazeera, doha_news]	fig["children_killed_past_decade"]["source"] == "unama" and fig["children_killed_past_decade"]["via"] == ["al_jazeera", "doha_news"]
JSON: children_killed_past_decade covers 2011~/2021-07-18 (an interval), paragraph 17	fig["children_killed_past_decade"]["period"] == {"begin": "2011-01-01", "end": "2021-07-18", "edtf": "2011~/2021-07-18", "form": "interval", "phrase": "in the past decade alone", "locator": loc(17, "in the past decade alone")} and fig["children_killed_past_decade"]["paragraph"] == 17
JSON: children_killed_past_decade's wording is located in paragraph 17 at the byte offset found in the article	fig["children_killed_past_decade"]["locator"] == loc(17, "up to 7,792 children were killed") and fig["children_killed_past_decade"]["locator"]["paragraph"] == 17
JSON: displaced_total's locator counts bytes, not characters (’ and – come before it)	fig["displaced_total"]["locator"] == loc(18, "the total number of Afghans forced from their homes to more than 3.5 million") and fig["displaced_total"]["locator"]["offset"] == 210
JSON: children_killed_past_decade: covers and place derived; its note explains the decade	fig["children_killed_past_decade"]["derived"] == ["covers", "place"] and "counted back from the publication year, to 2011" in fig["children_killed_past_decade"]["note"]
JSON: women_killed_past_decade has the inclusive low bound 3000 and no high	fig["women_killed_past_decade"]["low"] == 3000 and fig["women_killed_past_decade"]["low_inclusive"] is True and fig["women_killed_past_decade"]["high"] is None and fig["women_killed_past_decade"]["text"].startswith("more than 3,000 women killed")
JSON: people_in_need is 18400000, at_most	fig["people_in_need"]["value"] == 18400000 and fig["people_in_need"]["bound"] == "at_most"
JSON: the casualty change is 29 percent over 2021-33 against base 2020-33	fig["civilian_casualty_change_q1_2021"]["unit"] == "percent" and fig["civilian_casualty_change_q1_2021"]["period"]["edtf"] == "2021-33" and fig["civilian_casualty_change_q1_2021"]["period"]["end"] == "2021-03-31" and fig["civilian_casualty_change_q1_2021"]["base_period"]["edtf"] == "2020-33"
JSON: the casualty change's base period is January to March 2020, phrase located	fig["civilian_casualty_change_q1_2021"]["base_period"] == {"begin": "2020-01-01", "end": "2020-03-31", "edtf": "2020-33", "form": "interval", "phrase": "compared with 2020", "locator": loc(19, "compared with 2020")}
JSON: the casualty change's note mentions the first quarter of 2020; covers, base, place derived	"first quarter of 2020" in fig["civilian_casualty_change_q1_2021"]["note"] and fig["civilian_casualty_change_q1_2021"]["derived"] == ["covers", "base", "place"]
JSON: displaced_total has no period phrase: phrase and its locator null	fig["displaced_total"]["period"] == {"begin": "2021-07-18", "end": "2021-07-18", "edtf": "2021-07-18", "form": "interval", "phrase": None, "locator": None}
JSON: figures without a named originator have source null	fig["france_evacuated"]["source"] is None and fig["us_troops_remaining"]["source"] is None
JSON: an open-ended figure period has end null	fig["british_troops_remaining"]["period"]["end"] is None and fig["british_troops_remaining"]["period"]["edtf"] == "2021-07-18/.."
JSON: us_troops_remaining derives its subject, covers and place	fig["us_troops_remaining"]["derived"] == ["subject", "covers", "place"]
JSON: every event with an unknown start has begin null (6 of them)	sum(1 for e in d["events"] if e["begin"] is None) == 6 and all(e["edtf"].startswith("/") for e in d["events"] if e["begin"] is None)
JSON: ongoing and upcoming events have end null, 'before' events end 2021-07-18	all((e["end"] is None) == (e["precision"] in ("ongoing", "after")) for e in d["events"]) and all(e["end"] == "2021-07-18" for e in d["events"] if e["precision"] == "before")
JSON: eid_al_adha is one day on or after 2021-07-20	ev["eid_al_adha"]["edtf"] == "[2021-07-20..]" and ev["eid_al_adha"]["form"] == "one_of" and ev["eid_al_adha"]["begin"] == "2021-07-20" and ev["eid_al_adha"]["end"] is None and ev["eid_al_adha"]["derived"] == ["when"]
JSON: other_countries_evacuations is one day of 2021-07-17..18, via AFP	ev["other_countries_evacuations"]["edtf"] == "[2021-07-17..2021-07-18]" and ev["other_countries_evacuations"]["form"] == "one_of" and ev["other_countries_evacuations"]["begin"] == "2021-07-17" and ev["other_countries_evacuations"]["precision"] == "days" and ev["other_countries_evacuations"]["via"] == "afp" and ev["other_countries_evacuations"]["place"] is None
JSON: the territorial gains stay intervals with an unknown start	ev["taliban_key_areas_taken"]["edtf"] == ev["taliban_territorial_gains"]["edtf"] == "/2021-07-18" and ev["taliban_key_areas_taken"]["form"] == ev["taliban_territorial_gains"]["form"] == "interval"
JSON: late June 2021 is dated to the month, no day made up	ev["germany_italy_withdrawal_announced"]["edtf"] == "2021-06" and ev["germany_italy_withdrawal_announced"]["begin"] == "2021-06-01" and ev["germany_italy_withdrawal_announced"]["end"] == "2021-06-30" and ev["germany_italy_withdrawal_announced"]["phrase"] == "in late June"
JSON: conflict_between_the_parties: ongoing, paragraph 9, its place derived	ev["conflict_between_the_parties"]["kind"] == "conflict" and ev["conflict_between_the_parties"]["edtf"] == "/.." and ev["conflict_between_the_parties"]["paragraph"] == 9 and ev["conflict_between_the_parties"]["derived"] == ["place"]
JSON: doha_meeting is 2021-07-17 in doha, actors afghan_government and taliban	ev["doha_meeting"]["begin"] == ev["doha_meeting"]["end"] == "2021-07-17" and ev["doha_meeting"]["place"] == "doha" and ev["doha_meeting"]["actors"] == ["afghan_government", "taliban"]
JSON: doha_meeting's phrase is located in paragraph 8	ev["doha_meeting"]["locator"] == loc(8, "just a day after")
JSON: intra_afghan_talks_began is September 2020	ev["intra_afghan_talks_began"]["begin"] == "2020-09-01" and ev["intra_afghan_talks_began"]["end"] == "2020-09-30" and ev["intra_afghan_talks_began"]["precision"] == "month"
JSON: anwari_final_result said 2021-07-17 (derived) to AFP, quoted	st["anwari_final_result"]["date"] == "2021-07-17" and st["anwari_final_result"]["date_derived"] is True and st["anwari_final_result"]["edtf"] == "2021-07-17" and st["anwari_final_result"]["via"] == "afp" and st["anwari_final_result"]["speaker"] == "najia_anwari" and st["anwari_final_result"]["indirect"] is False and st["anwari_final_result"]["channel"] == "remarks_to_news_agency"
JSON: government_not_bad: said on the 17th or 18th, so no single date	st["government_not_bad"]["date"] is None and st["government_not_bad"]["edtf"] == "[2021-07-17..2021-07-18]" and st["government_not_bad"]["form"] == "one_of" and st["government_not_bad"]["begin"] == "2021-07-17" and st["government_not_bad"]["end"] == "2021-07-18" and st["government_not_bad"]["via"] == "lyse_doucet"
JSON: abdullah_positive_outcome repeats the tweet; said and said_through derived	st["abdullah_positive_outcome"]["repeats"] == "abdullah_tweet_meetings_continued" and st["abdullah_positive_outcome"]["derived"] == ["said", "said_through"] and st["abdullah_positive_outcome"]["date_derived"] is True
JSON: only abdullah_positive_outcome repeats another statement	[s["key"] for s in d["statements"] if s["repeats"] is not None] == ["abdullah_positive_outcome"]
JSON: the ten reported-speech statements are indirect, the others not	tuple(sorted(s["key"] for s in d["statements"] if s["indirect"])) == ("akhundzada_islamic_emirate", "akhundzada_political_solution", "anwari_more_expected_sunday", "brennan_people_in_need", "doucet_first_round_not_bad", "germany_withdrawal_announced", "italy_withdrawal_announced", "un_refugee_agency_brink_warning", "un_refugee_agency_displacement", "unama_children_women_casualties") and all(s["indirect"] is False for s in d["statements"] if s["key"] not in ("akhundzada_islamic_emirate", "akhundzada_political_solution", "anwari_more_expected_sunday", "brennan_people_in_need", "doucet_first_round_not_bad", "germany_withdrawal_announced", "italy_withdrawal_announced", "un_refugee_agency_brink_warning", "un_refugee_agency_displacement", "unama_children_women_casualties"))
JSON: the UN and WHO statements have no channel and were said on or before 2021-07-18	all(st[k]["channel"] is None and st[k]["date"] is None and st[k]["edtf"] == "[..2021-07-18]" and st[k]["begin"] is None and st[k]["end"] == "2021-07-18" for k in ("unama_children_women_casualties", "un_refugee_agency_brink_warning", "un_refugee_agency_displacement", "brennan_people_in_need")) and sum(1 for s in d["statements"] if s["channel"] is None) == 6 and st["germany_withdrawal_announced"]["channel"] is None and st["italy_withdrawal_announced"]["edtf"] == "2021-06"
JSON: the tweet's date is printed, not derived, and its quote keeps '&'	st["abdullah_tweet_meetings_continued"]["date_derived"] is False and st["abdullah_tweet_meetings_continued"]["derived"] == ["organisation"] and "Republic & the Taliban" in st["abdullah_tweet_meetings_continued"]["quote"]
JSON: UTF-8 passes through (the curly apostrophe in Afghanistan’s)	st["abdullah_positive_outcome"]["role"] == "head of Afghanistan\u2019s reconciliation council"
JSON: every figure's wording and period phrases stand where their locators say	all(text_at(f["locator"]) == f["wording"] for f in d["figures"]) and all(text_at(p["locator"]) == p["phrase"] for f in d["figures"] for p in (f["period"], f["base_period"]) if p is not None and p["phrase"] is not None)
JSON: every event's phrase and every statement's quote stand where their locators say	all(text_at(e["locator"]) == e["phrase"] for e in d["events"]) and all(text_at(s["locator"]) == s["quote"] for s in d["statements"])
JSON: every locator cites the record's own paragraph	all(x["locator"]["paragraph"] == x["paragraph"] for t in ("figures", "events", "statements") for x in d[t])
JSON: notes of actors, sources and places come through	d["places"][[p["key"] for p in d["places"]].index("kabul")]["note"] == "Paragraphs 22 and 24: the embassies and the airport." and all(isinstance(x["note"], str) for t in ("actors", "sources") for x in d[t])
JSON: records are in table (key) order	all([x["key"] for x in d[t]] == sorted(x["key"] for x in d[t]) for t in ("figures", "events", "statements", "actors", "sources", "places"))
FACTS
  python3 - "$WORK/json" "$WORK/json_facts" "$ARTICLE_TEXT" >"$WORK/json_results" 2>&1 <<'PY'
import json, sys
try:
    with open(sys.argv[3], "rb") as f:
        paragraphs = f.read().split(b"\n")  # paragraph N is line N
    def loc(n, text):
        line, b = paragraphs[n - 1], text.encode("utf-8")
        if line.count(b) != 1:
            raise ValueError("%r is not in paragraph %d exactly once" % (text, n))
        return {"paragraph": n, "offset": line.find(b), "length": len(b)}
    def text_at(l):
        line = paragraphs[l["paragraph"] - 1]
        return line[l["offset"]:l["offset"] + l["length"]].decode("utf-8")
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

# The briefing's figure order, worked out here from the JSON export's
# locators (paragraph, then byte offset), against the order it printed.
if command -v python3 >/dev/null 2>&1; then
  python3 - "$WORK/json" >"$WORK/article_order" <<'PY'
import json, sys
figures = json.load(open(sys.argv[1], encoding="utf-8"))["figures"]
for f in sorted(figures, key=lambda f: (f["locator"]["paragraph"], f["locator"]["offset"])):
    print(f["text"].split(" (")[0])
PY
  check "briefing: every headline figure in the order of its locator in the article" \
    eval 'sed -n "/^Headline figures/,/^$/p" "$WORK/briefing" | awk "/^   / { sub(/^ +/, \"\"); cur = cur \" \" \$0; next } { if (cur != \"\") print cur; cur = \$0 } END { print cur }" | grep -E "^  [a-z_]+ " | sed -E "s/^  [a-z_]+ +[^ ]+ +//; s/ \(.*//" | cmp -s - "$WORK/article_order"'
fi

# ---- export --format=csv --table=TABLE -----------------------------------------------------
# tests/exports/ checks the CSV in depth (RFC 4180, HXL tags, values); here,
# that each table is written and the options are read like the others.
for t in figures events statements; do
  run export --format=csv --table=$t
  check "export --format=csv --table=$t exits 0, nothing on stderr, CRLF line ends" \
    eval 'status_is 0 && no_stderr && [ -s "$OUT" ] && [ "$(tr -cd "\r" <"$OUT" | wc -c)" = "$(wc -l <"$OUT")" ]'
done
run export --format=csv --table=figures
cp "$OUT" "$WORK/csv"
check "the figures CSV: row 2 starts with the HXL tag #meta+id, 13 lines (2 + 11 figures)" \
  eval 'sed -n 2p "$OUT" | grep -q "^#meta+id," && lines_are 13'
run export --table figures --format csv
check "export --table figures --format csv (any order, separate values) gives the same bytes" \
  cmp -s "$OUT" "$WORK/csv"

# ---- export --format=markdown is gone ----------------------------------------------------
# docs/DATA.md is written by tools/generate.py from the data file now.
run export --format=markdown
check "export --format=markdown is refused: exit 2, one line, nothing on stdout, 'expected json or csv'" \
  eval 'status_is 2 && [ ! -s "$OUT" ] && [ "$(wc -l <"$ERR" | tr -d " ")" = 1 ] && grep -qF "unknown export format '\''markdown'\'' (expected json or csv)" "$ERR"'

# ---- --version ----------------------------------------------------------------------------
version_part() {
  sed -n "s/^#define AFBRIEF_VERSION_$1 \([0-9]*\)$/\1/p" "$ROOT/include/afbrief/afbrief.hpp"
}
run --version
check "--version prints the library's version from afbrief.hpp" \
  eval '[ "$(cat "$OUT")" = "afbrief $(version_part MAJOR).$(version_part MINOR).$(version_part PATCH)" ] && status_is 0 && no_stderr'

# ---- help ---------------------------------------------------------------------------------
for h in --help -h help; do
  run "$h"
  check "'afbrief $h' prints the usage on stdout and exits 0" \
    eval 'status_is 0 && no_stderr && has_line "^usage: afbrief" && has "export --format=json" && has "export --format=csv --table=figures|events|statements" && lacks markdown'
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
usage_error export --format=markdown
usage_error export --format=json --format=json
usage_error export --format
usage_error export
usage_error export --format=csv
usage_error export --format=csv --table=bogus
usage_error export --format=csv --table
usage_error export --format=csv --table=figures --table=events
usage_error export --format=json --table=figures
usage_error export --table=figures
usage_error export --format=csv --table=Figures
usage_error export --format=csv --table=figures extra
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
check "an unknown export format is named in the message, with the ones expected" \
  eval '[ "$(cat "$ERR")" = "afbrief: unknown export format '\''xml'\'' (expected json or csv)" ]'
run export
check "export without a format asks for --format=json or --format=csv" \
  eval '[ "$(cat "$ERR")" = "afbrief: export needs --format=json or --format=csv" ]'
run export --format=csv
check "a CSV export without a table names the three tables" \
  eval '[ "$(cat "$ERR")" = "afbrief: export --format=csv needs --table=figures, events or statements" ]'
run export --format=csv --table=actors
check "an unknown table is named in the message, with the ones expected" \
  eval '[ "$(cat "$ERR")" = "afbrief: unknown table '\''actors'\'' (expected figures, events or statements)" ]'
run export --format=json --table=events
check "--table with the JSON export is refused: the JSON holds every table" \
  grep -qF "option --table is for --format=csv" "$ERR"

# ---- A failed write is an error --------------------------------------------------------------
if [ -w /dev/full ]; then
  "$AFBRIEF" >/dev/full 2>"$ERR"
  RC=$?
  check "briefing to /dev/full exits 1 with a message" \
    eval 'status_is 1 && grep -q "^afbrief: " "$ERR"'
  "$AFBRIEF" figures >/dev/full 2>"$ERR"
  RC=$?
  check "figures to /dev/full exits 1" status_is 1
  for t in figures events statements; do
    "$AFBRIEF" export --format=csv --table=$t >/dev/full 2>"$ERR"
    RC=$?
    check "export --format=csv --table=$t to /dev/full exits 1 with one 'afbrief: ' line" \
      eval 'status_is 1 && [ "$(wc -l <"$ERR" | tr -d " ")" = 1 ] && grep -qx "afbrief: could not write to standard output" "$ERR"'
  done
else
  skip "/dev/full not available: write failures not checked"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

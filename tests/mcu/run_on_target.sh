#!/usr/bin/env bash
# Runs one firmware image in an emulator and decides pass or fail from what it
# printed and how it ended. Shared by every on-target test (mcu.cmake).
#   run_on_target.sh [--timeout S] [--tests] [--expect TEXT]... [--size TOOL ELF]
#                    -- EMULATOR ARGS...
#   --tests        the output must contain "N passed, 0 failed" with N > 0
#   --expect TEXT  the output must contain TEXT (may be repeated)
#   --must-fail    a negative control: pass only when every --expect text is
#                  there (the firmware started) and the firmware then failed
#                  in its checks ("N passed, M failed" with M > 0) or crashed
#                  on a bad read; a timeout or any other end does not count
#   --size         print the image's section sizes first, for the log
# It fails on a non-zero exit status (QEMU's semihosting hands the firmware's
# on), a timeout, or a crash under simavr: simavr then opens a gdb port and
# waits forever, so its "avr_gdb_init" line stops it at once. simavr exits 0
# whatever the firmware did and wraps UART text in colour codes, hence the
# output is what decides; colour codes are stripped before matching.
set -u
timeout_s=60
want_tests=0
must_fail=0
expects=()
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout_s=$2; shift 2 ;;
    --tests) want_tests=1; shift ;;
    --must-fail) must_fail=1; shift ;;
    --expect) expects+=("$2"); shift 2 ;;
    --size) "$2" "$3" || exit 1; shift 3 ;;
    --) shift; break ;;
    *) echo "run_on_target.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "run_on_target.sh: no emulator command" >&2; exit 2; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# stdbuf: line-buffered, so that simavr's crash line reaches the log at once.
timeout "$timeout_s" stdbuf -oL -eL "$@" >"$log" 2>&1 </dev/null &
pid=$!
crashed=0
while kill -0 "$pid" 2>/dev/null; do
  if grep -q 'avr_gdb_init' "$log"; then
    crashed=1
    kill "$pid" 2>/dev/null  # timeout passes the signal on to simavr
    break
  fi
  sleep 0.1
done
wait "$pid"
status=$?

output=$(sed -e 's/\x1b\[[0-9;]*m//g' "$log")
printf '%s\n' "$output"
verdict=0
fail() { echo "run_on_target.sh: FAILED: $*"; verdict=1; }
if [ "$must_fail" = 1 ]; then
  for text in ${expects[@]+"${expects[@]}"}; do
    grep -Fq -- "$text" <<<"$output" || fail "no '$text' in the output: the firmware never started"
  done
  if [ "$crashed" = 1 ]; then
    echo "run_on_target.sh: negative control failed as it must: the firmware crashed on a bad read"
  elif grep -Eq '(^|[^0-9])[0-9]+ passed, 0*[1-9][0-9]* failed([^0-9]|$)' <<<"$output"; then
    echo "run_on_target.sh: negative control failed as it must: its checks caught wrong values"
  else
    fail "the negative control did not fail in its checks or crash (status $status)"
  fi
  exit "$verdict"
fi
if [ "$crashed" = 1 ]; then
  fail "the firmware crashed (simavr stopped for a debugger)"
elif [ "$status" = 124 ]; then
  fail "no end after ${timeout_s} s"
elif [ "$status" != 0 ]; then
  fail "exit status $status"
fi
if [ "$want_tests" = 1 ] &&
  ! grep -Eq '(^|[^0-9])0*[1-9][0-9]* passed, 0 failed([^0-9]|$)' <<<"$output"; then
  fail "no line 'N passed, 0 failed' with N > 0"
fi
for text in ${expects[@]+"${expects[@]}"}; do
  grep -Fq -- "$text" <<<"$output" || fail "no '$text' in the output"
done
exit "$verdict"

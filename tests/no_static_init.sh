#!/usr/bin/env bash
# No static initializers, tables in read-only memory: compiles the single
# header's probe (tests/strict/alone.cpp, which walks the tables at run time)
# without optimisation, where dynamic initialisation would show, and inspects
# the object file.
#   usage: no_static_init.sh CXX REPO_ROOT WORK_DIR
set -u
cxx=$1 root=$2 work=$3
mkdir -p "$work"
obj=$work/no_static_init.o
passed=0 failed=0
check() {  # check NAME COMMAND...
  if "${@:2}"; then echo "ok: $1"; passed=$((passed + 1)); else echo "FAILED: $1"; failed=$((failed + 1)); fi
}
for std in c++11 c++17; do
  if ! "$cxx" -std=$std -O0 -fno-pie -fno-exceptions -fno-rtti -I"$root/single_include" \
      -c "$root/tests/strict/alone.cpp" -o "$obj"; then
    echo "FAILED: compile at $std"; failed=$((failed + 1)); continue
  fi
  sections=$(readelf -SW "$obj")
  symbols=$(objdump -tC "$obj")
  check "$std: no .init_array section" bash -c '! grep -q "\.init_array\|\.ctors" <<<"$0"' "$sections"
  check "$std: no global constructor function" bash -c '! grep -q "_GLOBAL__sub_I" <<<"$0"' "$symbols"
  # The probe odr-uses the event table; it must be constant data in .rodata.
  check "$std: the event table lives in .rodata" \
    bash -c 'grep "afbrief::data::event_table<void>::rows" <<<"$0" | grep -q "\.rodata"' "$symbols"
  check "$std: nothing of afbrief in .data or .bss" \
    bash -c '! grep "afbrief" <<<"$0" | grep -q " \.data\| \.bss"' "$symbols"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

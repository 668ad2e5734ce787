#!/usr/bin/env bash
# tools/pack_texts.py end to end, on a scratch copy of include/ and the tool:
#   a. --check passes on the repository's pool;
#   b. after one row's literal changes ("Kabul" -> "Kabol"), --check exits 1
#      with one line on stderr naming text_pool.hpp;
#   c. and a translation unit no longer compiles, at C++11 or C++17: the proof
#      in data/texts.hpp reports "a packed text differs from its row";
#   d. after the tool rewrites the pool, --check passes, the unit compiles and
#      afbrief::rt decodes the new literal.
# Called by ctest as:
#   bash tests/pack_texts_test.sh REPO_ROOT
# with CXX (default c++) and PYTHON (default python3) from the environment.
# Prints one line per check and exits non-zero if any failed.
set -u

if [ "$#" -ne 1 ]; then
  echo "usage: bash tests/pack_texts_test.sh REPO_ROOT" >&2
  exit 2
fi
ROOT=$1
CXX=${CXX:-c++}
PYTHON=${PYTHON:-python3}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/afbrief_pack_texts_test.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0
pass() {
  passed=$((passed + 1))
  echo "ok - $1"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL - $1"
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

# The layout the script expects: ROOT/include, ROOT/tools/pack_texts.py,
# ROOT/tools/pack/.
COPY=$WORK/repo
mkdir -p "$COPY/tools" || exit 1
if ! cp -R "$ROOT/include" "$COPY/include" || ! cp "$ROOT/tools/pack_texts.py" "$COPY/tools/" ||
  ! cp -R "$ROOT/tools/pack" "$COPY/tools/pack"; then
  fail "copy include/ and tools/pack_texts.py, tools/pack/ into $COPY"
  finish
fi
POOL=$COPY/include/afbrief/data/text_pool.hpp
PLACES=$COPY/include/afbrief/data/places.hpp

# A translation unit that includes the library (compile-time proof included)
# and a program that prints Kabul's name as afbrief::rt decodes it.
cat >"$WORK/tu.cpp" <<'EOF'
#include <afbrief/afbrief.hpp>
int main() { return 0; }
EOF
cat >"$WORK/kabul.cpp" <<'EOF'
#include <stdio.h>
#include <afbrief/afbrief.hpp>
int main() {
  char buffer[32];
  const afbrief::format_result r = afbrief::rt::render(
      afbrief::rt::get(afbrief::place_id::kabul).value().name, buffer, sizeof buffer);
  if (r.truncated) return 1;
  printf("%s\n", buffer);
  return 0;
}
EOF

check_pool() {  # check_pool -> sets rc, err
  (cd "$COPY" && "$PYTHON" tools/pack_texts.py --check) >"$WORK/check.out" 2>"$WORK/check.err"
  rc=$?
  err=$(cat "$WORK/check.err")
}
compile_tu() {  # compile_tu STD -> sets rc; diagnostics in $WORK/compile.err
  "$CXX" -std="$1" -fsyntax-only -I"$COPY/include" "$WORK/tu.cpp" 2>"$WORK/compile.err"
  rc=$?
}
# The proof runs in every build, C++11 (an Arduino's gnu++11) included.
STANDARDS="c++11 c++17"

# ---- a. the fresh copy is current --------------------------------------------
check_pool
if [ "$rc" -eq 0 ] && [ -z "$err" ]; then
  pass "a: --check passes on a fresh copy"
else
  fail "a: --check on a fresh copy exited $rc (expected 0) with stderr: $err"
fi
for std in $STANDARDS; do
  compile_tu "$std"
  if [ "$rc" -eq 0 ]; then
    pass "a: the fresh copy compiles at $std"
  else
    fail "a: the fresh copy does not compile at $std:"
    head -20 "$WORK/compile.err"
  fi
done

# ---- b. one literal changes: the pool is stale -------------------------------
pool_before=$(cksum <"$POOL")
sed -i 's/"Kabul"/"Kabol"/' "$PLACES"
if [ "$(grep -c '"Kabol"' "$PLACES")" -eq 1 ] && ! grep -q '"Kabul"' "$PLACES"; then
  pass "b: places.hpp now names Kabol"
else
  fail "b: sed did not change exactly one \"Kabul\" in places.hpp into \"Kabol\""
  finish
fi
check_pool
lines=$(printf '%s\n' "$err" | grep -c .)
if [ "$rc" -eq 1 ]; then
  pass "b: --check exits 1 on a stale pool"
else
  fail "b: --check exited $rc on a stale pool (expected 1)"
fi
if [ "$lines" -eq 1 ] && printf '%s\n' "$err" | grep -q 'text_pool\.hpp'; then
  pass "b: --check prints one line naming text_pool.hpp"
else
  fail "b: --check printed $lines stderr lines, expected one naming text_pool.hpp: $err"
fi
if [ "$(cksum <"$POOL")" = "$pool_before" ]; then
  pass "b: --check leaves text_pool.hpp alone"
else
  fail "b: --check rewrote text_pool.hpp"
fi

# ---- c. the stale pool does not compile ----------------------------------------
for std in $STANDARDS; do
  compile_tu "$std"
  if [ "$rc" -ne 0 ]; then
    pass "c: a stale pool does not compile at $std"
  else
    fail "c: a translation unit compiled against a stale pool at $std"
  fi
  if grep -q "a packed text differs from its row" "$WORK/compile.err"; then
    pass "c: at $std the diagnostic says a packed text differs from its row"
  else
    fail "c: at $std the diagnostics do not say \"a packed text differs from its row\":"
    head -20 "$WORK/compile.err"
  fi
done

# ---- d. regenerate: current again, compiles, decodes the new text ------------
if (cd "$COPY" && "$PYTHON" tools/pack_texts.py) >"$WORK/pack.out" 2>&1; then
  pass "d: pack_texts.py rewrites the pool"
else
  fail "d: pack_texts.py failed: $(cat "$WORK/pack.out")"
fi
if [ "$(cksum <"$POOL")" != "$pool_before" ]; then
  pass "d: text_pool.hpp changed"
else
  fail "d: text_pool.hpp is unchanged after the rewrite"
fi
check_pool
if [ "$rc" -eq 0 ] && [ -z "$err" ]; then
  pass "d: --check passes after the rewrite"
else
  fail "d: --check after the rewrite exited $rc (expected 0) with stderr: $err"
fi
for std in $STANDARDS; do
  compile_tu "$std"
  if [ "$rc" -eq 0 ]; then
    pass "d: the rewritten pool compiles at $std"
  else
    fail "d: the rewritten pool does not compile at $std:"
    head -20 "$WORK/compile.err"
  fi
done
if "$CXX" -std=c++17 -I"$COPY/include" "$WORK/kabul.cpp" -o "$WORK/kabul" 2>"$WORK/kabul.err"; then
  out=$("$WORK/kabul")
  if [ "$out" = "Kabol" ]; then
    pass "d: afbrief::rt decodes \"Kabol\""
  else
    fail "d: afbrief::rt decodes \"$out\", expected \"Kabol\""
  fi
else
  fail "d: the program printing Kabul's name does not build:"
  head -20 "$WORK/kabul.err"
fi

finish

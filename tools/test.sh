#!/usr/bin/env bash
# The whole test suite.
#   bash tools/test.sh
# 1. build/tests: everything, with the default compiler; every ctest test
#    (the strict matrix, compile-fail and the analysers among them).
# 2. build/clang: the doctest suites, the examples and the tool built with
#    clang++-16, when it is installed.
# 3. build/sanitize: everything that runs on this host (every ctest test but
#    the strict matrix, compile-fail, the analysers and the on-chip tests),
#    built with AddressSanitizer and UndefinedBehaviorSanitizer, label
#    sanitize (any finding fails the run).
# 4. build/sanitize-clang: the same with clang++-16, when it is installed.
# 5. build/fuzz: the libFuzzer targets (clang++-16, ASan and UBSan), each run
#    for a bounded time from its seed corpus, and every kept regression input
#    replayed; and the generator's data-file parser under our own mutation
#    fuzzer (label fuzz).
# Extra CMake arguments for step 1 can be passed in AFBRIEF_CMAKE_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
host_tests='^(afbrief_tests|afbrief_tests_single_header|afbrief_tests_cxx11|no_text|example_.*|cli)$'
host_targets=(afbrief_tests afbrief_tests_single_header afbrief_tests_cxx11 no_text
  example_compile_time example_runtime example_single_header example_own_sheet
  example_own_sheet_single_header afbrief_cli)

echo "== 1/5 everything, default compiler"
# shellcheck disable=SC2086
cmake -S . -B build/tests -DCMAKE_BUILD_TYPE=Release -DAFBRIEF_BUILD_TESTS=ON -DAFBRIEF_BUILD_TOOL=ON \
  ${AFBRIEF_CMAKE_ARGS:-}
cmake --build build/tests -j "$jobs"
ctest --test-dir build/tests --output-on-failure --no-tests=error -j "$jobs"

if command -v clang++-16 >/dev/null; then
  echo "== 2/5 the suites, the examples and the tool with clang++-16"
  cmake -S . -B build/clang -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-16 >/dev/null
  cmake --build build/clang -j "$jobs" --target "${host_targets[@]}"
  ctest --test-dir build/clang --output-on-failure --no-tests=error -j "$jobs" -R "$host_tests"
else
  echo "== 2/5 skipped: clang++-16 not installed"
fi

echo "== 3/5 the whole suite under ASan and UBSan, g++"
cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Debug -DAFBRIEF_SANITIZE=ON -DAFBRIEF_BUILD_TESTS=ON \
  -DAFBRIEF_BUILD_TOOL=ON >/dev/null
cmake --build build/sanitize -j "$jobs"
ctest --test-dir build/sanitize --output-on-failure --no-tests=error -j "$jobs" -L sanitize

if command -v clang++-16 >/dev/null; then
  echo "== 4/5 the whole suite under ASan and UBSan, clang++-16"
  cmake -S . -B build/sanitize-clang -DCMAKE_BUILD_TYPE=Debug -DAFBRIEF_SANITIZE=ON \
    -DAFBRIEF_BUILD_TESTS=ON -DAFBRIEF_BUILD_TOOL=ON -DCMAKE_CXX_COMPILER=clang++-16 >/dev/null
  cmake --build build/sanitize-clang -j "$jobs"
  ctest --test-dir build/sanitize-clang --output-on-failure --no-tests=error -j "$jobs" -L sanitize
else
  echo "== 4/5 skipped: clang++-16 not installed"
fi

if command -v clang++-16 >/dev/null; then
  echo "== 5/5 the fuzz suite: libFuzzer with ASan and UBSan, clang++-16 (label fuzz)"
  cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-16 \
    -DAFBRIEF_FUZZ=ON >/dev/null
  # Only the fuzz targets: the rest of tests/ is configured here too, but runs
  # in steps 1 to 4.
  cmake --build build/fuzz -j "$jobs" --target afbrief_fuzz
  ctest --test-dir build/fuzz --output-on-failure --no-tests=error -j "$jobs" -L fuzz
else
  echo "== 5/5 skipped: clang++-16 not installed"
fi

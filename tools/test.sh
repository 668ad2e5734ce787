#!/usr/bin/env bash
# The whole test suite: configure, build everything, run every ctest test.
#   bash tools/test.sh            (build tree: build/tests)
# Extra CMake arguments can be passed in AFBRIEF_CMAKE_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC2086
cmake -S . -B build/tests -DCMAKE_BUILD_TYPE=Release -DAFBRIEF_BUILD_TESTS=ON -DAFBRIEF_BUILD_TOOL=ON \
  ${AFBRIEF_CMAKE_ARGS:-}
cmake --build build/tests -j "$(nproc)"
ctest --test-dir build/tests --output-on-failure --no-tests=error -j "$(nproc)"

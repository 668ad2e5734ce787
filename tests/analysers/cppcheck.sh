#!/usr/bin/env bash
# cppcheck 2.10, every check on (inconclusive ones too), any finding fails.
# What is suppressed, and why, is in cppcheck_suppressions.xml beside this;
# inline suppressions are not read, so that list is the whole of it.
#   bash tests/analysers/cppcheck.sh library|tool [CPPCHECK]
# library: tests/analysers/library.cpp, which calls each part of the API, with the
#   tables' self-verification (AFBRIEF_VERIFY=1, a superset of the default):
#   as C++11 on a host, and as C++17 on AVR, which is the flash reader and
#   the C++14 branches at once.
# tool: every source file of tools/cli in one run, so that a function
#   nothing calls is found.
# cppcheck reads the C library from its own model (std.cfg), not from the
# system's headers, so it is not given them; -D fixes the configuration to
# analyse instead of trying each combination of macros (minutes, not
# seconds).
set -euo pipefail
cd "$(dirname "$0")/../.."
part=${1:?library or tool}
cppcheck=${2:-cppcheck}

common=(--enable=all --inconclusive --language=c++ --error-exitcode=1 --quiet
  --suppress-xml=tests/analysers/cppcheck_suppressions.xml
  --template='{file}:{line}:{column}: {severity}: {message} [{id}]'
  -Iinclude)

case $part in
  library)
    status=0
    for flags in "--std=c++11 -DAFBRIEF_VERIFY=1" "--std=c++17 -DAFBRIEF_VERIFY=1 -D__AVR__"; do
      echo "== cppcheck: library, $flags"
      # shellcheck disable=SC2086
      "$cppcheck" "${common[@]}" $flags tests/analysers/library.cpp || status=1
    done
    exit $status
    ;;
  tool)
    echo "== cppcheck: tools/cli/*.cpp"
    "$cppcheck" "${common[@]}" --std=c++11 -DAFBRIEF_VERIFY=0 tools/cli/*.cpp
    ;;
  *)
    echo "usage: $0 library|tool [CPPCHECK]" >&2
    exit 2
    ;;
esac

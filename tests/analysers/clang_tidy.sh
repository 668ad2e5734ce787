#!/usr/bin/env bash
# clang-tidy 16 with the committed .clang-tidy (which says what is checked,
# what is left out and why). Any finding is an error and fails the run.
#   bash tests/analysers/clang_tidy.sh library|tool [CLANG_TIDY]
# library: tests/analysers/library.cpp, which calls each part of the API, in the
#   configurations whose code differs: C++11, C++17 (constexpr formatting,
#   inline variables) and the AVR flash target (the flash reader, ct
#   refusing run-time reads). Each with the tables' self-verification
#   (AFBRIEF_VERIFY=1), which only adds data/generated/checks.hpp to the
#   default configuration, so it covers that too.
# tool: every source file of tools/cli, as it is built (C++11).
set -euo pipefail
cd "$(dirname "$0")/../.."
part=${1:?library or tool}
tidy=${2:-clang-tidy-16}

case $part in
  library)
    # On AVR, clang stands in for avr-g++, the only compiler of that
    # configuration: it knows neither GCC's __progmem__ attribute nor why
    # avr-g++ 5.4 is given __has_trivial_copy, and its own <stdint.h> (with
    # -ffreestanding) replaces avr-libc's.
    avr=(--target=avr -mmcu=atmega328p -ffreestanding -std=gnu++11
      -Wno-unknown-attributes -Wno-deprecated-builtins)
    configurations=(
      "-std=c++11 -DAFBRIEF_VERIFY=1"
      "-std=c++17 -DAFBRIEF_VERIFY=1"
      "${avr[*]} -DAFBRIEF_VERIFY=1")
    status=0
    for flags in "${configurations[@]}"; do
      echo "== clang-tidy: library, $flags"
      # shellcheck disable=SC2086
      "$tidy" --quiet tests/analysers/library.cpp -- $flags -Iinclude || status=1
    done
    exit $status
    ;;
  tool)
    echo "== clang-tidy: tools/cli/*.cpp"
    "$tidy" --quiet tools/cli/*.cpp -- -std=c++11 -fno-exceptions -fno-rtti -Iinclude
    ;;
  *)
    echo "usage: $0 library|tool [CLANG_TIDY]" >&2
    exit 2
    ;;
esac

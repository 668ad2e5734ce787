# The strict compile matrix: tests/strict/alone.cpp (the single header alone in
# a translation unit) under every compiler and language level afbrief
# supports, warnings as errors. Each combination is one ctest test, labelled
# `strict`. A missing compiler skips its tests with one message, unless
# AFBRIEF_STRICT_MATRIX=ON (CI), which makes it a configure error.
# With the full self-verification (AFBRIEF_VERIFY=1) everywhere, and the
# default configuration (strict.*.default) once per host compiler. The clang
# configurations add -Weverything, less the exclusions documented in
# tests/strict/weverything.cmake.
include(${CMAKE_CURRENT_SOURCE_DIR}/strict/weverything.cmake)
set(afbrief_strict_source ${CMAKE_CURRENT_SOURCE_DIR}/strict/alone.cpp)
set(afbrief_strict_common
  -fno-exceptions -fno-rtti ${AFBRIEF_STRICT_FLAGS} -O2
  -I${PROJECT_SOURCE_DIR}/single_include -c ${afbrief_strict_source})

function(afbrief_strict name program)
  find_program(afbrief_found_${program} ${program})
  if(NOT afbrief_found_${program})
    if(AFBRIEF_STRICT_MATRIX)
      message(FATAL_ERROR "afbrief: the strict matrix needs ${program}, which was not found (.ci/run installs it)")
    endif()
    message(STATUS "afbrief: ${program} not found, skipping strict.${name}")
    return()
  endif()
  set(verify -DAFBRIEF_VERIFY=1)
  if(name MATCHES "[.]default$")
    set(verify "")
  endif()
  add_test(NAME strict.${name}
    COMMAND ${afbrief_found_${program}} ${ARGN} ${verify} ${afbrief_strict_common}
            -o ${CMAKE_CURRENT_BINARY_DIR}/strict_${name}.o)
  set_tests_properties(strict.${name} PROPERTIES LABELS strict)
endfunction()

foreach(std c++11 c++14 c++17 c++20 c++2b)
  afbrief_strict(g++.${std} g++ -std=${std} -nostdinc++)
  afbrief_strict(clang++-16.${std} clang++-16 -std=${std} -nostdinc++ ${AFBRIEF_WEVERYTHING_FLAGS})
endforeach()
afbrief_strict(g++.default g++ -std=c++11 -nostdinc++)
afbrief_strict(clang++-16.default clang++-16 -std=c++11 -nostdinc++ ${AFBRIEF_WEVERYTHING_FLAGS})
afbrief_strict(g++.freestanding g++ -std=c++11 -ffreestanding -nostdinc++)
afbrief_strict(avr-g++.atmega328p avr-g++ -std=gnu++11 -mmcu=atmega328p)
afbrief_strict(arm-none-eabi-g++.cortex-m0 arm-none-eabi-g++ -std=c++11 -mcpu=cortex-m0 -mthumb
  --specs=picolibc.specs)
afbrief_strict(riscv64-unknown-elf-g++.rv32imac riscv64-unknown-elf-g++ -std=c++11
  -march=rv32imac -mabi=ilp32 --specs=picolibc.specs)

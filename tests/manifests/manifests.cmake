# The package manifests, label manifests: each against its ecosystem's schema,
# each validator shown to refuse a broken copy, and the build glue of the
# ecosystems with no toolchain here (PlatformIO, ESP-IDF, Zephyr) emulated.
# Included from tests/CMakeLists.txt after validators.cmake (AFBRIEF_AJV,
# AFBRIEF_SCHEMAS_DIR, AFBRIEF_SKIPPED). A missing tool or schema makes a
# test print why and exit 77, reported as skipped.
if(NOT Python3_FOUND)
  message(STATUS "afbrief: python 3.11 not found, skipping the manifest tests")
  return()
endif()
set(afbrief_manifests ${CMAKE_CURRENT_LIST_DIR})
set(afbrief_ajv_check ${Python3_EXECUTABLE} ${afbrief_manifests}/ajv_check.py
  --ajv "${AFBRIEF_AJV}")
set(afbrief_manifest_tests)

# The YAML and Kconfig checks want Debian's python3-yaml, python3-pykwalify
# (with python3-ruamel.yaml and python3-dateutil, which it imports) and
# python3-kconfiglib. Debian installs them for its own /usr/bin/python3, which
# a Python of one's own ahead on PATH (pyenv, a venv) does not see: use the
# first of the two that has them all.
set(afbrief_yaml_python ${Python3_EXECUTABLE})
foreach(candidate ${Python3_EXECUTABLE} /usr/bin/python3)
  if(EXISTS ${candidate})
    execute_process(COMMAND ${candidate} -c "import yaml, pykwalify.core, kconfiglib"
      RESULT_VARIABLE afbrief_imports_failed OUTPUT_QUIET ERROR_QUIET)
    if(NOT afbrief_imports_failed)
      set(afbrief_yaml_python ${candidate})
      break()
    endif()
  endif()
endforeach()

function(afbrief_manifest_test name)
  add_test(NAME manifests.${name} COMMAND ${ARGN})
  list(APPEND afbrief_manifest_tests manifests.${name})
  set(afbrief_manifest_tests ${afbrief_manifest_tests} PARENT_SCOPE)
endfunction()

# A compile of query.cpp with a cross compiler, or, when that compiler is
# missing, a test that reports itself skipped and says why.
function(afbrief_manifest_compile name compiler)
  find_program(afbrief_manifest_${compiler} ${compiler})
  if(afbrief_manifest_${compiler})
    afbrief_manifest_test(${name} ${afbrief_manifest_${compiler}} ${ARGN}
      -I${PROJECT_SOURCE_DIR}/include -c ${afbrief_manifests}/query.cpp
      -o ${CMAKE_CURRENT_BINARY_DIR}/manifests_${name}.o)
  else()
    afbrief_manifest_test(${name} ${Python3_EXECUTABLE} -c
      "print('SKIPPED: ${compiler} not found (.ci/run installs it)'); raise SystemExit(77)")
  endif()
  set(afbrief_manifest_tests ${afbrief_manifest_tests} PARENT_SCOPE)
endfunction()

# --- Arduino: library.properties against arduino-lint's schemas (draft-07),
# read into a JSON object of strings first (properties_to_json.py).
set(afbrief_arduino_schemas ${AFBRIEF_SCHEMAS_DIR}/arduino-lint)
set(afbrief_arduino_check ${afbrief_ajv_check} --spec draft7
  --ref ${afbrief_arduino_schemas}/arduino-library-properties-definitions-schema.json
  --ref ${afbrief_arduino_schemas}/general-definitions-schema.json
  --data ${PROJECT_SOURCE_DIR}/library.properties --schema)
afbrief_manifest_test(arduino.specification ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-schema.json)
afbrief_manifest_test(arduino.strict ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-strict-schema.json)
# The validator can fail: an empty architectures, a missing sentence, and (at
# the strict level only) a version that is not full semver are refused.
afbrief_manifest_test(arduino.refuses_empty_architectures ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-schema.json
  --set architectures= --expect-refusal)
afbrief_manifest_test(arduino.refuses_missing_sentence ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-schema.json
  --delete sentence --expect-refusal)
afbrief_manifest_test(arduino.strict_refuses_short_version ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-strict-schema.json
  --set version=0.4 --expect-refusal)

# --- PlatformIO: library.json against PlatformIO's schema (draft 2020-12).
# The schema PlatformIO publishes is not valid JSON Schema: each property
# carries `"required": true` (draft-03 style), where 2020-12 wants one
# `required` array on the object, so ajv will not compile it. The tests use
# library.schema.fixed.json: the same schema with those flags gathered into a
# top-level `required` array, nothing else changed. platformio.published_
# schema_invalid documents the fault: it passes while ajv refuses the
# published file, and fails (telling us to switch) once PlatformIO fixes it.
set(afbrief_pio_schemas ${AFBRIEF_SCHEMAS_DIR}/platformio)
set(afbrief_pio_check ${afbrief_ajv_check} --spec draft2020
  --schema ${afbrief_pio_schemas}/library.schema.fixed.json
  --data ${PROJECT_SOURCE_DIR}/library.json)
afbrief_manifest_test(platformio.schema ${afbrief_pio_check})
afbrief_manifest_test(platformio.refuses_frameworks_number ${afbrief_pio_check}
  --set frameworks=5 --expect-refusal)
afbrief_manifest_test(platformio.refuses_missing_version ${afbrief_pio_check}
  --delete version --expect-refusal)
afbrief_manifest_test(platformio.published_schema_invalid ${afbrief_ajv_check}
  --spec draft2020 --schema ${afbrief_pio_schemas}/library.schema.json
  --compile-only --expect-refusal)
# What `pio pkg pack` would publish, from library.json's export list.
afbrief_manifest_test(platformio.export ${Python3_EXECUTABLE}
  ${afbrief_manifests}/packaged_files.py platformio ${PROJECT_SOURCE_DIR})

# --- ESP-IDF, emulated (no ESP-IDF here): the manifest's fields and file
# lists, the top-level CMakeLists.txt's ESP_PLATFORM branch under a stand-in
# idf_component_register() (in a build, and in the script-mode pass ESP-IDF
# makes first), and a compile with ESP-IDF v5's C++ flags for an
# ESP32-C3 (RV32IMC) on Debian's RISC-V cross compiler, warnings as errors.
afbrief_manifest_test(esp_idf.fields ${afbrief_yaml_python}
  ${afbrief_manifests}/check_idf_component.py ${PROJECT_SOURCE_DIR})
afbrief_manifest_test(esp_idf.files ${afbrief_yaml_python}
  ${afbrief_manifests}/packaged_files.py idf ${PROJECT_SOURCE_DIR})
afbrief_manifest_test(esp_idf.cmake_branch ${CMAKE_COMMAND} -E env CXX=${CMAKE_CXX_COMPILER}
  ${CMAKE_CTEST_COMMAND} --build-and-test ${afbrief_manifests}/esp_idf
    ${CMAKE_CURRENT_BINARY_DIR}/manifests_esp_idf --build-generator ${CMAKE_GENERATOR}
    --build-options -DAFBRIEF_SOURCE=${PROJECT_SOURCE_DIR})
# ESP-IDF's first pass reads the same file in script mode, where project()
# is an error: the branch must return() before it there too.
afbrief_manifest_test(esp_idf.requirements_scan ${CMAKE_COMMAND}
  -DAFBRIEF_SOURCE=${PROJECT_SOURCE_DIR} -P ${afbrief_manifests}/esp_idf/requirements_scan.cmake)
afbrief_manifest_compile(esp_idf.esp32c3_flags riscv64-unknown-elf-g++
  -march=rv32imc_zicsr_zifencei -mabi=ilp32 --specs=picolibc.specs
  -std=gnu++2b -fno-exceptions -fno-rtti -ffunction-sections -fdata-sections
  -fstrict-volatile-bitfields -fno-jump-tables -fno-tree-switch-conversion
  -Wall -Werror=all -Wextra -Werror -Os -ggdb)

# --- Zephyr, emulated (no Zephyr here): module.yml against the module schema
# with pykwalify, the Kconfig with kconfiglib, zephyr/CMakeLists.txt under
# stand-ins for Zephyr's CMake functions (CONFIG_AFBRIEF on, and off), and a
# compile with Zephyr's usual C++ flags for a Cortex-M4 (picolibc, Zephyr's
# default C library).
afbrief_manifest_test(zephyr.module_schema ${afbrief_yaml_python}
  ${afbrief_manifests}/check_zephyr_module.py ${PROJECT_SOURCE_DIR})
afbrief_manifest_test(zephyr.kconfig ${afbrief_yaml_python}
  ${afbrief_manifests}/check_zephyr_kconfig.py ${PROJECT_SOURCE_DIR})
afbrief_manifest_test(zephyr.cmake ${CMAKE_COMMAND} -E env CXX=${CMAKE_CXX_COMPILER}
  ${CMAKE_CTEST_COMMAND} --build-and-test ${afbrief_manifests}/zephyr
    ${CMAKE_CURRENT_BINARY_DIR}/manifests_zephyr --build-generator ${CMAKE_GENERATOR}
    --build-options -DAFBRIEF_SOURCE=${PROJECT_SOURCE_DIR})
afbrief_manifest_test(zephyr.cmake_off ${CMAKE_COMMAND}
  -S ${afbrief_manifests}/zephyr -B ${CMAKE_CURRENT_BINARY_DIR}/manifests_zephyr_off
  -DAFBRIEF_SOURCE=${PROJECT_SOURCE_DIR} -DAFBRIEF_EXPECT_OFF=ON)
afbrief_manifest_compile(zephyr.cortex_m4_flags arm-none-eabi-g++
  -mcpu=cortex-m4 -mthumb -mabi=aapcs --specs=picolibc.specs -std=c++17
  -ffreestanding -fno-exceptions -fno-rtti -fno-threadsafe-statics
  -ffunction-sections -fdata-sections -fno-common -Wall -Wextra -Werror -Os -g)

# One home page in every manifest, the placeholder until the project has one.
afbrief_manifest_test(home_agrees ${Python3_EXECUTABLE} ${afbrief_manifests}/home_agrees.py
  ${PROJECT_SOURCE_DIR})

set_tests_properties(${afbrief_manifest_tests} PROPERTIES
  LABELS manifests SKIP_RETURN_CODE ${AFBRIEF_SKIPPED})
# versions_agree (registered in tests/CMakeLists.txt) reads every manifest too.
if(TEST versions_agree)
  set_tests_properties(versions_agree PROPERTIES LABELS manifests)
endif()

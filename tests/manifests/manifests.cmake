# The package manifests, label manifests: each against its ecosystem's schema,
# each validator shown to refuse a broken copy, and the build glue of the
# ecosystems with no toolchain here (PlatformIO, ESP-IDF, Zephyr) emulated.
# Included from tests/CMakeLists.txt after validators.cmake (AFBRIEF_AJV,
# AFBRIEF_YAML_PYTHON, AFBRIEF_SCHEMAS_DIR, AFBRIEF_SKIPPED,
# afbrief_require_cross_compiler()). A missing tool or schema makes a
# test print why and exit 77, reported as skipped.
if(NOT Python3_FOUND)
  message(STATUS "afbrief: python 3.11 not found, skipping the manifest tests")
  return()
endif()
set(afbrief_manifests ${CMAKE_CURRENT_LIST_DIR})
set(afbrief_ajv_check ${Python3_EXECUTABLE} ${afbrief_manifests}/ajv_check.py
  --ajv "${AFBRIEF_AJV}")
set(afbrief_manifest_tests)

# The YAML and Kconfig checks run on the Python that has PyYAML, pykwalify
# and kconfiglib (validators.cmake picks it).
set(afbrief_yaml_python ${AFBRIEF_YAML_PYTHON})
# Copies files to a scratch root, breaks one, and expects a checker to refuse
# the copy with a given reason (refuses_edited_copy.py).
set(afbrief_refuses ${Python3_EXECUTABLE} ${afbrief_manifests}/refuses_edited_copy.py
  ${PROJECT_SOURCE_DIR})

function(afbrief_manifest_test name)
  add_test(NAME manifests.${name} COMMAND ${ARGN})
  list(APPEND afbrief_manifest_tests manifests.${name})
  set(afbrief_manifest_tests ${afbrief_manifest_tests} PARENT_SCOPE)
endfunction()

# A compile of query.cpp with a cross compiler, or, when that compiler (or
# its picolibc) is missing, a test that reports itself skipped and says why;
# with AFBRIEF_REQUIRE_VALIDATORS, the configure stops instead.
function(afbrief_manifest_compile name compiler packages)
  afbrief_require_cross_compiler(afbrief_manifest_${compiler} ${compiler} "${packages}")
  if(afbrief_manifest_${compiler})
    afbrief_manifest_test(${name} ${afbrief_manifest_${compiler}} ${ARGN}
      -I${PROJECT_SOURCE_DIR}/include -c ${afbrief_manifests}/query.cpp
      -o ${CMAKE_CURRENT_BINARY_DIR}/manifests_${name}.o)
  else()
    # One Python statement: a ';' in it would split the argument in two.
    afbrief_manifest_test(${name} ${Python3_EXECUTABLE} -c
      "raise SystemExit(print('SKIPPED: ${compiler} with picolibc not found (Debian: ${packages})') or 77)")
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
# the strict level only) a version that is not full semver are refused, each
# with ajv's error for that field (INSTANCEPATH:MESSAGE_PREFIX).
afbrief_manifest_test(arduino.refuses_empty_architectures ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-schema.json
  --set architectures= --expect-error "/architectures:must NOT have fewer than 1 characters")
afbrief_manifest_test(arduino.refuses_missing_sentence ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-schema.json
  --delete sentence --expect-error ":must have required property 'sentence'")
afbrief_manifest_test(arduino.strict_refuses_short_version ${afbrief_arduino_check}
  ${afbrief_arduino_schemas}/arduino-library-properties-strict-schema.json
  --set version=0.4 --expect-error "/version:must match pattern")

# --- PlatformIO: library.json against PlatformIO's schema (draft 2020-12).
# The schema PlatformIO publishes is not valid JSON Schema: each property
# carries `"required": true` (draft-03 style), where 2020-12 wants one
# `required` array on the object, so ajv will not compile it. The tests use
# library.schema.fixed.json: the same schema with those flags gathered into a
# top-level `required` array, nothing else changed. platformio.published_
# schema_invalid documents the fault: it passes while ajv refuses the
# published file for that reason (name's "required" must be an array), and
# fails (telling us to switch) once PlatformIO fixes it.
set(afbrief_pio_schemas ${AFBRIEF_SCHEMAS_DIR}/platformio)
set(afbrief_pio_check ${afbrief_ajv_check} --spec draft2020
  --schema ${afbrief_pio_schemas}/library.schema.fixed.json
  --data ${PROJECT_SOURCE_DIR}/library.json)
afbrief_manifest_test(platformio.schema ${afbrief_pio_check})
afbrief_manifest_test(platformio.refuses_frameworks_number ${afbrief_pio_check}
  --set frameworks=5 --expect-error "/frameworks:must be string"
  --expect-error "/frameworks:must be array")
afbrief_manifest_test(platformio.refuses_missing_version ${afbrief_pio_check}
  --delete version --expect-error ":must have required property 'version'")
afbrief_manifest_test(platformio.published_schema_invalid ${afbrief_ajv_check}
  --spec draft2020 --schema ${afbrief_pio_schemas}/library.schema.json
  --compile-only --expect-error "/properties/name/required:must be array")
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
# The checker can fail: an unquoted version, which YAML reads as a number.
afbrief_manifest_test(esp_idf.refuses_unquoted_version ${afbrief_refuses}
  --copy idf_component.yml --edit idf_component.yml "^version: .*$" "version: 1.0"
  --expect "version: a quoted semantic version is required, found 1.0"
  -- ${afbrief_yaml_python} ${afbrief_manifests}/check_idf_component.py {copy})
afbrief_manifest_test(esp_idf.cmake_branch ${CMAKE_COMMAND} -E env CXX=${CMAKE_CXX_COMPILER}
  ${CMAKE_CTEST_COMMAND} --build-and-test ${afbrief_manifests}/esp_idf
    ${CMAKE_CURRENT_BINARY_DIR}/manifests_esp_idf --build-generator ${CMAKE_GENERATOR}
    --build-options -DAFBRIEF_SOURCE=${PROJECT_SOURCE_DIR})
# ESP-IDF's first pass reads the same file in script mode, where project()
# is an error: the branch must return() before it there too.
afbrief_manifest_test(esp_idf.requirements_scan ${CMAKE_COMMAND}
  -DAFBRIEF_SOURCE=${PROJECT_SOURCE_DIR} -P ${afbrief_manifests}/esp_idf/requirements_scan.cmake)
afbrief_manifest_compile(esp_idf.esp32c3_flags riscv64-unknown-elf-g++
  "gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf"
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
# The schema can fail: a key Zephyr does not know (a misspelt build), and a
# build.cmake that is not a string.
afbrief_manifest_test(zephyr.refuses_unknown_key ${afbrief_refuses}
  --copy zephyr/module.yml --edit zephyr/module.yml "^build:" "biuld:"
  --expect "Key 'biuld' was not defined"
  -- ${afbrief_yaml_python} ${afbrief_manifests}/check_zephyr_module.py
     ${PROJECT_SOURCE_DIR} {copy}/zephyr/module.yml)
afbrief_manifest_test(zephyr.refuses_cmake_not_str ${afbrief_refuses}
  --copy zephyr/module.yml --edit zephyr/module.yml "^  cmake: .*$" "  cmake: 5"
  --expect "Value '5' is not of type 'str'. Path: '/build/cmake'"
  -- ${afbrief_yaml_python} ${afbrief_manifests}/check_zephyr_module.py
     ${PROJECT_SOURCE_DIR} {copy}/zephyr/module.yml)
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
  "gcc-arm-none-eabi picolibc-arm-none-eabi"
  -mcpu=cortex-m4 -mthumb -mabi=aapcs --specs=picolibc.specs -std=c++17
  -ffreestanding -fno-exceptions -fno-rtti -fno-threadsafe-statics
  -ffunction-sections -fdata-sections -fno-common -Wall -Wextra -Werror -Os -g)

# One home page in every manifest, the placeholder until the project has one.
afbrief_manifest_test(home_agrees ${Python3_EXECUTABLE} ${afbrief_manifests}/home_agrees.py
  ${PROJECT_SOURCE_DIR})

# versions_agree (registered in tests/CMakeLists.txt) reads every manifest
# too; here it is shown to fail: a copy of the files that state the version,
# with library.json's changed, must be refused naming that file.
add_test(NAME versions_agree.refuses_mismatch COMMAND ${afbrief_refuses}
  --copy include/afbrief/afbrief.hpp --copy CMakeLists.txt --copy meson.build
  --copy CHANGELOG.md --copy library.properties --copy library.json
  --copy idf_component.yml
  --edit library.json [[^  "version": "[^"]*"]] [[  "version": "9.9.9"]]
  --expect "library.json: says 9.9.9"
  -- ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/versions_agree.py {copy})
list(APPEND afbrief_manifest_tests versions_agree.refuses_mismatch)
if(TEST versions_agree)
  list(APPEND afbrief_manifest_tests versions_agree)
endif()

set_tests_properties(${afbrief_manifest_tests} PROPERTIES
  LABELS manifests SKIP_RETURN_CODE ${AFBRIEF_SKIPPED})

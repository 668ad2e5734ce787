# Where the tests find the validators and the published schemas, and what
# happens when one is missing.
#
# - ajv (npm's ajv-cli with ajv-formats, versions pinned in
#   tools/validators/package.json): `npm ci --prefix tools/validators`.
# - The YAML and Kconfig checks: Debian's python3-yaml, python3-pykwalify
#   (with python3-ruamel.yaml and python3-dateutil, which it imports) and
#   python3-kconfiglib. Debian installs them for its own /usr/bin/python3,
#   which a Python of one's own ahead on PATH (pyenv, a venv) does not see:
#   AFBRIEF_YAML_PYTHON is the first of the two that has them all.
# - The cross compilers the manifest tests compile with (see
#   afbrief_require_cross_compiler below).
# - The published schemas of arduino-lint and PlatformIO are test data kept
#   outside the project (../shared/schemas next to the checkout); point
#   AFBRIEF_SCHEMAS_DIR elsewhere if you keep them elsewhere.
#
# By default a test that lacks one of these is reported as skipped (exit code
# 77) with a message saying what is missing. ctest counts a skip as no
# failure, so CI sets AFBRIEF_REQUIRE_VALIDATORS=ON: then a missing tool is a
# configure error naming what to install. The shared schemas stay a skip even
# then: they are not the project's, and a fresh clone elsewhere may well not
# have them (../shared/schemas/README.md asks for exactly that).
option(AFBRIEF_REQUIRE_VALIDATORS
  "A missing validator or cross compiler is a configure error, not a skipped test" OFF)
set(AFBRIEF_SKIPPED 77)

# Stops the configure when AFBRIEF_REQUIRE_VALIDATORS is ON and the variable
# named by found_var is false; what: the missing thing; install: how to get it.
function(afbrief_require found_var what install)
  if(AFBRIEF_REQUIRE_VALIDATORS AND NOT ${found_var})
    message(FATAL_ERROR "afbrief: AFBRIEF_REQUIRE_VALIDATORS is ON, and ${what} "
      "is missing. Install it: ${install}")
  endif()
endfunction()

afbrief_require(Python3_FOUND "Python 3.11" "Debian: apt-get install python3")

find_program(AFBRIEF_AJV ajv HINTS ${PROJECT_SOURCE_DIR}/tools/validators/node_modules/.bin
  NO_DEFAULT_PATH)
# ajv_check.py loads ajv-formats by name (-c ajv-formats); npm ci installs it
# next to ajv-cli, and a partial install may lack it.
set(afbrief_ajv_complete FALSE)
if(AFBRIEF_AJV AND EXISTS "${AFBRIEF_AJV}"
    AND EXISTS ${PROJECT_SOURCE_DIR}/tools/validators/node_modules/ajv-formats)
  set(afbrief_ajv_complete TRUE)
endif()
afbrief_require(afbrief_ajv_complete "ajv (ajv-cli with ajv-formats, in tools/validators)"
  "Debian: apt-get install nodejs npm; then npm ci --prefix tools/validators")

set(AFBRIEF_YAML_PYTHON ${Python3_EXECUTABLE})
set(afbrief_yaml_modules_found FALSE)
set(afbrief_yaml_modules_missing "yaml pykwalify ruamel.yaml dateutil kconfiglib")
foreach(candidate ${Python3_EXECUTABLE} /usr/bin/python3)
  if(EXISTS ${candidate})
    execute_process(COMMAND ${candidate} -c [[
import importlib.util
wanted = ["yaml", "pykwalify.core", "ruamel.yaml", "dateutil", "kconfiglib"]
def found(name):
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # the parent package itself is missing
        return False
print(" ".join(name for name in wanted if not found(name)), end="")
]]
      OUTPUT_VARIABLE missing RESULT_VARIABLE failed ERROR_QUIET)
    if(NOT failed AND missing STREQUAL "")
      set(AFBRIEF_YAML_PYTHON ${candidate})
      set(afbrief_yaml_modules_found TRUE)
      break()
    endif()
    if(NOT failed)
      set(afbrief_yaml_modules_missing "${missing}")
    endif()
  endif()
endforeach()
afbrief_require(afbrief_yaml_modules_found
  "the Python modules ${afbrief_yaml_modules_missing} (for ${Python3_EXECUTABLE} or /usr/bin/python3)"
  "Debian: apt-get install python3-yaml python3-pykwalify python3-ruamel.yaml python3-dateutil python3-kconfiglib")

# A cross compiler a test compiles with, and the picolibc it links against:
# sets <var> to the compiler, or to a false value when either is missing
# (then the test skips, or, required, the configure stops).
function(afbrief_require_cross_compiler var compiler packages)
  find_program(${var} ${compiler})
  set(usable FALSE)
  if(${var})
    # -print-file-name gives the full path only when the file exists.
    execute_process(COMMAND ${${var}} -print-file-name=picolibc.specs
      OUTPUT_VARIABLE specs OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(IS_ABSOLUTE "${specs}" AND EXISTS "${specs}")
      set(usable TRUE)
    endif()
  endif()
  afbrief_require(usable "${compiler} with picolibc" "Debian: apt-get install ${packages}")
  if(NOT usable)
    set(${var} "${compiler}-NOTFOUND" PARENT_SCOPE)
  endif()
endfunction()

set(AFBRIEF_SCHEMAS_DIR "${PROJECT_SOURCE_DIR}/../shared/schemas" CACHE PATH
  "The published manifest schemas (arduino-lint/, platformio/)")
if(NOT IS_DIRECTORY ${AFBRIEF_SCHEMAS_DIR})
  message(STATUS "afbrief: no shared schemas in ${AFBRIEF_SCHEMAS_DIR} (test data outside "
    "the project; set AFBRIEF_SCHEMAS_DIR): the tests that need them will be skipped")
endif()

# Where the tests find the JSON Schema validator and the published schemas.
#
# - ajv (npm's ajv-cli with ajv-formats, versions pinned in
#   tools/validators/package.json): .ci/run installs it with
#   `npm ci --prefix tools/validators`; on a machine of your own, run the same.
# - The published schemas of arduino-lint and PlatformIO are test data kept
#   outside the project (../shared/schemas next to the checkout); point
#   AFBRIEF_SCHEMAS_DIR elsewhere if you keep them elsewhere.
# A test that lacks either is reported as skipped (exit code 77), with a
# message saying what is missing, never as passed.
find_program(AFBRIEF_AJV ajv HINTS ${PROJECT_SOURCE_DIR}/tools/validators/node_modules/.bin
  NO_DEFAULT_PATH)
set(AFBRIEF_SCHEMAS_DIR "${PROJECT_SOURCE_DIR}/../shared/schemas" CACHE PATH
  "The published manifest schemas (arduino-lint/, platformio/)")
set(AFBRIEF_SKIPPED 77)

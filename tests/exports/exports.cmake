# The tool's exports, label exports (included by tests/CMakeLists.txt in
# non-sanitizer builds, after validators.cmake):
# - exports_csv: `afbrief export --format=csv` for each table, as RFC 4180
#   and HXL, every cell against the data file, its custom HXL attributes
#   against the README's list;
# - exports_csv_cell_limit: a cell too long to write whole is refused (exit
#   1, nothing on stdout, TABLE:KEY named), by a second build of the tool with
#   a small cell limit;
# - exports_json_schema: `afbrief export --format=json` against
#   docs/export.schema.json with ajv, and broken exports refused (skipped,
#   exit 77, when ajv is not installed).
if(TARGET afbrief_cli AND Python3_FOUND)
  add_test(NAME exports_csv
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_csv.py
      $<TARGET_FILE:afbrief_cli> ${PROJECT_SOURCE_DIR}/README.md
      ${PROJECT_SOURCE_DIR}/data/doha_news_2021-07-18.toml)
  set_tests_properties(exports_csv PROPERTIES LABELS exports)

  # The article's longest cell is far below the real limit (a line, 2047
  # bytes), so the refusal is shown with a limit some cells exceed.
  set(AFBRIEF_TEST_CSV_CELL_LIMIT 120)
  include(${PROJECT_SOURCE_DIR}/tools/cli/sources.cmake)
  add_executable(afbrief_cli_cell_limit ${PROJECT_SOURCE_DIR}/tools/cli/afbrief.cpp
    ${AFBRIEF_CLI_SOURCES})
  target_link_libraries(afbrief_cli_cell_limit PRIVATE afbrief::afbrief)
  target_compile_definitions(afbrief_cli_cell_limit PRIVATE
    AFBRIEF_CLI_CSV_CELL_LIMIT=${AFBRIEF_TEST_CSV_CELL_LIMIT})
  target_compile_options(afbrief_cli_cell_limit PRIVATE ${AFBRIEF_STRICT_FLAGS}
    -fno-exceptions -fno-rtti)
  set_target_properties(afbrief_cli_cell_limit PROPERTIES
    CXX_STANDARD 11 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF)
  add_test(NAME exports_csv_cell_limit
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_cell_limit.py
      $<TARGET_FILE:afbrief_cli> $<TARGET_FILE:afbrief_cli_cell_limit>
      ${AFBRIEF_TEST_CSV_CELL_LIMIT})
  set_tests_properties(exports_csv_cell_limit PROPERTIES LABELS exports)

  add_test(NAME exports_json_schema
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_schema.py
      "${AFBRIEF_AJV}" ${PROJECT_SOURCE_DIR}/docs/export.schema.json
      $<TARGET_FILE:afbrief_cli> ${CMAKE_CURRENT_BINARY_DIR}/exports_json_schema
      ${CMAKE_CURRENT_LIST_DIR})
  set_tests_properties(exports_json_schema PROPERTIES LABELS exports
    SKIP_RETURN_CODE ${AFBRIEF_SKIPPED})
elseif(TARGET afbrief_cli)
  message(STATUS "afbrief: python 3.11 not found, skipping the exports' tests")
endif()

# The tool's exports, label exports (included by tests/CMakeLists.txt in
# non-sanitizer builds, after validators.cmake):
# - exports_csv: `afbrief export --format=csv` for each table, as RFC 4180
#   and HXL, its values against the data file, its custom HXL attributes
#   against the README's list;
# - exports_json_schema: `afbrief export --format=json` against
#   docs/export.schema.json with ajv, and broken exports refused (skipped,
#   exit 77, when ajv is not installed).
if(TARGET afbrief_cli AND Python3_FOUND)
  add_test(NAME exports_csv
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_csv.py
      $<TARGET_FILE:afbrief_cli> ${PROJECT_SOURCE_DIR}/README.md
      ${PROJECT_SOURCE_DIR}/data/doha_news_2021-07-18.toml)
  set_tests_properties(exports_csv PROPERTIES LABELS exports)

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

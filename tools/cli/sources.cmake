# The tool's sources but main (afbrief.cpp): the executable and the fuzz
# target (tests/fuzz) both build run_tool from this one list.
set(AFBRIEF_CLI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/arguments.cpp
  ${CMAKE_CURRENT_LIST_DIR}/commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/export_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/export_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lookup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/output.cpp
  ${CMAKE_CURRENT_LIST_DIR}/run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/show.cpp)

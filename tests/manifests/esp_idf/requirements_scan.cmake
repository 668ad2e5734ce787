# ESP-IDF's first pass over a component, emulated: before the build proper,
# ESP-IDF reads every component's CMakeLists.txt in CMake script mode (with
# CMAKE_BUILD_EARLY_EXPANSION set) to collect what idf_component_register()
# says it requires. In script mode project(), add_library() and the like are
# errors, so the ESP_PLATFORM branch must return() before any of them.
#   cmake -DAFBRIEF_SOURCE=<repository> -P requirements_scan.cmake
if(NOT AFBRIEF_SOURCE)
  message(FATAL_ERROR "pass -DAFBRIEF_SOURCE=<the afbrief repository>")
endif()
set(ESP_PLATFORM 1)
set(CMAKE_BUILD_EARLY_EXPANSION 1)
set(registered "")
macro(idf_component_register)
  list(APPEND registered "(${ARGV})")
endmacro()

include(${AFBRIEF_SOURCE}/CMakeLists.txt)

message(STATUS "early expansion registered: ${registered}")
if(NOT registered STREQUAL "(INCLUDE_DIRS;include)")
  message(FATAL_ERROR "expected one idf_component_register(INCLUDE_DIRS include), got: ${registered}")
endif()

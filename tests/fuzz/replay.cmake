# Replays every file of tests/fuzz/regressions/TARGET once: each is an input
# that once failed (or an edge worth keeping), so this is an ordinary test.
# Globbed here, when the test runs, so a new file needs no reconfigure.
#   cmake -DFUZZER=BIN -DINPUTS=DIR -P replay.cmake
file(GLOB inputs ${INPUTS}/*)
list(FILTER inputs EXCLUDE REGEX "/README[^/]*$")
if(NOT inputs)
  message(FATAL_ERROR "no regression inputs in ${INPUTS}")
endif()
# Given files, not a directory, libFuzzer runs each once and fuzzes nothing.
execute_process(COMMAND ${FUZZER} ${inputs} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "a regression input of ${INPUTS} fails again (status ${status})")
endif()

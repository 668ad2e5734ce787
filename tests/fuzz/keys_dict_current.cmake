# tests/fuzz/keys.dict is what write_keys_dict prints from the tables.
#   cmake -DWRITER=BIN -DCOMMITTED=FILE -DFRESH=FILE -P keys_dict_current.cmake
execute_process(COMMAND ${WRITER} OUTPUT_FILE ${FRESH} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "write_keys_dict failed (status ${status})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${COMMITTED} ${FRESH}
  RESULT_VARIABLE differs)
if(differs)
  message(FATAL_ERROR "${COMMITTED} is stale: the tables' keys changed. Refresh it with\n"
    "  ${WRITER} > ${COMMITTED}")
endif()

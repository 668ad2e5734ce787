# Runs one libFuzzer target for a bounded time, from a fresh copy of its
# committed seed corpus (libFuzzer adds what it finds to the copy; the
# committed corpus is never written).
#   cmake -DFUZZER=BIN -DNAME=TARGET -DSEEDS=DIR -DWORK=DIR -DSECONDS=N -DSEED=N
#         [-DDICT=FILE] -P run_fuzzer.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/findings)
file(COPY ${SEEDS}/ DESTINATION ${WORK}/corpus)
set(options -max_total_time=${SECONDS} -seed=${SEED} -timeout=10 -print_final_stats=1
  -artifact_prefix=${WORK}/findings/)
if(DICT)
  list(APPEND options -dict=${DICT})
endif()
execute_process(COMMAND ${FUZZER} ${options} ${WORK}/corpus RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(GLOB findings ${WORK}/findings/*)
  message(FATAL_ERROR "${NAME}: libFuzzer stopped with status ${status}; its input: ${findings}\n"
    "Replay it with `${FUZZER} FILE`; keep it as a regression in tests/fuzz/regressions/${NAME}/.")
endif()

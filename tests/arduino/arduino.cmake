# The library as an Arduino user installs it, label arduino (and mcu):
#   arduino.examples  the repository copied into a scratch sketchbook's
#                     libraries/afbrief, every examples/<Name>/<Name>.ino built
#                     by arduino-builder with the real Arduino AVR core for the
#                     Uno, run in simavr, and its Serial output checked line by
#                     line against the afbrief tool (tests/arduino/*.py);
#                     no example may use more SRAM for globals than
#                     tests/arduino/baseline/baseline.ino, built alongside.
# Without arduino-builder, arduino-core-avr or simavr it is skipped (exit 77,
# with a message); with -DAFBRIEF_MCU_TESTS=ON, where every toolchain must be
# present, it fails instead. It needs the tool for its expected lines.
if(NOT Python3_FOUND OR NOT TARGET afbrief_cli)
  message(STATUS "afbrief: arduino.examples off (it needs Python 3 and the afbrief tool)")
  return()
endif()
set(afbrief_arduino_require)
if(AFBRIEF_MCU_TESTS)
  set(afbrief_arduino_require --require)
endif()
# The simavr the mcu tests run (tests/mcu/mcu.cmake finds it, or it is given
# with -DAFBRIEF_MCU_SIMAVR=...); without one, simavr from PATH.
set(afbrief_arduino_simavr)
if(AFBRIEF_MCU_SIMAVR)
  set(afbrief_arduino_simavr --simavr ${AFBRIEF_MCU_SIMAVR})
endif()
add_test(NAME arduino.examples
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/build_examples.py
    --root ${PROJECT_SOURCE_DIR} --work ${CMAKE_CURRENT_BINARY_DIR}/arduino
    --build-tree ${CMAKE_BINARY_DIR}
    --tool $<TARGET_FILE:afbrief_cli>
    --run-on-target ${PROJECT_SOURCE_DIR}/tests/mcu/run_on_target.sh ${afbrief_arduino_simavr}
    ${afbrief_arduino_require})
# A simavr run holds the gdb port lock the mcu tests share (tests/mcu/mcu.cmake).
set_tests_properties(arduino.examples PROPERTIES LABELS "arduino;mcu"
  SKIP_RETURN_CODE ${AFBRIEF_SKIPPED} TIMEOUT 300 RESOURCE_LOCK afbrief_simavr_gdb_port)

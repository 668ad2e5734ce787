# On-target tests, label `mcu`: tests/mcu/firmware_test.cpp built for four
# targets and run in emulators, plus the Cortex-M example.
#   mcu.atmega328p          ATmega328P in simavr (tables and texts in flash):
#                           the records group of the checks (the ATmega328P's
#                           32 KiB of flash hold one group at a time), and
#   mcu.atmega328p_queries, mcu.atmega328p_texts, mcu.atmega328p_annotations
#                           the other groups (AFBRIEF_MCU_GROUPS, see
#                           firmware_test.cpp); the 32-bit targets run all four
#   mcu.atmega328p_broken_reader  the records group with
#                           AFBRIEF_MCU_BROKEN_READER=1: flash read with plain
#                           loads; passes only if the firmware starts and then
#                           fails its checks or crashes on a bad read
#                           (run_on_target.sh --must-fail); likewise
#   mcu.atmega328p_{queries,texts,annotations}_broken_reader for each group
#   mcu.cortex_m0           nRF51 (Cortex-M0) in qemu-system-arm -M microbit
#   mcu.cortex_m3           MPS2-AN385 (Cortex-M3) in qemu-system-arm
#   mcu.rv32imac            RV32IMAC in qemu-system-riscv32 -M virt
#   mcu.example_cortex_m    examples/cortex_m/main.cpp on the MPS2-AN385
# The Arduino examples are built by the real Arduino AVR core and run in simavr
# by arduino.examples (tests/arduino/arduino.cmake, labels arduino and mcu),
# which replaced the stand-in core this file once built them on.
# Off unless -DAFBRIEF_MCU_TESTS=ON; then every cross compiler, C library and
# emulator must be present, and a missing one is a configure error.
#
# Each image is cross-compiled by a ctest test of its own (mcu.build.NAME, a
# fixture of mcu.NAME): the host build keeps its compiler, and an image that
# does not build or fit fails its own tests rather than the whole build. The
# gcc drivers link Arm and RISC-V images (-x c++ compiles the sources as C++):
# the firmware needs no C++ runtime library, and Debian's picolibc has none.
option(AFBRIEF_MCU_TESTS "Build firmware for AVR, Cortex-M, RV32; run it in simavr, QEMU" OFF)
if(NOT AFBRIEF_MCU_TESTS)
  message(STATUS "afbrief: on-target tests off (-DAFBRIEF_MCU_TESTS=ON runs them in emulators)")
  return()
endif()

set(afbrief_mcu_dir ${CMAKE_CURRENT_LIST_DIR})
set(afbrief_mcu_out ${CMAKE_CURRENT_BINARY_DIR}/mcu)
file(MAKE_DIRECTORY ${afbrief_mcu_out})
set(afbrief_mcu_packages "gcc-avr avr-libc simavr gcc-arm-none-eabi picolibc-arm-none-eabi \
qemu-system-arm gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf qemu-system-misc")

# Every tool, found once, as AFBRIEF_MCU_<NAME> (set it to use another copy).
foreach(name_tool AVR_CXX:avr-g++ AVR_SIZE:avr-size SIMAVR:simavr ARM_CC:arm-none-eabi-gcc
        QEMU_ARM:qemu-system-arm RISCV_CC:riscv64-unknown-elf-gcc
        QEMU_RISCV32:qemu-system-riscv32 TIMEOUT:timeout STDBUF:stdbuf BASH:bash)
  string(REPLACE ":" ";" name_tool ${name_tool})
  list(GET name_tool 0 name)
  list(GET name_tool 1 tool)
  find_program(AFBRIEF_MCU_${name} ${tool})
  if(NOT AFBRIEF_MCU_${name})
    message(FATAL_ERROR "afbrief: AFBRIEF_MCU_TESTS=ON needs ${tool}, which was not found.\n"
      "On Debian: apt-get install ${afbrief_mcu_packages}")
  endif()
endforeach()

# The C libraries: a compiler prints a bare file name when it cannot find it.
function(afbrief_mcu_need_file compiler file package)
  execute_process(COMMAND ${compiler} ${ARGN} -print-file-name=${file}
    OUTPUT_VARIABLE found OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${found}")
    message(FATAL_ERROR
      "afbrief: AFBRIEF_MCU_TESTS=ON needs ${package} (${compiler} finds no ${file})")
  endif()
endfunction()
afbrief_mcu_need_file(${AFBRIEF_MCU_AVR_CXX} libc.a avr-libc -mmcu=atmega328p)
afbrief_mcu_need_file(${AFBRIEF_MCU_ARM_CC} picolibc.specs picolibc-arm-none-eabi)
afbrief_mcu_need_file(${AFBRIEF_MCU_RISCV_CC} picolibc.specs
  picolibc-riscv64-unknown-elf)

if(NOT DEFINED AFBRIEF_STRICT_FLAGS)
  set(AFBRIEF_STRICT_FLAGS -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Werror)
endif()
set(afbrief_mcu_common -Os -ffunction-sections -fdata-sections -Wl,--gc-sections
  -fno-exceptions -fno-rtti -fno-threadsafe-statics ${AFBRIEF_STRICT_FLAGS} -DAFBRIEF_VERIFY=1)
set(afbrief_mcu_test_sources -I${PROJECT_SOURCE_DIR}/include -I${afbrief_mcu_dir}
  ${afbrief_mcu_dir}/firmware_test.cpp)
# picolibc's crt0 that exits with main's status through semihosting, and its
# default linker script placed on each board's memory map.
set(afbrief_mcu_picolibc --specs=picolibc.specs --crt0=semihost --oslib=semihost)
set(afbrief_mcu_nrf51 -Wl,--defsym=__flash=0x0 -Wl,--defsym=__flash_size=0x40000
  -Wl,--defsym=__ram=0x20000000 -Wl,--defsym=__ram_size=0x4000)
set(afbrief_mcu_mps2 -Wl,--defsym=__flash=0x0 -Wl,--defsym=__flash_size=0x400000
  -Wl,--defsym=__ram=0x20000000 -Wl,--defsym=__ram_size=0x400000)
set(afbrief_mcu_virt -Wl,--defsym=__flash=0x80000000 -Wl,--defsym=__flash_size=0x200000
  -Wl,--defsym=__ram=0x80200000 -Wl,--defsym=__ram_size=0x200000)

# mcu.build.NAME: one compiler command writing NAME.elf.
function(afbrief_mcu_build name)
  add_test(NAME mcu.build.${name} COMMAND ${ARGN} -o ${afbrief_mcu_out}/${name}.elf)
  set_tests_properties(mcu.build.${name} PROPERTIES LABELS mcu FIXTURES_SETUP mcu_${name})
endfunction()

# mcu.NAME: NAME.elf run by run_on_target.sh; ARGN is its options, then `--`
# and the emulator command, where @ELF@ stands for the image.
# A firmware that crashes under simavr makes it listen for gdb on port 1234;
# a second simavr that cannot take the port exits at once with status 0 and
# no word of why, which would pass a crash off as a clean end (the broken-
# reader controls failed at random under ctest -j). So simavr runs are one at
# a time: they share a resource lock.
function(afbrief_mcu_run name)
  string(REPLACE "@ELF@" "${afbrief_mcu_out}/${name}.elf" args "${ARGN}")
  add_test(NAME mcu.${name}
    COMMAND ${AFBRIEF_MCU_BASH} ${afbrief_mcu_dir}/run_on_target.sh --timeout 60 ${args})
  set_tests_properties(mcu.${name} PROPERTIES
    LABELS mcu FIXTURES_REQUIRED mcu_${name} TIMEOUT 120)
  if(args MATCHES "simavr")
    set_tests_properties(mcu.${name} PROPERTIES RESOURCE_LOCK afbrief_simavr_gdb_port)
  endif()
endfunction()

set(afbrief_mcu_simavr ${AFBRIEF_MCU_SIMAVR} -m atmega328p -f 16000000 @ELF@)
set(afbrief_mcu_qemu_arm ${AFBRIEF_MCU_QEMU_ARM} -nographic
  -semihosting-config enable=on,target=native -kernel @ELF@)

# ATmega328P, one image per group of checks: each is about 24 KiB (the
# tables, the text pool and the library's run-time code are some 16 KiB of
# it; the notes that the annotations group reads are 8.6 KiB more). Every
# group's image is also built with the broken reader, and must fail.
# -mcall-prologues shares the register saves of every function and -mrelax
# turns calls into shorter ones.
set(afbrief_mcu_avr ${AFBRIEF_MCU_AVR_CXX} -std=gnu++11 -mmcu=atmega328p -mcall-prologues -mrelax
  ${afbrief_mcu_common} ${afbrief_mcu_test_sources} ${afbrief_mcu_dir}/mcu_avr_uart.cpp)
foreach(name_groups atmega328p:1 atmega328p_queries:2 atmega328p_texts:4
        atmega328p_annotations:8)
  string(REPLACE ":" ";" name_groups ${name_groups})
  list(GET name_groups 0 name)
  list(GET name_groups 1 groups)
  afbrief_mcu_build(${name} ${afbrief_mcu_avr} -DAFBRIEF_MCU_GROUPS=${groups})
  afbrief_mcu_run(${name} --tests --size ${AFBRIEF_MCU_AVR_SIZE} @ELF@ -- ${afbrief_mcu_simavr})
  afbrief_mcu_build(${name}_broken_reader ${afbrief_mcu_avr} -DAFBRIEF_MCU_GROUPS=${groups}
    -DAFBRIEF_MCU_BROKEN_READER=1)
  afbrief_mcu_run(${name}_broken_reader --must-fail --expect "afbrief firmware test"
    -- ${afbrief_mcu_simavr})
endforeach()

# Cortex-M0 (nRF51, the BBC micro:bit) and Cortex-M3 (MPS2-AN385).
set(afbrief_mcu_arm ${AFBRIEF_MCU_ARM_CC} -x c++ -std=c++11 -mthumb
  ${afbrief_mcu_picolibc} ${afbrief_mcu_common})
afbrief_mcu_build(cortex_m0 ${afbrief_mcu_arm} -mcpu=cortex-m0 ${afbrief_mcu_nrf51}
  ${afbrief_mcu_test_sources} ${afbrief_mcu_dir}/mcu_semihost.cpp)
afbrief_mcu_run(cortex_m0 --tests -- ${afbrief_mcu_qemu_arm} -M microbit)
afbrief_mcu_build(cortex_m3 ${afbrief_mcu_arm} -mcpu=cortex-m3 ${afbrief_mcu_mps2}
  ${afbrief_mcu_test_sources} ${afbrief_mcu_dir}/mcu_semihost.cpp)
afbrief_mcu_run(cortex_m3 --tests -- ${afbrief_mcu_qemu_arm} -M mps2-an385)

# RV32IMAC on QEMU's virt board, RAM from 0x80000000, no firmware (-bios none).
afbrief_mcu_build(rv32imac ${AFBRIEF_MCU_RISCV_CC} -x c++ -std=c++11
  -march=rv32imac -mabi=ilp32 ${afbrief_mcu_picolibc} ${afbrief_mcu_common} ${afbrief_mcu_virt}
  ${afbrief_mcu_test_sources} ${afbrief_mcu_dir}/mcu_semihost.cpp)
afbrief_mcu_run(rv32imac --tests -- ${AFBRIEF_MCU_QEMU_RISCV32} -M virt -bios none
  -nographic -semihosting-config enable=on,target=native -kernel @ELF@)

# The Cortex-M example, built as its comment says (plus the strict warnings).
afbrief_mcu_build(example_cortex_m ${afbrief_mcu_arm} -mcpu=cortex-m3 ${afbrief_mcu_mps2}
  -I${PROJECT_SOURCE_DIR}/single_include ${PROJECT_SOURCE_DIR}/examples/cortex_m/main.cpp)
afbrief_mcu_run(example_cortex_m --expect "up to 7,792 children killed" --expect "people in need"
  --expect "more than 3,500,000 Afghans forced from their homes (UN refugee agency via Doha News)"
  -- ${afbrief_mcu_qemu_arm} -M mps2-an385)

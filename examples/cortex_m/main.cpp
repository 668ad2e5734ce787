// afbrief on a bare-metal Cortex-M: looks three figures up by key at run time
// and prints them through semihosting (picolibc's stdio). No heap, no
// exceptions, nothing but the single header and the C library.
//
// Build and run in QEMU's MPS2-AN385 (a Cortex-M3 board) on Debian, with the
// packages gcc-arm-none-eabi picolibc-arm-none-eabi qemu-system-arm, from the
// repository's top directory (each command is one line):
//   arm-none-eabi-gcc -x c++ -std=c++11 -mcpu=cortex-m3 -mthumb -Os
//     -fno-exceptions -fno-rtti -fno-threadsafe-statics
//     --specs=picolibc.specs --crt0=semihost --oslib=semihost
//     -Wl,--defsym=__flash=0x0 -Wl,--defsym=__flash_size=0x400000
//     -Wl,--defsym=__ram=0x20000000 -Wl,--defsym=__ram_size=0x400000
//     -I single_include examples/cortex_m/main.cpp -o afbrief_cortex_m.elf
//   qemu-system-arm -M mps2-an385 -nographic
//     -semihosting-config enable=on,target=native -kernel afbrief_cortex_m.elf
// gcc (not g++) links it: the program needs no C++ runtime library, and
// picolibc ships none. The --defsym lines place picolibc's default linker
// script on the board's memory map; on real hardware use the vendor's start-up
// code and linker script, and a UART instead of semihosting.
#include <stdio.h>

#include "afbrief/afbrief.hpp"

int main() {
  static const char* const keys[] = {"children_killed_past_decade", "people_in_need",
                                     "displaced_total"};
  char line[160];  // format_figure never writes past it, and says when it cut
  for (const char* key : keys) {
    const afbrief::maybe<afbrief::figure_id> id =
        afbrief::rt::find_figure(afbrief::text_from_c_string(key));
    if (!id) {
      printf("no figure with key '%s'\n", key);
      return 1;
    }
    const afbrief::format_result written =
        afbrief::rt::format_figure(id.value(), line, sizeof line);
    printf("%s%s\n", line, written.truncated ? "..." : "");
  }
  return 0;
}

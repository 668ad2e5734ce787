// mcu_io.hpp on Arm Cortex-M and RV32 under QEMU: semihosting through
// picolibc (linked with --oslib=semihost). stdout reaches the host's terminal,
// and exit() hands the status to QEMU, which exits with it (the program is
// started by picolibc's semihost crt0: --crt0=semihost).
#include <stdio.h>
#include <stdlib.h>

#include "mcu_io.hpp"

void mcu_init() {}

void mcu_putc(char c) { putchar(c); }

void mcu_exit(int status) {
  fflush(stdout);
  exit(status);
}

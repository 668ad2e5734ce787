// The on-target tests' only contact with the hardware. firmware_test.cpp is
// the same on every target; one small file per target implements these three
// (mcu_avr_uart.cpp: UART0 polling on AVR; mcu_semihost.cpp: semihosting
// through picolibc on Arm and RISC-V), so the test itself stays portable.
#ifndef AFBRIEF_TESTS_MCU_IO_HPP
#define AFBRIEF_TESTS_MCU_IO_HPP

#include <stdint.h>

// Sets up the output (a UART's baud rate and frame; nothing for semihosting).
void mcu_init();

// One character of output, sent before returning (polling, no buffer).
void mcu_putc(char c);

// Ends the program in a way the emulator notices: the status is the exit
// code where semihosting carries one; on AVR it sleeps with interrupts off,
// which stops simavr (whose exit code is always 0, so there the output tells).
[[noreturn]] void mcu_exit(int status);

// A number in decimal, on top of mcu_putc (inline: shared by the on-target
// tests and bench/avr, each linking its own).
inline void mcu_put_number(uint32_t n) {
  char digits[10];
  uint8_t count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10u);
    n /= 10u;
  } while (n != 0);
  while (count > 0) mcu_putc(digits[--count]);
}

#endif  // AFBRIEF_TESTS_MCU_IO_HPP

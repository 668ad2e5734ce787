// The stand-in core's code (see Arduino.h): Serial on UART0 and main().
#include "Arduino.h"

HardwareSerial Serial;

void HardwareSerial::begin(unsigned long baud) {
  // Normal speed: UBRR = F_CPU / (16 * baud) - 1, 103 for 9600 baud at 16 MHz.
  UBRR0 = static_cast<uint16_t>(F_CPU / 16UL / baud - 1UL);
  UCSR0A = 0;
  UCSR0B = _BV(TXEN0);
  UCSR0C = _BV(UCSZ01) | _BV(UCSZ00);  // 8 data bits, no parity, 1 stop bit
}

size_t HardwareSerial::write(uint8_t byte) {
  while ((UCSR0A & _BV(UDRE0)) == 0) {
  }
  UDR0 = byte;
  return 1;
}

size_t HardwareSerial::print(const char* text) {
  size_t n = 0;
  for (; text[n] != '\0'; ++n) write(static_cast<uint8_t>(text[n]));
  return n;
}

size_t HardwareSerial::print(const __FlashStringHelper* text) {
  const char* p = reinterpret_cast<const char*>(text);
  size_t n = 0;
  for (char c = static_cast<char>(pgm_read_byte(p)); c != '\0';
       c = static_cast<char>(pgm_read_byte(p + ++n)))
    write(static_cast<uint8_t>(c));
  return n;
}

size_t HardwareSerial::println(const char* text) { return print(text) + println(); }

size_t HardwareSerial::println(const __FlashStringHelper* text) { return print(text) + println(); }

size_t HardwareSerial::println() { return print("\r\n"); }

void HardwareSerial::flush() {
  // The last byte is in the shift register once UDRE0 is set; wait one
  // character time at 9600 baud (1.04 ms) for it to leave. (Polling TXC0
  // would mean writing UCSR0A to clear it, which slows simavr to a crawl.)
  while ((UCSR0A & _BV(UDRE0)) == 0) {
  }
  __builtin_avr_delay_cycles(F_CPU / 900UL);
}

int main() {
  setup();
  for (;;) loop();
}

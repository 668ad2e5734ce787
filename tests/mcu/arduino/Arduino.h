// A stand-in for the few parts of the Arduino core that
// examples/arduino/afbrief_uno uses (Serial, setup/loop), so that the sketch is
// built with avr-g++ alone and run in simavr by the test mcu.arduino_uno. Only
// what the sketch needs is declared, with the real core's signatures; the
// real Arduino.h is used when the sketch is built by the Arduino tools.
#ifndef Arduino_h
#define Arduino_h

#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/pgmspace.h>
#include <stddef.h>
#include <stdint.h>

// F("text"): a string literal kept in flash, as the real core defines it.
class __FlashStringHelper;
#define F(string_literal) (reinterpret_cast<const __FlashStringHelper*>(PSTR(string_literal)))

// UART0, polled: no transmit buffer and no interrupts, unlike the real core.
class HardwareSerial {
 public:
  void begin(unsigned long baud);
  size_t write(uint8_t byte);
  size_t print(const char* text);
  size_t print(const __FlashStringHelper* text);
  size_t println(const char* text);
  size_t println(const __FlashStringHelper* text);
  size_t println();
  void flush();  // returns once the last byte has left the UART
};

extern HardwareSerial Serial;

// The sketch's two functions, called by main() as the real core does.
void setup();
void loop();

#endif  // Arduino_h

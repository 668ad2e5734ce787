// The baseline for arduino.examples: what every example does besides using
// afbrief (Serial at 9600 baud, a line kept in flash with F(), the same halt),
// and nothing else. An example that needs more SRAM for globals than this
// sketch puts afbrief's tables or texts in RAM, which the library must never do.
#include <avr/sleep.h>

void setup() {
  Serial.begin(9600);
  Serial.println(F("baseline done"));
  Serial.flush();
}

void loop() {
  cli();
  sleep_enable();
  sleep_cpu();
}

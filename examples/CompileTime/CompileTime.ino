// afbrief at compile time on an Arduino: the sketch pins one of the article's
// numbers with static_assert (it does not compile if the data ever says
// otherwise), then prints that figure once over Serial at 9600 baud and stops.
//
// afbrief::ct answers while compiling; afbrief::rt reads the same record from
// flash at run time. The ctest test arduino.examples builds this with the real
// Arduino AVR core and runs it in simavr.
#include <avr/sleep.h>

#include <afbrief.h>

typedef afbrief::ct brief;  // the compile-time face of the lookups

constexpr afbrief::maybe<afbrief::figure_id> killed =
    brief::find_figure("children_killed_past_decade");
static_assert(killed.has_value(), "the key exists");
static_assert(brief::get(killed.value()).value().amount.best == 7792, "7,792 children");
static_assert(brief::get(killed.value()).value().amount.hedge == afbrief::qualifier::at_most,
              "the article says \"up to\"");

void setup() {
  Serial.begin(9600);
  char line[160];
  const afbrief::format_result written =
      afbrief::rt::format_figure(killed.value(), line, sizeof line);
  Serial.print(line);
  if (written.truncated) Serial.print(F("..."));  // cut to fit the buffer
  Serial.println();
  Serial.println(F("compile time done"));
  Serial.flush();
}

void loop() {
  // Printed once; sleeping with interrupts off halts the board (and simavr).
  cli();
  sleep_enable();
  sleep_cpu();
}

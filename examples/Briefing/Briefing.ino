// afbrief on an Arduino Uno (ATmega328P): prints the article's briefing once
// over Serial at 9600 baud - every figure in plain English, by key (as
// `afbrief figures` lists them), then every event
// with its EDTF date ("2021-07-17"; a month, "2021-06"; a span with an unknown
// start, "/2021-07-18"; or one day of a set, "[2021-07-20..]", on or after)
// - and stops.
//
// The tables and texts stay in flash; afbrief::rt reads them there, and the
// format_* functions write into a buffer on the stack, never past its end.
// The sketch's own strings are kept in flash too, with F().
//
// Install afbrief as a library (Sketch > Include Library > Add .ZIP Library,
// or Library Manager, once listed) and open this from File > Examples >
// afbrief. The ctest test arduino.examples builds it with the real Arduino AVR
// core and runs it in simavr, checking every line it prints.
#include <avr/sleep.h>

#include <afbrief.h>

// One line of the briefing: "..." marks a text cut to fit the buffer.
static void print_line(const char* text, const afbrief::format_result& written) {
  Serial.print(F("- "));
  Serial.print(text);
  if (written.truncated) Serial.print(F("..."));
  Serial.println();
}

void setup() {
  Serial.begin(9600);
  char line[160];  // the longest figure or event is 135 bytes, plus its NUL

  // Ids count from 1 (0 is none): id_at gives the id of a table position.
  Serial.println(F("Figures:"));
  for (size_t i = 0; i < afbrief::rt::figures().size(); ++i) {
    const afbrief::figure_id id = afbrief::core::id_at<afbrief::figure_id>(i);
    print_line(line, afbrief::rt::format_figure(id, line, sizeof line));
  }

  Serial.println(F("Events:"));
  for (size_t i = 0; i < afbrief::rt::events().size(); ++i) {
    const afbrief::event_id id = afbrief::core::id_at<afbrief::event_id>(i);
    print_line(line, afbrief::rt::format_event(id, line, sizeof line));
  }

  Serial.println(F("briefing done"));
  Serial.flush();
}

void loop() {
  // The briefing is printed once. Sleeping with interrupts off halts the
  // board for good (and ends the simavr run of the tests).
  cli();
  sleep_enable();
  sleep_cpu();
}

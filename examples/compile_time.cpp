// Pin the article's numbers in your build: these fail to compile if the data
// ever says otherwise.
#include <afbrief/afbrief.hpp>

typedef afbrief::ct brief;  // the compile-time face of the lookups

constexpr afbrief::maybe<afbrief::figure_id> killed = brief::find_figure("children_killed_past_decade");
static_assert(killed.has_value(), "the key exists");
static_assert(brief::get(killed.value()).value().amount.best == 7792, "7,792 children");
static_assert(brief::get(killed.value()).value().amount.hedge == afbrief::qualifier::at_most,
              "the article says \"up to\"");
static_assert(!brief::find_figure("no_such_figure").has_value(), "a miss is explicit");

// How the article knows it, and where it says so: paragraph 17, bytes 55 to 87.
static_assert(brief::get(killed.value()).value().paragraph == 17, "paragraph 17");
static_assert(brief::annotation(killed.value()).value().wording.offset == 55,
              "\"up to 7,792 children were killed\" starts at byte 55 of it");

// Events on the day of the Doha meeting, Saturday 17 July 2021.
constexpr afbrief::range_result saturday =
    afbrief::make_range(afbrief::civil_date(2021, 7, 17), afbrief::civil_date(2021, 7, 17));
static_assert(saturday.ok(), "a valid one-day range");
static_assert(brief::nth_event(saturday.value(), 0, afbrief::match::within).value() ==
                  afbrief::event_id::doha_meeting,
              "the first event dated exactly that day is the Doha meeting");

int main() { return 0; }

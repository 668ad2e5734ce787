// afbrief tool: keys of ids, column widths and the chronological order of the
// events. The listings and the briefing share these so their columns line up
// and their order agrees whichever command prints them.
#ifndef AFBRIEF_TOOLS_CLI_IDS_HPP
#define AFBRIEF_TOOLS_CLI_IDS_HPP

#include "output.hpp"

namespace {

// ---- Names and keys of ids ------------------------------------------------------

decoded key_of(afbrief::actor_id id) { return decoded(q::get(id).value().key); }
decoded key_of(afbrief::source_id id) { return decoded(q::get(id).value().key); }
decoded key_of(afbrief::place_id id) { return decoded(q::get(id).value().key); }

size_t edtf_width(core::period p) {
  char buf[64];
  return core::format_edtf(p, buf, sizeof buf).needed;
}

// Widest EDTF text over the figures and the events, so columns line up the
// same whichever rows a command prints.
size_t widest_edtf() {
  size_t w = 0;
  for (afbrief::figure f : q::figures().all()) {
    if (edtf_width(f.covers) > w) w = edtf_width(f.covers);
  }
  for (afbrief::event e : q::events().all()) {
    if (edtf_width(e.when) > w) w = edtf_width(e.when);
  }
  return w;
}

// Widest key of a table (q::figures(), q::events()...).
template <class Table>
size_t widest_key(Table table) {
  size_t w = 0;
  for (auto record : table.all()) {
    if (q::size(record.key) > w) w = q::size(record.key);
  }
  return w;
}

// Events in chronological order: by earliest possible day, then by latest
// possible day, then in table order. An event whose start the article does
// not give has no earliest day and sorts first.
size_t events_chronologically(afbrief::event_id* order, size_t capacity) {
  size_t n = 0;
  for (afbrief::event e : q::events().all()) {
    if (n == capacity) break;
    size_t at = n;
    while (at > 0) {
      afbrief::event prev = q::get(order[at - 1]).value();
      int32_t a = core::earliest_day_number(prev.when);
      int32_t b = core::earliest_day_number(e.when);
      bool after = a > b || (a == b && core::latest_day_number(prev.when) >
                                           core::latest_day_number(e.when));
      if (!after) break;
      order[at] = order[at - 1];
      --at;
    }
    order[at] = e.id;
    ++n;
  }
  return n;
}

}  // namespace

#endif  // AFBRIEF_TOOLS_CLI_IDS_HPP

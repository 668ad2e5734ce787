// afbrief tool: keys of ids, names of derived fields, column widths, the
// chronological order of events and statements and the article order of the
// figures. The listings, the briefing, `show` and the export share these so
// that their columns line up, their order agrees and a field is spelled the
// same in every output.
#include "cli.hpp"

namespace afbrief_cli {

namespace {

// The names of the fields in `set`, by the shape's own vocabulary.
template <class Field>
field_names names_in(afbrief::field_set<Field> set, text_ref (*name)(Field), size_t count) {
  field_names out = {{}, 0};
  for (size_t i = 0; i < count && out.count < 16; ++i) {
    if (!set.has(static_cast<Field>(i))) continue;
    out.names[out.count] = name(static_cast<Field>(i));
    ++out.count;
  }
  return out;
}

size_t edtf_width(core::period p) {
  char buf[64];
  return core::format_edtf(p, buf, sizeof buf).needed;
}

// a sorts after b: later earliest day, or the same and a later latest day.
// Equal periods keep their table order (the insertion sorts are stable).
bool sorts_after(core::period a, core::period b) {
  int32_t ea = core::earliest_day_number(a);
  int32_t eb = core::earliest_day_number(b);
  return ea > eb || (ea == eb && core::latest_day_number(a) > core::latest_day_number(b));
}

// Where a figure's wording starts in the article: paragraph, then byte.
uint32_t article_position(const afbrief::figure& f) {
  return (static_cast<uint32_t>(f.paragraph) << 16) |
         static_cast<uint32_t>(q::annotation(f.id).value().wording.offset);
}

}  // namespace

decoded key_of(afbrief::actor_id id) { return decoded(q::get(id).value().key); }
decoded key_of(afbrief::source_id id) { return decoded(q::get(id).value().key); }
decoded key_of(afbrief::place_id id) { return decoded(q::get(id).value().key); }
decoded key_of(afbrief::statement_id id) { return decoded(q::get(id).value().key); }

field_names derived_names(afbrief::field_set<afbrief::figure_field> set) {
  return names_in(set, afbrief::figure_field_name, afbrief::figure_field_count);
}
field_names derived_names(afbrief::field_set<afbrief::event_field> set) {
  return names_in(set, afbrief::event_field_name, afbrief::event_field_count);
}
field_names derived_names(afbrief::field_set<afbrief::statement_field> set) {
  return names_in(set, afbrief::statement_field_name, afbrief::statement_field_count);
}
field_names derived_names(afbrief::field_set<afbrief::article_field> set) {
  return names_in(set, afbrief::article_field_name, afbrief::article_field_count);
}

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

size_t widest_said_edtf() {
  size_t w = 0;
  for (afbrief::statement s : q::statements().all()) {
    if (edtf_width(s.said) > w) w = edtf_width(s.said);
  }
  return w;
}

size_t widest_figure_key() {
  size_t w = 0;
  for (afbrief::figure f : q::figures().all()) {
    if (q::size(f.key) > w) w = q::size(f.key);
  }
  return w;
}

size_t widest_event_key() {
  size_t w = 0;
  for (afbrief::event e : q::events().all()) {
    if (q::size(e.key) > w) w = q::size(e.key);
  }
  return w;
}

size_t events_chronologically(afbrief::event_id* order, size_t capacity) {
  size_t n = 0;
  for (afbrief::event e : q::events().all()) {
    if (n == capacity) break;
    size_t at = n;
    while (at > 0 && sorts_after(q::get(order[at - 1]).value().when, e.when)) {
      order[at] = order[at - 1];
      --at;
    }
    order[at] = e.id;
    ++n;
  }
  return n;
}

size_t figures_in_article_order(afbrief::figure_id* order, size_t capacity) {
  size_t n = 0;
  for (afbrief::figure f : q::figures().all()) {
    if (n == capacity) break;
    size_t at = n;
    while (at > 0 && article_position(q::get(order[at - 1]).value()) > article_position(f)) {
      order[at] = order[at - 1];
      --at;
    }
    order[at] = f.id;
    ++n;
  }
  return n;
}

size_t statements_chronologically(afbrief::statement_id* order, size_t capacity) {
  size_t n = 0;
  for (afbrief::statement s : q::statements().all()) {
    if (n == capacity) break;
    size_t at = n;
    while (at > 0 && sorts_after(q::get(order[at - 1]).value().said, s.said)) {
      order[at] = order[at - 1];
      --at;
    }
    order[at] = s.id;
    ++n;
  }
  return n;
}

}  // namespace afbrief_cli

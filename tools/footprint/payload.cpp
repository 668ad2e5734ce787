// The dataset's raw payload, for tools/footprint.py: the bytes of every text
// of the tables (without terminators) plus the bytes of every number, counted
// as the smallest fixed width that holds it: a figure's value and each of its
// bounds 4 bytes, a date 4 bytes (year 2, month 1, day 1), a paragraph number
// or a reference to another record 1 byte, each only when there is one. The
// record's own bookkeeping (lengths, pointers, precision and vocabulary tags
// such as a statement's channel, flags such as `indirect`, the `derived`
// sets) is not payload: it is what the ratio against the firmware measures.
// Nor are the annotations (notes and locators): a firmware links them only if
// it asks for them.
#include <stdio.h>

#include "afbrief/afbrief.hpp"

namespace {
typedef afbrief::ct q;  // tables without iteration: walked by index
size_t text_bytes = 0;
size_t number_bytes = 0;

void text(afbrief::packed_text t) { text_bytes += q::size(t); }
void dates(afbrief::period p) {
  number_bytes += afbrief::has_date(p.begin) ? 4 : 0;
  number_bytes += afbrief::has_date(p.end) && !afbrief::core::same_instant(p.begin, p.end) ? 4 : 0;
}
}  // namespace

int main() {
  text(q::the_article().outlet);
  text(q::the_article().subject);
  number_bytes += 4 + 1;                   // publication date, paragraph count
  number_bytes += q::paragraphs().size();  // one role per paragraph
  for (size_t i = 0; i < q::figures().size(); ++i) {
    const afbrief::figure f = q::figures().at(i).value();
    text(f.key), text(f.subject), text(f.period_phrase), text(f.base_phrase), text(f.wording);
    number_bytes += 4 + (f.amount.low.kind != afbrief::bound_kind::none ? 4 : 0) +
                    (f.amount.high.kind != afbrief::bound_kind::none ? 4 : 0);
    dates(f.covers);
    if (f.base) dates(f.base.value());
    number_bytes += 1 + (f.place ? 1 : 0) + (f.originator ? 1 : 0) + f.via.size();
  }
  for (size_t i = 0; i < q::events().size(); ++i) {
    const afbrief::event e = q::events().at(i).value();
    text(e.key), text(e.phrase), text(e.summary);
    dates(e.when);
    number_bytes += 1 + e.actors.size() + (e.place ? 1 : 0) + (e.via ? 1 : 0);
  }
  for (size_t i = 0; i < q::statements().size(); ++i) {
    const afbrief::statement s = q::statements().at(i).value();
    text(s.key), text(s.role), text(s.quote);
    dates(s.said);
    // paragraph, speaker, and the references there are
    number_bytes += 1 + 1 + (s.organisation ? 1 : 0) + (s.repeats ? 1 : 0) + (s.via ? 1 : 0);
  }
  for (size_t i = 0; i < q::actors().size(); ++i) {
    const afbrief::actor a = q::actors().at(i).value();
    text(a.key), text(a.name), text(a.role);
    number_bytes += a.part_of ? 1 : 0;
  }
  for (size_t i = 0; i < q::sources().size(); ++i) {
    const afbrief::source s = q::sources().at(i).value();
    text(s.key), text(s.name);
    number_bytes += 1;
  }
  for (size_t i = 0; i < q::places().size(); ++i) {
    const afbrief::place p = q::places().at(i).value();
    text(p.key), text(p.name);
    number_bytes += p.within ? 1 : 0;
  }
  printf("{\"text_bytes\": %lu, \"number_bytes\": %lu}\n", static_cast<unsigned long>(text_bytes),
         static_cast<unsigned long>(number_bytes));
  return 0;
}

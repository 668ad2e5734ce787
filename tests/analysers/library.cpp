// The library as the analysers see it: one translation unit that includes
// the public header and calls each part of the API at run time, so that
// clang-tidy, cppcheck and clang's -Weverything look at instantiated
// templates (a template that is never instantiated is barely analysed).
// It is compiled, never run; each function takes its inputs as parameters so
// that nothing folds away into a constant.
#include "afbrief/afbrief.hpp"

namespace analysed {

// A sink for each_char: counts the characters, and stops when asked to.
struct counting_sink {
  size_t seen;
  size_t stop_after;
  bool operator()(char /*unused*/) noexcept {
    ++seen;
    return seen < stop_after;
  }
};

size_t records_by_key(afbrief::text_ref key);
size_t records_by_key(afbrief::text_ref key) {
  size_t hits = 0;
  hits += afbrief::rt::find_figure(key).has_value() ? 1U : 0U;
  hits += afbrief::rt::find_event(key).has_value() ? 1U : 0U;
  hits += afbrief::rt::find_statement(key).has_value() ? 1U : 0U;
  hits += afbrief::rt::find_actor(key).has_value() ? 1U : 0U;
  hits += afbrief::rt::find_source(key).has_value() ? 1U : 0U;
  hits += afbrief::rt::find_place(key).has_value() ? 1U : 0U;
  return hits;
}

size_t tables_walked(afbrief::date_range range, afbrief::actor_id actor,
                     afbrief::source_id source, afbrief::measure counted);
size_t tables_walked(afbrief::date_range range, afbrief::actor_id actor,
                     afbrief::source_id source, afbrief::measure counted) {
  size_t total = 0;
  for (const afbrief::rt::figure f : afbrief::rt::figures().all()) total += f.paragraph;
  for (const afbrief::rt::event e : afbrief::rt::events_in(range)) total += e.paragraph;
  for (const afbrief::rt::statement s : afbrief::rt::statements_in(range, afbrief::match::within))
    total += s.paragraph;
  for (const afbrief::rt::event e : afbrief::rt::events_involving(actor)) total += e.paragraph;
  for (const afbrief::rt::figure f : afbrief::rt::figures_from(source)) total += f.paragraph;
  for (const afbrief::rt::figure f : afbrief::rt::figures_counting(counted)) total += f.paragraph;
  total += afbrief::rt::count_events(range) + afbrief::rt::count_statements(range);
  total += afbrief::rt::count_events_involving(actor) + afbrief::rt::count_figures_from(source);
  total += afbrief::rt::count_figures_counting(counted);
  total += afbrief::rt::nth_event(range, total).has_value() ? 1U : 0U;
  total += afbrief::rt::nth_statement(range, total).has_value() ? 1U : 0U;
  total += afbrief::rt::nth_event_involving(actor, total).has_value() ? 1U : 0U;
  total += afbrief::rt::nth_figure_from(source, total).has_value() ? 1U : 0U;
  total += afbrief::rt::nth_figure_counting(counted, total).has_value() ? 1U : 0U;
  total += afbrief::rt::actors().size() + afbrief::rt::sources().size() +
           afbrief::rt::places().size() + afbrief::rt::paragraphs().size();
  return total + afbrief::rt::the_article().paragraph_count;
}

size_t texts_read(afbrief::figure_id figure, afbrief::event_id event, afbrief::actor_id actor,
                  afbrief::text_ref yours, char* buffer, size_t capacity);
size_t texts_read(afbrief::figure_id figure, afbrief::event_id event, afbrief::actor_id actor,
                  afbrief::text_ref yours, char* buffer, size_t capacity) {
  size_t total = 0;
  const afbrief::maybe<afbrief::rt::figure> f = afbrief::rt::get(figure);
  if (f.has_value()) {
    const afbrief::packed_text wording = f.value().wording;
    total += afbrief::rt::render(wording, buffer, capacity).needed;
    total += afbrief::rt::render(wording, buffer, capacity, afbrief::charset::ascii).length;
    total += afbrief::rt::size(wording);
    total += static_cast<unsigned char>(afbrief::rt::char_at(wording, total));
    total += afbrief::rt::equal(wording, yours) ? 1U : 0U;
    counting_sink sink = {0, capacity};
    afbrief::rt::each_char(wording, sink);
    total += sink.seen;
    // A library text (a vocabulary word) through rt's reader.
    const afbrief::library_text kind = afbrief::measure_name(f.value().counts);
    total += afbrief::rt::render(kind, buffer, capacity).needed;
    total += static_cast<unsigned char>(afbrief::rt::char_at(kind, total));
    total += afbrief::rt::equal(kind, yours) ? 1U : 0U;
  }
  total += afbrief::rt::format_figure(figure, buffer, capacity).needed;
  total += afbrief::rt::format_event(event, buffer, capacity, afbrief::charset::ascii).needed;
  total += afbrief::rt::size(afbrief::rt::name_of(actor));
  const afbrief::maybe<afbrief::figure_annotation> note = afbrief::rt::annotation(figure);
  if (note.has_value()) total += afbrief::rt::render(note.value().note, buffer, capacity).length;
  total += afbrief::rt::paragraph_annotation(total).has_value() ? 1U : 0U;
  total += afbrief::rt::render(afbrief::rt::article_annotation().note, buffer, capacity).length;
  return total;
}

size_t dates_used(afbrief::text_ref text, int32_t days, char* buffer, size_t capacity);
size_t dates_used(afbrief::text_ref text, int32_t days, char* buffer, size_t capacity) {
  const afbrief::date_result parsed = afbrief::parse_date(text);
  if (!parsed.ok()) return afbrief::describe(parsed.error()).size();
  const afbrief::civil_date day = parsed.value();
  const afbrief::date_result later = afbrief::add_days(day, days);
  if (!later.ok()) return afbrief::describe(later.error()).size();
  size_t total = afbrief::format_date(later.value(), buffer, capacity).needed;
  total += afbrief::weekday_name(afbrief::weekday_of(day)).size();
  total += static_cast<size_t>(afbrief::days_between(day, later.value()));
  const afbrief::range_result range = afbrief::make_range(day, later.value());
  if (range.ok()) total += afbrief::rt::count_events(range.value());
  const afbrief::maybe<afbrief::rt::event> e =
      afbrief::rt::get(static_cast<afbrief::event_id>(static_cast<uint8_t>(days)));
  if (e.has_value()) total += afbrief::format_edtf(e.value().when, buffer, capacity).needed;
  return total;
}

#if !AFBRIEF_HAS_FLASH
// afbrief::ct at run time, where it reads right; on a flash target it does
// not compile, by design (tests/compile_fail).
size_t compile_time_face_at_run_time(afbrief::text_ref key, afbrief::figure_id figure,
                                     char* buffer, size_t capacity);
size_t compile_time_face_at_run_time(afbrief::text_ref key, afbrief::figure_id figure,
                                     char* buffer, size_t capacity) {
  size_t total = afbrief::ct::find_figure(key).has_value() ? 1U : 0U;
  total += afbrief::ct::events().count_if(
      [](const afbrief::ct::lookups::event& e) { return e.paragraph > 2; });
  const afbrief::maybe<afbrief::ct::lookups::figure> f = afbrief::ct::get(figure);
  if (f.has_value()) total += afbrief::ct::text(f.value().wording).size();
  return total + afbrief::ct::format_figure(figure, buffer, capacity).needed;
}
#endif

}  // namespace analysed

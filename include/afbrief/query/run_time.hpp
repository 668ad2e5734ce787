// afbrief: the run-time face of the lookups, afbrief::rt.
//
// It reads the tables through the platform's reader (core/flash.hpp): plain
// loads on a desktop, Cortex-M or RISC-V, LPM on AVR, where every table and
// text lives in flash. It decodes record texts from the packed pool, walks
// tables with range-for, and writes texts and figures into your buffer or
// straight into a sink, never allocating.
#ifndef AFBRIEF_QUERY_RUN_TIME_HPP
#define AFBRIEF_QUERY_RUN_TIME_HPP

#include "../config.hpp"
#include "../core/flash.hpp"
#include "../core/table.hpp"
#include "../core/writer.hpp"
#include "format.hpp"
#include "lookups.hpp"
#include "predicates.hpp"
#include "texts.hpp"

namespace afbrief {
namespace query {

template <class Sheet, class Reader = core::default_reader>
struct run_time : detail::lookups<Sheet, Reader, detail::pooled_texts<Sheet, Reader>,
                                  core::iterable_table_view> {
  typedef detail::lookups<Sheet, Reader, detail::pooled_texts<Sheet, Reader>,
                          core::iterable_table_view>
      lookups;
  typedef typename lookups::figure figure;
  typedef typename lookups::event event;
  typedef typename lookups::statement statement;
  typedef typename lookups::actor_id actor_id;
  typedef typename lookups::source_id source_id;

  // ---- Range-for over a selection -------------------------------------------
  static constexpr typename lookups::event_table::template filtered<detail::event_dated<event>>
  events_in(date_range r, match m = match::overlaps) noexcept {
    return lookups::events().where(detail::event_dated<event>{r, m});
  }
  static constexpr
      typename lookups::statement_table::template filtered<detail::statement_dated<statement>>
      statements_in(date_range r, match m = match::overlaps) noexcept {
    return lookups::statements().where(detail::statement_dated<statement>{r, m});
  }
  static constexpr typename lookups::event_table::template filtered<
      detail::event_involving<event, actor_id>>
  events_involving(actor_id a) noexcept {
    return lookups::events().where(detail::event_involving<event, actor_id>{a});
  }
  static constexpr typename lookups::figure_table::template filtered<
      detail::figure_originated_by<figure, source_id>>
  figures_from(source_id s) noexcept {
    return lookups::figures().where(detail::figure_originated_by<figure, source_id>{s});
  }
  static constexpr typename lookups::figure_table::template filtered<detail::figure_counting<figure>>
  figures_counting(measure m) noexcept {
    return lookups::figures().where(detail::figure_counting<figure>{m});
  }

  // ---- A record's texts ------------------------------------------------------
  // A packed text has no characters in place: asking for a text_ref does not
  // compile, and the diagnostic says what to use instead (query/texts.hpp).
  static core::text_ref text(packed_text t) noexcept { return lookups::texts::text(t); }
  // Every character in order into sink(char), which answers whether to go
  // on: a text printed straight to a UART or a display, with no buffer.
  template <class Sink>
  static AFBRIEF_CONSTEXPR14 void each_char(packed_text t, Sink& sink) noexcept {
    lookups::texts::each_char(t, sink);
  }
  // Copied into the caller's buffer as UTF-8 or as ASCII (core/writer.hpp),
  // NUL-terminated, never split inside a character.
  static AFBRIEF_CONSTEXPR14 format_result render(packed_text t, char* buffer, size_t capacity,
                                                  charset output = charset::utf8) noexcept {
    core::writer out(buffer, capacity, output);
    lookups::texts::put(out, t);
    return out.finish();
  }
  // A library text (a vocabulary word, a note), read through the reader (on
  // a flash target a core::library_text: a text of yours in RAM is not one).
  static AFBRIEF_CONSTEXPR14 format_result render(core::library_text t, char* buffer,
                                                  size_t capacity,
                                                  charset output = charset::utf8) noexcept {
    return core::render_text<Reader>(t, buffer, capacity, output);
  }

  // ---- Plain English into your buffer, or onto your writer -----------------
  // An invalid id writes nothing and reports needed == 0.
  static AFBRIEF_CONSTEXPR14 format_result format_figure(
      typename lookups::figure_id id, char* buffer, size_t capacity,
      charset output = charset::utf8) noexcept {
    return detail::format_record<run_time>(id, buffer, capacity, output);
  }
  static AFBRIEF_CONSTEXPR14 format_result format_event(
      typename lookups::event_id id, char* buffer, size_t capacity,
      charset output = charset::utf8) noexcept {
    return detail::format_record<run_time>(id, buffer, capacity, output);
  }
  static AFBRIEF_CONSTEXPR14 void put_figure(core::writer& out, const figure& f) noexcept {
    detail::put_figure<run_time>(out, f);
  }
  static AFBRIEF_CONSTEXPR14 void put_event(core::writer& out, const event& e) noexcept {
    detail::put_event<run_time>(out, e);
  }
};

}  // namespace query
}  // namespace afbrief

#endif  // AFBRIEF_QUERY_RUN_TIME_HPP

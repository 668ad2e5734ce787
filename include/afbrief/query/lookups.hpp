// afbrief: the lookups both faces share, over any fact sheet.
//
// A fact sheet (`Sheet`, written by tools/generate.py) names its record and
// id types, its tables, its text pool and its annotations. lookups reads them
// through a Reader (core/flash.hpp) and a text policy (query/texts.hpp), and
// hands out views of type View: afbrief::ct (query/compile_time.hpp) and
// afbrief::rt (query/run_time.hpp) are lookups with their own choice of each.
//
// Nothing here allocates, throws or reads out of bounds. A lookup that can
// miss answers with core::maybe (explicit "not found").
#ifndef AFBRIEF_QUERY_LOOKUPS_HPP
#define AFBRIEF_QUERY_LOOKUPS_HPP

#include "../config.hpp"
#include "../core/annotations.hpp"
#include "../core/ids.hpp"
#include "../core/key_index.hpp"
#include "../core/maybe.hpp"
#include "../core/packed_text.hpp"
#include "../core/period.hpp"
#include "../core/records.hpp"
#include "../core/table.hpp"
#include "../core/text.hpp"
#include "predicates.hpp"

namespace afbrief {
namespace detail {

template <class Sheet, class Reader, class Texts, template <class, class> class View>
struct lookups {
  // How this face reads table memory: read a vocabulary word's characters
  // with reader::read_char (on a flash target they are not in RAM).
  typedef Reader reader;
  // How this face reads a record's packed texts.
  typedef Texts texts;

  typedef typename Sheet::figure figure;
  typedef typename Sheet::event event;
  typedef typename Sheet::statement statement;
  typedef typename Sheet::actor actor;
  typedef typename Sheet::source source;
  typedef typename Sheet::place place;
  typedef core::paragraph_record paragraph;
  typedef core::article_record article;
  typedef typename Sheet::ids::figure figure_id;
  typedef typename Sheet::ids::event event_id;
  typedef typename Sheet::ids::statement statement_id;
  typedef typename Sheet::ids::actor actor_id;
  typedef typename Sheet::ids::source source_id;
  typedef typename Sheet::ids::place place_id;

  typedef View<figure, Reader> figure_table;
  typedef View<event, Reader> event_table;
  typedef View<statement, Reader> statement_table;
  typedef View<actor, Reader> actor_table;
  typedef View<source, Reader> source_table;
  typedef View<place, Reader> place_table;
  typedef View<paragraph, Reader> paragraph_table;

  // ---- Tables: size(), at(i), count_if, nth_if (and, from rt, iteration) --
  static constexpr figure_table figures() noexcept {
    return figure_table(Sheet::figure_rows(), Sheet::figure_count());
  }
  static constexpr event_table events() noexcept {
    return event_table(Sheet::event_rows(), Sheet::event_count());
  }
  static constexpr statement_table statements() noexcept {
    return statement_table(Sheet::statement_rows(), Sheet::statement_count());
  }
  static constexpr actor_table actors() noexcept {
    return actor_table(Sheet::actor_rows(), Sheet::actor_count());
  }
  static constexpr source_table sources() noexcept {
    return source_table(Sheet::source_rows(), Sheet::source_count());
  }
  static constexpr place_table places() noexcept {
    return place_table(Sheet::place_rows(), Sheet::place_count());
  }
  static constexpr paragraph_table paragraphs() noexcept {
    return paragraph_table(Sheet::paragraph_rows(), Sheet::paragraph_count());
  }
  static constexpr article the_article() noexcept { return Reader::read(Sheet::article_row()); }

  // ---- By typed id: not found for none (0) and for an id cast from a number
  // past the table (core/ids.hpp) --
  static constexpr maybe<figure> get(figure_id id) noexcept {
    return figures().at(core::position_of(id));
  }
  static constexpr maybe<event> get(event_id id) noexcept {
    return events().at(core::position_of(id));
  }
  static constexpr maybe<statement> get(statement_id id) noexcept {
    return statements().at(core::position_of(id));
  }
  static constexpr maybe<actor> get(actor_id id) noexcept {
    return actors().at(core::position_of(id));
  }
  static constexpr maybe<source> get(source_id id) noexcept {
    return sources().at(core::position_of(id));
  }
  static constexpr maybe<place> get(place_id id) noexcept {
    return places().at(core::position_of(id));
  }

  // ---- By key: a perfect hash and one exact compare, O(1) -------------------
  // (core/key_index.hpp.) Any bytes, NULs included, are a valid probe.
  static constexpr maybe<figure_id> find_figure(text_ref key) noexcept {
    return as_id<figure_id>(find_in<typename Sheet::figure_keys>(key));
  }
  static constexpr maybe<event_id> find_event(text_ref key) noexcept {
    return as_id<event_id>(find_in<typename Sheet::event_keys>(key));
  }
  static constexpr maybe<statement_id> find_statement(text_ref key) noexcept {
    return as_id<statement_id>(find_in<typename Sheet::statement_keys>(key));
  }
  static constexpr maybe<actor_id> find_actor(text_ref key) noexcept {
    return as_id<actor_id>(find_in<typename Sheet::actor_keys>(key));
  }
  static constexpr maybe<source_id> find_source(text_ref key) noexcept {
    return as_id<source_id>(find_in<typename Sheet::source_keys>(key));
  }
  static constexpr maybe<place_id> find_place(text_ref key) noexcept {
    return as_id<place_id>(find_in<typename Sheet::place_keys>(key));
  }

  // ---- Counted and ranked selections (constant expressions included) ------
  // Events and statements by date range: match::overlaps (the default) also
  // takes what could have happened in the range; match::within only what
  // certainly lies in it (query/predicates.hpp).
  static constexpr size_t count_events(date_range r, match m = match::overlaps) noexcept {
    return events().count_if(event_dated<event>{r, m});
  }
  static constexpr maybe<event_id> nth_event(date_range r, size_t n,
                                             match m = match::overlaps) noexcept {
    return as_id<event_id>(events().nth_if(event_dated<event>{r, m}, n));
  }
  static constexpr size_t count_statements(date_range r, match m = match::overlaps) noexcept {
    return statements().count_if(statement_dated<statement>{r, m});
  }
  static constexpr maybe<statement_id> nth_statement(date_range r, size_t n,
                                                     match m = match::overlaps) noexcept {
    return as_id<statement_id>(statements().nth_if(statement_dated<statement>{r, m}, n));
  }
  static constexpr size_t count_events_involving(actor_id a) noexcept {
    return events().count_if(event_involving<event, actor_id>{a});
  }
  static constexpr maybe<event_id> nth_event_involving(actor_id a, size_t n) noexcept {
    return as_id<event_id>(events().nth_if(event_involving<event, actor_id>{a}, n));
  }
  static constexpr size_t count_figures_from(source_id s) noexcept {
    return figures().count_if(figure_originated_by<figure, source_id>{s});
  }
  static constexpr maybe<figure_id> nth_figure_from(source_id s, size_t n) noexcept {
    return as_id<figure_id>(figures().nth_if(figure_originated_by<figure, source_id>{s}, n));
  }
  static constexpr size_t count_figures_counting(measure m) noexcept {
    return figures().count_if(figure_counting<figure>{m});
  }
  static constexpr maybe<figure_id> nth_figure_counting(measure m, size_t n) noexcept {
    return as_id<figure_id>(figures().nth_if(figure_counting<figure>{m}, n));
  }

  // ---- Names for ids (the empty text for an invalid id) -------------------
  static constexpr packed_text name_of(source_id id) noexcept {
    return get(id).has_value() ? get(id).value().name : Sheet::empty_text();
  }
  static constexpr packed_text name_of(actor_id id) noexcept {
    return get(id).has_value() ? get(id).value().name : Sheet::empty_text();
  }
  static constexpr packed_text name_of(place_id id) noexcept {
    return get(id).has_value() ? get(id).value().name : Sheet::empty_text();
  }

  // ---- A record's texts ----------------------------------------------------
  // Characters (bytes of UTF-8) in the text.
  static constexpr size_t size(packed_text t) noexcept { return Texts::size(t); }
  // Character i, or '\0' past the end.
  static constexpr char char_at(packed_text t, size_t i) noexcept {
    return Texts::char_at(t, i);
  }
  // The text against one of yours (in ordinary memory).
  static constexpr bool equal(packed_text t, text_ref yours) noexcept {
    return Texts::compare(t, yours) == 0;
  }

  // ---- A library text (a vocabulary word, a note), read through the reader
  // (on a flash target a core::library_text, which no text of yours is).
  static constexpr char char_at(core::library_text t, size_t i) noexcept {
    return core::char_at<Reader>(t, i);
  }
  static constexpr bool equal(core::library_text t, text_ref yours) noexcept {
    return core::equal<Reader>(t, yours);
  }

  // ---- Annotations: each record's note and its texts' locators -------------
  // (core/annotations.hpp; not found only for an invalid id.)
  static constexpr maybe<core::figure_annotation> annotation(figure_id id) noexcept {
    return read_at(Sheet::figure_annotations(), Sheet::figure_count(), core::position_of(id));
  }
  static constexpr maybe<core::event_annotation> annotation(event_id id) noexcept {
    return read_at(Sheet::event_annotations(), Sheet::event_count(), core::position_of(id));
  }
  static constexpr maybe<core::statement_annotation> annotation(statement_id id) noexcept {
    return read_at(Sheet::statement_annotations(), Sheet::statement_count(),
                   core::position_of(id));
  }
  static constexpr maybe<core::note_annotation> annotation(actor_id id) noexcept {
    return read_at(Sheet::actor_annotations(), Sheet::actor_count(), core::position_of(id));
  }
  static constexpr maybe<core::note_annotation> annotation(source_id id) noexcept {
    return read_at(Sheet::source_annotations(), Sheet::source_count(), core::position_of(id));
  }
  static constexpr maybe<core::note_annotation> annotation(place_id id) noexcept {
    return read_at(Sheet::place_annotations(), Sheet::place_count(), core::position_of(id));
  }
  // Paragraph n (from 1), and the article itself.
  static constexpr maybe<core::note_annotation> paragraph_annotation(size_t n) noexcept {
    return n >= 1 ? read_at(Sheet::paragraph_annotations(), Sheet::paragraph_count(), n - 1)
                  : maybe<core::note_annotation>();
  }
  static constexpr core::note_annotation article_annotation() noexcept {
    return Reader::read(Sheet::article_annotation());
  }

 private:
  template <class Index>
  static constexpr maybe<size_t> find_in(text_ref key) noexcept {
    return core::key_index_search<Index, Reader, typename Texts::key_probe>::find(key);
  }

  template <class Id>
  static constexpr maybe<Id> as_id(maybe<size_t> position) noexcept {
    return position.has_value() ? maybe<Id>(core::id_at<Id>(position.value())) : maybe<Id>();
  }
  template <class T>
  static constexpr maybe<T> read_at(const T* rows, size_t count, size_t i) noexcept {
    return i < count ? maybe<T>(Reader::read(rows[i])) : maybe<T>();
  }
};

}  // namespace detail
}  // namespace afbrief

#endif  // AFBRIEF_QUERY_LOOKUPS_HPP

// afbrief: the public lookups over the article's tables.
//
// Two faces of one set of lookups:
//   afbrief::ct   compile time: constexpr, plain reads. Use it in
//                 static_assert and constant initialisers, on every target.
//   afbrief::rt   run time: reads through the platform's reader
//                 (core/flash.hpp). On a desktop, Cortex-M or RISC-V that is
//                 a plain load; on AVR the tables are in flash and rt reads
//                 them with LPM. rt decodes record texts from the text pool.
// On AVR, calling ct at run time would read flash addresses as RAM: its
// runtime-only members (iteration by predicate, formatting, render) refuse
// to compile there, and its table views' all()/where() must not be used.
//
// A record's texts are packed (core/packed_text.hpp): a field such as
// figure::wording is an offset into the article's text pool. Read it with
// render, size, char_at or equal of either face. ct also gives it in place
// with ct::text (constant expressions; ct reads each row's own array), while
// rt decodes the pool through the reader, which is all a firmware links.
// The vocabulary's words (core::measure_words and the like) are text_refs,
// in flash on AVR: read those with the same rt functions.
// A key or date you pass in is ordinary memory (a literal, a RAM buffer).
//
// Nothing here allocates, throws or reads out of bounds. A lookup that can
// miss answers with core::maybe (explicit "not found"); a range that can be
// malformed is built with make_range, which answers with an error code.
#ifndef AFBRIEF_QUERY_HPP
#define AFBRIEF_QUERY_HPP

#include "config.hpp"
#include "core/date.hpp"
#include "core/flash.hpp"
#include "core/maybe.hpp"
#include "core/packed_text.hpp"
#include "core/period.hpp"
#include "core/table.hpp"
#include "core/text.hpp"
#include "core/writer.hpp"
#include "data/actors.hpp"
#include "data/article.hpp"
#include "data/checks.hpp"
#include "data/events.hpp"
#include "data/figures.hpp"
#include "data/ids.hpp"
#include "data/places.hpp"
#include "data/sources.hpp"
#include "data/statements.hpp"
#include "data/text_pool.hpp"
#include "data/texts.hpp"

namespace afbrief {

// The core vocabulary, under the library's own name.
using core::charset;
using core::civil_date;
using core::date_range;
using core::format_result;
using core::make_range;
using core::match;
using core::maybe;
using core::measure;
using core::packed_text;
using core::parse_date;
using core::text_ref;

// The fixed words of the formatters, in flash like every other text.
template <class Unused = void>
struct query_texts {
  AFBRIEF_TEXT_MEMBER(source_not_stated, "source not stated")
  AFBRIEF_TEXT_MEMBER(via, " via ")
  AFBRIEF_TEXT_MEMBER(reported_by, ", reported by ")
};
AFBRIEF_TEXT_DEFINITION(query_texts, source_not_stated)
AFBRIEF_TEXT_DEFINITION(query_texts, via)
AFBRIEF_TEXT_DEFINITION(query_texts, reported_by)

namespace detail {
template <class A, class B>
struct same_type {
  static constexpr bool value = false;
};
template <class A>
struct same_type<A, A> {
  static constexpr bool value = true;
};
template <class T>
struct always_false {
  static constexpr bool value = false;
};

// How ct reads a record's text: the row's own array, in constant expressions
// from C++11 on.
struct unpacked_texts {
  static constexpr text_ref text(packed_text t) noexcept { return data::unpacked(t); }
  static constexpr size_t size(packed_text t) noexcept { return text(t).size(); }
  static constexpr char char_at(packed_text t, size_t i) noexcept {
    return core::char_at(text(t), i);
  }
  static constexpr int compare(packed_text t, text_ref probe) noexcept {
    return core::compare(text(t), probe);
  }
  static AFBRIEF_CONSTEXPR14 void put(core::writer& out, packed_text t) noexcept {
    out.put(text(t));
  }
  template <class Sink>
  static AFBRIEF_CONSTEXPR14 void each_char(packed_text t, Sink& sink) noexcept {
    for (size_t i = 0; i < text(t).size() && sink(text(t).data()[i]); ++i) {
    }
  }
};

// How rt reads it: decoded from the text pool through the reader.
template <class Reader>
struct pooled_texts {
  typedef data::text_pool<> pool;
  template <class Unused = void>
  static text_ref text(packed_text) noexcept {
    static_assert(always_false<Unused>::value,
                  "a packed text has no characters in place: use rt::render, rt::char_at, "
                  "rt::equal or rt::size (or ct::text at compile time)");
    return text_ref();
  }
  static AFBRIEF_CONSTEXPR14 size_t size(packed_text t) noexcept {
    return core::packed_size<pool, Reader>(t);
  }
  static AFBRIEF_CONSTEXPR14 char char_at(packed_text t, size_t i) noexcept {
    return core::packed_char_at<pool, Reader>(t, i);
  }
  static AFBRIEF_CONSTEXPR14 int compare(packed_text t, text_ref probe) noexcept {
    return core::packed_compare<pool, Reader>(t, probe);
  }
  static AFBRIEF_CONSTEXPR14 void put(core::writer& out, packed_text t) noexcept {
    core::character_sink sink(out);
    core::unpack<pool, Reader>(t, sink);
    sink.flush();
  }
  template <class Sink>
  static AFBRIEF_CONSTEXPR14 void each_char(packed_text t, Sink& sink) noexcept {
    core::unpack<pool, Reader>(t, sink);
  }
};
}  // namespace detail

template <class Reader, class Texts>
struct basic_queries {
  // How this face reads table memory: read a vocabulary word's characters
  // with reader::read_char (on a flash target they are not in RAM).
  typedef Reader reader;
  // How this face reads a record's packed texts.
  typedef Texts texts;

  // False only for ct on a flash target, where a runtime read would be wrong.
  static constexpr bool reads_tables_at_run_time =
      !AFBRIEF_HAS_FLASH || !detail::same_type<Reader, core::plain_reader>::value;

  typedef core::table_view<figure, Reader> figure_table;
  typedef core::table_view<event, Reader> event_table;
  typedef core::table_view<statement, Reader> statement_table;
  typedef core::table_view<actor, Reader> actor_table;
  typedef core::table_view<source, Reader> source_table;
  typedef core::table_view<place, Reader> place_table;
  typedef core::table_view<paragraph, Reader> paragraph_table;

  // ---- Tables: size(), at(i), iteration with all() and where(pred) --------
  static constexpr figure_table figures() noexcept {
    return figure_table(data::figure_table<>::rows, data::figure_count);
  }
  static constexpr event_table events() noexcept {
    return event_table(data::event_table<>::rows, data::event_count);
  }
  static constexpr statement_table statements() noexcept {
    return statement_table(data::statement_table<>::rows, data::statement_count);
  }
  static constexpr actor_table actors() noexcept {
    return actor_table(data::actor_table<>::rows, data::actor_count);
  }
  static constexpr source_table sources() noexcept {
    return source_table(data::source_table<>::rows, data::source_count);
  }
  static constexpr place_table places() noexcept {
    return place_table(data::place_table<>::rows, data::place_count);
  }
  static constexpr paragraph_table paragraphs() noexcept {
    return paragraph_table(data::article_table<>::paragraphs, data::paragraph_count);
  }
  static constexpr article the_article() noexcept {
    return Reader::read(data::article_table<>::row);
  }

  // ---- By typed id: not found only for an id cast from an invalid number --
  static constexpr maybe<figure> get(figure_id id) noexcept {
    return figures().at(static_cast<size_t>(id));
  }
  static constexpr maybe<event> get(event_id id) noexcept {
    return events().at(static_cast<size_t>(id));
  }
  static constexpr maybe<statement> get(statement_id id) noexcept {
    return statements().at(static_cast<size_t>(id));
  }
  static constexpr maybe<actor> get(actor_id id) noexcept {
    return actors().at(static_cast<size_t>(id));
  }
  static constexpr maybe<source> get(source_id id) noexcept {
    return sources().at(static_cast<size_t>(id));
  }
  static constexpr maybe<place> get(place_id id) noexcept {
    return places().at(static_cast<size_t>(id));
  }

  // ---- By key: binary search, O(log n) ------------------------------------
  static constexpr maybe<figure_id> find_figure(text_ref key) noexcept {
    return as_id<figure_id>(figures().find_key(key, key_order()));
  }
  static constexpr maybe<event_id> find_event(text_ref key) noexcept {
    return as_id<event_id>(events().find_key(key, key_order()));
  }
  static constexpr maybe<statement_id> find_statement(text_ref key) noexcept {
    return as_id<statement_id>(statements().find_key(key, key_order()));
  }
  static constexpr maybe<actor_id> find_actor(text_ref key) noexcept {
    return as_id<actor_id>(actors().find_key(key, key_order()));
  }
  static constexpr maybe<source_id> find_source(text_ref key) noexcept {
    return as_id<source_id>(sources().find_key(key, key_order()));
  }
  static constexpr maybe<place_id> find_place(text_ref key) noexcept {
    return as_id<place_id>(places().find_key(key, key_order()));
  }

  // ---- Predicates (function objects, so they work in constant expressions)
  struct event_dated {
    date_range range;
    match mode;
    constexpr bool operator()(const event& e) const noexcept {
      return core::matches(e.when, range, mode);
    }
  };
  struct statement_dated {
    date_range range;
    constexpr bool operator()(const statement& s) const noexcept {
      return range.from() <= s.said_on && s.said_on <= range.to();
    }
  };
  struct event_involving {
    actor_id who;
    constexpr bool operator()(const event& e) const noexcept { return e.actors.contains(who); }
  };
  struct figure_originated_by {
    source_id who;
    constexpr bool operator()(const figure& f) const noexcept {
      return f.originator.has_value() && f.originator.value() == who;
    }
  };
  struct figure_counting {
    measure what;
    constexpr bool operator()(const figure& f) const noexcept { return f.counts == what; }
  };

  // ---- Events by date range ------------------------------------------------
  // match::overlaps (the default): the event could have happened on a day of
  // the range; an event with an unknown start or an open end matches every
  // range on that side. match::within: every day the event could cover lies
  // in the range.
  static constexpr size_t count_events(date_range r, match m = match::overlaps) noexcept {
    return events().count_if(event_dated{r, m});
  }
  static constexpr maybe<event_id> nth_event(date_range r, size_t n,
                                             match m = match::overlaps) noexcept {
    return as_id<event_id>(events().nth_if(event_dated{r, m}, n));
  }
  static constexpr typename event_table::template filtered<event_dated> events_in(
      date_range r, match m = match::overlaps) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return events().where(event_dated{r, m});
  }

  // ---- Statements by date range (a statement has one day) -----------------
  static constexpr size_t count_statements(date_range r) noexcept {
    return statements().count_if(statement_dated{r});
  }
  static constexpr maybe<statement_id> nth_statement(date_range r, size_t n) noexcept {
    return as_id<statement_id>(statements().nth_if(statement_dated{r}, n));
  }
  static constexpr typename statement_table::template filtered<statement_dated> statements_in(
      date_range r) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return statements().where(statement_dated{r});
  }

  // ---- Events by actor -----------------------------------------------------
  static constexpr size_t count_events_involving(actor_id a) noexcept {
    return events().count_if(event_involving{a});
  }
  static constexpr maybe<event_id> nth_event_involving(actor_id a, size_t n) noexcept {
    return as_id<event_id>(events().nth_if(event_involving{a}, n));
  }
  static constexpr typename event_table::template filtered<event_involving> events_involving(
      actor_id a) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return events().where(event_involving{a});
  }

  // ---- Figures by originator and by what they count -----------------------
  static constexpr size_t count_figures_from(source_id s) noexcept {
    return figures().count_if(figure_originated_by{s});
  }
  static constexpr maybe<figure_id> nth_figure_from(source_id s, size_t n) noexcept {
    return as_id<figure_id>(figures().nth_if(figure_originated_by{s}, n));
  }
  static constexpr typename figure_table::template filtered<figure_originated_by> figures_from(
      source_id s) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return figures().where(figure_originated_by{s});
  }
  static constexpr size_t count_figures_counting(measure m) noexcept {
    return figures().count_if(figure_counting{m});
  }
  static constexpr maybe<figure_id> nth_figure_counting(measure m, size_t n) noexcept {
    return as_id<figure_id>(figures().nth_if(figure_counting{m}, n));
  }
  static constexpr typename figure_table::template filtered<figure_counting> figures_counting(
      measure m) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return figures().where(figure_counting{m});
  }

  // ---- Names for ids (the empty text for an invalid id) -------------------
  static constexpr packed_text name_of(source_id id) noexcept {
    return get(id).has_value() ? get(id).value().name : no_text();
  }
  static constexpr packed_text name_of(actor_id id) noexcept {
    return get(id).has_value() ? get(id).value().name : no_text();
  }
  static constexpr packed_text name_of(place_id id) noexcept {
    return get(id).has_value() ? get(id).value().name : no_text();
  }

  // ---- A record's texts ----------------------------------------------------
  // ct only: the text in place, as a text_ref to the row's own array, for
  // constant expressions (and run time on targets without flash).
  static constexpr text_ref text(packed_text t) noexcept { return Texts::text(t); }
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
  // Every character in order into sink(char), which answers whether to go
  // on: a text printed straight to a UART or a display, with no buffer.
  template <class Sink>
  static AFBRIEF_CONSTEXPR14 void each_char(packed_text t, Sink& sink) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    Texts::each_char(t, sink);
  }
  // Copied into the caller's buffer as UTF-8 or as ASCII (core/writer.hpp),
  // NUL-terminated, never split inside a character.
  static AFBRIEF_CONSTEXPR14 format_result render(
      packed_text t, char* buffer, size_t capacity,
      core::charset output = core::charset::utf8) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    core::writer out(buffer, capacity, output);
    Texts::put(out, t);
    return out.finish();
  }

  // ---- A vocabulary word (a text_ref from core), read through the reader --
  static AFBRIEF_CONSTEXPR14 format_result render(
      text_ref library_text, char* buffer, size_t capacity,
      core::charset output = core::charset::utf8) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    return core::render_text<Reader>(library_text, buffer, capacity, output);
  }
  static constexpr char char_at(text_ref library_text, size_t i) noexcept {
    return core::char_at<Reader>(library_text, i);
  }
  static constexpr bool equal(text_ref library_text, text_ref yours) noexcept {
    return core::equal<Reader>(library_text, yours);
  }

  // ---- Plain-English figure into a caller's buffer (constexpr from C++14) --
  // "up to 7,792 children killed (in the past decade alone; UNAMA via Al
  // Jazeera, Doha News)"; "650 US troops remaining (will remain; source not
  // stated, reported by Doha News)". Texts are UTF-8 as printed, or plain ASCII with
  // core::charset::ascii (core/writer.hpp). An invalid id writes nothing and
  // reports needed == 0.
  static AFBRIEF_CONSTEXPR14 void put_figure(core::writer& out, const figure& f) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    if (!core::qualifier_words(f.amount.hedge).empty()) {
      out.put<Reader>(core::qualifier_words(f.amount.hedge));
      out.put(' ');
    }
    out.put_signed(f.amount.best, true);
    if (f.amount.measured_in == core::unit::percent) {
      out.put('%');
      out.put(' ');
      out.put<Reader>(core::measure_words(f.counts));
      out.put(' ');
      Texts::put(out, f.subject);
    } else {
      out.put(' ');
      Texts::put(out, f.subject);
      out.put(' ');
      out.put<Reader>(core::measure_words(f.counts));
    }
    out.put(' ');
    out.put('(');
    Texts::put(out, f.period_phrase);
    if (f.base.has_value()) {
      out.put(',');
      out.put(' ');
      Texts::put(out, f.base_phrase);
    }
    out.put(';');
    out.put(' ');
    if (f.originator.has_value()) {
      Texts::put(out, name_of(f.originator.value()));
    } else {
      out.put<Reader>(text_ref(query_texts<>::source_not_stated));
    }
    // "UNAMA via Al Jazeera, Doha News"; with no originator, "source not
    // stated, reported by Doha News" (the relays did not originate it).
    for (size_t i = 0; i < f.via.size(); ++i) {
      if (i == 0) {
        out.put<Reader>(f.originator.has_value() ? text_ref(query_texts<>::via)
                                                 : text_ref(query_texts<>::reported_by));
      } else {
        out.put(',');
        out.put(' ');
      }
      Texts::put(out, name_of(f.via[i].value()));
    }
    out.put(')');
  }

  static AFBRIEF_CONSTEXPR14 format_result format_figure(
      figure_id id, char* buffer, size_t capacity,
      core::charset output = core::charset::utf8) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    core::writer out(buffer, capacity, output);
    if (get(id).has_value()) put_figure(out, get(id).value());
    return out.finish();
  }

  // "2021-07-17 On Saturday: France evacuates citizens ..." (EDTF date first).
  static AFBRIEF_CONSTEXPR14 format_result format_event(
      event_id id, char* buffer, size_t capacity,
      core::charset output = core::charset::utf8) noexcept {
    static_assert(reads_tables_at_run_time,
                  "afbrief::ct reads flash as RAM on this target: use afbrief::rt at run time");
    core::writer out(buffer, capacity, output);
    if (get(id).has_value()) {
      core::put_edtf(out, get(id).value().when);
      out.put(' ');
      out.put('(');
      Texts::put(out, get(id).value().phrase);
      out.put(')');
      out.put(':');
      out.put(' ');
      Texts::put(out, get(id).value().summary);
    }
    return out.finish();
  }

 private:
  // Orders a record's key against a probe, for the binary searches.
  struct key_order {
    constexpr int operator()(packed_text stored, text_ref probe) const noexcept {
      return Texts::compare(stored, probe);
    }
  };
  // The article's empty text (every table has one: an actor with no role).
  static constexpr packed_text no_text() noexcept { return data::empty_text(); }

  template <class Id>
  static constexpr maybe<Id> as_id(maybe<size_t> position) noexcept {
    return position.has_value() ? maybe<Id>(static_cast<Id>(position.value())) : maybe<Id>();
  }
};

typedef basic_queries<core::plain_reader, detail::unpacked_texts> ct;
typedef basic_queries<core::default_reader, detail::pooled_texts<core::default_reader>> rt;

}  // namespace afbrief

#endif  // AFBRIEF_QUERY_HPP

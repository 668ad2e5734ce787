// afbrief: a figure or an event in plain English, into a caller's writer.
//
// "QUALIFIER BEST SUBJECT MEASURE (PERIOD PHRASE, BASE PHRASE; ORIGINATOR via
// RELAY, PUBLISHER)", such as "up to 120 people injured (last week; the
// health ministry via an agency, the paper)", or "... (source not stated,
// reported by the paper)" when nobody is credited; an event as "EDTF (PHRASE):
// SUMMARY". Face is a query face (afbrief::ct, afbrief::rt, or the faces of
// any other sheet): its texts policy reads the record's texts, its reader the
// vocabulary's words.
// Constexpr from C++14 (a C++11 constexpr function cannot write a buffer).
#ifndef AFBRIEF_QUERY_FORMAT_HPP
#define AFBRIEF_QUERY_FORMAT_HPP

#include "../config.hpp"
#include "../core/ids.hpp"
#include "../core/period.hpp"
#include "../core/quantity.hpp"
#include "../core/text.hpp"
#include "../core/vocabulary.hpp"
#include "../core/writer.hpp"

namespace afbrief {
namespace detail {

// The formatters' fixed words, in flash like every other library text.
template <class Unused = void>
struct format_words {
  AFBRIEF_TEXT_MEMBER(source_not_stated, "source not stated")
  AFBRIEF_TEXT_MEMBER(via, " via ")
  AFBRIEF_TEXT_MEMBER(reported_by, ", reported by ")
};
AFBRIEF_TEXT_DEFINITION(format_words, source_not_stated)
AFBRIEF_TEXT_DEFINITION(format_words, via)
AFBRIEF_TEXT_DEFINITION(format_words, reported_by)

template <class Face>
AFBRIEF_CONSTEXPR14 void put_figure(core::writer& out, const typename Face::figure& f) noexcept {
  typedef typename Face::reader reader;
  typedef typename Face::texts texts;
  // A record that is no row (an empty maybe's none) writes nothing.
  if (core::position_of(f.id) >= Face::figures().size()) return;
  if (!core::qualifier_words(f.amount.hedge).empty()) {
    out.put<reader>(core::qualifier_words(f.amount.hedge));
    out.put(' ');
  }
  out.put_signed(f.amount.best, true);
  if (f.amount.measured_in == core::unit::percent) {
    out.put('%');
    out.put(' ');
    out.put<reader>(core::measure_words(f.counts));
    out.put(' ');
    texts::put(out, f.subject);
  } else {
    out.put(' ');
    texts::put(out, f.subject);
    out.put(' ');
    out.put<reader>(core::measure_words(f.counts));
  }
  out.put(' ');
  out.put('(');
  // The article's own words for the period and the base, where it has any.
  const bool has_phrase = Face::size(f.period_phrase) != 0;
  if (has_phrase) texts::put(out, f.period_phrase);
  if (f.base.has_value()) {
    if (has_phrase) {
      out.put(',');
      out.put(' ');
    }
    texts::put(out, f.base_phrase);
  }
  if (has_phrase || f.base.has_value()) {
    out.put(';');
    out.put(' ');
  }
  if (f.originator.has_value()) {
    texts::put(out, Face::name_of(f.originator.value()));
  } else {
    out.put<reader>(core::library_text(format_words<>::source_not_stated));
  }
  // "ORIGINATOR via RELAY, PUBLISHER"; with no originator, "source not
  // stated, reported by PUBLISHER" (the relays did not originate it).
  for (size_t i = 0; i < f.via.size(); ++i) {
    if (i == 0) {
      out.put<reader>(f.originator.has_value() ? core::library_text(format_words<>::via)
                                               : core::library_text(format_words<>::reported_by));
    } else {
      out.put(',');
      out.put(' ');
    }
    texts::put(out, Face::name_of(f.via[i].value()));
  }
  out.put(')');
}

// "EDTF (PHRASE): SUMMARY", the date first.
template <class Face>
AFBRIEF_CONSTEXPR14 void put_event(core::writer& out, const typename Face::event& e) noexcept {
  typedef typename Face::texts texts;
  if (core::position_of(e.id) >= Face::events().size()) return;
  core::put_edtf(out, e.when);
  out.put(' ');
  out.put('(');
  texts::put(out, e.phrase);
  out.put(')');
  out.put(':');
  out.put(' ');
  texts::put(out, e.summary);
}

// The record with that id into the caller's buffer (put_figure or
// put_event, chosen by the record's type); nothing for an invalid id, which
// reports needed == 0.
template <class Face>
AFBRIEF_CONSTEXPR14 void put_record(core::writer& out, const typename Face::figure& f) noexcept {
  put_figure<Face>(out, f);
}
template <class Face>
AFBRIEF_CONSTEXPR14 void put_record(core::writer& out, const typename Face::event& e) noexcept {
  put_event<Face>(out, e);
}
template <class Face, class Id>
AFBRIEF_CONSTEXPR14 format_result format_record(Id id, char* buffer, size_t capacity,
                                                charset output) noexcept {
  core::writer out(buffer, capacity, output);
  if (Face::get(id).has_value()) put_record<Face>(out, Face::get(id).value());
  return out.finish();
}

}  // namespace detail
}  // namespace afbrief

#endif  // AFBRIEF_QUERY_FORMAT_HPP

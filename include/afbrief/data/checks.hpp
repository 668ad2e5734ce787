// afbrief data: the article's tables check themselves at compile time.
//
// A table that breaks a rule the lookups rely on, or a record that contradicts
// the article's own structure, stops the build here with a message.
#ifndef AFBRIEF_DATA_CHECKS_HPP
#define AFBRIEF_DATA_CHECKS_HPP

#include "../core/validate.hpp"
#include "actors.hpp"
#include "article.hpp"
#include "events.hpp"
#include "figures.hpp"
#include "places.hpp"
#include "sources.hpp"
#include "statements.hpp"
#include "texts.hpp"

namespace afbrief {
namespace data {
namespace checks {

constexpr article the_article() noexcept { return article_table<>::row; }

// A record may cite only a reporting paragraph: the body or an embedded post,
// not the embedded post's byline, the linked headline (21) or the footer (26).
constexpr bool is_reporting_paragraph(uint8_t n) noexcept {
  return n >= 1 && n <= paragraph_count &&
         (article_table<>::paragraphs[n - 1].role == core::paragraph_role::body ||
          article_table<>::paragraphs[n - 1].role == core::paragraph_role::embedded_post);
}

template <class Id>
constexpr bool in_range(Id id, size_t count) noexcept {
  return static_cast<size_t>(id) < count;
}
template <class Id>
constexpr bool in_range(core::maybe<Id> id, size_t count) noexcept {
  return !id.has_value() || static_cast<size_t>(id.value()) < count;
}
template <class Id, size_t N>
constexpr bool all_in_range(core::id_list<Id, N> ids, size_t count, size_t from = 0) noexcept {
  return from >= ids.size() ||
         (static_cast<size_t>(ids.items[from]) < count && all_in_range(ids, count, from + 1));
}

constexpr bool not_after_publication(core::period p) noexcept {
  return core::earliest_day_number(p) == core::no_earliest_day ||
         core::earliest_day_number(p) <= core::days_from_civil(the_article().published);
}

// The named weekday, when there is one, is the weekday of a single-day date.
constexpr bool weekday_agrees(core::maybe<core::weekday> named, core::instant i) noexcept {
  return !named.has_value() ||
         (i.precision == core::grain::day && core::weekday_of(i.first_day) == named.value());
}

// The precision label says what the period's shape says.
constexpr bool precision_agrees(core::precision p, core::period when) noexcept {
  return p == core::precision::day
             ? when.begin.precision == core::grain::day && core::same_instant(when.begin, when.end)
         : p == core::precision::part_of_month
             ? when.begin.precision == core::grain::day && when.end.precision == core::grain::day &&
                   when.begin.first_day.year() == when.end.first_day.year() &&
                   when.begin.first_day.month() == when.end.first_day.month()
         : p == core::precision::month
             ? when.begin.precision == core::grain::month && core::same_instant(when.begin, when.end)
         : p == core::precision::quarter
             ? when.begin.precision == core::grain::quarter &&
                   core::same_instant(when.begin, when.end)
         : p == core::precision::year
             ? when.begin.precision == core::grain::year && core::same_instant(when.begin, when.end)
         : p == core::precision::before
             ? when.begin.precision == core::grain::unknown && core::has_date(when.end)
         : p == core::precision::after
             ? core::has_date(when.begin) && when.end.precision == core::grain::unknown
         : p == core::precision::ongoing ? when.end.precision == core::grain::open
                                         : false;  // week: no record uses it yet
}

// The publisher closes every chain of relays.
template <size_t N>
constexpr bool ends_with_publisher(core::id_list<source_id, N> via) noexcept {
  return via.size() >= 1 && source_table<>::rows[static_cast<size_t>(via.items[via.size() - 1])]
                                    .kind == core::source_kind::publisher;
}

struct key_is_snake_case {
  template <class Record>
  constexpr bool operator()(const Record& r, size_t) const noexcept {
    return core::is_snake_case(unpacked(r.key));
  }
};
struct key_text {
  constexpr core::text_ref operator()(core::packed_text key) const noexcept {
    return unpacked(key);
  }
};
constexpr bool has_text(core::packed_text t) noexcept { return !unpacked(t).empty(); }

struct figure_is_sound {
  constexpr bool operator()(const figure& f, size_t) const noexcept {
    return core::is_consistent(f.amount) && core::is_valid(f.covers) &&
           not_after_publication(f.covers) &&
           (!f.base.has_value() || core::is_valid(f.base.value())) &&
           in_range(f.place, place_count) && in_range(f.originator, source_count) &&
           all_in_range(f.via, source_count) && ends_with_publisher(f.via) &&
           is_reporting_paragraph(f.paragraph) && (AFBRIEF_NO_TEXT || has_text(f.wording));
  }
};

struct event_is_sound {
  constexpr bool operator()(const event& e, size_t) const noexcept {
    // Only an upcoming happening (precision `after`) may begin after the
    // article was written.
    return core::is_valid(e.when) &&
           (e.dated_to == core::precision::after || not_after_publication(e.when)) &&
           precision_agrees(e.dated_to, e.when) && weekday_agrees(e.named_weekday, e.when.begin) &&
           all_in_range(e.actors, actor_count) &&
           in_range(e.place, place_count) && in_range(e.via, source_count) &&
           is_reporting_paragraph(e.paragraph) && has_text(e.phrase);
  }
};

struct statement_is_sound {
  constexpr bool operator()(const statement& s, size_t) const noexcept {
    return core::is_valid(s.said_on) && s.said_on <= the_article().published &&
           weekday_agrees(s.named_weekday, core::on_day(s.said_on.year(), s.said_on.month(),
                                                        s.said_on.day())) &&
           in_range(s.speaker, actor_count) && in_range(s.organisation, actor_count) &&
           in_range(s.via, source_count) && is_reporting_paragraph(s.paragraph) &&
           (AFBRIEF_NO_TEXT || has_text(s.quote));
  }
};

struct actor_is_sound {
  constexpr bool operator()(const actor& a, size_t) const noexcept {
    return in_range(a.part_of, actor_count) && has_text(a.name);
  }
};
struct source_is_sound {
  constexpr bool operator()(const source& s, size_t) const noexcept {
    return in_range(s.actor, actor_count) && has_text(s.name);
  }
};
struct place_is_sound {
  constexpr bool operator()(const place& p, size_t) const noexcept {
    return in_range(p.within, place_count) && has_text(p.name);
  }
};
struct paragraph_numbered_in_order {
  constexpr bool operator()(const paragraph& p, size_t position) const noexcept {
    return p.number == position + 1;
  }
};

// Every table: sorted unique snake_case keys, ids equal to positions.
#define AFBRIEF_CHECK_KEYED_TABLE(table, count, what)                                            \
  static_assert(core::keys_strictly_ascending(table<>::rows, count, key_text()),                            \
                what ": keys must be unique and sorted (binary search relies on it)");          \
  static_assert(core::ids_match_positions(table<>::rows, count),                                \
                what ": each id must equal its record's position (enumerators in key order)");  \
  static_assert(core::all_records(table<>::rows, count, key_is_snake_case()),                   \
                what ": keys must be snake_case")

AFBRIEF_CHECK_KEYED_TABLE(figure_table, figure_count, "figures");
AFBRIEF_CHECK_KEYED_TABLE(event_table, event_count, "events");
AFBRIEF_CHECK_KEYED_TABLE(statement_table, statement_count, "statements");
AFBRIEF_CHECK_KEYED_TABLE(actor_table, actor_count, "actors");
AFBRIEF_CHECK_KEYED_TABLE(source_table, source_count, "sources");
AFBRIEF_CHECK_KEYED_TABLE(place_table, place_count, "places");
#undef AFBRIEF_CHECK_KEYED_TABLE

static_assert(paragraph_count == 26 && the_article().paragraph_count == paragraph_count,
              "the article has 26 paragraphs, one a line of article.txt");
static_assert(core::all_records(article_table<>::paragraphs, paragraph_count,
                                paragraph_numbered_in_order()),
              "paragraph records must be numbered 1..N in order");
static_assert(core::is_valid(the_article().published) &&
                  core::weekday_of(the_article().published) == core::weekday::sunday,
              "publication date: Sunday 2021-07-18 (derivation in article.hpp)");
static_assert(core::weekday_of(core::civil_date(2021, 7, 17)) == core::weekday::saturday,
              "the tweet's date, July 17, 2021, is the Saturday before publication");

static_assert(core::all_records(figure_table<>::rows, figure_count, figure_is_sound()),
              "figures: low <= best <= high, valid periods not after publication, references "
              "in range, relays ending with the publisher, a reporting paragraph");
static_assert(core::all_records(event_table<>::rows, event_count, event_is_sound()),
              "events: valid periods not after publication (unless upcoming), precision matching "
              "the period, "
              "named weekdays matching the date, references in range, a reporting paragraph");
static_assert(core::all_records(statement_table<>::rows, statement_count, statement_is_sound()),
              "statements: valid dates not after publication, named weekdays matching, "
              "references in range, a reporting paragraph");
static_assert(core::all_records(actor_table<>::rows, actor_count, actor_is_sound()),
              "actors: references in range");
static_assert(core::all_records(source_table<>::rows, source_count, source_is_sound()),
              "sources: references in range");
static_assert(core::all_records(place_table<>::rows, place_count, place_is_sound()),
              "places: references in range");

}  // namespace checks
}  // namespace data
}  // namespace afbrief

#endif  // AFBRIEF_DATA_CHECKS_HPP

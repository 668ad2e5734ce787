// afbrief tests: the figures table, pinned against the article.
//
// Every expected value below was read off data/doha_news_2021-07-18.txt
// ("paragraph N" = line N), not copied from the generated tables or the TOML.
// Conventions (publication date Sunday 2021-07-18 and what the article's
// relative time words resolve to) are the library's stated ones.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace {

using afbrief::figure_id;
using afbrief::place_id;
using afbrief::source_id;
namespace core = afbrief::core;

// ---- Compile-time face: counts, ids, values, qualifiers ---------------------

constexpr afbrief::figure fig(figure_id id) { return afbrief::ct::get(id).value(); }

static_assert(afbrief::ct::figures().size() == 11, "the article reports 11 figures");
static_assert(!afbrief::ct::get(static_cast<figure_id>(12)).has_value(), "no figure past the 11th");

static_assert(afbrief::ct::find_figure("children_killed_past_decade").value() ==
                  figure_id::children_killed_past_decade,
              "lookup by key");
static_assert(afbrief::ct::find_figure("people_in_need").value() == figure_id::people_in_need,
              "lookup by key");
static_assert(!afbrief::ct::find_figure("children_killed").has_value(), "no such key");

// Paragraph 17: "up to 7,792 children were killed and 18,662 injured in the
// past decade alone, in addition to more than 3,000 deaths recorded among women".
static_assert(fig(figure_id::children_killed_past_decade).amount.best == 7792, "p17");
static_assert(fig(figure_id::children_killed_past_decade).amount.hedge == core::qualifier::at_most,
              "p17: up to");
static_assert(fig(figure_id::children_killed_past_decade).amount.high.kind ==
                      core::bound_kind::inclusive &&
                  fig(figure_id::children_killed_past_decade).amount.high.value == 7792 &&
                  fig(figure_id::children_killed_past_decade).amount.low.kind ==
                      core::bound_kind::none,
              "p17: up to 7,792 bounds");
static_assert(fig(figure_id::children_injured_past_decade).amount.best == 18662, "p17");
static_assert(fig(figure_id::children_injured_past_decade).amount.hedge == core::qualifier::exact,
              "p17: 18,662 is printed bare");
static_assert(fig(figure_id::women_killed_past_decade).amount.best == 3000, "p17");
static_assert(fig(figure_id::women_killed_past_decade).amount.hedge == core::qualifier::more_than,
              "p17: more than (not \"at least\")");
// "More than 3,000" is an inclusive low bound at 3,000 (before 0.3 it was an
// exclusive one, best outside its own bounds): a bound never says more than
// the words, the qualifier more_than keeps the strictness, and
// low <= best <= high holds.
static_assert(fig(figure_id::women_killed_past_decade).amount.low.kind ==
                      core::bound_kind::inclusive &&
                  fig(figure_id::women_killed_past_decade).amount.low.value == 3000 &&
                  fig(figure_id::women_killed_past_decade).amount.high.kind ==
                      core::bound_kind::none,
              "p17: more than 3,000 is the inclusive low bound 3,000, and no high bound");
static_assert(core::qualifier_words(fig(figure_id::women_killed_past_decade).amount.hedge)
                      .size() == 9,
              "p17: the qualifier's words are \"more than\"");
static_assert(fig(figure_id::children_killed_past_decade).originator.value() == source_id::unama,
              "p17: UNAMA notes");
static_assert(fig(figure_id::children_killed_past_decade).via.size() == 2 &&
                  fig(figure_id::children_killed_past_decade).via[0].value() ==
                      source_id::al_jazeera &&
                  fig(figure_id::children_killed_past_decade).via[1].value() ==
                      source_id::doha_news,
              "p17: according to Al Jazeera, printed by Doha News");

// Paragraph 18.
static_assert(fig(figure_id::newly_displaced_since_january).amount.best == 270000, "p18");
static_assert(fig(figure_id::newly_displaced_since_january).amount.hedge ==
                  core::qualifier::estimate,
              "p18: are estimated to");
static_assert(fig(figure_id::displaced_total).amount.best == 3500000, "p18: 3.5 million");
static_assert(fig(figure_id::displaced_total).amount.hedge == core::qualifier::more_than,
              "p18: more than 3.5 million");
static_assert(fig(figure_id::displaced_total).amount.low.kind == core::bound_kind::inclusive &&
                  fig(figure_id::displaced_total).amount.low.value == 3500000 &&
                  fig(figure_id::displaced_total).amount.high.kind == core::bound_kind::none,
              "p18: more than 3.5 million is the inclusive low bound 3,500,000");
static_assert(core::is_consistent(fig(figure_id::displaced_total).amount) &&
                  core::is_consistent(fig(figure_id::women_killed_past_decade).amount),
              "low <= best <= high");
// "raising the total number of Afghans forced from their homes to more than
// 3.5 million": a running total with no time words of its own.
static_assert(afbrief::ct::size(fig(figure_id::displaced_total).period_phrase) == 0,
              "p18: the total has no period phrase");

// Paragraph 19.
static_assert(fig(figure_id::civilian_casualty_change_q1_2021).amount.best == 29, "p19: 29%");
static_assert(fig(figure_id::civilian_casualty_change_q1_2021).amount.measured_in ==
                  core::unit::percent,
              "p19: a percentage");
static_assert(fig(figure_id::civilian_casualty_change_q1_2021).amount.hedge ==
                  core::qualifier::exact,
              "p19: 29% printed bare");
static_assert(fig(figure_id::civilian_casualty_change_q1_2021).base.has_value(),
              "p19: compared with 2020");
// "during the first quarter of this year compared with 2020": a quarter
// compared with the year before is compared with the same quarter of it, so
// the base is the first quarter of 2020, worked out (derived), not printed.
static_assert(fig(figure_id::civilian_casualty_change_q1_2021).base.value().begin.precision ==
                      core::grain::quarter &&
                  fig(figure_id::civilian_casualty_change_q1_2021).base.value().begin.first_day ==
                      core::civil_date(2020, 1, 1) &&
                  core::last_day(fig(figure_id::civilian_casualty_change_q1_2021)
                                     .base.value()
                                     .end) == core::civil_date(2020, 3, 31),
              "p19: the base is Q1 2020");
static_assert(fig(figure_id::civilian_casualty_change_q1_2021)
                      .derived.has(core::figure_field::base) &&
                  fig(figure_id::civilian_casualty_change_q1_2021)
                      .derived.has(core::figure_field::covers),
              "p19: both quarters are worked out from \"this year\" and \"2020\"");
static_assert(!fig(figure_id::civilian_casualty_change_q1_2021).originator.has_value(),
              "p19 attributes the figure to no one");

// Paragraph 20.
static_assert(fig(figure_id::people_in_need).amount.best == 18400000, "p20: 18.4 million");
static_assert(fig(figure_id::people_in_need).amount.hedge == core::qualifier::at_most,
              "p20: up to");
static_assert(fig(figure_id::children_at_risk_of_acute_malnutrition).amount.best == 3100000,
              "p20: 3.1 million");
static_assert(fig(figure_id::children_at_risk_of_acute_malnutrition).amount.hedge ==
                  core::qualifier::exact,
              "p20: 3.1 million printed bare");
static_assert(fig(figure_id::people_in_need).originator.value() == source_id::rick_brennan,
              "p20: Rick Brennan said");

// Paragraphs 22, 24, 25.
static_assert(fig(figure_id::france_evacuated).amount.best == 100 &&
                  fig(figure_id::france_evacuated).amount.hedge == core::qualifier::approximate,
              "p22: around 100");
static_assert(fig(figure_id::us_troops_remaining).amount.best == 650 &&
                  fig(figure_id::us_troops_remaining).amount.hedge == core::qualifier::exact,
              "p24: 650 troops, bare");
static_assert(fig(figure_id::british_troops_remaining).amount.best == 100 &&
                  fig(figure_id::british_troops_remaining).amount.hedge ==
                      core::qualifier::approximate,
              "p25: Around 100");

static_assert(afbrief::ct::count_figures_from(source_id::unama) == 3, "p17: three UNAMA figures");
static_assert(afbrief::ct::count_figures_from(source_id::un_refugee_agency) == 2,
              "p18: two UN refugee agency figures");
static_assert(afbrief::ct::count_figures_from(source_id::rick_brennan) == 2,
              "p20: two figures from Rick Brennan");
static_assert(afbrief::ct::count_figures_from(source_id::afp) == 0, "AFP gives no figure");
static_assert(afbrief::ct::count_figures_counting(core::measure::killed) == 2,
              "children and women killed");
static_assert(afbrief::ct::count_figures_counting(core::measure::troops_remaining) == 2,
              "US and British troops");

#if AFBRIEF_HAS_CONSTEXPR14
constexpr bool edtf_is(core::period p, const char* expected) {
  char buffer[40] = {};
  const core::format_result r = core::format_edtf(p, buffer, sizeof buffer);
  size_t i = 0;
  for (; i < r.length; ++i) {
    if (expected[i] != buffer[i]) return false;
  }
  return !r.truncated && expected[i] == '\0';
}
static_assert(edtf_is(fig(figure_id::children_killed_past_decade).covers, "2011~/2021-07-18"),
              "the past decade");
static_assert(edtf_is(fig(figure_id::civilian_casualty_change_q1_2021).covers, "2021-33"),
              "the first quarter of this year");
static_assert(edtf_is(fig(figure_id::newly_displaced_since_january).covers, "2021-01/2021-07-18"),
              "since January");
static_assert(edtf_is(fig(figure_id::civilian_casualty_change_q1_2021).base.value(), "2020-33"),
              "compared with 2020: the first quarter of 2020");
static_assert(edtf_is(fig(figure_id::displaced_total).covers, "2021-07-18"),
              "a running total, a stock as of publication like the 18.4 million in need now");
#endif

// ---- Run-time helpers -------------------------------------------------------

std::string str(afbrief::text_ref t) { return std::string(t.data(), t.size()); }
// A record's text as afbrief::rt decodes it from the packed pool.
std::string str(afbrief::packed_text t) {
  std::string text;
  auto append = [&text](char c) {
    text += c;
    return true;
  };
  afbrief::rt::each_char(t, append);
  return text;
}

std::string edtf(core::period p) {
  char buffer[64];
  const core::format_result r = core::format_edtf(p, buffer, sizeof buffer);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}

std::string source_key(core::maybe<source_id> s) {
  return s.has_value() ? str(afbrief::rt::get(s.value()).value().key) : std::string("none");
}

std::string place_key(core::maybe<place_id> p) {
  return p.has_value() ? str(afbrief::rt::get(p.value()).value().key) : std::string("none");
}

template <size_t N>
std::string via_keys(core::id_list<source_id, N> via) {
  std::string out;
  for (size_t i = 0; i < via.size(); ++i) {
    if (i > 0) out += ",";
    out += source_key(via[i]);
  }
  return out;
}

// A figure's derived set as its field names, in declaration order.
std::string derived_names(core::field_set<core::figure_field> d) {
  std::string out;
  core::field_set<core::figure_field> seen;
  for (size_t i = 0; i < core::figure_field_count; ++i) {
    const core::figure_field field = static_cast<core::figure_field>(i);
    if (!d.has(field)) continue;
    if (!out.empty()) out += ",";
    out += str(core::figure_field_name(field));
    seen = seen.with(field);
  }
  // No bit outside the fields of the shape.
  if (seen != d) out += ",?";
  return out;
}

// What a figure should be, read from the article.
struct expected_figure {
  const char* key;
  int32_t best;
  const char* unit;
  const char* qualifier;
  const char* low_kind;
  int32_t low;
  const char* high_kind;
  int32_t high;
  const char* measure;
  const char* subject;
  const char* covers;         // EDTF
  const char* period_phrase;  // the article's words
  const char* base;           // EDTF, or nullptr when there is no base period
  const char* base_phrase;
  const char* place;       // place key or "none"
  const char* originator;  // source key or "none"
  const char* via;         // source keys, comma separated
  int paragraph;
  const char* printed;  // the number as printed, which the wording must carry
  const char* hedge;    // the words of the qualifier as printed ("" for a bare number)
  const char* derived;  // the fields worked out, not printed, in declaration order
};

afbrief::figure check_figure(const expected_figure& x) {
  INFO("figure " << std::string(x.key));
  const core::maybe<figure_id> id =
      afbrief::rt::find_figure(afbrief::text_ref(x.key, std::string(x.key).size()));
  REQUIRE(id.has_value());
  const afbrief::figure f = afbrief::rt::get(id.value()).value();
  CHECK(str(f.key) == std::string(x.key));
  CHECK(f.id == id.value());

  CHECK(f.amount.best == x.best);
  CHECK(str(core::unit_name(f.amount.measured_in)) == std::string(x.unit));
  CHECK(str(core::qualifier_name(f.amount.hedge)) == std::string(x.qualifier));
  CHECK(str(core::bound_kind_name(f.amount.low.kind)) == std::string(x.low_kind));
  if (f.amount.low.kind != core::bound_kind::none) {
    CHECK(f.amount.low.value == x.low);
  }
  CHECK(str(core::bound_kind_name(f.amount.high.kind)) == std::string(x.high_kind));
  if (f.amount.high.kind != core::bound_kind::none) {
    CHECK(f.amount.high.value == x.high);
  }
  CHECK(core::is_consistent(f.amount));
  // low <= best <= high, every bound inclusive ("more than" included, from 0.3).
  if (f.amount.low.kind != core::bound_kind::none) {
    CHECK(f.amount.low.kind == core::bound_kind::inclusive);
    CHECK(f.amount.low.value <= f.amount.best);
  }
  if (f.amount.high.kind != core::bound_kind::none) {
    CHECK(f.amount.high.kind == core::bound_kind::inclusive);
    CHECK(f.amount.best <= f.amount.high.value);
  }

  CHECK(str(core::measure_name(f.counts)) == std::string(x.measure));
  CHECK(str(f.subject) == std::string(x.subject));
  CHECK(edtf(f.covers) == std::string(x.covers));
  CHECK(core::is_valid(f.covers));
  CHECK(str(f.period_phrase) == std::string(x.period_phrase));
  if (x.base == nullptr) {
    CHECK_FALSE(f.base.has_value());
    CHECK(str(f.base_phrase).empty());
  } else {
    REQUIRE(f.base.has_value());
    CHECK(edtf(f.base.value()) == std::string(x.base));
    CHECK(str(f.base_phrase) == std::string(x.base_phrase));
  }
  CHECK(place_key(f.place) == std::string(x.place));
  CHECK(source_key(f.originator) == std::string(x.originator));
  CHECK(via_keys(f.via) == std::string(x.via));
  CHECK(int(f.paragraph) == x.paragraph);
  CHECK(str(f.wording).find(x.printed) != std::string::npos);
  if (std::string(x.hedge).empty()) {
    // A bare number: the wording carries no qualifier.
    const char* const hedges[] = {"up to", "more than", "around", "Around", "estimated"};
    for (const char* h : hedges) {
      CHECK(str(f.wording).find(h) == std::string::npos);
    }
  } else {
    CHECK(str(f.wording).find(x.hedge) != std::string::npos);
  }
  CHECK(derived_names(f.derived) == std::string(x.derived));
  // A printed number is never derived, and the period it covers always is:
  // the article prints no date for any figure, only words ("now", "since
  // January", "On Saturday") resolved against the publication date.
  CHECK_FALSE(f.derived.has(core::figure_field::amount));
  CHECK(f.derived.has(core::figure_field::covers));
  CHECK(f.derived.has(core::figure_field::base) == f.base.has_value());
  return f;
}

}  // namespace

// ---- One test case per figure ----------------------------------------------
// Each expectation, line by line: key; best, unit, qualifier; low bound kind
// and value, high bound kind and value; measure, subject; period (EDTF) and the
// article's words for it; base period (EDTF, or nullptr) and its words; place,
// originator, relays, paragraph; the number as printed and the qualifier's
// words as printed ("" for a bare number).
// clang-format off

TEST_CASE("figure children_killed_past_decade: up to 7,792 children killed (paragraph 17)") {
  check_figure({"children_killed_past_decade",
                7792, "people", "at_most",
                "none", 0, "inclusive", 7792,
                "killed", "children",
                "2011~/2021-07-18", "in the past decade alone",
                nullptr, "",
                "afghanistan", "unama", "al_jazeera,doha_news", 17,
                "7,792", "up to 7,792",
                // The decade counted back from 2021; the place is UNAMA's (the
                // sentence names Afghanistan only inside UNAMA's name).
                "covers,place"});
}

TEST_CASE("figure children_injured_past_decade: 18,662 children injured (paragraph 17)") {
  check_figure({"children_injured_past_decade",
                18662, "people", "exact",
                "inclusive", 18662, "inclusive", 18662,
                "injured", "children",
                "2011~/2021-07-18", "in the past decade alone",
                nullptr, "",
                "afghanistan", "unama", "al_jazeera,doha_news", 17,
                "18,662", "",
                // "children" is read from the first half of the sentence.
                "subject,covers,place"});
}

TEST_CASE("figure women_killed_past_decade: more than 3,000 deaths among women (paragraph 17)") {
  check_figure({"women_killed_past_decade",
                3000, "people", "more_than",
                "inclusive", 3000, "none", 0,
                "killed", "women",
                "2011~/2021-07-18", "in the past decade alone",
                nullptr, "",
                "afghanistan", "unama", "al_jazeera,doha_news", 17,
                "3,000", "more than 3,000",
                "covers,place"});
}

TEST_CASE("figure newly_displaced_since_january: an estimated 270,000 (paragraph 18)") {
  check_figure({"newly_displaced_since_january",
                270000, "people", "estimate",
                "none", 0, "none", 0,
                "newly_displaced", "Afghans",
                "2021-01/2021-07-18", "since January",
                nullptr, "",
                "afghanistan", "un_refugee_agency", "doha_news", 18,
                "270,000", "are estimated to",
                // "since January" of 2021; "internally" displaced: in Afghanistan.
                "covers,place"});
}

TEST_CASE(
    "figure displaced_total: more than 3.5 million Afghans forced from their homes "
    "(paragraph 18)") {
  check_figure({"displaced_total",
                3500000, "people", "more_than",
                "inclusive", 3500000, "none", 0,
                "displaced_total", "Afghans",
                // A running total as of publication, a stock like the 18.4
                // million in need "now": no time words of its own ("the total
                // number" is not a period phrase).
                "2021-07-18", "",
                nullptr, "",
                "afghanistan", "un_refugee_agency", "doha_news", 18,
                "3.5 million", "more than 3.5 million",
                "covers,place"});
}

TEST_CASE("figure civilian_casualty_change_q1_2021: 29% against 2020 (paragraph 19)") {
  check_figure({"civilian_casualty_change_q1_2021",
                29, "percent", "exact",
                "inclusive", 29, "inclusive", 29,
                "casualty_change", "civilians",
                "2021-33", "the first quarter of this year",
                // "compared with 2020": the same quarter of 2020.
                "2020-33", "compared with 2020",
                "afghanistan", "none", "doha_news", 19,
                "29%", "",
                "covers,base,place"});
}

TEST_CASE("figure people_in_need: up to 18.4 million (paragraph 20)") {
  check_figure({"people_in_need",
                18400000, "people", "at_most",
                "none", 0, "inclusive", 18400000,
                "in_need", "people",
                "2021-07-18", "now",
                nullptr, "",
                "afghanistan", "rick_brennan", "doha_news", 20,
                "18.4 million", "up to 18.4 million",
                // "people in Afghanistan now": the place is printed, "now" resolved.
                "covers"});
}

TEST_CASE("figure children_at_risk_of_acute_malnutrition: 3.1 million (paragraph 20)") {
  check_figure({"children_at_risk_of_acute_malnutrition",
                3100000, "people", "exact",
                "inclusive", 3100000, "inclusive", 3100000,
                "at_risk_of_acute_malnutrition", "children",
                "2021-07-18", "now",
                nullptr, "",
                "afghanistan", "rick_brennan", "doha_news", 20,
                "3.1 million", "",
                "covers"});
}

TEST_CASE("figure france_evacuated: around 100 on Saturday (paragraph 22)") {
  check_figure({"france_evacuated",
                100, "people", "approximate",
                "none", 0, "none", 0,
                "evacuated", "citizens and Afghans working for the embassy",
                "2021-07-17", "On Saturday",
                nullptr, "",
                "kabul", "none", "doha_news", 22,
                "100", "around 100",
                "covers"});
}

TEST_CASE("figure us_troops_remaining: 650 troops will remain (paragraph 24)") {
  check_figure({"us_troops_remaining",
                650, "people", "exact",
                "inclusive", 650, "inclusive", 650,
                "troops_remaining", "US troops",
                "2021-07-18/..", "will remain",
                nullptr, "",
                "afghanistan", "none", "doha_news", 24,
                "650", "",
                // "The US’ pullout remains ongoing, however 650 troops will remain
                // in the country": whose troops and which country are read from
                // the sentence, not printed with the number.
                "subject,covers,place"});
}

TEST_CASE("figure british_troops_remaining: around 100 British troops (paragraph 25)") {
  check_figure({"british_troops_remaining",
                100, "people", "approximate",
                "none", 0, "none", 0,
                "troops_remaining", "British troops",
                "2021-07-18/..", "will also remain",
                nullptr, "",
                "afghanistan", "none", "doha_news", 25,
                "100", "Around 100",
                "covers"});
}

// clang-format on

// ---- The table as a whole ---------------------------------------------------

TEST_CASE("figures: exactly 11, keyed, in key order, every relay chain ends with Doha News") {
  CHECK(afbrief::rt::figures().size() == 11u);
  std::string previous;
  size_t n = 0;
  for (const afbrief::figure f : afbrief::rt::figures().all()) {
    INFO("figure " << str(f.key));
    CHECK(afbrief::core::position_of(f.id) == n);
    CHECK(str(f.key) > previous);
    previous = str(f.key);
    REQUIRE(f.via.size() >= 1u);
    CHECK(source_key(f.via[f.via.size() - 1]) == "doha_news");
    for (size_t i = 0; i + 1 < f.via.size(); ++i) {
      CHECK(source_key(f.via[i]) != "doha_news");  // the publisher only closes the chain
    }
    if (f.originator.has_value()) {
      CHECK_FALSE(f.via.contains(f.originator.value()));
    }
    ++n;
  }
  CHECK(n == 11u);
  CHECK_FALSE(afbrief::rt::find_figure("").has_value());
  CHECK_FALSE(afbrief::rt::find_figure("zzz").has_value());
}

TEST_CASE("every figure: low <= best <= high, bounds from the qualifier alone") {
  // UCDP's reading of the qualifier words, conservative: "up to N" a high
  // bound at N, "more than N" (and "at least N") a low bound at N, inclusive
  // (the strictness of "more than" is its qualifier's), a bare number both,
  // "around" and "estimated" none.
  size_t more_than = 0;
  size_t at_least = 0;
  for (const afbrief::figure f : afbrief::rt::figures().all()) {
    INFO("figure " << str(f.key));
    const core::quantity q = f.amount;
    CHECK(core::is_consistent(q));
    const bool low = q.low.kind != core::bound_kind::none;
    const bool high = q.high.kind != core::bound_kind::none;
    if (low) {
      CHECK(q.low.kind == core::bound_kind::inclusive);
      CHECK(q.low.value <= q.best);
    }
    if (high) {
      CHECK(q.high.kind == core::bound_kind::inclusive);
      CHECK(q.best <= q.high.value);
    }
    if (low && high) CHECK(q.low.value <= q.high.value);
    switch (q.hedge) {
      case core::qualifier::exact:
        CHECK((low && high && q.low.value == q.best && q.high.value == q.best));
        break;
      case core::qualifier::at_most:
        CHECK((!low && high && q.high.value == q.best));
        break;
      case core::qualifier::more_than:
        ++more_than;
        CHECK((low && !high && q.low.value == q.best));
        CHECK(str(f.wording).find("more than") != std::string::npos);
        break;
      case core::qualifier::at_least:
        // The article never prints "at least".
        CHECK(str(f.wording).find("at least") != std::string::npos);
        CHECK((low && !high && q.low.value == q.best));
        ++at_least;
        break;
      case core::qualifier::approximate:
      case core::qualifier::estimate:
        CHECK((!low && !high));
        break;
    }
  }
  // "more than 3,000 deaths recorded among women", "more than 3.5 million";
  // the article never says "at least".
  CHECK(more_than == 2u);
  CHECK(at_least == 0u);
}

TEST_CASE("figures by originator and by measure") {
  std::vector<std::string> unama;
  for (const afbrief::figure f : afbrief::rt::figures_from(source_id::unama)) {
    unama.push_back(str(f.key));
  }
  REQUIRE(unama.size() == 3u);
  CHECK(unama[0] == "children_injured_past_decade");
  CHECK(unama[1] == "children_killed_past_decade");
  CHECK(unama[2] == "women_killed_past_decade");

  CHECK(afbrief::rt::count_figures_from(source_id::al_jazeera) == 0u);  // a relay, not an origin
  CHECK(afbrief::rt::count_figures_from(source_id::doha_news) == 0u);
  CHECK(afbrief::rt::count_figures_from(source_id::lyse_doucet) == 0u);

  size_t unattributed = 0;
  for (const afbrief::figure f : afbrief::rt::figures().all()) {
    if (!f.originator.has_value()) ++unattributed;
  }
  // Paragraphs 19, 22, 24 and 25 name no source for their numbers.
  CHECK(unattributed == 4u);

  CHECK(afbrief::rt::count_figures_counting(core::measure::injured) == 1u);
  CHECK(afbrief::rt::count_figures_counting(core::measure::evacuated) == 1u);
  CHECK(afbrief::rt::count_figures_counting(core::measure::casualty_change) == 1u);
  REQUIRE(afbrief::rt::nth_figure_counting(core::measure::killed, 1).has_value());
  CHECK(afbrief::rt::nth_figure_counting(core::measure::killed, 1).value() ==
        figure_id::women_killed_past_decade);
  CHECK_FALSE(afbrief::rt::nth_figure_counting(core::measure::killed, 2).has_value());
}

TEST_CASE("figures written out in plain English") {
  char buffer[256];
  afbrief::format_result r =
      afbrief::rt::format_figure(figure_id::children_killed_past_decade, buffer, sizeof buffer);
  CHECK_FALSE(r.truncated);
  CHECK(std::string(buffer, r.length) ==
        "up to 7,792 children killed (in the past decade alone; UNAMA via Al Jazeera, Doha News)");

  r = afbrief::rt::format_figure(figure_id::civilian_casualty_change_q1_2021, buffer,
                                 sizeof buffer);
  CHECK_FALSE(r.truncated);
  const std::string casualties(buffer, r.length);
  CHECK(casualties.find("29% change in casualties among") == 0u);
  CHECK(casualties.find("source not stated, reported by Doha News") != std::string::npos);

  r = afbrief::rt::format_figure(figure_id::people_in_need, buffer, sizeof buffer);
  CHECK(std::string(buffer, r.length).find("up to 18,400,000 ") == 0u);

  // No period phrase and no base: no period part at all, not "(; ...".
  r = afbrief::rt::format_figure(figure_id::displaced_total, buffer, sizeof buffer);
  CHECK_FALSE(r.truncated);
  CHECK(std::string(buffer, r.length) ==
        "more than 3,500,000 Afghans forced from their homes (UN refugee agency via Doha News)");

  r = afbrief::rt::format_figure(static_cast<figure_id>(200), buffer, sizeof buffer);
  CHECK(r.needed == 0u);
  CHECK(r.length == 0u);
}

// ---- Every number in the article is in some figure ---------------------------

namespace {

struct printed_number {
  int paragraph;
  std::string text;  // as printed: "7,792", "3.5 million", "29%"
  int64_t value;     // commas dropped, "million" applied
};

// Digit runs, with a comma or point between digits kept inside the number.
std::vector<printed_number> numbers_in(const std::string& line, int paragraph) {
  std::vector<printed_number> out;
  size_t i = 0;
  auto digit = [&line](size_t k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
  while (i < line.size()) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    const size_t start = i;
    int64_t whole = 0;
    int64_t fraction = 0;
    int64_t fraction_scale = 1;
    bool after_point = false;
    while (i < line.size()) {
      if (digit(i)) {
        const int64_t d = line[i] - '0';
        if (after_point) {
          fraction = fraction * 10 + d;
          fraction_scale *= 10;
        } else {
          whole = whole * 10 + d;
        }
        ++i;
      } else if (line[i] == ',' && digit(i + 1) && !after_point) {
        ++i;
      } else if (line[i] == '.' && digit(i + 1) && !after_point) {
        after_point = true;
        ++i;
      } else {
        break;
      }
    }
    printed_number n{paragraph, line.substr(start, i - start), whole};
    static const std::string million = " million";
    if (line.compare(i, million.size(), million) == 0) {
      n.value = whole * 1000000 + fraction * 1000000 / fraction_scale;
      n.text += million;
      i += million.size();
    } else if (i < line.size() && line[i] == '%') {
      n.text += "%";
      ++i;
    } else {
      CHECK_MESSAGE(!after_point, "a decimal number without 'million' in paragraph " << paragraph);
    }
    out.push_back(n);
  }
  return out;
}

std::vector<std::string> article_lines() {
  std::ifstream in(AFBRIEF_ARTICLE_FILE);
  REQUIRE(in.good());
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("every number the article prints is a figure or a known non-figure") {
  const std::vector<std::string> lines = article_lines();
  REQUIRE(lines.size() == 26u);

  std::vector<printed_number> all;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::vector<printed_number> found = numbers_in(lines[i], static_cast<int>(i + 1));
    all.insert(all.end(), found.begin(), found.end());
  }

  // Numbers that are not figures: the digits of the tweet's picture link
  // (paragraph 5, "pic.twitter.com/eNpIY4Ogf3"), the tweet's date (paragraph 6,
  // "July 17, 2021") and the base year of the casualty change (paragraph 19,
  // "compared with 2020", pinned as that figure's base period).
  struct known {
    int paragraph;
    const char* text;
  };
  const known non_figures[] = {{5, "4"}, {5, "3"}, {6, "17"}, {6, "2021"}, {19, "2020"}};

  std::vector<bool> figure_seen(afbrief::rt::figures().size(), false);
  size_t figure_numbers = 0;
  size_t other_numbers = 0;
  for (const printed_number& n : all) {
    INFO("paragraph " << n.paragraph << ": " << n.text);
    bool is_known = false;
    for (const known& k : non_figures) {
      if (k.paragraph == n.paragraph && n.text == k.text) is_known = true;
    }
    if (is_known) {
      ++other_numbers;
      continue;
    }
    bool matched = false;
    for (const afbrief::figure f : afbrief::rt::figures().all()) {
      if (int(f.paragraph) == n.paragraph && f.amount.best == n.value &&
          !figure_seen[afbrief::core::position_of(f.id)]) {
        figure_seen[afbrief::core::position_of(f.id)] = true;
        matched = true;
        // The figure's verbatim wording carries this very number.
        CHECK(str(f.wording).find(n.text.substr(0, n.text.find(' '))) != std::string::npos);
        break;
      }
    }
    CHECK_MESSAGE(matched, "no figure records this number");
    if (matched) ++figure_numbers;
  }
  CHECK(figure_numbers == 11u);
  CHECK(other_numbers == 5u);
  CHECK(all.size() == 16u);
  for (size_t i = 0; i < figure_seen.size(); ++i) {
    INFO("figure " << str(afbrief::rt::figures().at(i).value().key));
    CHECK(figure_seen[i]);
  }

  // The one year printed in paragraph 19 is the year of the casualty
  // figure's base: its first quarter, the quarter the figure compares.
  const afbrief::figure change =
      afbrief::rt::get(figure_id::civilian_casualty_change_q1_2021).value();
  REQUIRE(change.base.has_value());
  CHECK(edtf(change.base.value()) == "2020-33");
  CHECK(change.base.value().begin.first_day.year() == 2020);
  CHECK(change.base.value().begin.precision == change.covers.begin.precision);
  CHECK(change.base.value().begin.first_day.month() == change.covers.begin.first_day.month());
  CHECK(change.derived.has(core::figure_field::base));
}

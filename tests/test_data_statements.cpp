// afbrief tests: the statements table, pinned against the article.
//
// Every quote below was typed from tests/fixtures/article.txt ("paragraph N" =
// line N): the text between the curly quotation marks, exactly as printed,
// UTF-8, with a comma printed inside the closing mark kept. The tweet of
// paragraph 5 has no quotation marks: its text is the whole tweet, with
// the picture link printed at its end.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <cstring>
#include <string>

namespace {

using afbrief::actor_id;
using afbrief::source_id;
using afbrief::statement_id;
namespace core = afbrief::core;

// ---- Compile-time face ------------------------------------------------------

constexpr afbrief::statement st(statement_id id) { return afbrief::ct::get(id).value(); }

static_assert(afbrief::ct::statements().size() == 8, "the article quotes 8 statements");
static_assert(!afbrief::ct::get(static_cast<statement_id>(8)).has_value(), "no 9th statement");
static_assert(afbrief::ct::find_statement("anwari_final_result").value() ==
                  statement_id::anwari_final_result,
              "key");
static_assert(!afbrief::ct::find_statement("anwari").has_value(), "no such key");

static_assert(st(statement_id::akhundzada_strenuously_favours).speaker ==
                  actor_id::hibatullah_akhundzada,
              "p2: the insurgent’s supreme leader");
static_assert(afbrief::ct::equal(st(statement_id::akhundzada_strenuously_favours).quote,
                          "strenuously favours"),
              "p2");
static_assert(st(statement_id::akhundzada_strenuously_favours).said_on ==
                  core::civil_date(2021, 7, 18),
              "p2: said on Sunday");
static_assert(st(statement_id::abdullah_tweet_meetings_continued).said_on ==
                      core::civil_date(2021, 7, 17) &&
                  !st(statement_id::abdullah_tweet_meetings_continued).date_derived,
              "p6 prints the tweet's date, July 17, 2021");
static_assert(st(statement_id::abdullah_tweet_meetings_continued).said_through ==
                  core::channel::tweet,
              "p5");
static_assert(st(statement_id::baradar_opening_remarks).said_through ==
                  core::channel::opening_remarks,
              "p11: in his opening remarks in Doha");
static_assert(st(statement_id::anwari_final_result).via.value() == source_id::afp,
              "p14: Speaking to AFP");
static_assert(st(statement_id::anwari_final_result).said_on == core::civil_date(2021, 7, 17),
              "p15: 'Tomorrow' is Sunday, so she spoke on Saturday");
static_assert(st(statement_id::government_not_bad).via.value() == source_id::lyse_doucet,
              "p13: BBC journalist Lyse Doucet said");
static_assert(afbrief::ct::equal(st(statement_id::government_not_bad).quote, "not bad"), "p13");
static_assert(afbrief::ct::count_statements(afbrief::make_range(core::civil_date(2021, 7, 18),
                                                                core::civil_date(2021, 7, 18))
                                                .value()) == 3,
              "Akhundzada's three quotations of Sunday's message");

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

std::string actor_key(core::maybe<actor_id> a) {
  return a.has_value() ? str(afbrief::rt::get(a.value()).value().key) : std::string("none");
}

std::string source_key(core::maybe<source_id> s) {
  return s.has_value() ? str(afbrief::rt::get(s.value()).value().key) : std::string("none");
}

std::string iso(core::civil_date d) {
  char buffer[16];
  const core::format_result r = core::format_date(d, buffer, sizeof buffer);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}

struct expected_statement {
  const char* key;
  const char* speaker;
  const char* role;          // "" when the article gives none
  const char* organisation;  // actor key or "none"
  const char* said_on;       // YYYY-MM-DD
  bool date_derived;
  const char* channel;
  const char* quote;  // UTF-8, typed from the article
  const char* via;    // source key or "none"
  int paragraph;
  const char* weekday;  // the weekday the cited paragraph names, or "none"
};

void check_statement(const expected_statement& x) {
  INFO("statement " << std::string(x.key));
  const core::maybe<statement_id> id =
      afbrief::rt::find_statement(afbrief::text_ref(x.key, std::strlen(x.key)));
  REQUIRE(id.has_value());
  const afbrief::statement s = afbrief::rt::get(id.value()).value();
  CHECK(s.id == id.value());
  CHECK(str(s.key) == std::string(x.key));
  CHECK(actor_key(s.speaker) == std::string(x.speaker));
  CHECK(str(s.role) == std::string(x.role));
  CHECK(actor_key(s.organisation) == std::string(x.organisation));
  CHECK(iso(s.said_on) == std::string(x.said_on));
  CHECK(s.date_derived == x.date_derived);
  CHECK(str(core::channel_name(s.said_through)) == std::string(x.channel));
  // Byte for byte: same length and same bytes.
  CHECK(afbrief::rt::size(s.quote) == std::strlen(x.quote));
  CHECK(afbrief::ct::size(s.quote) == std::strlen(x.quote));
  CHECK(str(s.quote) == std::string(x.quote));
  CHECK(source_key(s.via) == std::string(x.via));
  CHECK(int(s.paragraph) == x.paragraph);
  const std::string named =
      s.named_weekday.has_value() ? str(core::weekday_name(s.named_weekday.value())) : "none";
  CHECK(named == std::string(x.weekday));
  if (s.named_weekday.has_value()) {
    CHECK(core::weekday_of(s.said_on) == s.named_weekday.value());
  }
}

}  // namespace

// ---- One test case per statement ---------------------------------------------

TEST_CASE("statement akhundzada_strenuously_favours (paragraph 2)") {
  check_statement({"akhundzada_strenuously_favours", "hibatullah_akhundzada", "supreme leader",
                   "taliban", "2021-07-18", true, "message", "strenuously favours", "none", 2,
                   "Sunday"});  // "said on Sunday"
}

TEST_CASE("statement akhundzada_political_settlement (paragraph 4)") {
  check_statement(
      {"akhundzada_political_settlement", "hibatullah_akhundzada", "supreme leader", "taliban",
       "2021-07-18", true, "message",
       "In spite of the military gains and advances, the Islamic Emirate strenuously favours a "
       "political settlement in the country, and every opportunity for the establishment of an "
       "Islamic system, peace and security that presents itself will be made use of by the "
       "Islamic Emirate,",
       // No named weekday: paragraph 4 names none ("Akhundzada said."); "on Sunday"
       // is printed only in paragraph 2. (The table once recorded Sunday here,
       // unlike akhundzada_resolve_among_ourselves of the same message.)
       "none", 4, "none"});
}

TEST_CASE("statement akhundzada_resolve_among_ourselves (paragraph 7)") {
  check_statement({"akhundzada_resolve_among_ourselves", "hibatullah_akhundzada", "supreme leader",
                   "taliban", "2021-07-18", true, "message",
                   "Our message remains that instead of relying on foreigners, let us resolve our "
                   "issues among ourselves and rescue our homeland from the prevailing crisis,",
                   "none", 7, "none"});
}

TEST_CASE("statement abdullah_tweet_meetings_continued (paragraph 5, dated by paragraph 6)") {
  check_statement({"abdullah_tweet_meetings_continued", "abdullah_abdullah",
                   // Paragraphs 5 and 6 give him no role (paragraph 13 does).
                   "", "reconciliation_council", "2021-07-17", false, "tweet",
                   // The embedded tweet as printed, picture link included.
                   "The high-level meetings between the Republic & the Taliban negotiation teams "
                   "continued in Doha. We are looking for a positive & constructive outcome. "
                   "pic.twitter.com/eNpIY4Ogf3",
                   "none", 5, "none"});
}

TEST_CASE("statement baradar_opening_remarks (paragraph 11)") {
  check_statement({"baradar_opening_remarks", "abdul_ghani_baradar", "", "taliban", "2021-07-17",
                   true, "opening_remarks",
                   "As we pursue our greater goals, we have to go beyond the details,", "none", 11,
                   "none"});
}

TEST_CASE("statement government_not_bad (paragraph 13)") {
  check_statement({"government_not_bad", "afghan_government", "", "none", "2021-07-17", true,
                   "reported_by_journalist", "not bad", "lyse_doucet", 13, "none"});
}

TEST_CASE("statement abdullah_positive_outcome (paragraph 13)") {
  check_statement({"abdullah_positive_outcome", "abdullah_abdullah",
                   "head of Afghanistan’s reconciliation council", "reconciliation_council",
                   "2021-07-17", true, "tweet",
                   "We are looking for a positive and constructive outcome", "none", 13, "none"});
}

TEST_CASE("statement anwari_final_result (paragraph 15, speaker named in paragraph 14)") {
  check_statement({"anwari_final_result", "najia_anwari", "spokeswoman for the Afghan government",
                   "afghan_government", "2021-07-17", true, "remarks_to_news_agency",
                   "Tomorrow they will definitely have a final result of all the work they have "
                   "done,",
                   "afp", 15, "none"});
}

// ---- The table as a whole ----------------------------------------------------

TEST_CASE("statements: exactly 8, in key order, none after publication, UTF-8 quotes") {
  CHECK(afbrief::rt::statements().size() == 8u);
  std::string previous;
  size_t n = 0;
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    INFO("statement " << str(s.key));
    CHECK(static_cast<size_t>(s.id) == n);
    CHECK(str(s.key) > previous);
    previous = str(s.key);
    CHECK(s.said_on <= core::civil_date(2021, 7, 18));
    CHECK(core::is_valid(s.said_on));
    const std::string q = str(s.quote);
    CHECK_FALSE(q.empty());
    // The outer quotation marks are not part of the quote.
    CHECK(q.find("\xE2\x80\x9C") == std::string::npos);  // “
    CHECK(q.find("\xE2\x80\x9D") == std::string::npos);  // ”
    ++n;
  }
  CHECK(n == 8u);
}

TEST_CASE("statements by date") {
  const afbrief::date_range saturday =
      afbrief::make_range(core::civil_date(2021, 7, 17), core::civil_date(2021, 7, 17)).value();
  CHECK(afbrief::rt::count_statements(saturday) == 5u);
  const afbrief::date_range weekend =
      afbrief::make_range(core::civil_date(2021, 7, 17), core::civil_date(2021, 7, 18)).value();
  CHECK(afbrief::rt::count_statements(weekend) == 8u);
  const afbrief::date_range before =
      afbrief::make_range(core::civil_date(2021, 1, 1), core::civil_date(2021, 7, 16)).value();
  CHECK(afbrief::rt::count_statements(before) == 0u);
  CHECK_FALSE(afbrief::rt::nth_statement(before, 0).has_value());
  std::string first_sunday;
  for (const afbrief::statement s : afbrief::rt::statements_in(
           afbrief::make_range(core::civil_date(2021, 7, 18), core::civil_date(2021, 7, 18))
               .value())) {
    first_sunday = str(s.key);
    break;
  }
  CHECK(first_sunday == "akhundzada_political_settlement");
}

// afbrief tests: the statements table, pinned against the article.
//
// Every quote below was typed from data/doha_news_2021-07-18.txt
// ("paragraph N" = line N): for a quotation, the text between the curly
// quotation marks, exactly as printed, UTF-8, with a comma printed inside the
// closing mark kept; for reported speech (indirect), the words the article
// reports without quotation marks. The tweet of paragraph 5 has no quotation
// marks: its text is the whole tweet, with the picture link printed at its
// end. A statement's `said` is the day it was said, or, where the article
// does not give the day, one day of a set ("[..2021-07-18]": by publication).
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <cstring>
#include <string>
#include <vector>

namespace {

using afbrief::actor_id;
using afbrief::source_id;
using afbrief::statement_id;
namespace core = afbrief::core;

// ---- Compile-time face ------------------------------------------------------

constexpr afbrief::statement st(statement_id id) { return afbrief::ct::get(id).value(); }
constexpr core::civil_date said_day(statement_id id) {
  return core::single_day(st(id).said).value();
}

static_assert(afbrief::ct::statements().size() == 18,
              "the article quotes 8 statements and reports 10 more");
static_assert(!afbrief::ct::get(static_cast<statement_id>(19)).has_value(), "no 19th statement");
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
static_assert(said_day(statement_id::akhundzada_strenuously_favours) ==
                  core::civil_date(2021, 7, 18),
              "p2: said on Sunday");
static_assert(st(statement_id::akhundzada_strenuously_favours).derived.has(
                  core::statement_field::said),
              "p2 names the weekday, not the date");
static_assert(said_day(statement_id::abdullah_tweet_meetings_continued) ==
                      core::civil_date(2021, 7, 17) &&
                  !st(statement_id::abdullah_tweet_meetings_continued)
                       .derived.has(core::statement_field::said),
              "p6 prints the tweet's date, July 17, 2021");
static_assert(st(statement_id::abdullah_tweet_meetings_continued).said_through.value() ==
                  core::channel::tweet,
              "p5");
static_assert(st(statement_id::baradar_opening_remarks).said_through.value() ==
                  core::channel::opening_remarks,
              "p11: in his opening remarks in Doha");
static_assert(st(statement_id::anwari_final_result).via.value() == source_id::afp,
              "p14: Speaking to AFP");
static_assert(said_day(statement_id::anwari_final_result) == core::civil_date(2021, 7, 17),
              "p15: 'Tomorrow' is Sunday, so she spoke on Saturday");
static_assert(st(statement_id::government_not_bad).via.value() == source_id::lyse_doucet,
              "p13: BBC journalist Lyse Doucet said");
static_assert(afbrief::ct::equal(st(statement_id::government_not_bad).quote, "not bad"), "p13");
// The government's words about "the first round of talks" (the Saturday
// meeting): said once that meeting had begun and by publication, on a day
// the article does not give, one of the two.
static_assert(st(statement_id::government_not_bad).said.form == core::period_form::one_of &&
                  st(statement_id::government_not_bad).said.begin.first_day ==
                      core::civil_date(2021, 7, 17) &&
                  st(statement_id::government_not_bad).said.end.first_day ==
                      core::civil_date(2021, 7, 18) &&
                  !core::single_day(st(statement_id::government_not_bad).said).has_value(),
              "p13: the 17th or the 18th");
// Paragraph 13: "Abdullah Abdullah confirmed: “We are looking for a positive
// and constructive outcome”", the words of his tweet (paragraph 5) with "and"
// for "&", in a paragraph that opens "In a tweet posted online, BBC
// journalist Lyse Doucet said".
static_assert(st(statement_id::abdullah_positive_outcome).repeats.value() ==
                  statement_id::abdullah_tweet_meetings_continued,
              "p13 repeats the tweet of p5");
static_assert(st(statement_id::abdullah_positive_outcome).via.value() == source_id::lyse_doucet,
              "p13: relayed by Lyse Doucet");
static_assert(st(statement_id::abdullah_positive_outcome).derived ==
                  core::fields(core::statement_field::said, core::statement_field::said_through),
              "p13: the date and the channel are the tweet's, worked out, not printed there");
// Reported speech.
static_assert(st(statement_id::akhundzada_political_solution).indirect &&
                  !st(statement_id::akhundzada_strenuously_favours).indirect,
              "p2: the sentence is reported speech, its two quoted words a quotation");
static_assert(!st(statement_id::brennan_people_in_need).said_through.has_value() &&
                  !st(statement_id::unama_children_women_casualties).said_through.has_value() &&
                  !st(statement_id::un_refugee_agency_brink_warning).said_through.has_value() &&
                  !st(statement_id::un_refugee_agency_displacement).said_through.has_value(),
              "p17, p18, p20 do not say how the words came out");

// Statements by date, at compile time: overlaps (could have been said then)
// against within (surely said then).
constexpr afbrief::date_range on(int16_t y, uint8_t m, uint8_t d) {
  return afbrief::make_range(core::civil_date(y, m, d), core::civil_date(y, m, d)).value();
}
static_assert(afbrief::ct::count_statements(on(2021, 7, 18), afbrief::match::within) == 5,
              "Akhundzada's five statements of Sunday's message");
static_assert(afbrief::ct::count_statements(on(2021, 7, 18)) == 11,
              "and the six that may have been said on Sunday: the government's and Doucet's "
              "(the 17th or the 18th) and the four undated ones");
static_assert(afbrief::ct::count_statements(on(2021, 7, 17), afbrief::match::within) == 5,
              "Saturday: the tweet and its repeat, Baradar, Anwari twice");
static_assert(afbrief::ct::count_statements(on(2021, 7, 17)) == 11,
              "and the government's, Doucet's and the four undated ones");

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

std::string statement_key(core::maybe<statement_id> s) {
  return s.has_value() ? str(afbrief::rt::get(s.value()).value().key) : std::string("none");
}

std::string edtf(core::period p) {
  char buffer[48];
  const core::format_result r = core::format_edtf(p, buffer, sizeof buffer);
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer, r.length);
}

std::string channel_text(core::maybe<core::channel> c) {
  return c.has_value() ? str(core::channel_name(c.value())) : std::string("none");
}

struct expected_statement {
  const char* key;
  const char* speaker;
  const char* role;          // "" when the article gives none
  const char* organisation;  // actor key or "none"
  const char* said;          // EDTF
  bool said_derived;         // the date is worked out, not printed
  const char* channel;       // "none" when the article does not say
  const char* quote;         // UTF-8, typed from the article
  bool indirect;             // reported speech, no quotation marks
  const char* repeats;       // statement key or "none"
  const char* via;           // source key or "none"
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
  CHECK(edtf(s.said) == std::string(x.said));
  CHECK(core::is_valid(s.said));
  CHECK((s.said.form == core::period_form::one_of) == (x.said[0] == '['));
  CHECK(s.derived.has(core::statement_field::said) == x.said_derived);
  CHECK(channel_text(s.said_through) == std::string(x.channel));
  // Byte for byte: same length and same bytes.
  CHECK(afbrief::rt::size(s.quote) == std::strlen(x.quote));
  CHECK(afbrief::ct::size(s.quote) == std::strlen(x.quote));
  CHECK(str(s.quote) == std::string(x.quote));
  CHECK(s.indirect == x.indirect);
  CHECK(statement_key(s.repeats) == std::string(x.repeats));
  CHECK(source_key(s.via) == std::string(x.via));
  CHECK(int(s.paragraph) == x.paragraph);
  const std::string named =
      s.named_weekday.has_value() ? str(core::weekday_name(s.named_weekday.value())) : "none";
  CHECK(named == std::string(x.weekday));
  if (s.named_weekday.has_value()) {
    REQUIRE(core::single_day(s.said).has_value());
    CHECK(core::weekday_of(core::single_day(s.said).value()) == s.named_weekday.value());
  }
  // The words are never derived: they are printed.
  CHECK_FALSE(s.derived.has(core::statement_field::quote));
  CHECK_FALSE(s.derived.has(core::statement_field::indirect));
}

}  // namespace

// ---- One test case per statement ---------------------------------------------

TEST_CASE("statement akhundzada_strenuously_favours (paragraph 2)") {
  check_statement({"akhundzada_strenuously_favours", "hibatullah_akhundzada", "supreme leader",
                   "taliban", "2021-07-18", true, "message", "strenuously favours", false, "none",
                   "none", 2, "Sunday"});  // "said on Sunday"
}

TEST_CASE("statement akhundzada_political_solution: reported speech (paragraph 2)") {
  check_statement({"akhundzada_political_solution", "hibatullah_akhundzada", "supreme leader",
                   "taliban", "2021-07-18", true, "message",
                   "The Taliban \xE2\x80\x9Cstrenuously favours\xE2\x80\x9D a political solution "
                   "to the ongoing conflict in Afghanistan",
                   true, "none", "none", 2, "Sunday"});
}

TEST_CASE("statement akhundzada_islamic_emirate: reported speech (paragraph 3)") {
  // "In a message released just days ahead of the Islamic Eid Al-Adha holiday
  // ... Hibatullah Akhundzada doubled down on intentions to establish an
  // Islamic Emirate": what the message said, in the article's words.
  check_statement({"akhundzada_islamic_emirate", "hibatullah_akhundzada", "supreme leader",
                   "taliban", "2021-07-18", true, "message",
                   "doubled down on intentions to establish an Islamic Emirate", true, "none",
                   "none", 3, "none"});
}

TEST_CASE("statement akhundzada_political_settlement (paragraph 4)") {
  check_statement(
      {"akhundzada_political_settlement", "hibatullah_akhundzada", "supreme leader", "taliban",
       "2021-07-18", true, "message",
       "In spite of the military gains and advances, the Islamic Emirate strenuously favours a "
       "political settlement in the country, and every opportunity for the establishment of an "
       "Islamic system, peace and security that presents itself will be made use of by the "
       "Islamic Emirate,",
       false, "none", "none", 4,
       // No named weekday: paragraph 4 names none ("Akhundzada said."); "on Sunday"
       // is printed only in paragraph 2.
       "none"});
}

TEST_CASE("statement akhundzada_resolve_among_ourselves (paragraph 7)") {
  check_statement({"akhundzada_resolve_among_ourselves", "hibatullah_akhundzada", "supreme leader",
                   "taliban", "2021-07-18", true, "message",
                   "Our message remains that instead of relying on foreigners, let us resolve our "
                   "issues among ourselves and rescue our homeland from the prevailing crisis,",
                   false, "none", "none", 7, "none"});
}

TEST_CASE("statement abdullah_tweet_meetings_continued (paragraph 5, dated by paragraph 6)") {
  check_statement({"abdullah_tweet_meetings_continued", "abdullah_abdullah",
                   // Paragraphs 5 and 6 give him no role (paragraph 13 does).
                   "", "reconciliation_council", "2021-07-17", false, "tweet",
                   // The embedded tweet as printed, picture link included.
                   "The high-level meetings between the Republic & the Taliban negotiation teams "
                   "continued in Doha. We are looking for a positive & constructive outcome. "
                   "pic.twitter.com/eNpIY4Ogf3",
                   false, "none", "none", 5, "none"});
}

TEST_CASE("statement baradar_opening_remarks (paragraph 11)") {
  check_statement({"baradar_opening_remarks", "abdul_ghani_baradar", "", "taliban", "2021-07-17",
                   true, "opening_remarks",
                   "As we pursue our greater goals, we have to go beyond the details,", false,
                   "none", "none", 11, "none"});
}

TEST_CASE("statement government_not_bad (paragraph 13)") {
  check_statement({"government_not_bad", "afghan_government", "", "none",
                   "[2021-07-17..2021-07-18]", true, "reported_by_journalist", "not bad", false,
                   "none", "lyse_doucet", 13, "none"});
}

TEST_CASE("statement doucet_first_round_not_bad: her own report (paragraph 13)") {
  // "In a tweet posted online, BBC journalist Lyse Doucet said the government
  // described the first round of talks as “not bad”": reported speech that
  // carries the government's quoted words.
  check_statement({"doucet_first_round_not_bad", "lyse_doucet", "journalist", "bbc",
                   "[2021-07-17..2021-07-18]", true, "tweet",
                   "the government described the first round of talks as "
                   "\xE2\x80\x9Cnot bad\xE2\x80\x9D",
                   true, "none", "none", 13, "none"});
}

TEST_CASE("statement abdullah_positive_outcome: the tweet again, via Lyse Doucet (paragraph 13)") {
  check_statement({"abdullah_positive_outcome", "abdullah_abdullah",
                   "head of Afghanistan’s reconciliation council", "reconciliation_council",
                   "2021-07-17", true, "tweet",
                   "We are looking for a positive and constructive outcome", false,
                   "abdullah_tweet_meetings_continued", "lyse_doucet", 13, "none"});
}

TEST_CASE("statement anwari_more_expected_sunday: reported speech (paragraph 14)") {
  // "Speaking to AFP, ... Najia Anwari said more is expected on Sunday": she
  // expects it "Tomorrow" (paragraph 15), so she spoke on Saturday. "Sunday"
  // is what she expects, not when she spoke: no named weekday.
  check_statement({"anwari_more_expected_sunday", "najia_anwari",
                   "spokeswoman for the Afghan government", "afghan_government", "2021-07-17",
                   true, "remarks_to_news_agency", "more is expected on Sunday", true, "none",
                   "afp", 14, "none"});
}

TEST_CASE("statement anwari_final_result (paragraph 15, speaker named in paragraph 14)") {
  check_statement({"anwari_final_result", "najia_anwari", "spokeswoman for the Afghan government",
                   "afghan_government", "2021-07-17", true, "remarks_to_news_agency",
                   "Tomorrow they will definitely have a final result of all the work they have "
                   "done,",
                   false, "none", "afp", 15, "none"});
}

TEST_CASE("statement unama_children_women_casualties: reported speech (paragraph 17)") {
  // UNAMA "notes" it, "according to Al Jazeera"; no date and no channel.
  check_statement({"unama_children_women_casualties", "unama", "", "none", "[..2021-07-18]", true,
                   "none",
                   "up to 7,792 children were killed and 18,662 injured in the past decade alone, "
                   "in addition to more than 3,000 deaths recorded among women",
                   true, "none", "al_jazeera", 17, "none"});
}

TEST_CASE("statement un_refugee_agency_brink_warning: reported speech (paragraph 18)") {
  check_statement({"un_refugee_agency_brink_warning", "un_refugee_agency", "", "none",
                   "[..2021-07-18]", true, "none",
                   "Afghanistan is on the brink of yet another humanitarian crisis", true, "none",
                   "none", 18, "none"});
}

TEST_CASE("statement un_refugee_agency_displacement: reported speech (paragraph 18)") {
  check_statement({"un_refugee_agency_displacement", "un_refugee_agency", "", "none",
                   "[..2021-07-18]", true, "none",
                   "270,000 Afghans are estimated to have been newly internally displaced since "
                   "January \xE2\x80\x93 raising the total number of Afghans forced from their "
                   "homes to more than 3.5 million",
                   true, "none", "none", 18, "none"});
}

TEST_CASE("statements germany_ and italy_withdrawal_announced: reported speech (paragraph 23)") {
  // "Germany and Italy announced the complete withdrawal of its forces from
  // the country in late June": one announcement each, in June 2021 (no made-up
  // day), no channel given.
  check_statement({"germany_withdrawal_announced", "germany", "", "none", "2021-06", true, "none",
                   "the complete withdrawal of its forces from the country", true, "none",
                   "none", 23, "none"});
  check_statement({"italy_withdrawal_announced", "italy", "", "none", "2021-06", true, "none",
                   "the complete withdrawal of its forces from the country", true, "none",
                   "none", 23, "none"});
}

TEST_CASE("statement brennan_people_in_need: reported speech (paragraph 20)") {
  check_statement({"brennan_people_in_need", "rick_brennan", "regional emergencies director", "who",
                   "[..2021-07-18]", true, "none",
                   "up to 18.4 million people in Afghanistan now require humanitarian assistance, "
                   "including 3.1 million children at risk of acute malnutrition",
                   true, "none", "none", 20, "none"});
}

// ---- The table as a whole ----------------------------------------------------

TEST_CASE("statements: exactly 18, in key order, none after publication, UTF-8 quotes") {
  CHECK(afbrief::rt::statements().size() == 18u);
  std::string previous;
  size_t n = 0;
  const int32_t published = core::days_from_civil(core::civil_date(2021, 7, 18));
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    INFO("statement " << str(s.key));
    CHECK(afbrief::core::position_of(s.id) == n);
    CHECK(str(s.key) > previous);
    previous = str(s.key);
    // Said by publication, whatever the form of `said`.
    CHECK(core::latest_day_number(s.said) <= published);
    CHECK(core::is_valid(s.said));
    const std::string q = str(s.quote);
    CHECK_FALSE(q.empty());
    if (!s.indirect) {
      // The outer quotation marks are not part of the quote.
      CHECK(q.find("\xE2\x80\x9C") == std::string::npos);  // “
      CHECK(q.find("\xE2\x80\x9D") == std::string::npos);  // ”
    }
    // A statement without a single day is one day of a set, or of a month
    // (the announcements "in late June"), and its date is always worked out.
    if (!core::single_day(s.said).has_value()) {
      CHECK((s.said.form == core::period_form::one_of ||
             s.said.begin.precision == core::grain::month));
      CHECK(s.derived.has(core::statement_field::said));
    }
    ++n;
  }
  CHECK(n == 18u);
}

TEST_CASE("the ten pieces of reported speech") {
  std::vector<std::string> indirect;
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    if (s.indirect) indirect.push_back(str(s.key));
  }
  REQUIRE(indirect.size() == 10u);
  CHECK(indirect[0] == "akhundzada_islamic_emirate");
  CHECK(indirect[1] == "akhundzada_political_solution");
  CHECK(indirect[2] == "anwari_more_expected_sunday");
  CHECK(indirect[3] == "brennan_people_in_need");
  CHECK(indirect[4] == "doucet_first_round_not_bad");
  CHECK(indirect[5] == "germany_withdrawal_announced");
  CHECK(indirect[6] == "italy_withdrawal_announced");
  CHECK(indirect[7] == "un_refugee_agency_brink_warning");
  CHECK(indirect[8] == "un_refugee_agency_displacement");
  CHECK(indirect[9] == "unama_children_women_casualties");
  // Doucet's report carries the government's two quoted words.
  CHECK(str(afbrief::rt::get(statement_id::doucet_first_round_not_bad).value().quote)
            .find("\xE2\x80\x9C" +
                  str(afbrief::rt::get(statement_id::government_not_bad).value().quote) +
                  "\xE2\x80\x9D") != std::string::npos);
  // The two quoted words of paragraph 2 stand, in their marks, inside the
  // reported sentence around them.
  const std::string words =
      str(afbrief::rt::get(statement_id::akhundzada_strenuously_favours).value().quote);
  const std::string sentence =
      str(afbrief::rt::get(statement_id::akhundzada_political_solution).value().quote);
  CHECK(sentence.find("\xE2\x80\x9C" + words + "\xE2\x80\x9D") != std::string::npos);
  // The agency's two figures are what its reported words carry.
  const std::string displacement =
      str(afbrief::rt::get(statement_id::un_refugee_agency_displacement).value().quote);
  CHECK(displacement.find(str(afbrief::rt::get(afbrief::figure_id::newly_displaced_since_january)
                                  .value()
                                  .wording)) == 0u);
  CHECK(displacement.find(str(afbrief::rt::get(afbrief::figure_id::displaced_total)
                                  .value()
                                  .wording)) != std::string::npos);
  const std::string brennan =
      str(afbrief::rt::get(statement_id::brennan_people_in_need).value().quote);
  CHECK(brennan.find(str(afbrief::rt::get(afbrief::figure_id::people_in_need).value().wording)) ==
        0u);
}

TEST_CASE("abdullah_positive_outcome repeats the tweet's words, relayed by Lyse Doucet") {
  const afbrief::statement tweet =
      afbrief::rt::get(statement_id::abdullah_tweet_meetings_continued).value();
  const afbrief::statement repeat =
      afbrief::rt::get(statement_id::abdullah_positive_outcome).value();
  // Paragraph 5's second sentence, "&" written "and", without its full stop.
  const std::string tweet_text = str(tweet.quote);
  const std::string sentence = "We are looking for a positive & constructive outcome.";
  REQUIRE(tweet_text.find(sentence) != std::string::npos);
  std::string spelled = sentence.substr(0, sentence.size() - 1);
  spelled.replace(spelled.find("&"), 1, "and");
  CHECK(str(repeat.quote) == spelled);
  // So its date and channel are the tweet's.
  CHECK(edtf(repeat.said) == edtf(tweet.said));
  CHECK(repeat.said_through == tweet.said_through);
  CHECK(repeat.speaker == tweet.speaker);
  CHECK(repeat.derived.has(core::statement_field::said_through));
  CHECK_FALSE(tweet.derived.has(core::statement_field::said_through));
  // Paragraph 13 opens "In a tweet posted online, BBC journalist Lyse Doucet
  // said": she passed on both of its statements; the tweet itself was not
  // passed on by anyone.
  CHECK(repeat.via.value() == source_id::lyse_doucet);
  CHECK(afbrief::rt::get(statement_id::government_not_bad).value().via.value() ==
        source_id::lyse_doucet);
  CHECK_FALSE(tweet.via.has_value());
  size_t repeating = 0;
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    if (s.repeats.has_value()) ++repeating;
  }
  CHECK(repeating == 1u);
}

TEST_CASE("statements by date: overlaps against within") {
  const afbrief::date_range saturday =
      afbrief::make_range(core::civil_date(2021, 7, 17), core::civil_date(2021, 7, 17)).value();
  CHECK(afbrief::rt::count_statements(saturday, afbrief::match::within) == 5u);
  // May have been said on Saturday: those five, the government's words and
  // Doucet's report (the 17th or the 18th), and the four undated ones.
  CHECK(afbrief::rt::count_statements(saturday) == 11u);
  const afbrief::date_range weekend =
      afbrief::make_range(core::civil_date(2021, 7, 17), core::civil_date(2021, 7, 18)).value();
  // Within the weekend: every statement with a day that weekend, and the two
  // said on one of its two days.
  CHECK(afbrief::rt::count_statements(weekend, afbrief::match::within) == 12u);
  // Only the June announcements cannot have been said that weekend.
  CHECK(afbrief::rt::count_statements(weekend) == 16u);
  const afbrief::date_range before =
      afbrief::make_range(core::civil_date(2021, 1, 1), core::civil_date(2021, 7, 16)).value();
  // Surely said before the weekend: the two June announcements; may have
  // been: those and the four undated statements.
  CHECK(afbrief::rt::count_statements(before, afbrief::match::within) == 2u);
  REQUIRE(afbrief::rt::nth_statement(before, 0, afbrief::match::within).has_value());
  CHECK(afbrief::rt::nth_statement(before, 0, afbrief::match::within).value() ==
        statement_id::germany_withdrawal_announced);
  CHECK(afbrief::rt::count_statements(before) == 6u);
  REQUIRE(afbrief::rt::nth_statement(before, 0).has_value());
  CHECK(afbrief::rt::nth_statement(before, 0).value() == statement_id::brennan_people_in_need);
  const afbrief::date_range after =
      afbrief::make_range(core::civil_date(2021, 7, 19), core::civil_date(9999, 12, 31)).value();
  CHECK(afbrief::rt::count_statements(after) == 0u);
  std::string first_sunday;
  for (const afbrief::statement s : afbrief::rt::statements_in(
           afbrief::make_range(core::civil_date(2021, 7, 18), core::civil_date(2021, 7, 18))
               .value(),
           afbrief::match::within)) {
    first_sunday = str(s.key);
    break;
  }
  CHECK(first_sunday == "akhundzada_islamic_emirate");
}

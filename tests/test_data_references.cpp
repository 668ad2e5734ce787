// afbrief tests: actors, sources, places and the article record.
//
// Names and roles are the article's words (data/doha_news_2021-07-18.txt,
// "paragraph N" = line N) wherever the article gives them.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <cstring>
#include <string>

namespace {

using afbrief::actor_id;
using afbrief::place_id;
using afbrief::source_id;
namespace core = afbrief::core;

// ---- Compile-time face ------------------------------------------------------

static_assert(afbrief::ct::actors().size() == 25, "25 actors");
static_assert(afbrief::ct::sources().size() == 7, "7 sources");
static_assert(afbrief::ct::places().size() == 4, "4 places");
static_assert(afbrief::ct::paragraphs().size() == 26, "26 lines in the article");
static_assert(afbrief::ct::the_article().paragraph_count == 26, "26 paragraphs");
static_assert(afbrief::ct::the_article().published == core::civil_date(2021, 7, 18),
              "published Sunday 2021-07-18");
static_assert(afbrief::ct::the_article().derived.has(core::article_field::published),
              "the article prints no date line");
static_assert(afbrief::ct::the_article().derived ==
                  core::fields(core::article_field::published),
              "only the date is worked out: the outlet (p26) and the paragraphs are printed");
static_assert(core::weekday_of(afbrief::ct::the_article().published) == core::weekday::sunday,
              "a Sunday");
static_assert(core::weekday_of(core::civil_date(2021, 7, 17)) == core::weekday::saturday,
              "the tweet's July 17, 2021 is a Saturday");
static_assert(afbrief::ct::equal(afbrief::ct::the_article().outlet, "Doha News"), "p26: Doha News");

static_assert(afbrief::ct::paragraphs().at(4).value().role == core::paragraph_role::embedded_post,
              "p5: the tweet");
static_assert(afbrief::ct::paragraphs().at(5).value().role ==
                  core::paragraph_role::embedded_post_byline,
              "p6: the tweet's byline");
static_assert(afbrief::ct::paragraphs().at(20).value().role == core::paragraph_role::related_link,
              "p21: a linked headline");
static_assert(afbrief::ct::paragraphs().at(25).value().role == core::paragraph_role::footer,
              "p26: the footer");
static_assert(afbrief::ct::paragraphs().at(0).value().role == core::paragraph_role::body, "p1");

static_assert(afbrief::ct::find_actor("taliban").value() == actor_id::taliban, "key");
static_assert(afbrief::ct::find_source("unama").value() == source_id::unama, "key");
static_assert(afbrief::ct::find_place("kabul").value() == place_id::kabul, "key");
static_assert(!afbrief::ct::find_place("washington").has_value(), "Washington is not a place here");
static_assert(afbrief::ct::get(place_id::doha).value().within.value() == place_id::qatar,
              "Doha is in Qatar");
static_assert(afbrief::ct::get(place_id::kabul).value().within.value() == place_id::afghanistan,
              "Kabul is in Afghanistan");
static_assert(afbrief::ct::get(source_id::doha_news).value().kind == core::source_kind::publisher,
              "Doha News printed the article");
static_assert(afbrief::ct::get(actor_id::hibatullah_akhundzada).value().part_of.value() ==
                  actor_id::taliban,
              "p2: the insurgent’s supreme leader");

// Which paragraph a record cites must be a reporting one.
struct cites_paragraph {
  int n;
  template <class Record>
  constexpr bool operator()(const Record& r) const {
    return int(r.paragraph) == n;
  }
};
constexpr size_t citing(int n) {
  return afbrief::ct::figures().count_if(cites_paragraph{n}) +
         afbrief::ct::events().count_if(cites_paragraph{n}) +
         afbrief::ct::statements().count_if(cites_paragraph{n});
}
static_assert(citing(6) == 0, "the tweet's byline is cited by nothing");
static_assert(citing(21) == 0, "the linked headline is not the article's reporting");
static_assert(citing(26) == 0, "the footer is cited by nothing");
static_assert(citing(17) == 4, "UNAMA's three figures and its reported words");
static_assert(citing(18) == 4, "the agency's two figures and its two reported statements");
static_assert(citing(9) == 2, "the talks of September and the decades of conflict");
static_assert(citing(13) == 3,
              "Doucet's report, the government's words in it, and Abdullah's, relayed by her");
static_assert(citing(23) == 3, "the announcement, and Germany's and Italy's reported words");
static_assert(citing(3) == 2, "Eid, and the message's intention to establish an Islamic Emirate");
static_assert(citing(2) == 3, "the message, its two quoted words and the sentence around them");
// Every record cites a paragraph that exists: the counts over paragraphs 1-26
// add up to every record.
constexpr size_t citing_from(int n) { return n > 26 ? 0 : citing(n) + citing_from(n + 1); }
static_assert(citing_from(1) == 11 + 14 + 18, "every figure, event and statement");
static_assert(citing(0) == 0 && citing(27) == 0, "none outside the article");

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

afbrief::text_ref key_text(const char* key) { return afbrief::text_ref(key, std::strlen(key)); }

std::string actor_key(core::maybe<actor_id> a) {
  return a.has_value() ? str(afbrief::rt::get(a.value()).value().key) : std::string("none");
}

std::string place_key(core::maybe<place_id> p) {
  return p.has_value() ? str(afbrief::rt::get(p.value()).value().key) : std::string("none");
}

struct expected_actor {
  const char* key;
  const char* name;
  const char* kind;
  const char* role;
  const char* part_of;
};

}  // namespace

TEST_CASE("the article record") {
  const afbrief::article a = afbrief::rt::the_article();
  CHECK(str(a.outlet) == "Doha News");
  char buffer[16];
  const afbrief::format_result r = core::format_date(a.published, buffer, sizeof buffer);
  CHECK(std::string(buffer, r.length) == "2021-07-18");
  CHECK(a.derived.has(afbrief::article_field::published));
  CHECK_FALSE(a.derived.has(afbrief::article_field::outlet));
  CHECK(int(a.paragraph_count) == 26);
  CHECK_FALSE(str(a.subject).empty());
}

TEST_CASE("paragraph roles") {
  REQUIRE(afbrief::rt::paragraphs().size() == 26u);
  size_t i = 0;
  for (const afbrief::paragraph p : afbrief::rt::paragraphs().all()) {
    const int n = int(i + 1);
    INFO("paragraph " << n);
    CHECK(int(p.number) == n);
    const char* role = n == 5    ? "embedded_post"
                       : n == 6  ? "embedded_post_byline"
                       : n == 21 ? "related_link"
                       : n == 26 ? "footer"
                                 : "body";
    CHECK(str(core::paragraph_role_name(p.role)) == std::string(role));
    ++i;
  }
  CHECK(i == 26u);
}

TEST_CASE("no record cites the byline, the linked headline or the footer") {
  for (const afbrief::figure f : afbrief::rt::figures().all()) {
    INFO("figure " << str(f.key));
    CHECK(int(f.paragraph) >= 1);
    CHECK(int(f.paragraph) <= 26);
    CHECK(int(f.paragraph) != 6);
    CHECK(int(f.paragraph) != 21);
    CHECK(int(f.paragraph) != 26);
  }
  for (const afbrief::event e : afbrief::rt::events().all()) {
    INFO("event " << str(e.key));
    CHECK(int(e.paragraph) >= 1);
    CHECK(int(e.paragraph) <= 26);
    CHECK(int(e.paragraph) != 6);
    CHECK(int(e.paragraph) != 21);
    CHECK(int(e.paragraph) != 26);
  }
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    INFO("statement " << str(s.key));
    CHECK(int(s.paragraph) >= 1);
    CHECK(int(s.paragraph) <= 26);
    CHECK(int(s.paragraph) != 6);
    CHECK(int(s.paragraph) != 21);
    CHECK(int(s.paragraph) != 26);
  }
}

TEST_CASE("actors: 25, with the article's names and roles") {
  const expected_actor expected[] = {
      // p11: "the Taliban’s Mullah Abdul Ghani Baradar" (Mullah is a title, not a role).
      {"abdul_ghani_baradar", "Mullah Abdul Ghani Baradar", "person", "", "taliban"},
      // p13: "the head of Afghanistan’s reconciliation council Abdullah Abdullah".
      {"abdullah_abdullah", "Abdullah Abdullah", "person",
       "head of Afghanistan’s reconciliation council", "reconciliation_council"},
      {"afghan_government", "Afghan government", "government", "", "none"},
      {"afp", "AFP", "news_agency", "", "none"},
      {"al_jazeera", "Al Jazeera", "news_outlet", "", "none"},
      {"bbc", "BBC", "news_outlet", "", "none"},
      {"canada", "Canada", "state", "", "none"},
      {"china", "China", "state", "", "none"},
      {"doha_news", "Doha News", "news_outlet", "", "none"},
      {"foreign_forces", "foreign troops", "armed_forces", "", "none"},
      {"france", "France", "state", "", "none"},
      {"germany", "Germany", "state", "", "none"},
      // p2 and p3.
      {"hibatullah_akhundzada", "Hibatullah Akhundzada", "person", "supreme leader", "taliban"},
      {"india", "India", "state", "", "none"},
      {"italy", "Italy", "state", "", "none"},
      // p13: "BBC journalist Lyse Doucet".
      {"lyse_doucet", "Lyse Doucet", "person", "journalist", "bbc"},
      // p14: "spokeswoman for the Afghan government, Najia Anwari".
      {"najia_anwari", "Najia Anwari", "person", "spokeswoman for the Afghan government",
       "afghan_government"},
      {"reconciliation_council", "Afghanistan’s reconciliation council", "council", "", "none"},
      // p20: "The WHO’s regional emergencies director Rick Brennan".
      {"rick_brennan", "Rick Brennan", "person", "regional emergencies director", "who"},
      {"taliban", "Taliban", "armed_group", "", "none"},
      {"un_refugee_agency", "UN refugee agency", "un_body", "", "none"},
      {"unama", "UN Assistance Mission in Afghanistan", "un_body", "", "none"},
      {"united_kingdom", "United Kingdom", "state", "", "none"},
      {"united_states", "United States", "state", "", "none"},
      {"who", "WHO", "un_body", "", "none"},
  };
  REQUIRE(afbrief::rt::actors().size() == sizeof expected / sizeof expected[0]);
  size_t i = 0;
  for (const expected_actor& x : expected) {
    INFO("actor " << std::string(x.key));
    const core::maybe<actor_id> id = afbrief::rt::find_actor(key_text(x.key));
    REQUIRE(id.has_value());
    CHECK(afbrief::core::position_of(id.value()) == i);
    const afbrief::actor a = afbrief::rt::get(id.value()).value();
    CHECK(str(a.key) == std::string(x.key));
    CHECK(str(a.name) == std::string(x.name));
    CHECK(str(afbrief::rt::name_of(id.value())) == std::string(x.name));
    CHECK(str(core::actor_kind_name(a.kind)) == std::string(x.kind));
    CHECK(str(a.role) == std::string(x.role));
    CHECK(actor_key(a.part_of) == std::string(x.part_of));
    ++i;
  }
  CHECK(str(afbrief::rt::name_of(static_cast<actor_id>(99))).empty());
}

TEST_CASE("sources: 7, each backed by its actor") {
  struct expected_source {
    const char* key;
    const char* name;
    const char* actor;
    const char* kind;
  };
  const expected_source expected[] = {
      {"afp", "AFP", "afp", "news_agency"},                                        // p14, p22
      {"al_jazeera", "Al Jazeera", "al_jazeera", "news_outlet"},                   // p17
      {"doha_news", "Doha News", "doha_news", "publisher"},                        // p26
      {"lyse_doucet", "Lyse Doucet (BBC)", "lyse_doucet", "journalist"},           // p13
      {"rick_brennan", "WHO’s Rick Brennan", "rick_brennan", "official"},          // p20
      {"un_refugee_agency", "UN refugee agency", "un_refugee_agency", "un_body"},  // p18
      {"unama", "UNAMA", "unama", "un_body"},                                      // p17: "[UNAMA]"
  };
  REQUIRE(afbrief::rt::sources().size() == sizeof expected / sizeof expected[0]);
  size_t i = 0;
  for (const expected_source& x : expected) {
    INFO("source " << std::string(x.key));
    const core::maybe<source_id> id = afbrief::rt::find_source(key_text(x.key));
    REQUIRE(id.has_value());
    CHECK(afbrief::core::position_of(id.value()) == i);
    const afbrief::source s = afbrief::rt::get(id.value()).value();
    CHECK(str(s.key) == std::string(x.key));
    CHECK(str(s.name) == std::string(x.name));
    CHECK(str(afbrief::rt::name_of(id.value())) == std::string(x.name));
    CHECK(actor_key(s.actor) == std::string(x.actor));
    CHECK(str(core::source_kind_name(s.kind)) == std::string(x.kind));
    ++i;
  }
}

TEST_CASE("places: 4") {
  struct expected_place {
    const char* key;
    const char* name;
    const char* kind;
    const char* within;
  };
  const expected_place expected[] = {
      {"afghanistan", "Afghanistan", "country", "none"},
      {"doha", "Doha", "city", "qatar"},
      {"kabul", "Kabul", "city", "afghanistan"},
      {"qatar", "Qatar", "country", "none"},
  };
  REQUIRE(afbrief::rt::places().size() == sizeof expected / sizeof expected[0]);
  size_t i = 0;
  for (const expected_place& x : expected) {
    INFO("place " << std::string(x.key));
    const core::maybe<place_id> id = afbrief::rt::find_place(key_text(x.key));
    REQUIRE(id.has_value());
    CHECK(afbrief::core::position_of(id.value()) == i);
    const afbrief::place p = afbrief::rt::get(id.value()).value();
    CHECK(str(p.name) == std::string(x.name));
    CHECK(str(afbrief::rt::name_of(id.value())) == std::string(x.name));
    CHECK(str(core::place_kind_name(p.kind)) == std::string(x.kind));
    CHECK(place_key(p.within) == std::string(x.within));
    ++i;
  }
}

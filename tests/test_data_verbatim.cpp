// afbrief tests: what the tables claim is verbatim is in the article, and
// each text's locator points at exactly its bytes.
//
// Reads data/doha_news_2021-07-18.txt (AFBRIEF_ARTICLE_FILE, one paragraph a
// line) at run time and looks every verbatim text up in the paragraph its
// record cites: a figure's wording, period phrase and base phrase, an
// event's phrase, a statement's quote. Each must stand in its paragraph
// exactly once, and its annotation's locator {paragraph, offset, length}
// must be where std::string::find finds it here; a field with no text has
// locator paragraph 0. Nothing here reads the generator's locators to find
// the texts: they are computed again from the article line.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <fstream>
#include <string>
#include <vector>

namespace {

using afbrief::statement_id;
namespace core = afbrief::core;

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
// A note (a library text) read through rt, as a flash target must.
std::string note_text(afbrief::text_ref note) {
  std::vector<char> buffer(note.size() + 1);
  const afbrief::format_result r = afbrief::rt::render(note, buffer.data(), buffer.size());
  REQUIRE_FALSE(r.truncated);
  return std::string(buffer.data(), r.length);
}

std::vector<std::string> read_article() {
  std::ifstream in(AFBRIEF_ARTICLE_FILE);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[line.size() - 1] == '\r') line.erase(line.size() - 1);
    lines.push_back(line);
  }
  return lines;
}

const std::vector<std::string>& article() {
  static const std::vector<std::string> lines = read_article();
  return lines;
}

// Paragraph n (1-based), or an empty text when there is none.
std::string paragraph(int n) {
  const std::vector<std::string>& lines = article();
  return n >= 1 && static_cast<size_t>(n) <= lines.size() ? lines[static_cast<size_t>(n - 1)]
                                                          : std::string();
}

bool in_paragraph(const std::string& text, int n) {
  return !text.empty() && paragraph(n).find(text) != std::string::npos;
}

bool anywhere_in_article(const std::string& text) {
  for (const std::string& line : article()) {
    if (line.find(text) != std::string::npos) return true;
  }
  return false;
}

// How many times text stands in paragraph n (overlapping occurrences count).
size_t occurrences(const std::string& text, int n) {
  if (text.empty()) return 0;
  const std::string line = paragraph(n);
  size_t count = 0;
  for (size_t at = line.find(text); at != std::string::npos; at = line.find(text, at + 1)) ++count;
  return count;
}

// A verbatim field against its locator: a text stands exactly once in its
// record's paragraph, and the locator names that paragraph and exactly its
// bytes; no text, locator paragraph 0 (and nothing else set).
void check_located(const std::string& field, const std::string& text, int record_paragraph,
                   core::locator at) {
  INFO(field << ": \"" << text << "\" locator {" << int(at.paragraph) << ", " << at.offset << ", "
             << at.length << "}");
  if (text.empty()) {
    CHECK_FALSE(core::has_locator(at));
    CHECK(int(at.paragraph) == 0);
    CHECK(at.offset == 0u);
    CHECK(at.length == 0u);
    return;
  }
  REQUIRE(core::has_locator(at));
  CHECK(int(at.paragraph) == record_paragraph);
  const std::string line = paragraph(record_paragraph);
  const size_t found = line.find(text);
  REQUIRE(found != std::string::npos);
  CHECK(occurrences(text, record_paragraph) == 1u);
  CHECK(size_t(at.offset) == found);
  CHECK(size_t(at.length) == text.size());
  // The bytes the locator names, read from the line: the text itself.
  REQUIRE(size_t(at.offset) + at.length <= line.size());
  CHECK(line.substr(at.offset, at.length) == text);
}

bool same_locator(core::locator a, core::locator b) {
  return a.paragraph == b.paragraph && a.offset == b.offset && a.length == b.length;
}

// ---- Compile-time: a few locators and the empty ones -------------------------
static_assert(afbrief::ct::annotation(afbrief::figure_id::displaced_total).has_value() &&
                  !core::has_locator(
                      afbrief::ct::annotation(afbrief::figure_id::displaced_total)
                          .value()
                          .period_phrase),
              "p18: the total has no period phrase, so no locator");
static_assert(afbrief::ct::annotation(afbrief::figure_id::civilian_casualty_change_q1_2021)
                      .value()
                      .base_phrase.paragraph == 19,
              "p19: compared with 2020");
static_assert(!core::has_locator(afbrief::ct::annotation(afbrief::figure_id::people_in_need)
                                     .value()
                                     .base_phrase),
              "no base, no base phrase");
static_assert(afbrief::ct::annotation(afbrief::event_id::eid_al_adha).value().phrase.paragraph == 3,
              "p3: just days ahead");
static_assert(afbrief::ct::annotation(statement_id::government_not_bad).value().quote.length == 7,
              "p13: not bad, 7 bytes");
static_assert(!afbrief::ct::annotation(static_cast<afbrief::figure_id>(12)).has_value() &&
                  !afbrief::ct::annotation(static_cast<afbrief::event_id>(15)).has_value() &&
                  !afbrief::ct::annotation(static_cast<statement_id>(19)).has_value() &&
                  !afbrief::ct::annotation(static_cast<afbrief::actor_id>(26)).has_value() &&
                  !afbrief::ct::annotation(static_cast<afbrief::source_id>(8)).has_value() &&
                  !afbrief::ct::annotation(static_cast<afbrief::place_id>(5)).has_value(),
              "no annotation past a table's end");
static_assert(!afbrief::ct::annotation(afbrief::core::none<afbrief::figure_id>()).has_value() &&
                  !afbrief::ct::annotation(afbrief::core::none<afbrief::place_id>()).has_value(),
              "no annotation for none");
static_assert(!afbrief::ct::paragraph_annotation(0).has_value() &&
                  afbrief::ct::paragraph_annotation(26).has_value() &&
                  !afbrief::ct::paragraph_annotation(27).has_value(),
              "paragraphs 1 to 26");

}  // namespace

TEST_CASE("the article file is the one the tables describe") {
  REQUIRE(article().size() == 26u);
  CHECK(paragraph(1).find("The Taliban has been engaging in sweeping offensives") == 0u);
  CHECK(paragraph(26) == "Follow Doha News on Twitter, Instagram, Facebook and Youtube");
  CHECK(int(afbrief::rt::the_article().paragraph_count) == int(article().size()));
}

TEST_CASE("the publication date follows from paragraphs 2, 6, 8, 12 and 14, not 15") {
  REQUIRE(article().size() == 26u);
  // Paragraph 6 dates the tweet July 17, 2021, a Saturday; the tweet says the
  // meetings continued in Doha (paragraph 5).
  CHECK(paragraph(6).find("July 17, 2021") != std::string::npos);
  CHECK(afbrief::weekday_of(afbrief::civil_date(2021, 7, 17)) == afbrief::weekday::saturday);
  CHECK(paragraph(5).find("continued in Doha") != std::string::npos);
  // Paragraph 8: the message came "just a day after" that meeting; paragraph
  // 2: the leader spoke "on Sunday". So the message is Sunday 2021-07-18 and
  // the article, reporting it, was written that day or later.
  CHECK(paragraph(8).find("just a day after") != std::string::npos);
  CHECK(paragraph(2).find("said on Sunday") != std::string::npos);
  // In its own voice it still calls Sunday's talks upcoming: no later.
  CHECK(paragraph(12).find("is set to continue on Sunday") != std::string::npos);
  CHECK(paragraph(14).find("said more is expected on Sunday") != std::string::npos);
  // Paragraph 15's "Tomorrow" is inside Anwari's quotation marks: hers.
  CHECK(paragraph(15).find("\xE2\x80\x9CTomorrow") == 0u);
  const afbrief::article a = afbrief::rt::the_article();
  CHECK(a.published == afbrief::civil_date(2021, 7, 18));
  CHECK(afbrief::weekday_of(a.published) == afbrief::weekday::sunday);
  CHECK(a.derived.has(afbrief::article_field::published));
  // No paragraph prints the publication date.
  for (const std::string& line : article()) {
    CHECK(line.find("July 18") == std::string::npos);
    CHECK(line.find("2021-07-18") == std::string::npos);
  }
  // The reasoning is the article's note: it rests on paragraph 12, the
  // article's own voice, and says that Anwari's words (paragraphs 14 and 15)
  // are hers, not the article's.
  const std::string note = note_text(afbrief::rt::article_annotation().note);
  CHECK(note.find("paragraph 12") != std::string::npos);
  CHECK(note.find("paragraph 15") != std::string::npos);
  CHECK(note.find("not the article's voice") != std::string::npos);
}

TEST_CASE("every figure's wording, period phrase and base phrase: in its paragraph, located") {
  REQUIRE(article().size() == 26u);
  size_t period_phrases = 0;
  size_t base_phrases = 0;
  for (const afbrief::figure f : afbrief::rt::figures().all()) {
    const std::string wording = str(f.wording);
    const std::string phrase = str(f.period_phrase);
    const std::string base = str(f.base_phrase);
    INFO("figure " << str(f.key) << " (paragraph " << int(f.paragraph) << ")");
    CHECK(in_paragraph(wording, f.paragraph));
    if (!phrase.empty()) {
      CHECK(in_paragraph(phrase, f.paragraph));
      ++period_phrases;
    }
    // A base phrase exactly when there is a base period.
    CHECK(base.empty() == !f.base.has_value());
    if (f.base.has_value()) {
      CHECK(in_paragraph(base, f.paragraph));
      ++base_phrases;
    }
    const afbrief::maybe<afbrief::figure_annotation> note = afbrief::rt::annotation(f.id);
    REQUIRE(note.has_value());
    check_located("wording", wording, f.paragraph, note.value().wording);
    check_located("period_phrase", phrase, f.paragraph, note.value().period_phrase);
    check_located("base_phrase", base, f.paragraph, note.value().base_phrase);
    // ct reads the same table.
    const afbrief::maybe<afbrief::figure_annotation> same = afbrief::ct::annotation(f.id);
    REQUIRE(same.has_value());
    CHECK(same_locator(same.value().wording, note.value().wording));
    CHECK(same_locator(same.value().period_phrase, note.value().period_phrase));
    CHECK(same_locator(same.value().base_phrase, note.value().base_phrase));
  }
  // Every figure but the running total (displaced_total) has time words;
  // only the casualty change has a base.
  CHECK(period_phrases == 10u);
  CHECK(base_phrases == 1u);
}

TEST_CASE("every event's phrase: in its paragraph, located") {
  REQUIRE(article().size() == 26u);
  size_t events = 0;
  for (const afbrief::event e : afbrief::rt::events().all()) {
    const std::string phrase = str(e.phrase);
    INFO("event " << str(e.key) << " (paragraph " << int(e.paragraph) << "): " << phrase);
    CHECK(in_paragraph(phrase, e.paragraph));
    if (e.named_weekday.has_value()) {
      // The weekday the record names is a word of the phrase ("on Sunday").
      CHECK(phrase.find(str(afbrief::core::weekday_name(e.named_weekday.value()))) !=
            std::string::npos);
    }
    const afbrief::maybe<afbrief::event_annotation> note = afbrief::rt::annotation(e.id);
    REQUIRE(note.has_value());
    check_located("phrase", phrase, e.paragraph, note.value().phrase);
    CHECK(same_locator(afbrief::ct::annotation(e.id).value().phrase, note.value().phrase));
    ++events;
  }
  CHECK(events == 14u);
}

TEST_CASE("every statement's quote: in its paragraph, located, inside marks unless reported") {
  REQUIRE(article().size() == 26u);
  const std::string open = "\xE2\x80\x9C";   // “
  const std::string close = "\xE2\x80\x9D";  // ”
  size_t indirect = 0;
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    const std::string quote = str(s.quote);
    INFO("statement " << str(s.key) << " (paragraph " << int(s.paragraph) << "): " << quote);
    CHECK(in_paragraph(quote, s.paragraph));
    const std::string line = paragraph(s.paragraph);
    const size_t at = line.find(quote);
    REQUIRE(at != std::string::npos);
    const bool opened = at >= open.size() && line.compare(at - open.size(), open.size(), open) == 0;
    const bool closed = line.compare(at + quote.size(), close.size(), close) == 0;
    if (s.indirect) {
      // Reported speech: the article prints it without quotation marks.
      ++indirect;
      CHECK_FALSE(opened);
      CHECK_FALSE(closed);
    } else if (s.said_through.has_value() &&
               s.said_through.value() == afbrief::core::channel::tweet && s.paragraph == 5) {
      // The embedded tweet is printed without quotation marks: all of paragraph 5.
      CHECK(at == 0u);
      CHECK(quote == line);
    } else {
      // Exactly the text between the marks: nothing cut off at either end.
      CHECK(opened);
      CHECK(closed);
      CHECK(in_paragraph(open + quote + close, s.paragraph));
    }
    const afbrief::maybe<afbrief::statement_annotation> note = afbrief::rt::annotation(s.id);
    REQUIRE(note.has_value());
    check_located("quote", quote, s.paragraph, note.value().quote);
    CHECK(same_locator(afbrief::ct::annotation(s.id).value().quote, note.value().quote));
  }
  CHECK(indirect == 10u);
}

TEST_CASE("texts sharing words share bytes: one phrase, one locator") {
  // "in the past decade alone" is printed once in paragraph 17 and serves its
  // three figures; "now" once in paragraph 20 for two.
  const core::locator killed =
      afbrief::rt::annotation(afbrief::figure_id::children_killed_past_decade)
          .value()
          .period_phrase;
  CHECK(same_locator(killed, afbrief::rt::annotation(afbrief::figure_id::women_killed_past_decade)
                                 .value()
                                 .period_phrase));
  CHECK(same_locator(killed,
                     afbrief::rt::annotation(afbrief::figure_id::children_injured_past_decade)
                         .value()
                         .period_phrase));
  CHECK(same_locator(
      afbrief::rt::annotation(afbrief::figure_id::people_in_need).value().period_phrase,
      afbrief::rt::annotation(afbrief::figure_id::children_at_risk_of_acute_malnutrition)
          .value()
          .period_phrase));
  // France's figure and event both read "On Saturday", the paragraph's first words.
  const core::locator saturday =
      afbrief::rt::annotation(afbrief::event_id::france_evacuation).value().phrase;
  CHECK(same_locator(
      saturday,
      afbrief::rt::annotation(afbrief::figure_id::france_evacuated).value().period_phrase));
  CHECK(int(saturday.paragraph) == 22);
  CHECK(saturday.offset == 0u);
  // A phrase inside a wording lies inside the wording's bytes.
  const afbrief::figure_annotation change =
      afbrief::rt::annotation(afbrief::figure_id::civilian_casualty_change_q1_2021).value();
  CHECK(change.period_phrase.offset >= change.wording.offset);
  CHECK(change.base_phrase.offset + change.base_phrase.length <=
        change.wording.offset + change.wording.length);
}

TEST_CASE("every record, actor, source and place has a note; paragraphs only where not body") {
  for (const afbrief::figure f : afbrief::rt::figures().all()) {
    INFO("figure " << str(f.key));
    CHECK_FALSE(note_text(afbrief::rt::annotation(f.id).value().note).empty());
  }
  for (const afbrief::event e : afbrief::rt::events().all()) {
    INFO("event " << str(e.key));
    CHECK_FALSE(note_text(afbrief::rt::annotation(e.id).value().note).empty());
  }
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    INFO("statement " << str(s.key));
    CHECK_FALSE(note_text(afbrief::rt::annotation(s.id).value().note).empty());
  }
  for (const afbrief::actor a : afbrief::rt::actors().all()) {
    INFO("actor " << str(a.key));
    CHECK_FALSE(note_text(afbrief::rt::annotation(a.id).value().note).empty());
  }
  for (const afbrief::source s : afbrief::rt::sources().all()) {
    INFO("source " << str(s.key));
    CHECK_FALSE(note_text(afbrief::rt::annotation(s.id).value().note).empty());
  }
  for (const afbrief::place p : afbrief::rt::places().all()) {
    INFO("place " << str(p.key));
    CHECK_FALSE(note_text(afbrief::rt::annotation(p.id).value().note).empty());
  }
  // The tweet, its byline, the linked headline and the footer say what they
  // are; the article's own paragraphs need no note.
  for (size_t n = 1; n <= 26; ++n) {
    INFO("paragraph " << n);
    const afbrief::maybe<afbrief::note_annotation> note = afbrief::rt::paragraph_annotation(n);
    REQUIRE(note.has_value());
    const bool special = n == 5 || n == 6 || n == 21 || n == 26;
    CHECK(note_text(note.value().note).empty() != special);
    const bool body =
        afbrief::rt::paragraphs().at(n - 1).value().role == afbrief::paragraph_role::body;
    CHECK(body != special);
  }
  CHECK_FALSE(afbrief::rt::paragraph_annotation(0).has_value());
  CHECK_FALSE(afbrief::rt::paragraph_annotation(27).has_value());
  CHECK_FALSE(note_text(afbrief::rt::article_annotation().note).empty());
  // ct reads the same notes, in place.
  CHECK(afbrief::ct::annotation(afbrief::figure_id::displaced_total).value().note.data() ==
        afbrief::rt::annotation(afbrief::figure_id::displaced_total).value().note.data());
}

TEST_CASE("every statement's non-empty role is the article's words") {
  REQUIRE(article().size() == 26u);
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    const std::string role = str(s.role);
    INFO("statement " << str(s.key) << ": role " << role);
    if (!role.empty()) {
      CHECK(anywhere_in_article(role));
    }
  }
  // Where the roles are printed.
  CHECK(in_paragraph(str(afbrief::rt::get(statement_id::abdullah_positive_outcome).value().role),
                     13));
  CHECK(in_paragraph(str(afbrief::rt::get(statement_id::anwari_final_result).value().role), 14));
  CHECK(in_paragraph(
      str(afbrief::rt::get(statement_id::akhundzada_strenuously_favours).value().role), 2));
  CHECK(in_paragraph(str(afbrief::rt::get(statement_id::brennan_people_in_need).value().role),
                     20));
}

TEST_CASE("every actor's non-empty role, and every place's name, is in the article") {
  REQUIRE(article().size() == 26u);
  size_t with_role = 0;
  for (const afbrief::actor a : afbrief::rt::actors().all()) {
    const std::string role = str(a.role);
    INFO("actor " << str(a.key) << ": role " << role);
    if (!role.empty()) {
      CHECK(anywhere_in_article(role));
      ++with_role;
    }
  }
  CHECK(with_role == 5u);
  for (const afbrief::place p : afbrief::rt::places().all()) {
    INFO("place " << str(p.key));
    CHECK(anywhere_in_article(str(p.name)));
  }
}

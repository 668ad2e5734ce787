// afbrief tests: what the tables claim is verbatim is in the article.
//
// Reads tests/fixtures/article.txt (AFBRIEF_ARTICLE_FILE, one paragraph a
// line) at run time and looks every verbatim text up in the paragraph its
// record cites.
#include <doctest/doctest.h>

#include <afbrief/afbrief.hpp>
#include <fstream>
#include <string>
#include <vector>

namespace {

using afbrief::statement_id;

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

}  // namespace

TEST_CASE("the article file is the one the tables describe") {
  REQUIRE(article().size() == 26u);
  CHECK(paragraph(1).find("The Taliban has been engaging in sweeping offensives") == 0u);
  CHECK(paragraph(26) == "Follow Doha News on Twitter, Instagram, Facebook and Youtube");
  CHECK(int(afbrief::rt::the_article().paragraph_count) == int(article().size()));
}

TEST_CASE("every figure's wording and period phrase are in its paragraph") {
  REQUIRE(article().size() == 26u);
  for (const afbrief::figure f : afbrief::rt::figures().all()) {
    const std::string wording = str(f.wording);
    const std::string phrase = str(f.period_phrase);
    INFO("figure " << str(f.key) << " (paragraph " << int(f.paragraph) << ")");
    INFO("wording: " << wording);
    INFO("period phrase: " << phrase);
    CHECK(in_paragraph(wording, f.paragraph));
    CHECK(in_paragraph(phrase, f.paragraph));
    if (f.base.has_value()) {
      INFO("base phrase: " << str(f.base_phrase));
      CHECK(in_paragraph(str(f.base_phrase), f.paragraph));
    }
  }
}

TEST_CASE("every event's phrase is in its paragraph") {
  REQUIRE(article().size() == 26u);
  for (const afbrief::event e : afbrief::rt::events().all()) {
    const std::string phrase = str(e.phrase);
    INFO("event " << str(e.key) << " (paragraph " << int(e.paragraph) << "): " << phrase);
    CHECK(in_paragraph(phrase, e.paragraph));
    if (e.named_weekday.has_value()) {
      // The weekday the record names is a word of the phrase ("on Sunday").
      CHECK(phrase.find(str(afbrief::core::weekday_name(e.named_weekday.value()))) !=
            std::string::npos);
    }
  }
}

TEST_CASE("every statement's quote is in its paragraph, inside the quotation marks") {
  REQUIRE(article().size() == 26u);
  const std::string open = "\xE2\x80\x9C";   // “
  const std::string close = "\xE2\x80\x9D";  // ”
  for (const afbrief::statement s : afbrief::rt::statements().all()) {
    const std::string quote = str(s.quote);
    INFO("statement " << str(s.key) << " (paragraph " << int(s.paragraph) << "): " << quote);
    CHECK(in_paragraph(quote, s.paragraph));
    if (s.said_through == afbrief::core::channel::tweet && s.paragraph == 5) {
      // The embedded tweet is printed without quotation marks.
      CHECK(paragraph(5).find(quote) == 0u);
    } else {
      // Exactly the text between the marks: nothing cut off at either end.
      CHECK(in_paragraph(open + quote + close, s.paragraph));
    }
  }
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

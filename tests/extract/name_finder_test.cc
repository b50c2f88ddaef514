// The surname key that ties "Sergei Ivanov", "Ivanov" and "IVANOV" together.
#include "extract/name_finder.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/vocabulary.h"
#include "geo/resolution.h"
#include "text/analyzer.h"

namespace sitrep::extract {
namespace {

TEST(NameFinderTest, SurnameKeyTable) {
  struct Case {
    std::string_view name, key;
  } cases[] = {
      {"Sergei Ivanov", "ivanov"},
      {"Ivanov", "ivanov"},
      {"Maj. Gen. Petro IVANENKO", "ivanenko"},
      {"Jean-Luc Picard", "picard"},
      {"", ""},
      {"Олег Петренко", "Петренко"},  // ASCII letters only are folded
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SurnameKey(c.name), c.key) << c.name;
    EXPECT_TRUE(HasSurnameKey(c.name, c.key)) << c.name;
  }
  EXPECT_FALSE(HasSurnameKey("Sergei Ivanov", "ivanova"));
  EXPECT_FALSE(HasSurnameKey("Sergei Ivanov", "ivano"));
  EXPECT_FALSE(HasSurnameKey("Ivanov Sergei", "ivanov"));
  EXPECT_FALSE(HasSurnameKey("Ivanov", ""));
}

// SurnameKeyIn reads the key out of the lower-cased text: the same as
// SurnameKey for every span of a document's tokens.
TEST(NameFinderTest, SurnameKeyInMatchesSurnameKey) {
  auto analyzer = text::Analyzer::Create();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  text::AnalyzedText t;
  (*analyzer)->Analyze("Maj. Gen. Petro IVANENKO said that John P. O'Brien, Jean-Luc Picard and\nOleh Marchuk met.", &t);
  geo::Resolution res;
  Vocabulary vocab;
  DocView v(t, res, vocab);
  ASSERT_GT(v.size(), 10u);
  for (size_t a = 0; a < v.size(); ++a) {
    for (size_t b = a + 1; b <= v.size() && b <= a + 5; ++b) {
      const std::string_view name = v.Text(a, b);
      EXPECT_EQ(SurnameKeyIn(v, name), SurnameKey(name)) << name;
    }
  }
  EXPECT_EQ(SurnameKeyIn(v, v.Text(0, 6)), "ivanenko");  // Maj . Gen . Petro IVANENKO
}

// LoneNonName, the quick refusal SpeakerFinder makes before NameAt: a
// lone non-name word before a lower-case one ("According", "The army",
// "General Staff reported") is refused; a name's first word, or a title or
// non-name word before a capitalised word, is left to NameAt.
TEST(NameFinderTest, LoneNonNameRefusesOnlyLoneNonNames) {
  auto lex = Lexicon::Load();
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto analyzer = text::Analyzer::Create();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  text::AnalyzedText t;
  (*analyzer)->Analyze(
      "The army said. According to Yuri Sokolov, the army advanced. "
      "Defense Minister Petr Salov and John P. O'Brien met. The General Staff reported.",
      &t);
  geo::Resolution res;
  DocView v(t, res, (*lex)->vocabulary);
  const std::vector<uint8_t> taken(v.size(), 0);
  std::vector<std::string> refused;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v.Cap(i)) continue;
    const size_t end = t.sentences[v.sentence_of[i]].end_token;
    if (!LoneNonName(v, **lex, i, end)) continue;
    refused.emplace_back(v.raw[i]);
    NameSpan ns;
    EXPECT_FALSE(NameAt(v, **lex, taken, i, end, &ns)) << v.raw[i];
  }
  EXPECT_EQ(refused, (std::vector<std::string>{"The", "According", "Staff"}));
}

}  // namespace
}  // namespace sitrep::extract

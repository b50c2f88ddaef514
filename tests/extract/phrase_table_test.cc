#include "extract/phrase_table.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "extract/lexicon.h"

namespace sitrep::extract {
namespace {

std::vector<std::string_view> Words(const std::vector<std::string>& w) {
  return std::vector<std::string_view>(w.begin(), w.end());
}

TEST(PhraseTableTest, LongestMatchWithAlternatives) {
  PhraseTable t;
  t.Add("took control of|taken control of", "captured");
  t.Add("control of", "control");
  std::vector<std::string> w = {"they", "took", "control", "of", "it"};
  auto words = Words(w);
  PhraseTable::Match m = t.Longest(words, 1, words.size());
  EXPECT_EQ(m.len, 3);
  EXPECT_EQ(t.tag(m.tag), "captured");
  EXPECT_EQ(t.Longest(words, 2, words.size()).len, 2);
  EXPECT_EQ(t.Longest(words, 0, words.size()).len, 0);
}

TEST(PhraseTableTest, SitesAndCaseExactAcronyms) {
  PhraseTable t;
  t.Add("aif.ru", "aif.ru");
  t.Add("RT", "RT");
  std::vector<std::string> lw = {"aif", ".", "ru", "rt"};
  std::vector<std::string> rw = {"aif", ".", "ru", "rt"};
  auto lower = Words(lw), raw = Words(rw);
  EXPECT_EQ(t.Longest(lower, 0, 4, &raw).len, 3);
  EXPECT_EQ(t.Longest(lower, 3, 4, &raw).len, 0);  // "rt" is not "RT"
  rw[3] = "RT";
  raw = Words(rw);
  EXPECT_EQ(t.Longest(lower, 3, 4, &raw).len, 1);
}

TEST(PhraseTableTest, LoadFileReportsBadLine) {
  std::string path = ::testing::TempDir() + "/bad_lexicon.txt";
  {
    std::ofstream f(path);
    f << "# comment\ngood phrase\ttag\n|\ttag\n";
  }
  PhraseTable t;
  Status s = t.LoadFile(path);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":3:"), std::string::npos) << s.message();
  std::remove(path.c_str());
}

TEST(LexiconTest, ShippedLexiconLoads) {
  auto lex = Lexicon::Load("en");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_GT((*lex)->claim_triggers.size(), 50u);
  EXPECT_TRUE((*lex)->months.Has("november"));
}

}  // namespace
}  // namespace sitrep::extract

#include "extract/phrase_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>

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

TEST(PhraseTableTest, FirstWordsTaggedListsEachFirstWordOnce) {
  PhraseTable t;
  t.Add("telegram channel|the telegram channel|telegram", "channel");
  t.Add("told|the words of", "cue");
  std::vector<int32_t> firsts = t.FirstWordsTagged(t.TagIndex("channel"));
  std::vector<int32_t> want = {t.vocabulary().Find("telegram"), t.vocabulary().Find("the")};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(firsts, want);
  EXPECT_EQ(t.FirstWordsTagged(t.TagIndex("cue")).size(), 2u);
}

// A phrase opening with a possessive matches the "'s" token that text has
// after a name.
TEST(PhraseTableTest, PhraseOpeningWithAPossessive) {
  PhraseTable t;
  t.Add("'s fall|'s recent fall", "captured");
  std::vector<std::string> w = {"after", "avdiivka", "'s", "recent", "fall", "and", "kupiansk", "'s", "fall"};
  auto words = Words(w);
  EXPECT_EQ(t.Longest(words, 2, words.size()).len, 3);
  EXPECT_EQ(t.Longest(words, 7, words.size()).len, 2);
  EXPECT_EQ(t.Longest(words, 4, words.size()).len, 0);
}

// A common first word starts phrases of one, two and three words: each
// token after it finds the longest that matches, also when no longer
// phrase has it as second word (the scan then skips to one-word phrases),
// and the one-word phrase when a longer one is cut short.
TEST(PhraseTableTest, SharedFirstWordLongestFirst) {
  PhraseTable t;
  t.Add("the kremlin", "kremlin");
  t.Add("the", "article");
  t.Add("the general staff", "staff");
  t.Add("the ministry of defence|the defence ministry", "ministry");
  for (int i = 0; i < 70; ++i) t.Add("the x" + std::to_string(i), "filler");  // more second words than mask bits
  // Phrases of one second word are tried longest first, whatever their order
  // of addition and the other second words between them.
  t.Add("the defence", "defence");
  t.Add("the defence ministry said", "said");
  struct Case {
    std::vector<std::string> words;
    int len;
    const char* tag;
  } cases[] = {
      {{"the", "kremlin", "said"}, 2, "kremlin"},
      {{"the", "ministry", "of", "defence"}, 4, "ministry"},
      {{"the", "ministry", "of", "finance"}, 1, "article"},
      {{"the", "general", "staff"}, 3, "staff"},
      {{"the", "general"}, 1, "article"},  // "the general staff" cut short by the end
      {{"the", "town"}, 1, "article"},     // no phrase has "town" second
      {{"the", "x69"}, 2, "filler"},
      {{"the", "defence", "ministry", "said"}, 4, "said"},
      {{"the", "defence", "ministry"}, 3, "ministry"},
      {{"the", "defence", "forces"}, 2, "defence"},
      {{"the"}, 1, "article"},
      {{"kremlin"}, 0, ""},
  };
  for (const Case& c : cases) {
    auto words = Words(c.words);
    PhraseTable::Match m = t.Longest(words, 0, words.size());
    EXPECT_EQ(m.len, c.len) << c.words[0] << " " << (c.words.size() > 1 ? c.words[1] : "");
    if (c.len) EXPECT_EQ(t.tag(m.tag), c.tag) << c.words.back();
  }
}

// Random phrases over a few words (many sharing their first two or three
// words) against random token runs: Longest gives the longest phrase that
// matches, the first added among those as long, as a scan of every phrase
// would.
TEST(PhraseTableTest, RandomPhrasesMatchABruteForceScan) {
  const std::vector<std::string> alphabet = {"the", "of", "enemy", "in", "a", "to", "on", "town"};
  std::mt19937 rng(11);
  PhraseTable t;
  std::vector<std::vector<std::string>> phrases;
  std::vector<std::string> tags;
  for (int p = 0; p < 400; ++p) {
    std::vector<std::string> words(1 + rng() % 5);
    for (auto& w : words) w = alphabet[rng() % 3 == 0 ? rng() % alphabet.size() : rng() % 3];
    std::string text;
    for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
    const std::string tag = "t" + std::to_string(p);
    bool seen = false;  // (a phrase added twice keeps its first tag)
    for (const auto& q : phrases) seen |= q == words;
    if (seen) continue;
    t.Add(text, tag);
    phrases.push_back(words);
    tags.push_back(tag);
  }
  for (int trial = 0; trial < 20000; ++trial) {
    std::vector<std::string> w(1 + rng() % 7);
    for (auto& x : w) x = alphabet[rng() % alphabet.size()];
    const size_t end = 1 + rng() % w.size();
    size_t best_len = 0;
    std::string best_tag;
    for (size_t p = 0; p < phrases.size(); ++p) {
      const auto& ph = phrases[p];
      if (ph.size() <= best_len || ph.size() > end) continue;
      if (std::equal(ph.begin(), ph.end(), w.begin())) {
        best_len = ph.size();
        best_tag = tags[p];
      }
    }
    auto words = Words(w);
    PhraseTable::Match m = t.Longest(words, 0, end);
    ASSERT_EQ(static_cast<size_t>(m.len), best_len) << trial;
    if (best_len) ASSERT_EQ(t.tag(m.tag), best_tag) << trial;
  }
}

// Few phrases, so that the second-word mask has few bits: a phrase of
// several words is found only when its second word's bit is the one set.
TEST(PhraseTableTest, SecondWordOfALongerPhraseIsFound) {
  PhraseTable t;
  t.Add("according to sources close to", "cue");  // five words, one phrase: word ids run ahead of phrase numbers
  t.Add("said", "verb");
  t.Add("the kremlin", "kremlin");
  t.Add("the", "article");
  t.Add("the general staff", "staff");
  struct Case {
    std::vector<std::string> words;
    int len;
  } cases[] = {
      {{"the", "kremlin"}, 2}, {{"the", "general", "staff"}, 3}, {{"the", "said"}, 1}, {{"the", "sources"}, 1},
  };
  for (const Case& c : cases) {
    auto words = Words(c.words);
    EXPECT_EQ(t.Longest(words, 0, words.size()).len, c.len) << c.words[1];
  }
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

TEST(PhraseTableTest, TablesSharingAVocabularyMatchByIds) {
  Vocabulary vocab;
  PhraseTable verbs, units;
  verbs.UseVocabulary(&vocab);
  units.UseVocabulary(&vocab);
  verbs.Add("said|according to", "say");
  units.Add("killed", "killed");
  units.Add("according", "not-a-unit");
  std::vector<std::string> w = {"he", "said", "according", "to", "them", "killed"};
  std::vector<int32_t> ids;
  for (const auto& x : w) ids.push_back(vocab.Find(x));
  EXPECT_EQ(ids[0], Vocabulary::kNone);  // no table uses "he"
  EXPECT_EQ(verbs.Longest(ids, 1, ids.size()).len, 1);
  EXPECT_EQ(verbs.Longest(ids, 2, ids.size()).len, 2);
  EXPECT_EQ(verbs.Longest(ids, 2, 3).len, 0);  // the phrase must fit before `end`
  EXPECT_EQ(verbs.Longest(ids, 0, ids.size()).len, 0);
  // A word of one table is not a phrase of another.
  EXPECT_FALSE(verbs.Has(ids[5]));
  ASSERT_NE(units.TagOf(ids[5]), nullptr);
  EXPECT_EQ(*units.TagOf(ids[5]), "killed");
  EXPECT_EQ(*units.TagOf("according"), "not-a-unit");
  EXPECT_EQ(units.TagOf(Vocabulary::kNone), nullptr);
  // Same answers through the word interface.
  auto words = Words(w);
  EXPECT_EQ(verbs.Longest(words, 2, words.size()).len, 2);
}

TEST(VocabularyTest, InternsDenseIds) {
  Vocabulary v;
  EXPECT_EQ(v.Intern("a"), 0);
  EXPECT_EQ(v.Intern("b"), 1);
  EXPECT_EQ(v.Intern("a"), 0);
  EXPECT_EQ(v.Find("b"), 1);
  EXPECT_EQ(v.Find("c"), Vocabulary::kNone);
  EXPECT_EQ(v.Find(""), Vocabulary::kNone);
  EXPECT_EQ(v.size(), 2u);
}

TEST(VocabularyTest, ThousandsOfWordsKeepTheirIdsThroughRehashing) {
  Vocabulary v;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919 % 100003));
  for (size_t i = 0; i < words.size(); ++i) ASSERT_EQ(v.Intern(words[i]), static_cast<int32_t>(i));
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(v.Find(words[i]), static_cast<int32_t>(i)) << words[i];
  EXPECT_EQ(v.Intern(words[1234]), 1234);  // interning again finds the old id
  EXPECT_EQ(v.size(), words.size());
  // Near misses: same shape, other words.
  EXPECT_EQ(v.Find("w1x"), Vocabulary::kNone);
  EXPECT_EQ(v.Find("x0"), Vocabulary::kNone);
  // The empty word is a word like any other once interned.
  int32_t empty = v.Intern("");
  EXPECT_EQ(v.Intern(""), empty);
  EXPECT_EQ(v.Find(""), empty);
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
  // The line read before the bad one is matched.
  std::vector<std::string> w = {"good", "phrase"};
  auto words = Words(w);
  EXPECT_EQ(t.Longest(words, 0, words.size()).len, 2);
  std::remove(path.c_str());
}

TEST(PhraseTableTest, LoadFileRefusesALineThatLostItsTab) {
  struct Case {
    const char* text;
    bool ok;
  } cases[] = {
      {"a b\tfighting\nc d\tfighting\n", true},
      {"plain\nwords\n", true},
      {"a b\tfighting\nc d fighting\n", false},  // the tab became a space
      {"plain\nwords\ttag\n", false},
  };
  for (const Case& c : cases) {
    std::string path = ::testing::TempDir() + "/tab_lexicon.txt";
    {
      std::ofstream f(path);
      f << c.text;
    }
    PhraseTable t;
    Status s = t.LoadFile(path);
    EXPECT_EQ(s.ok(), c.ok) << c.text;
    if (!c.ok) EXPECT_NE(s.message().find(":2:"), std::string::npos) << s.message();
    std::remove(path.c_str());
  }
}

TEST(PhraseTableTest, ExpandPhraseTable) {
  struct Case {
    const char* entry;
    std::vector<std::string> phrases;
  } cases[] = {
      {"took control of|seized", {"took control of", "seized"}},
      {"[drove/pushed] them out of", {"drove them out of", "pushed them out of"}},
      {"[drove/pushed] [the enemy/them] out of",
       {"drove the enemy out of", "drove them out of", "pushed the enemy out of", "pushed them out of"}},
      {"a [b/c]|d", {"a b", "a c", "d"}},
      {"  spaced  | ", {"spaced"}},
      // Odd brackets expand as one bracket at a time would: an unclosed
      // '[' is text, an empty choice is one, a '[' among the choices opens
      // a bracket of the phrase that choice makes.
      {"a [b/c", {"a [b/c"}},
      {"a [b/] c] [d/e]", {"a b c] d", "a b c] e", "a  c] d", "a  c] e"}},
      {"[a[b/c]x]y", {"abxy", "cx]y"}},
  };
  for (const Case& c : cases) EXPECT_EQ(ExpandPhrase(c.entry), c.phrases) << c.entry;
}

TEST(PhraseTableTest, LoadFileRefusesUnbalancedBrackets) {
  for (const char* line : {"[drove/pushed them out of\ttag\n", "drove] out\ttag\n", "[a/[b/c]] d\ttag\n"}) {
    std::string path = ::testing::TempDir() + "/bracket_lexicon.txt";
    {
      std::ofstream f(path);
      f << "fine phrase\ttag\n" << line;
    }
    PhraseTable t;
    Status s = t.LoadFile(path);
    EXPECT_FALSE(s.ok()) << line;
    EXPECT_NE(s.message().find(":2:"), std::string::npos) << s.message();
    std::remove(path.c_str());
  }
  // A loaded bracket phrase matches each of its expansions.
  std::string path = ::testing::TempDir() + "/bracket_lexicon_ok.txt";
  {
    std::ofstream f(path);
    f << "[drove/pushed] [the enemy/them] out of\tousted\n";
  }
  PhraseTable t;
  ASSERT_TRUE(t.LoadFile(path).ok());
  EXPECT_EQ(t.size(), 4u);
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

// FuzzyIndex: which keys a misspelt word reaches, and which it does not.
#include "geo/fuzzy_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {
namespace {

std::vector<std::string> Hits(const FuzzyIndex& index, const std::vector<std::string_view>& keys,
                              std::string_view word, int max_d) {
  std::vector<std::string> out;
  for (const FuzzyHit& h : index.Search(word, max_d)) out.emplace_back(keys[h.key_id]);
  return out;
}

TEST(FuzzyIndexTest, EditDistance) {
  EXPECT_EQ(BoundedEditDistance("kalinovo", "kalinovo", 2), 0);
  EXPECT_EQ(BoundedEditDistance("kalinonovo", "kalinovo", 2), 2);
  EXPECT_EQ(BoundedEditDistance("dzherzhinsk", "dzerzhinsk", 2), 1);
  EXPECT_EQ(BoundedEditDistance("abcdef", "uvwxyz", 2), 3);  // capped at max_d + 1
  // An adjacent transposition is one edit (optimal string alignment).
  EXPECT_EQ(BoundedEditDistance("pokrvosk", "pokrovsk", 1), 1);
  EXPECT_EQ(BoundedEditDistance("sudhza", "sudzha", 2), 1);
  EXPECT_EQ(BoundedEditDistance("abdc", "acbd", 1), 2);  // no overlapping transpositions
}

TEST(FuzzyIndexTest, PatternDistanceIsEditDistance) {
  struct Case {
    const char* a;
    const char* b;
    int want;
  } cases[] = {
      {"kalinovo", "kalinovo", 0}, {"kalinonovo", "kalinovo", 2}, {"dzherzhinsk", "dzerzhinsk", 1},
      {"abcdef", "uvwxyz", 6},     {"ab", "", 2},                 {"ab", "ba", 1},
      {"chasaiv yar", "chasiv yar", 1}, {"pokrvosk", "pokrovsk", 1}, {"abdc", "acbd", 2},
      {"ca", "abc", 3},  // optimal string alignment: no edit inside a swapped pair
  };
  for (const auto& c : cases) EXPECT_EQ(EditDistancePattern(c.a).Distance(c.b), c.want) << c.a << " " << c.b;
  // Random words over a small alphabet (many near misses), up to the
  // longest pattern, against the distance table.
  uint32_t seed = 12345;
  auto next = [&seed]() { return seed = seed * 1103515245 + 12345, (seed >> 16) & 0x7fff; };
  auto word = [&](size_t max_len) {
    std::string w(1 + next() % max_len, ' ');
    for (char& ch : w) ch = "abc "[next() % 4];
    return w;
  };
  for (int i = 0; i < 2000; ++i) {
    const std::string a = word(i % 10 == 0 ? EditDistancePattern::kMaxSize : 12);
    const std::string b = word(i % 10 == 0 ? 63 : 12);
    const int d = EditDistancePattern(a).Distance(b);
    EXPECT_EQ(std::min(d, 3), BoundedEditDistance(a, b, 2)) << a << " | " << b;
  }
}

TEST(FuzzyIndexTest, TableOfMisspellings) {
  const std::vector<std::string_view> keys = {"robotino", "kupyansk", "kalinovo", "dzerzhinsk", "bakhmut",
                                              "two words", "chasiv yar", "three word key", "abc",
                                              "severodonetsk"};
  FuzzyIndex index;
  index.Build(keys);
  struct Case {
    const char* word;
    std::vector<std::string> want;
  } cases[] = {
      {"kalinonovo", {"kalinovo"}},      // two inserted letters
      {"dzherzhinsk", {"dzerzhinsk"}},   // one inserted letter
      {"rabotino", {"robotino"}},        // vowel swapped in the second letter
      {"kypyansk", {"kupyansk"}},        // the same, u/y
      {"bkhamut", {}},                   // second letter not a vowel: another bucket
      {"twowords", {}},                  // one word reaches one-word keys only
      {"two word", {"two words"}},       // two words reach two-word keys
      {"chasaiv yar", {"chasiv yar"}},
      {"three word keys", {}},           // keys of three words are not indexed
      {"abd", {}},                       // keys under four letters are not indexed
      {"zaporozhye", {}},
      // A second letter that only marks a digraph or a glide: the bucket of
      // the letter after it too.
      {"sheverodonetsk", {"severodonetsk"}},
      {"sjeverodonetsk", {"severodonetsk"}},
      {"bhakmut", {"bakhmut"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Hits(index, keys, c.word, 2), c.want) << c.word;
}

}  // namespace
}  // namespace sitrep::geo

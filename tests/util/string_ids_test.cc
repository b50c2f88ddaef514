#include "util/string_ids.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

TEST(StringIdsTest, DenseIdsInOrderOfFirstInterning) {
  StringIds ids;
  EXPECT_EQ(ids.Find("said"), StringIds::kNone);  // empty table
  EXPECT_EQ(ids.Intern("said"), 0);
  EXPECT_EQ(ids.Intern("village of"), 1);
  EXPECT_EQ(ids.Intern("said"), 0);  // again: same id, nothing added
  EXPECT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids.word(1), "village of");
  struct Case {
    std::string_view word;
    int32_t id;
  } cases[] = {
      {"said", 0}, {"village of", 1}, {"Said", StringIds::kNone},  // case matters
      {"sai", StringIds::kNone}, {"saidd", StringIds::kNone}, {"", StringIds::kNone},
  };
  for (const Case& c : cases) EXPECT_EQ(ids.Find(c.word), c.id) << c.word;
  // Short words are compared packed with their length: words that differ
  // only in a trailing NUL, or are NUL only, stay apart.
  const std::string nul1("ab\0", 3), nul2("\0", 1), nul3("\0\0", 2);
  EXPECT_EQ(ids.Find(nul1), StringIds::kNone);
  const int32_t ab = ids.Intern("ab"), ab0 = ids.Intern(nul1), z1 = ids.Intern(nul2), z2 = ids.Intern(nul3);
  EXPECT_NE(ab, ab0);
  EXPECT_NE(z1, z2);
  EXPECT_EQ(ids.Find("ab"), ab);
  EXPECT_EQ(ids.Find(nul1), ab0);
  EXPECT_EQ(ids.Find(nul2), z1);
  EXPECT_EQ(ids.Find(nul3), z2);
  for (std::string_view w : {"a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi"}) {
    const int32_t id = ids.Intern(w);
    EXPECT_EQ(ids.Find(w), id) << w;
    EXPECT_EQ(ids.word(id), w);
    EXPECT_EQ(ids.Find(std::string(w) + "x"), StringIds::kNone) << w;  // one byte longer: not added
  }
  // Each length 1-9 is its own word ("abc" is not "abcd" less a byte).
  EXPECT_NE(ids.Find("abc"), ids.Find("abcd"));
  std::string text = "the village of Kupiansk";
  EXPECT_EQ(ids.Find(std::string_view(text).substr(4, 10)), 1);  // a view into other text
}

TEST(StringIdsTest, EveryWordFoundAfterTheTableGrows) {
  StringIds ids;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (size_t i = 0; i < words.size(); ++i) ASSERT_EQ(ids.Intern(words[i]), static_cast<int32_t>(i));
  for (size_t i = 0; i < words.size(); ++i) ASSERT_EQ(ids.Find(words[i]), static_cast<int32_t>(i)) << words[i];
  for (int i = 0; i < 5000; ++i) ASSERT_EQ(ids.Find("x" + std::to_string(i)), StringIds::kNone);
  ids.clear();
  EXPECT_EQ(ids.size(), 0u);
  EXPECT_EQ(ids.Find(words[0]), StringIds::kNone);
}

// FindEach gives what Find gives for each word: short and long, present
// and absent, empty, NUL bytes, and on an empty table.
TEST(StringIdsTest, FindEachAgreesWithFind) {
  const std::string nul1("\0", 1), nul9(9, '\0');
  const std::vector<std::string_view> words = {"said", "", "a", "village", "villages", "Kupiansk-Vuzlovyi",
                                               "unheardofword", nul1, nul9, "of", "x", "abcdefgh", "abcdefghi"};
  for (int filled = 0; filled < 2; ++filled) {
    StringIds ids;
    if (filled) {
      for (std::string_view w : {"said", "a", "village", "Kupiansk-Vuzlovyi", "of", "abcdefghi", ""}) ids.Intern(w);
      ids.Intern(nul9);
    }
    std::vector<int32_t> got(words.size(), 12345);
    ids.FindEach(words.data(), words.size(), got.data());
    for (size_t k = 0; k < words.size(); ++k) EXPECT_EQ(got[k], ids.Find(words[k])) << filled << " " << k;
  }
}

}  // namespace
}  // namespace sitrep

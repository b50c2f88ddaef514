#include "geo/match_key.h"

#include <gtest/gtest.h>

namespace sitrep::geo {
namespace {

struct KeyCase {
  const char* in;
  const char* key;
};

TEST(MatchKeyTest, FoldsCaseScriptAndDiacritics) {
  const KeyCase cases[] = {
      {"Kostiantynivka", "kostiantynivka"},
      {"Дружковка", "druzhkovka"},
      {"Dружковка", "druzhkovka"},            // Latin D in a Cyrillic word
      {"S\xD0\xB5versk", "seversk"},           // Cyrillic е in a Latin word
      {"K\xD1\x80\xD0\xB0matorsk", "kpamatorsk"},  // Cyrillic р looks like Latin p
      {"Słowiańsk", "slowiansk"},
      {"Kramators'k", "kramatorsk"},
      {"Kramators’k", "kramatorsk"},
      {"Слов'янськ", "slovyansk"},
      {"Костянтинівка", "kostyantinivka"},
      {"Єнакієве", "yenakiyeve"},
      {"Donetsk People’s Republic", "donetsk people republic"},  // possessive dropped
      {"Bakhmut's", "bakhmut"},
      {"Kamianets-Podilskyi", "kamianets podilskyi"},
      {"  near  Bakhmut, ", "near bakhmut"},
      {"'Kozak'", "kozak"},
      // A closing double quote is an apostrophe only between Cyrillic letters.
      {"Кам\u201dянка", "kamyanka"},
      {"Vtoroye\u201dthe Russian", "vtoroye the russian"},
  };
  for (const KeyCase& c : cases) EXPECT_EQ(MatchKey(c.in), c.key) << c.in;
}

TEST(MatchKeyTest, OffsetsPointBackIntoTheSource) {
  std::string text = "near Dружковка.";
  KeyedText k;
  MakeKeyedText(text, &k);
  ASSERT_EQ(k.key, "near druzhkovka");
  ASSERT_EQ(k.src.size(), k.key.size() + 1);
  size_t b = k.key.find("druzhkovka");
  EXPECT_EQ(k.src[b], 5u);
  EXPECT_EQ(text.substr(k.src[b], k.SourceEnd(text, k.key.size() - 1) - k.src[b]), "Dружковка");
}

}  // namespace
}  // namespace sitrep::geo

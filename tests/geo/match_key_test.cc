#include "geo/match_key.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

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

// ASCII text is folded a block of bytes at a time: words shorter and longer
// than a block, ending at a block's edge, with capitals and digits, and
// stopped by apostrophes or other scripts, fold as byte by byte.
TEST(MatchKeyTest, FoldsAsciiRunsOfEveryLength) {
  const KeyCase cases[] = {
      {"ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789",
       "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz 0123456789"},
      {"Novooleksandrivka Krasnohorivka, Ocheretyne-Avdiivka", "novooleksandrivka krasnohorivka ocheretyne avdiivka"},
      {"sixteen-letters! Sixteenletterss Eightchr Seven77 x", "sixteen letters sixteenletterss eightchr seven77 x"},
      {"In 2024 the 110th brigade held Krasnohorivka's east", "in 2024 the 110th brigade held krasnohorivka east"},
      {"Near the village of Vuhledar’s mine and Kurakhove", "near the village of vuhledar mine and kurakhove"},
      {"Troops entered Pokrovsk [Покровськ] on 12.03 @ 0500", "troops entered pokrovsk pokrovsk on 12 03 0500"},
      {"a  b   c    dddddddddddddddd     e", "a b c dddddddddddddddd e"},
      {"`quoted` text@@@@@@@@@@@@@@@@@@@@end", "quoted text end"},
  };
  for (const KeyCase& c : cases) EXPECT_EQ(MatchKey(c.in), c.key) << c.in;
  // Every key byte of ASCII text points at the byte it came from.
  const std::string text = "The Kostiantynivka-Druzhkivka road, 25 km long, FROM Kramatorsk";
  KeyedText k;
  MakeKeyedText(text, &k);
  ASSERT_EQ(k.src.size(), k.key.size() + 1);
  for (size_t i = 0; i < k.key.size(); ++i) {
    const char c = text[k.src[i]];
    if (k.key[i] == ' ') {
      EXPECT_FALSE(std::isalnum(static_cast<unsigned char>(c))) << i;
    } else {
      EXPECT_EQ(k.key[i], std::tolower(static_cast<unsigned char>(c))) << i;
    }
  }
  EXPECT_EQ(k.src.back(), text.size());
}

}  // namespace
}  // namespace sitrep::geo

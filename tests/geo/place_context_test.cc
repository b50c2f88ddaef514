// Place context readers: the names a settlement noun introduces.
#include "geo/place_context.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "geo/match_key.h"

namespace sitrep::geo {
namespace {

// The source text of each run SettlementNameRuns finds in `text`.
std::vector<std::string> Runs(std::string_view text) {
  KeyedText kt;
  MakeKeyedText(text, &kt);
  const std::vector<KeyWord> words = KeyWords(text, kt);
  std::vector<std::string> out;
  for (const WordRun& r : SettlementNameRuns(text, kt, words)) {
    out.emplace_back(text.substr(words[r.first].sbegin, words[r.last].send - words[r.first].sbegin));
  }
  return out;
}

TEST(PlaceContextTest, SettlementNameRunsTable) {
  struct Case {
    std::string_view text;
    std::vector<std::string> want;
  } cases[] = {
      {"They took the village of Plekhovo.", {"Plekhovo"}},
      {"near the settlements of Obukhovka, Kamenka, Nizhny Klyn, and Tetkino", {"Obukhovka", "Kamenka", "Nizhny Klyn", "Tetkino"}},
      {"the border towns of Kozinka and Spodaryushino as part of", {"Kozinka", "Spodaryushino"}},
      {"in the settlement Nikolayevo-Daryino yesterday", {"Nikolayevo-Daryino"}},
      {"the hamlet of Stara Nova Mala Vyshnia", {"Stara Nova Mala"}},  // at most three words
      {"the villages of Sadki or Khomino", {"Sadki", "Khomino"}},
      {"the village of Plekhovo, Kursk region, was shelled", {"Plekhovo", "Kursk"}},  // a comma list goes on
      {"the village. Plekhovo was shelled", {}},                         // not across a full stop
      {"the village of the Kursk region", {}},                           // lower case after the noun
      {"the city of Kursk and the village", {}},                         // "city" is no noun here
      {"Village Voice reported", {}},                                    // a capitalised noun is a name
      // A counted plural noun in apposition after the names.
      {"attacks on Nikolayevo-Daryino and Oleshnya, two settlements in the region", {"Nikolayevo-Daryino", "Oleshnya"}},
      {"in Darino, Plekhovo and Snagost, three villages near the border", {"Darino", "Plekhovo", "Snagost"}},
      {"the villages of Darino and Plekhovo, two settlements near it", {"Darino", "Plekhovo"}},
      {"Moscow said Darino, two villages fell", {}},                  // one name is no list
  };
  for (const Case& c : cases) EXPECT_EQ(Runs(c.text), c.want) << c.text;
}

TEST(PlaceContextTest, RegionModifierTable) {
  struct Case {
    std::string_view word;
    bool want;
  } cases[] = {
      {"northeastern", true}, {"north-eastern", true}, {"south-west", true}, {"eastern", true},
      {"north", true},        {"neighbouring", true},  {"neighboring", true}, {"border", true},
      {"frontline", true},    {"occupied", true},      {"north-ish", false},  {"the", false},
      {"kursk", false},       {"big", false},          {"", false},           {"-", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsRegionModifier(c.word), c.want) << c.word;
}

}  // namespace
}  // namespace sitrep::geo

#include "geo/geo_lexicon.h"
#include "util/data_path.h"

namespace sitrep::geo {
namespace {

// Given names meet across romanisations of their ending; other words do not.
TEST(GeoLexiconTest, GivenNameEndingsFold) {
  auto lex = GeoLexicon::Load(DataPath("geo"));
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  struct Case {
    const char* name;
    bool person;
  } cases[] = {
      {"Anatoly", true}, {"Anatoliy", true}, {"Anatolii", true},
      {"Sergei", true},  {"Kyiv", false},    {"Kostiantynivka", false},
      {"Zhytomyr", false}, {"Kryvyi", false},   {"Zelenyi", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ((*lex)->IsPersonMarker(MatchKey(c.name)), c.person) << c.name;
  }
}

// "said 68-year-old Anatoliy Ivanov": the surname after a given name is a
// person's, not a village spelled alike.
TEST(GeoLexiconTest, SurnameAfterFoldedGivenNameIsAPerson) {
  auto lex = GeoLexicon::Load(DataPath("geo"));
  ASSERT_TRUE(lex.ok());
  const std::string text = "said Anatoliy Ivanov, who fled";
  KeyedText kt;
  MakeKeyedText(text, &kt);
  const std::vector<KeyWord> words = KeyWords(text, kt);
  PersonSet persons = PersonWords(kt, words, CapitalWords(words), **lex);
  EXPECT_TRUE(persons.count("ivanov"));
  EXPECT_FALSE(persons.count("said"));
}

// An age in commas after a name makes it a person's.
TEST(PlaceContextTest, AgedPersonsTable) {
  struct Case {
    std::string text;
    std::vector<std::string> persons;  // keys, in order
  } cases[] = {
      {"One resident, Katerina, 38, wrote that the city was shelled.", {"katerina"}},
      {"Anna Kovalenko, 45, said the town was shelled.", {"kovalenko", "anna"}},
      {"Troops entered Toretsk, 12 km from the front.", {}},   // a distance
      {"Troops entered Toretsk, 2024, and stayed.", {}},       // no two-digit age
      {"Troops entered Toretsk, 12.", {}},                     // no comma after
      {"troops, 38, wrote.", {}},                              // not capitalised
      {"Deaths by town: Kherson, 12, Nikopol, 15, and Marhanets, 11.", {}},  // a list of figures
  };
  for (const Case& c : cases) {
    KeyedText kt;
    MakeKeyedText(c.text, &kt);
    const std::vector<KeyWord> words = KeyWords(c.text, kt);
    PersonSet persons;
    AddAgedPersons(c.text, kt, words, CapitalWords(words), &persons);
    EXPECT_EQ(persons.size(), c.persons.size()) << c.text;
    for (const std::string& p : c.persons) EXPECT_TRUE(persons.count(p)) << c.text << " " << p;
  }
}

}  // namespace
}  // namespace sitrep::geo

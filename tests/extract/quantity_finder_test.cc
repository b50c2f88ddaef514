#include "extract_fixture.h"

#include "extract/quantity_finder.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace sitrep::extract {
namespace {

class QuantityFinderTest : public ExtractFixture {};

TEST_F(QuantityFinderTest, UnitsAndBounds) {
  struct Case {
    const char* text;
    double value;
    const char* unit;
    const char* bound;
  } cases[] = {
      {"Losses include up to 450 enemy soldiers killed.", 450, "killed", "up_to"},
      // A share of "the city" at the end of its sentence, or of "the ruined city".
      {"Russia controls 90 percent of the city.", 90, "percent_territory", "exact"},
      {"Forces have seized control of about 90 % of the ruined city.", 90, "percent_territory", "about"},
      // "eliminated" after the noun; "others" counted by a casualty verb.
      {"Up to 357 enemy soldiers were eliminated near the river.", 357, "killed", "up_to"},
      {"The strike injured seven others.", 7, "wounded", "exact"},
      // A past perfect passive; a count quoted after its verb.
      {"He later reported that two local residents had been injured.", 2, "wounded", "exact"},
      {"The battalion had killed \"about 70 troops,\" he said.", 70, "killed", "about"},
      {"About 70 percent of the region's territory is held.", 70, "percent_territory", "about"},
      {"Roughly 35% of Zaria territory was lost.", 35, "percent_territory", "about"},
      {"The village is believed to be around 55% under Russian control.", 55, "percent_territory", "about"},
      {"That is, 60% is controlled by the Russian Federation, he said.", 60, "percent_territory", "exact"},
      {"Of the 200 flats, 60% are occupied by displaced families.", 60, "percent", "exact"},
      {"Troops moved more than 60 kilometres in a week.", 60, "km", "more_than"},
      {"Units have occupied up to nine square kilometers near the river.", 9, "km2", "up_to"},  // an area
      {"The grey zone covers 4 sq km.", 4, "km2", "exact"},
      {"The unit has no more than 1,500 soldiers.", 1500, "personnel", "no_more_than"},
      {"The unit lost no more than 1,500 soldiers.", 1500, "killed", "no_more_than"},
      {"The group eliminated up to 400 Ukrainian servicemen over the past day.", 400, "killed", "up_to"},
      {"Forces wounded 30 soldiers.", 30, "wounded", "exact"},
      {"Yesterday, over 340 occupiers were recorded killed on this axis.", 340, "killed", "more_than"},
      {"Drone attacks killed five people in the region, officials said.", 5, "killed", "exact"},
      {"As many as 12 servicemen died in the fighting.", 12, "killed", "up_to"},
      {"They destroyed two armoured personnel carriers.", 2, "equipment", "exact"},
      {"Fighters of the 305th artillery brigade and 2 tanks arrived.", 2, "equipment", "exact"},
      {"At least 12 civilians were wounded.", 12, "wounded", "at_least"},
      {"The village lies 9 km from the river.", 9, "km", "exact"},
      {"They destroyed 14 tanks.", 14, "equipment", "exact"},
      // Two-word unit nouns.
      {"Up to 230 Ukrainian service members were killed over two days.", 230, "killed", "up_to"},
      {"Some 40 service personnel were wounded.", 40, "wounded", "about"},
      {"Inflation rose 4 percent.", 4, "percent", "exact"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text);
    // The ledger's categories in quantities, the other counts in measures
    // (FORMAT.md's quantity categories, written out here).
    static const std::set<std::string> kLedger = {"killed", "wounded", "percent_territory", "km", "brigades"};
    const bool ledger = kLedger.count(c.unit) > 0;
    const std::vector<Quantity>& got = ledger ? r.quantities : r.measures;
    EXPECT_TRUE((ledger ? r.measures : r.quantities).empty()) << c.text;
    ASSERT_EQ(got.size(), 1u) << c.text;
    EXPECT_EQ(got[0].value, c.value) << c.text;
    EXPECT_EQ(got[0].unit, c.unit) << c.text;
    EXPECT_EQ(got[0].bound, c.bound) << c.text;
  }
}

std::vector<std::string> Keys(const Record& r) {
  std::vector<std::string> out;
  for (const auto* v : {&r.quantities, &r.measures}) {
    for (const auto& q : *v) out.push_back(q.unit + ":" + std::to_string(static_cast<int>(q.value)));
  }
  return out;
}

// A casualty verb right before a count is its unit, not the verb of the
// next clause.
TEST_F(QuantityFinderTest, VerbBeforeTheCountWins) {
  Record r = Run("A strike on a bus killed nine people and injured seven others.");
  ASSERT_EQ(r.quantities.size(), 2u);
  EXPECT_EQ(r.quantities[0].value, 9);
  EXPECT_EQ(r.quantities[0].unit, "killed");
  EXPECT_EQ(r.quantities[1].value, 7);
  EXPECT_EQ(r.quantities[1].unit, "wounded");
}

// A bare count right after "killed" or "wounded" counts people; not the
// first of a coordinated count, nor one after "destroyed" (equipment).
TEST_F(QuantityFinderTest, BareCountAfterACasualtyVerb) {
  struct Case {
    const char* text;
    std::vector<std::pair<double, std::string>> want;
  } cases[] = {
      {"The strike killed 12 and wounded 30.", {{12, "killed"}, {30, "wounded"}}},
      {"Russia says it surrounded the group and killed more than 70, while driving the rest back.", {{70, "killed"}}},
      {"The army killed 70 of them.", {{70, "killed"}}},
      {"Shelling killed 3 in the town on Monday.", {{3, "killed"}}},
      {"The brigade destroyed 12 and damaged 5.", {}},
      {"The strike killed or wounded 40.", {}},
      {"60,000 Russian looters have already died on Ukrainian ground.", {{60000, "killed"}}},
      // Numbers that name units ("separate" brigades without ordinal suffixes) count none.
      {"The enemy counterattacked with units of 14, 41 separate mechanized brigades and 25 separate airborne brigade.",
       {}},
      {"Russia moved 3 separate brigades to the front.", {{3, "brigades"}}},
      // A group's own units; a list of adjectives; ages; casualties of a
      // noun the lexicon lacks, after a verb only people suffer.
      {"The Russians have deployed up to four of their brigades there.", {{4, "brigades"}}},
      {"In this sector we have one of our strongest brigades.", {}},
      {"Forces defeated five mechanized, rifle, and airborne brigades.", {{5, "brigades"}}},
      {"Two men aged 50 and 48 were killed and two wounded by bombs.", {{2, "killed"}, {2, "wounded"}}},
      {"A strike killed two police officers and wounded four others.", {{2, "killed"}, {4, "wounded"}}},
      {"Agents captured the village, killing 34 Russians.", {{34, "killed"}}},
      {"Forces managed to destroy 149 invaders, and another 160 were wounded.", {{149, "killed"}, {160, "wounded"}}},
      {"The army said it had destroyed 975 military facilities in the country.", {}},
      {"The heat killed two days later.", {}},
      // A number above one before a singular formation noun names the
      // unit; one person or soldier counted in the singular.
      {"The forces of 128 assault brigade chased the Russians out of the village.", {}},
      {"Shelling hit the region, killing one person in the town.", {{1, "killed"}}},
      {"Overnight strikes claimed six lives, officials said.", {{6, "killed"}}},
      // Teams, crews and depots neutralised are no dead people.
      {"More than 70 UAV teams were neutralized over the past day.", {}},
      {"The strikes destroyed 28 ammunition depots and killed 40 soldiers.", {{40, "killed"}}},
      // A count in quotation marks; a length is no distance; a share of
      // forces is no territory.
      {"The army repelled the landing, killing \"up to 25\" Ukrainian personnel.", {{25, "killed"}}},
      {"The spit is a narrow finger of sand nearly 5 km long.", {}},
      {"The gap between the lines is only 2.8 km wide.", {{2.8, "km"}}},
      {"Only some 20 percent of Russian forces around Kyiv are retreating.", {}},
      // A bare count a passive casualty verb follows; "wounded three more".
      {"About 70 of them are said to have been killed.", {{70, "killed"}}},
      // An estimate's words between the soldiers and their deaths.
      {"Around 100 Russian soldiers are also estimated to have died in the battle.", {{100, "killed"}}},
      {"Some 400 soldiers are believed to have been deployed there.", {}},
      {"There were three times as many injured as last year.", {}},
      // Single formations listed after a count add to it.
      {"Troops neutralized two mechanized brigades, an airborne assault brigade, and a territorial "
       "defense brigade.",
       {{4, "brigades"}}},
      {"They defeated three brigades, along with a territorial defense brigade, near the town.", {{4, "brigades"}}},
      {"They defeated three brigades and a battalion.", {{3, "brigades"}}},
      {"Ukraine sent two brigades and a company from another brigade to the town.", {{2, "brigades"}}},
      {"Two brigades, a brigade headquarters and a regiment were moved.", {{2, "brigades"}}},
      {"The group numbers 700, of whom 250 have already been eliminated.", {{250, "killed"}}},
      {"Shelling killed three people and wounded three more on Monday.", {{3, "killed"}, {3, "wounded"}}},
      {"The town had 2,000 residents; 300 were evacuated.", {}},
      {"One soldier was wounded.", {{1, "wounded"}}},
      {"They had defeated two storm regiments and three marine infantry brigades.", {{3, "brigades"}}},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text);
    std::vector<std::pair<double, std::string>> got;
    for (const auto& q : r.quantities) got.push_back({q.value, q.unit});
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// A year counts nothing: "a man born in 1984".
TEST_F(QuantityFinderTest, YearsAreNoCounts) {
  EXPECT_TRUE(Run("A drone strike killed a man born in 1984 and injured a woman.").quantities.empty());
  EXPECT_TRUE(Run("Since 2014 the town was shelled; 1985 soldiers were wounded.").quantities.size() == 1);
}

TEST_F(QuantityFinderTest, CountedNounRangesAndPlaces) {
  struct Case {
    const char* text;
    std::vector<std::string> keys;
  } cases[] = {
      {"The group repelled five counterattacks by Ukrainian troops.", {}},
      {"He said no one is forcing soldiers to stay.", {}},
      {"Officials said 50 to 60 percent of the city's territory was lost.",
       {"percent_territory:50", "percent_territory:60"}},
      {"About 40-50 percent of the city is held by the army.", {"percent_territory:40", "percent_territory:50"}},
      {"The army lost 80% of its personnel and 40 tanks.", {"percent:80", "equipment:40"}},
      {"The command concentrated 26 battalions with over 15,000 soldiers.", {"battalions:26", "personnel:15000"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Keys(Run(c.text)), c.keys) << c.text;
  }
}

TEST_F(QuantityFinderTest, NumberWordsAndCoordination) {
  Record r = Run("The army sent five motorized and three airborne brigades along with two reserve units.");
  ASSERT_EQ(r.quantities.size(), 2u);
  EXPECT_EQ(r.quantities[0].value, 5);
  EXPECT_EQ(r.quantities[1].value, 3);
  EXPECT_EQ(r.quantities[0].unit, "brigades");
  EXPECT_EQ(r.quantities[1].unit, "brigades");
}

// Counts of the dead named by what befell them, or past the unit they served in.
TEST_F(QuantityFinderTest, CasualtyNounsAndUnitPhrases) {
  struct Case {
    const char* text;
    double value;
    const char* unit;
  } cases[] = {
      {"Reporters verified the deaths of 64 soldiers of the regiment.", 64, "killed"},
      {"At least 130 paratroopers from the 83rd Brigade were killed in a month.", 130, "killed"},
      {"Up to 150 bodies of dead enemy fighters lie in the morgue.", 150, "killed"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text);
    ASSERT_EQ(r.quantities.size(), 1u) << c.text;
    EXPECT_EQ(r.quantities[0].value, c.value) << c.text;
    EXPECT_EQ(r.quantities[0].unit, c.unit) << c.text;
  }
  // Prisoners taken are counted too, among the measures (FORMAT.md's
  // quantity units have no "captured").
  Record p = Run("Officials said 20 Ukrainian soldiers were taken prisoner.");
  EXPECT_TRUE(p.quantities.empty());
  ASSERT_EQ(p.measures.size(), 1u);
  EXPECT_EQ(p.measures[0].value, 20);
  EXPECT_EQ(p.measures[0].unit, "captured");
  // Bodies found, buildings damaged: no ledger figure.
  EXPECT_TRUE(Run("Reporters saw 15 bodies on one street.").quantities.empty());
  EXPECT_TRUE(Run("Over 80% of the town has been destroyed.").quantities.empty());
}

TEST_F(QuantityFinderTest, NoQuantityForTimesDatesAndAges) {
  Record r = Run("Just 24 hours later, on March 3, a 40-year-old man spoke about 2014 and a question of two days.");
  EXPECT_TRUE(r.quantities.empty());
}

}  // namespace
}  // namespace sitrep::extract

#include "extract_fixture.h"

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
      {"About 70 percent of the region's territory is held.", 70, "percent_territory", "about"},
      {"Roughly 35% of Zaria territory was lost.", 35, "percent_territory", "about"},
      {"Troops moved more than 60 kilometres in a week.", 60, "km", "more_than"},
      {"The unit has no more than 1,500 soldiers.", 1500, "personnel", "no_more_than"},
      {"The unit lost no more than 1,500 soldiers.", 1500, "killed", "no_more_than"},
      {"The group eliminated up to 400 Ukrainian servicemen over the past day.", 400, "killed", "up_to"},
      {"Forces wounded 30 soldiers.", 30, "wounded", "exact"},
      {"As many as 12 servicemen died in the fighting.", 12, "killed", "up_to"},
      {"They destroyed two armoured personnel carriers.", 2, "equipment", "exact"},
      {"Fighters of the 305th artillery brigade and 2 tanks arrived.", 2, "equipment", "exact"},
      {"At least 12 civilians were wounded.", 12, "wounded", "at_least"},
      {"The village lies 9 km from the river.", 9, "km", "exact"},
      {"They destroyed 14 tanks.", 14, "equipment", "exact"},
      {"Inflation rose 4 percent.", 4, "percent", "exact"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text);
    ASSERT_EQ(r.quantities.size(), 1u) << c.text;
    EXPECT_EQ(r.quantities[0].value, c.value) << c.text;
    EXPECT_EQ(r.quantities[0].unit, c.unit) << c.text;
    EXPECT_EQ(r.quantities[0].bound, c.bound) << c.text;
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

TEST_F(QuantityFinderTest, NoQuantityForTimesDatesAndAges) {
  Record r = Run("Just 24 hours later, on March 3, a 40-year-old man spoke about 2014 and a question of two days.");
  EXPECT_TRUE(r.quantities.empty());
}

}  // namespace
}  // namespace sitrep::extract

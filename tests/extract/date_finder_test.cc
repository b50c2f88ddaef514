#include "extract/date_finder.h"

#include <gmock/gmock.h>

#include "extract_fixture.h"

namespace sitrep::extract {
namespace {

class DateFinderTest : public ExtractFixture {
 protected:
  std::vector<std::string> Values(const Record& r, bool relative) {
    std::vector<std::string> out;
    for (const auto& d : r.dates) {
      if (d.relative == relative) out.push_back(relative ? d.resolved : d.value);
    }
    return out;
  }
};

TEST_F(DateFinderTest, AbsoluteForms) {
  struct Case {
    const char* text;
    const char* published;
    const char* value;
  } cases[] = {
      {"It happened on November 21.", "", "--11-21"},
      {"It happened on Nov. 21.", "", "--11-21"},
      {"It happened on 21 November.", "", "--11-21"},
      {"It happened on April 18th.", "", "--04-18"},
      {"It happened on 2025-11-21.", "", "2025-11-21"},
      {"It happened on November 21, 2024.", "2025-01-05", "2024-11-21"},
      {"It happened on November 21.", "2025-11-23", "2025-11-21"},
      {"It happened on December 30.", "2026-01-04T10:00:00Z", "2025-12-30"},
      {"It happened on the 3rd of March.", "", "--03-03"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text, {}, c.published);
    EXPECT_THAT(Values(r, false), ::testing::ElementsAre(c.value)) << c.text;
  }
}

// A day range: its first day takes the month and year of the date that
// closes it; a score is no range.
TEST_F(DateFinderTest, DayRanges) {
  struct Case {
    const char* text;
    const char* published;
    std::vector<std::string> values;
  } cases[] = {
      {"The map was updated on the night of 8-9 August.", "2024-08-10", {"2024-08-08", "2024-08-09"}},
      {"Talks on 3\u20134 June 2023 failed.", "", {"2023-06-03", "2023-06-04"}},
      {"The team won 1-0 on 5 May.", "", {"--05-05"}},
      {"On 9-8 August nothing happened.", "", {"--08-08"}},
      // A month first: the closing day takes its month and year.
      {"The ministry counted six villages taken between March 11 and 17.", "2024-03-20", {"2024-03-11", "2024-03-17"}},
      {"Strikes went on from May 2 to 5, the governor said.", "2024-05-09", {"2024-05-02", "2024-05-05"}},
      {"Between March 11 and 17 villages changed hands.", "2024-03-20", {"2024-03-11"}},
      // Days listed before the date that closes the list take its month.
      {"The news emerged in the media on 22 and 23 June.", "2024-07-01", {"2024-06-22", "2024-06-23"}},
      {"Fighting on 5, 6 and 7 May was heavy.", "", {"--05-05", "--05-06", "--05-07"}},
      {"He counted 5 and 6 soldiers on 7 May.", "", {"--05-07"}},
      // The closing day with its ordinal suffix.
      {"Troops entered the city on August 23rd and 24th and held it.", "2014-09-01", {"2014-08-23", "2014-08-24"}},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text, {}, c.published);
    EXPECT_EQ(Values(r, false), c.values) << c.text;
  }
}

// Numeric dates after "on": day first or month first as the document's
// unambiguous pairs show; an ambiguous pair with no such evidence is none.
TEST_F(DateFinderTest, SlashDatesFollowTheDocumentsOrder) {
  struct Case {
    const char* text;
    std::vector<std::string> values;
  } cases[] = {
      {"Rogov said so on 30/6. The ministry confirmed it on 8/6.", {"2025-06-30", "2025-06-08"}},
      {"Rogov said so on 6/30. The ministry confirmed it on 6/8.", {"2025-06-30", "2025-06-08"}},
      {"The ministry confirmed it on 8/6.", {}},
      {"The 24/7 newscast said on 8/6 that 3/4 of it was lost.", {}},
      {"The ministry confirmed it on 1/2/3.", {}},
      {"Rogov said so on 30/6. Air defence crews have been on 24/7 alert.", {"2025-06-30"}},
      {"Rogov said so on 30/6. Troops hold control on 1/5 of the region.", {"2025-06-30"}},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text, {}, "2025-07-01");
    EXPECT_EQ(Values(r, false), c.values) << c.text;
  }
}

TEST_F(DateFinderTest, NotDates) {
  Record r = Run("He may go. Some 300 troops in 2014 and 12 brigades. The march went on.");
  EXPECT_TRUE(r.dates.empty());
}

TEST_F(DateFinderTest, RelativeResolvedAgainstLastDateOrPublication) {
  Record r = Run("On May 3, the bridge fell. Two days later, the town fell. Yesterday it rained. "
                 "On Tuesday the guns stopped. Just 24 hours later, talks began.",
                 {}, "2025-05-10");
  EXPECT_THAT(Values(r, false), ::testing::ElementsAre("2025-05-03"));
  // 2025-05-10 is a Saturday: "Tuesday" is 2025-05-06.
  EXPECT_THAT(Values(r, true), ::testing::ElementsAre("2025-05-05", "2025-05-09", "2025-05-06", "2025-05-04"));
  for (const auto& d : r.dates) {
    if (d.relative) EXPECT_TRUE(d.value.empty()) << "relative dates carry no calendar value: " << d.text;
  }
}

TEST_F(DateFinderTest, RelativeWithoutAnchorStaysUnresolved) {
  Record r = Run("Three days earlier, the road was cut.");
  ASSERT_EQ(r.dates.size(), 1u);
  EXPECT_TRUE(r.dates[0].relative);
  EXPECT_EQ(r.dates[0].resolved, "");
}

TEST_F(DateFinderTest, AbsurdRelativeOffsetsAreNoDates) {
  // Found by date_fuzzer (UBSan: a double past INT_MAX converted to int).
  Record r = Run("On May 3, the bridge fell. 7777777777777 days later, the town fell. "
                 "Two hundred years later, nobody remembered.",
                 {}, "2025-05-10");
  EXPECT_THAT(Values(r, false), ::testing::ElementsAre("2025-05-03"));
  EXPECT_TRUE(Values(r, true).empty());
}

TEST(YmdTest, AddDaysKeepsUnknownYear) {
  EXPECT_EQ(AddDays(Ymd{0, 12, 31}, 1).Iso(), "--01-01");
  EXPECT_EQ(AddDays(Ymd{2024, 2, 28}, 1).Iso(), "2024-02-29");
  EXPECT_EQ(ParseIsoDate("2025-13-01").ok(), false);
  // Counted back past year 1 from a document dated year 25 (a fuzzer's find).
  EXPECT_EQ(AddDays(ParseIsoDate("0025-01-02"), -12700).Iso().substr(0, 2), "--");
}

TEST(YmdTest, IsoWritesZeroPaddedFields) {
  struct Case {
    Ymd date;
    const char* iso;
  } cases[] = {
      {{2025, 6, 13}, "2025-06-13"}, {{1999, 12, 31}, "1999-12-31"}, {{987, 1, 2}, "0987-01-02"},
      {{2024, 10, 5}, "2024-10-05"}, {{0, 6, 13}, "--06-13"},
      // A year outside 1-9999 is printed as no year.
      {{12345, 1, 1}, "--01-01"},    {{-4, 4, 4}, "--04-04"},
  };
  for (const Case& c : cases) EXPECT_EQ(c.date.Iso(), c.iso) << c.iso;
  EXPECT_EQ(ParseIsoDate("2031-07-09").Iso(), "2031-07-09");  // round trip
}

TEST(YmdTest, ParseIsoDateReadsEachField) {
  struct Case {
    const char* text;
    int y, m, d;  // 0, 0, 0: not a date
  } cases[] = {
      {"2025-06-13", 2025, 6, 13},   {"1999-12-31", 1999, 12, 31}, {"2024-02-29", 2024, 2, 29},
      {"2025-06-13T08:00", 2025, 6, 13},  // a timestamp's date
      {"2025-13-01", 0, 0, 0},       {"2025-06-32", 0, 0, 0},      {"2025-6-13", 0, 0, 0},
      {"20x5-06-13", 0, 0, 0},       {"--06-13", 0, 0, 0},         {"", 0, 0, 0},
  };
  for (const Case& c : cases) {
    const Ymd r = ParseIsoDate(c.text);
    EXPECT_EQ(r.ok(), c.y != 0) << c.text;
    if (c.y != 0) EXPECT_EQ((std::vector<int>{r.y, r.m, r.d}), (std::vector<int>{c.y, c.m, c.d})) << c.text;
  }
}

}  // namespace
}  // namespace sitrep::extract

#include "report/report_date.h"

#include <gtest/gtest.h>

namespace sitrep::report {
namespace {

TEST(ReportDateTest, ParsesIsoYearlessAndTimestamps) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"2025-11-21", "2025-11-21"}, {"--11-21", "--11-21"},     {"2025-11-21T08:30:00Z", "2025-11-21"},
      {"2025-11", "2025-11-01"},    {"", ""},                   {"November 21", ""},
      {"2025-13-01", ""},           {"--00-10", ""},            {"2025-1-2", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(ReportDate::Parse(c.in).ToString(), c.out) << c.in;
}

TEST(ReportDateTest, YearlessComparesByMonthAndDay) {
  auto a = ReportDate::Parse("--11-21"), b = ReportDate::Parse("2025-11-22"), c = ReportDate::Parse("2024-12-01");
  EXPECT_LT(a.Compare(b), 0);
  EXPECT_GT(b.Compare(c), 0);  // both have years
  EXPECT_LT(a.Compare(c), 0);  // month/day only
  EXPECT_EQ(a.Compare(ReportDate::Parse("2030-11-21")), 0);
}

TEST(ReportDateTest, AddDaysCrossesMonthsAndKeepsMissingYear) {
  EXPECT_EQ(ReportDate::Parse("2025-11-30").AddDays(2).ToString(), "2025-12-02");
  EXPECT_EQ(ReportDate::Parse("--12-31").AddDays(1).ToString(), "--01-01");
  EXPECT_EQ(ReportDate::Parse("--11-22").WithYearFrom(ReportDate::Parse("2025-01-01")).ToString(), "2025-11-22");
}

TEST(ReportDateTest, HorizonDays) {
  struct Case {
    const char* sentence;
    int days;
  } cases[] = {
      {"The town will be taken within one or two days, the colonel said.", 2},
      {"He expects the village to fall in a week.", 7},
      {"Troops will enter the city within 48 hours.", 2},
      {"The general said the town would fall within days.", 3},
      {"It is a question of two or three weeks.", 21},
      {"The capture is expected in the coming weeks.", 21},
      {"Forces are on the verge of securing the town.", -1},
      {"The army will take the town, officials said.", -1},
      {"It will be cleared in 3-4 days.", 4},
  };
  for (const auto& c : cases) EXPECT_EQ(HorizonDays(c.sentence), c.days) << c.sentence;
}

}  // namespace
}  // namespace sitrep::report

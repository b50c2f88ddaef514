#include "report/timeline.h"

#include <gtest/gtest.h>

#include "report/contradictions.h"
#include "report/ledger.h"
#include "test_world.h"

namespace sitrep::report {
namespace {

using sitrep::testing::MakeClaim;
using sitrep::testing::MakePlace;
using sitrep::testing::TempStore;

// A source article and its rewrite report a general's prediction and two
// dated statements about Testivka; an independent article later says the
// town is still contested. Dates come from the text ("--MM-DD").
void BuildWorld(TempStore* w) {
  auto town = MakePlace("Testivka", "UA9900000001", 48.5, 37.7, {"Testovka"});
  extract::Record src;
  src.places = {town};
  src.dates = {{"November 21", "--11-21", false, {}}, {"November 22", "--11-22", false, {}}};
  src.claims = {
      MakeClaim(town, "prediction", "Colonel-General Ivan Sampleson", "", "predicted",
                "The general said Testovka will be taken within one or two days."),
      MakeClaim(town, "fighting", "Petro Example", "--11-21", "asserted",
                "On November 21, Example said troops controlled all approaches to Testovka."),
      MakeClaim(town, "withdrawal", "Petro Example", "--11-22", "asserted",
                "On November 22, Example said defenders had begun to retreat from Testovka."),
  };
  w->Add("src", "", src);
  extract::Record rw = src;
  rw.claims[0].speaker = "Sampleson";
  rw.claims[0].sentence = "Sampleson asserted that Testovka would fall within one or two days.";
  w->Add("rewrite", "", rw);
  extract::Record other;
  other.places = {town};
  other.dates = {{"November 27", "--11-27", false, {}}};
  other.claims = {MakeClaim(town, "contested", "", "--11-27", "asserted", "Testivka remains contested.")};
  w->Add("other", "", other);
}

TEST(TimelineTest, FindsPlaceBySurfaceFormCaseInsensitively) {
  TempStore w;
  BuildWorld(&w);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  EXPECT_EQ(l.FindPlaces("testovka"), std::vector<std::string>{"UA9900000001"});
  EXPECT_EQ(l.FindPlaces("TESTIVKA"), std::vector<std::string>{"UA9900000001"});
  EXPECT_EQ(l.FindPlaces("ua9900000001"), std::vector<std::string>{"UA9900000001"});
  EXPECT_TRUE(l.FindPlaces("Nowhere").empty());
}

TEST(TimelineTest, MergesIdenticalClaimsAndCountsAFamilyOnce) {
  TempStore w;
  BuildWorld(&w);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  // Without families (placeholder store API), each document is a source.
  auto t = BuildTimeline(l, {"UA9900000001"});
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].kind, "fighting");
  EXPECT_EQ(t[0].when.ToString(), "--11-21");
  EXPECT_EQ(t[0].independent_sources, 2);
  EXPECT_EQ(t[0].docs, (std::vector<std::string>{"src", "rewrite"}));
  // The undated prediction takes its report date (the latest date in the
  // text) and sorts before the statements dated that day.
  EXPECT_EQ(t[1].kind, "prediction");
  EXPECT_FALSE(t[1].dated);
  EXPECT_EQ(t[1].speaker, "Colonel-General Ivan Sampleson");
  EXPECT_EQ(t[2].kind, "withdrawal");
  EXPECT_EQ(t[3].kind, "contested");

  // With the family known, src and rewrite count once.
  Ledger fam;
  ASSERT_TRUE(Ledger::Load(w.store(), &fam).ok());
  fam.SetFamilies({{"src", "src"}, {"rewrite", "src"}});
  fam.Finish();
  t = BuildTimeline(fam, {"UA9900000001"});
  EXPECT_EQ(t[0].independent_sources, 1);
  EXPECT_EQ(t[0].docs.size(), 2u);
}

TEST(TimelineTest, PredictionPastItsDeadlineWhenALaterReportExists) {
  TempStore w;
  BuildWorld(&w);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  EXPECT_EQ(l.as_of().ToString(), "--11-27");
  auto t = BuildTimeline(l, {"UA9900000001"});
  const TimelineEntry& p = t[1];
  ASSERT_EQ(p.kind, "prediction");
  EXPECT_EQ(p.deadline.ToString(), "--11-24");  // report date 11-22 + 2 days
  EXPECT_EQ(p.deadline_status, "past deadline");
  auto found = FindContradictions(l, BuildAllTimelines(l));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "past deadline");
}

TEST(TimelineTest, PredictionStillOpenWithoutLaterNews) {
  TempStore w;
  auto town = MakePlace("Probne", "UA9900000002", 48.0, 37.0, {"Probnoye"});
  extract::Record r;
  r.places = {town};
  r.claims = {MakeClaim(town, "prediction", "Someone", "2025-03-01", "predicted", "Probne will fall within a week.")};
  w.Add("only", "2025-03-01", r);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  auto t = BuildTimeline(l, {"UA9900000002"});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].deadline.ToString(), "2025-03-08");
  EXPECT_EQ(t[0].deadline_status, "open");
}

TEST(TimelineTest, CaptureAfterPredictionFulfilsIt) {
  TempStore w;
  auto town = MakePlace("Probne", "UA9900000002", 48.0, 37.0, {});
  extract::Record a;
  a.places = {town};
  a.claims = {MakeClaim(town, "prediction", "A", "2025-03-01", "predicted", "Probne will fall within two days.")};
  w.Add("a", "2025-03-01", a);
  extract::Record b;
  b.places = {town};
  b.claims = {MakeClaim(town, "captured", "B", "2025-03-05", "asserted", "Probne was captured.")};
  w.Add("b", "2025-03-10", b);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  auto t = BuildTimeline(l, {"UA9900000002"});
  ASSERT_EQ(t[0].kind, "prediction");
  EXPECT_EQ(t[0].deadline_status, "fulfilled");
}

TEST(TimelineTest, SinceLeavesOutEarlierClaims) {
  TempStore w;
  BuildWorld(&w);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  TimelineOptions o;
  o.since = ReportDate::Parse("--11-22");
  auto t = BuildTimeline(l, {"UA9900000001"}, o);
  for (const auto& e : t) EXPECT_GE(e.when.Compare(o.since), 0);
  EXPECT_EQ(t.size(), 3u);
}

TEST(TimelineTest, SpeakerKeyIsTheSurname) {
  EXPECT_EQ(SpeakerKey("Colonel-General Ivan Sampleson"), "sampleson");
  EXPECT_EQ(SpeakerKey("Sampleson"), "sampleson");
  EXPECT_EQ(SpeakerKey(""), "");
}

}  // namespace
}  // namespace sitrep::report

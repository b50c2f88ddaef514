// Verification of rewrite candidates: the publication-date rule.
#include "store/rewrite_verifier.h"

#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "geo/gazetteer.h"
#include "store/ingester.h"
#include "store/rewrite_hook.h"
#include "util/civil_date.h"
#include "temp_db.h"

namespace sitrep::store {
namespace {

using testing::TempDb;

// Six sentences of an invented report; `variant` rewrites the last three
// with other figures and people (the same template, another story).
std::string Report(bool variant, const std::string& tail) {
  std::string s =
      "Colonel Arkady Velmin told the Northern Courier that 140 soldiers crossed the Sula river on "
      "Tuesday. Velmin said the crossing near the old mill took four hours. The colonel added that "
      "two bridges were repaired by the engineers of the 12th brigade. ";
  if (!variant) {
    s += "According to Velmin, 35 trucks of supplies arrived on Wednesday. Local official Dana Roskova "
         "stated that 600 residents left the district. Roskova noted that the school was closed for a week. ";
  } else {
    s += "According to Major Ilya Brant, 80 trucks of fuel arrived on Friday. Local official Pavel Usik "
         "stated that 250 residents returned to the district. Usik noted that the hospital reopened after a month. ";
  }
  return s + tail;
}

std::vector<RewriteLink> Verify(const std::vector<ingest::Document>& docs, const std::string& db) {
  auto gaz = geo::Gazetteer::Empty();
  auto st = Store::Open(TempDb(db));
  EXPECT_TRUE(st.ok());
  auto p = extract::Pipeline::Create(gaz.get());
  EXPECT_TRUE(p.ok());
  auto hook = MakeRewriteIndexHook(st->get());
  EXPECT_TRUE(hook.ok()) << hook.status().ToString();
  {
    Ingester ing(st->get(), p->get());
    ing.AddHook(hook->get());
    for (const auto& d : docs) EXPECT_TRUE(ing.Add(d).ok());
    EXPECT_TRUE(ing.Flush().ok());
  }
  std::vector<RewriteLink> links;
  EXPECT_TRUE(VerifyRewrites(st->get(), &links).ok());
  return links;
}

ingest::Document Doc(const std::string& id, const std::string& published, const std::string& text) {
  ingest::Document d;
  d.id = id;
  d.published = published;
  d.text = text;
  return d;
}

TEST(RewriteVerifierTest, HalfTheSentencesMakeARewriteOnlyWhenPublishedClose) {
  // Half of the sentences in common (similarity 0.5): a rewrite two days
  // later, not two months later.
  auto close = Verify({Doc("a", "2025-03-01", Report(false, "")), Doc("b", "2025-03-03", Report(true, ""))},
                      "rv_close.db");
  ASSERT_EQ(close.size(), 1u);
  EXPECT_NEAR(close[0].similarity, 0.5, 0.01);
  auto far = Verify({Doc("a", "2025-03-01", Report(false, "")), Doc("b", "2025-05-10", Report(true, ""))},
                    "rv_far.db");
  EXPECT_TRUE(far.empty());
  // Without dates the ordinary rule holds.
  auto undated = Verify({Doc("a", "", Report(false, "")), Doc("b", "", Report(true, ""))}, "rv_undated.db");
  EXPECT_EQ(undated.size(), 1u);
}

TEST(RewriteVerifierTest, ACopyPublishedMonthsLaterIsStillARewrite) {
  auto late = Verify({Doc("a", "2025-03-01", Report(false, "")),
                      Doc("b", "2025-09-01T10:00:00Z", Report(false, "The report was republished."))},
                     "rv_late.db");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_GE(late[0].similarity, kFarApartSimilarity);
}

TEST(CivilDateTest, IsoDaysAndBack) {
  long d = 0;
  ASSERT_TRUE(ParseIsoDay("1970-01-01", &d));
  EXPECT_EQ(d, 0);
  ASSERT_TRUE(ParseIsoDay("2025-03-01T08:00:00Z", &d));
  long feb28 = 0;
  ASSERT_TRUE(ParseIsoDay("2025-02-28", &feb28));
  EXPECT_EQ(d - feb28, 1);
  ASSERT_TRUE(ParseIsoDay("2024-03-01", &d));
  ASSERT_TRUE(ParseIsoDay("2024-02-28", &feb28));
  EXPECT_EQ(d - feb28, 2);  // leap year
  int y, m, day;
  CivilFromDays(d, &y, &m, &day);
  EXPECT_EQ(y * 10000 + m * 100 + day, 20240301);
  for (const char* bad : {"", "--03-01", "2025-13-01", "2025-03-00", "2025/03/01", "yesterday", "2025-3-1"}) {
    EXPECT_FALSE(ParseIsoDay(bad, &d)) << bad;
  }
}

}  // namespace
}  // namespace sitrep::store

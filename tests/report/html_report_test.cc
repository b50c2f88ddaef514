#include "report/html_report.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "report/exports.h"
#include "report/outline.h"
#include "test_world.h"

namespace sitrep::report {
namespace {

using sitrep::testing::MakeClaim;
using sitrep::testing::MakePlace;
using sitrep::testing::TempStore;

TEST(HtmlReportTest, HostileTextIsEscapedAndNothingIsFetched) {
  TempStore w;
  auto town = MakePlace("Evil<script>alert(1)</script>", "UA<x>", 48.5, 37.7, {"\"><img src=x onerror=alert(2)>"});
  extract::Record r;
  r.places = {town};
  r.claims = {MakeClaim(town, "captured", "</td><script>alert(3)</script>", "2025-01-02", "asserted",
                        "Sentence with <iframe src=//evil.example></iframe> & stuff.")};
  r.sourcing = {{"anonymous", "<b onmouseover=alert(4)>sources</b>"}};
  w.Add("doc<1>", "2025-01-02", r);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  ReportInput in;
  in.ledger = &l;
  in.entries = BuildAllTimelines(l);
  in.contradictions = FindContradictions(l, in.entries);
  dedup::RewritePair p;
  p.a = "doc<1>";
  p.b = "b";
  p.added_in_b = {"<script>alert(5)</script>"};
  in.pairs = {p};
  in.families = {{"doc<1>", {"doc<1>", "b"}}};
  std::ostringstream out;
  WriteHtmlReport(in, out);
  std::string html = out.str();
  // Exactly one script element: ours.
  size_t first = html.find("<script");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(html.find("<script", first + 1), std::string::npos);
  for (const char* bad : {"<img", "<iframe", "<b onmouseover", "onerror=alert(2)>"}) {
    EXPECT_EQ(html.find(bad), std::string::npos) << bad;
  }
  EXPECT_NE(html.find("&lt;script&gt;alert(5)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  // No external resource: no src= or href= pointing anywhere but the page.
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
}

TEST(HtmlReportTest, GeoJsonHasPointsWithLatestClaims) {
  TempStore w;
  auto town = MakePlace("Testivka", "UA9900000001", 48.5, 37.7, {});
  extract::Record r;
  r.places = {town};
  r.claims = {MakeClaim(town, "fighting", "A", "2025-01-02", "asserted", "x"),
              MakeClaim(town, "captured", "B", "2025-01-05", "asserted", "y")};
  w.Add("d", "2025-01-05", r);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  auto g = PlacesGeoJson(l, BuildAllTimelines(l));
  ASSERT_EQ(g["features"].size(), 1u);
  const auto& f = g["features"][0];
  EXPECT_EQ(f["geometry"]["coordinates"][0], 37.7);  // lon first
  EXPECT_EQ(f["geometry"]["coordinates"][1], 48.5);
  EXPECT_EQ(f["properties"]["latest_kind"], "captured");
  EXPECT_EQ(f["properties"]["claims"], 2);
  EXPECT_EQ(f["properties"]["latest_claims"], "2025-01-05 captured (B); 2025-01-02 fighting (A)");
}

TEST(OutlineTest, DecodesQuantisedTopoJsonArcs) {
  std::string path = ::testing::TempDir() + "/outline_test.json";
  std::ofstream(path) << R"({"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[20,40]},
    "objects":{"countries":{"type":"GeometryCollection","geometries":[
      {"type":"Polygon","arcs":[[0,-2]],"id":"804"},{"type":"Polygon","arcs":[[1]],"id":"999"}]}},
    "arcs":[[[0,0],[10,0],[0,10]],[[0,0],[10,10]]]})";
  std::vector<MapRing> rings;
  ASSERT_TRUE(LoadOutline(path, &rings).ok());
  ASSERT_EQ(rings.size(), 1u);
  // Arc 0: (20,40) (25,40) (25,45); arc ~1 reversed: (25,45) (20,40), first point dropped.
  ASSERT_EQ(rings[0].size(), 4u);
  EXPECT_EQ(rings[0][1], std::make_pair(25.0, 40.0));
  EXPECT_EQ(rings[0][3], std::make_pair(20.0, 40.0));
  EXPECT_FALSE(LoadOutline(path, &rings, "123").ok());
  EXPECT_FALSE(LoadOutline(path + ".missing", &rings).ok());
}

}  // namespace
}  // namespace sitrep::report

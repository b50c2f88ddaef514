// AppendRecordJson must write the bytes of RecordToJson(r).dump(...) (the
// output and store format before the streaming writer), record for record.
#include "extract/record_json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "extract/pipeline.h"
#include "geo/gazetteer.h"
#include "ingest/text_reader.h"

namespace sitrep::extract {
namespace {

std::string Reference(const Record& r) {
  return RecordToJson(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Streamed(const Record& r) {
  std::string out = "kept|";  // appends: what was there stays
  AppendRecordJson(r, &out);
  EXPECT_EQ(out.substr(0, 5), "kept|");
  return out.substr(5);
}

Record Minimal() {
  Record r;
  r.id = "doc-1";
  return r;
}

// Every optional field present, strings that need escaping or repair.
Record Full(const std::string& s) {
  Record r;
  r.id = "id " + s;
  r.title = "title " + s;
  r.published = "2025-11-21";
  r.outlet = "tass.ru";
  r.url = "https://example.org/a?b=\"c\"";
  geo::ResolvedPlace p;
  p.name = "Place " + s;
  p.kind = geo::PlaceKind::kRegion;
  p.admin1 = "Donetsk";
  p.admin2 = "Pokrovsk raion";
  p.has_coords = true;
  p.lat = 48.39818;
  p.lon = -0.1;
  p.code = "UA14";
  p.surface = {s, "second"};
  p.confidence = 1.0;
  p.beaten = {"other: " + s};
  r.places.push_back(p);
  geo::ResolvedPlace q;  // no coordinates, empty lists
  q.name = "Nowhere";
  q.confidence = 0.1;
  r.places.push_back(q);
  r.speakers.push_back({"Name " + s, "military expert", "DPR", true});
  r.speakers.push_back({"", "", "", false});
  r.institutions.push_back({"the General Staff " + s});
  r.outlets.push_back({"TASS", "RIA", s});
  r.outlets.push_back({"aif.ru", "", ""});
  r.dates.push_back({"April 16th", "2025-04-16", true, {3, 14}, "2025-04-16"});
  r.dates.push_back({s, "--04-16", false, {0, std::numeric_limits<uint32_t>::max()}, ""});
  Claim c;
  c.kind = "captured";
  c.place = "Place";
  c.place_code = "UA14";
  c.aliases = {s, "alias"};
  c.has_coords = true;
  c.lat = 1e21;
  c.lon = 1e-7;
  c.side = "RU";
  c.speaker = s;
  c.outlet = "TASS";
  c.date = "2025-04-16";
  c.deadline = "2025-12-31";
  c.modality = "predicted";
  c.negated = true;
  c.sentence = "Sentence with " + s + ".";
  c.span = {10, 20};
  r.claims.push_back(c);
  Claim bare;
  bare.kind = "fighting";
  r.claims.push_back(bare);
  r.quantities.push_back({0.0, "killed", "up_to", s});
  r.quantities.push_back({-12.5, "km", "about", "12.5 km"});
  r.quantities.push_back({52.69116, "percent_territory", "exact", "52.69116%"});
  r.measures.push_back({15000, "personnel", "more_than", s});
  r.sourcing.push_back({"anonymous", s});
  r.invalid_bytes = 3;
  return r;
}

TEST(RecordJsonTest, HandBuiltRecordsMatchNlohmann) {
  const std::vector<std::string> strings = {
      "",
      "plain",
      "quote \" backslash \\ slash /",
      std::string("controls \x01\x1f\x7f\b\f\n\r\t", 16),
      std::string("nul \0 byte", 10),
      "U+2028 \u2028 U+2029 \u2029",
      "Покровськ \U0001F600 \u00e9",
      "invalid \xff\xfe bytes",
      "cut \xe2\x82",
      "overlong \xc0\xaf and surrogate \xed\xa0\x80",
  };
  EXPECT_EQ(Streamed(Minimal()), Reference(Minimal()));
  EXPECT_EQ(Streamed(Minimal()),
            R"({"claims":[],"dates":[],"id":"doc-1","institutions":[],"outlets":[],"places":[],)"
            R"("quantities":[],"sourcing":[],"speakers":[]})");
  for (const auto& s : strings) {
    Record r = Full(s);
    EXPECT_EQ(Streamed(r), Reference(r)) << s;
  }
  // Doubles where nlohmann's form is easy to get wrong.
  for (double v : {0.0, -0.0, 1.0, 0.1, 1e-7, 48.39818, 1e21, -37.5, 1e15, 1e16, 123456.789}) {
    Record r = Minimal();
    r.quantities.push_back({v, "km", "exact", "x"});
    geo::ResolvedPlace p;
    p.has_coords = true;
    p.lat = v;
    p.lon = -v;
    p.confidence = v;
    r.places.push_back(p);
    EXPECT_EQ(Streamed(r), Reference(r)) << v;
  }
}

// A writer that gets a key out of order, a double or an escape wrong fails
// here: the records of the example articles go through the whole pipeline.
TEST(RecordJsonTest, PipelineRecordsOfTheExamplesMatchNlohmann) {
  std::unique_ptr<geo::Gazetteer> gaz;
  auto loaded = geo::Gazetteer::Load(geo::Gazetteer::DefaultPath());
  if (loaded.ok()) {
    gaz = std::move(*loaded);
  } else {
    gaz = geo::Gazetteer::Empty();  // places stay empty; the rest is still checked
  }
  auto pipeline = Pipeline::Create(gaz.get());
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  int files = 0, claims = 0, places = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(SITREP_TEST_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ingest::Document doc = ingest::DocumentFromText(entry.path().string(), ss.str());
    Record r;
    (*pipeline)->Process(doc, &r);
    EXPECT_EQ(Streamed(r), Reference(r)) << entry.path();
    ++files;
    claims += static_cast<int>(r.claims.size());
    places += static_cast<int>(r.places.size());
  }
  EXPECT_GE(files, 8);
  EXPECT_GT(claims, 0);
  if (loaded.ok()) EXPECT_GT(places, 0);
}

}  // namespace
}  // namespace sitrep::extract

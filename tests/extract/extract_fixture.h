// Test helper: runs the extractor on sentences written for the test, with
// places given by hand (geo::Resolution mentions pointing into the text).
#ifndef SITREP_TESTS_EXTRACT_EXTRACT_FIXTURE_H_
#define SITREP_TESTS_EXTRACT_EXTRACT_FIXTURE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/pipeline.h"
#include "extract/record.h"
#include "geo/resolution.h"
#include "ingest/document.h"
#include "text/analyzer.h"

namespace sitrep::extract {

struct PlaceSpec {
  std::string surface;  // as written in the text (every occurrence)
  std::string name;     // official name
  geo::PlaceKind kind = geo::PlaceKind::kSettlement;
  int64_t population = 0;
  std::string code;  // place code ("UA..." for a settlement of Ukraine)
};

class ExtractFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = text::Analyzer::Create();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analyzer_ = std::move(*a).release();
    auto e = Extractor::Create();
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    extractor_ = std::move(*e).release();
  }

  // Extracts `text` with the given places; published as "YYYY-MM-DD" or "".
  Record Run(const std::string& text, const std::vector<PlaceSpec>& places = {},
             const std::string& published = "") {
    ingest::Document doc;
    doc.id = "t";
    doc.text = text;
    doc.published = published;
    analyzer_->Analyze(doc.text, &t_);
    geo::Resolution res;
    for (const auto& p : places) {
      geo::ResolvedPlace rp;
      rp.name = p.name;
      rp.kind = p.kind;
      rp.population = p.population;
      rp.code = p.code;
      rp.has_coords = true;
      rp.lat = 48.0 + res.places.size();
      rp.lon = 37.0;
      rp.surface = {p.surface};
      int idx = static_cast<int>(res.places.size());
      res.places.push_back(rp);
      for (size_t at = t_.text.find(p.surface); at != std::string::npos; at = t_.text.find(p.surface, at + 1)) {
        geo::Mention m;
        m.span = text::Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + p.surface.size())};
        m.place = idx;
        m.surface = p.surface;
        res.mentions.push_back(m);
      }
    }
    std::sort(res.mentions.begin(), res.mentions.end(),
              [](const geo::Mention& a, const geo::Mention& b) { return a.span.begin < b.span.begin; });
    SplitJoinedPlaces(res, &t_);
    Record r;
    r.id = doc.id;
    r.published = published;
    extractor_->Extract(doc, t_, res, &r);
    return r;
  }

  static std::vector<std::string> SpeakerNames(const Record& r) {
    std::vector<std::string> out;
    for (const auto& s : r.speakers) out.push_back(s.name);
    return out;
  }
  // One row of a table test: a text and what it must yield, in order
  // (claim keys "kind@place" or speaker names).
  struct Row {
    const char* text;
    std::vector<std::string> want;
  };
  void ExpectClaimKeys(const std::vector<Row>& rows, const std::vector<PlaceSpec>& places) {
    for (const Row& row : rows) EXPECT_EQ(ClaimKeys(Run(row.text, places)), row.want) << row.text;
  }
  void ExpectSpeakerNames(const std::vector<Row>& rows) {
    for (const Row& row : rows) EXPECT_EQ(SpeakerNames(Run(row.text)), row.want) << row.text;
  }

  static std::vector<std::string> ClaimKeys(const Record& r) {
    std::vector<std::string> out;
    for (const auto& c : r.claims) out.push_back(c.kind + "@" + c.place);
    return out;
  }

  static text::Analyzer* analyzer_;
  static Extractor* extractor_;
  text::AnalyzedText t_;
};

inline text::Analyzer* ExtractFixture::analyzer_ = nullptr;
inline Extractor* ExtractFixture::extractor_ = nullptr;

}  // namespace sitrep::extract

#endif  // SITREP_TESTS_EXTRACT_EXTRACT_FIXTURE_H_

#include "extract_fixture.h"

namespace sitrep::extract {
namespace {

class SourcingFinderTest : public ExtractFixture {};

TEST_F(SourcingFinderTest, FlagsTheClause) {
  struct Case {
    const char* text;
    const char* kind;
    const char* flag;
  } cases[] = {
      {"Officially nothing changed, but sources close to the ministry have suggested a pause.", "anonymous",
       "sources close to the ministry have suggested a pause"},
      {"\u2018We wait,\u2019 said one diplomat, who spoke on condition of anonymity.", "anonymous",
       "said one diplomat, who spoke on condition of anonymity"},
      {"The analyst, citing classified documents seen by few, predicted a push.", "unverifiable",
       "citing classified documents seen by few"},
      {"The plan, according to limited but credible sources, is ready.", "unverifiable",
       "according to limited but credible sources"},
      {"The outlet cited an unnamed officer under the call sign Storm, and moved on.", "anonymous",
       "The outlet cited an unnamed officer under the call sign Storm"},
      {"His account relied on intercepted communications.", "unverifiable",
       "His account relied on intercepted communications"},
      {"It is reported that the dam was hit.", "unattributed", "It is reported that the dam was hit"},
      {"The bridge, according to some reports, was hit.", "unattributed", "according to some reports"},
      {"A senior defense official, briefing reporters on background, said the line held.", "anonymous",
       "briefing reporters on background"},
      {"“They are leaving,” the agency quoted a source as saying.", "anonymous",
       "the agency quoted a source as saying"},
      {"Units withdrew weeks ago, according to an informed source in the army.", "anonymous",
       "according to an informed source in the army"},
      {"The line is moving west, said a military analyst who wished to remain anonymous.", "anonymous",
       "said a military analyst who wished to remain anonymous"},
  };
  for (const auto& c : cases) {
    Record r = Run(c.text);
    ASSERT_EQ(r.sourcing.size(), 1u) << c.text;
    EXPECT_EQ(r.sourcing[0].kind, c.kind) << c.text;
    EXPECT_EQ(r.sourcing[0].text, c.flag) << c.text;
  }
}

TEST_F(SourcingFinderTest, NotSourcing) {
  EXPECT_TRUE(Run("According to reports from the Telegram channel Rybar, the bridge was hit.").sourcing.empty());
  Record r = Run("Such views, drawn from sources close to the front lines, persist. "
                 "The assessment was based on intelligence gathered over months. Ivan Rudo said so.");
  EXPECT_TRUE(r.sourcing.empty()) << r.sourcing[0].text;
}

TEST_F(SourcingFinderTest, OneFlagPerClause) {
  Record r = Run("The agency reported it citing sources from the security services familiar with the situation.");
  ASSERT_EQ(r.sourcing.size(), 1u);
}

}  // namespace
}  // namespace sitrep::extract

// Matcher: which keys a keyed text yields, on word boundaries only, and the
// same after a round trip through Serialize/Deserialize.
#include "geo/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {
namespace {

// "key@begin" for each match, in the order ScanAll gives them.
std::vector<std::string> Found(const Matcher& m, const std::vector<std::string_view>& keys, std::string_view text) {
  std::vector<KeyMatch> all;
  m.ScanAll(text, &all);
  std::vector<std::string> out;
  for (const KeyMatch& k : all) {
    EXPECT_EQ(text.substr(k.begin, k.end - k.begin), keys[k.id]);
    out.push_back(std::string(keys[k.id]) + "@" + std::to_string(k.begin));
  }
  return out;
}

TEST(MatcherTest, TableOfTexts) {
  const std::vector<std::string_view> keys = {"yar", "chasiv yar", "kyiv", "ka", "", "novo selo", "selo"};
  auto m = Matcher::Compile(keys);
  ASSERT_TRUE(m.ok()) << m.status().message();
  struct Case {
    std::string_view text;
    std::vector<std::string> want;
  } cases[] = {
      {"kyiv", {"kyiv@0"}},                                   // the whole text
      {"near kyiv", {"kyiv@5"}},                              // at the end
      {"kyiv said", {"kyiv@0"}},                              // at the start
      {"kyivska oblast", {}},                                 // a key inside a longer word
      {"bakyiv", {}},                                         // ... or at its end
      {"chasiv yar", {"chasiv yar@0", "yar@7"}},              // overlapping keys, by end offset
      {"in novo selo and selo", {"novo selo@3", "selo@8", "selo@17"}},
      {"kaka ka", {"ka@5"}},                                  // a short key only as a word
      {"", {}},
  };
  for (const Case& c : cases) {
    auto got = Found(**m, keys, c.text);
    std::sort(got.begin(), got.end());
    auto want = c.want;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want) << "text: '" << c.text << "'";
  }
}

TEST(MatcherTest, RangesFindOnlyWhatLiesInsideOne) {
  const std::vector<std::string_view> keys = {"chasiv yar", "yar", "kyiv", "novo selo"};
  auto m = Matcher::Compile(keys);
  ASSERT_TRUE(m.ok());
  //                             0         1         2         3
  //                             0123456789012345678901234567890123456
  const std::string_view text = "kyiv and chasiv yar near novo selo";
  struct Case {
    std::vector<Matcher::Range> ranges;
    std::vector<std::string> want;  // "key@begin@end"
  } cases[] = {
      {{{0, 34}}, {"kyiv@0@4", "chasiv yar@9@19", "yar@16@19", "novo selo@25@34"}},
      {{{0, 4}, {9, 19}}, {"kyiv@0@4", "chasiv yar@9@19", "yar@16@19"}},
      {{{9, 15}, {16, 19}}, {"yar@16@19"}},          // a key across two ranges is not found
      {{{25, 29}, {30, 34}}, {}},                    // nor is "novo selo" cut in two
      {{{5, 8}, {25, 34}}, {"novo selo@25@34"}},
      {{}, {}},
  };
  for (const Case& c : cases) {
    std::vector<KeyMatch> all;
    (*m)->ScanRanges(text, c.ranges, &all);
    std::vector<std::string> got;
    for (const KeyMatch& k : all) {
      got.push_back(std::string(keys[k.id]) + "@" + std::to_string(k.begin) + "@" + std::to_string(k.end));
    }
    std::sort(got.begin(), got.end());
    auto want = c.want;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want) << c.ranges.size() << " ranges";
  }
}

TEST(MatcherTest, SerializedMatcherFindsTheSame) {
  const std::vector<std::string_view> keys = {"bakhmut", "artemivsk", "chasiv yar"};
  auto m = Matcher::Compile(keys);
  ASSERT_TRUE(m.ok());
  auto back = Matcher::Deserialize((*m)->Serialize());
  ASSERT_TRUE(back.ok()) << back.status().message();
  const std::string_view text = "from bakhmut to chasiv yar not artemivskyi";
  EXPECT_EQ(Found(**back, keys, text), Found(**m, keys, text));
  EXPECT_EQ(Found(**back, keys, text).size(), 2u);
}

TEST(MatcherTest, TruncatedBlobIsCorruption) {
  auto m = Matcher::Compile({"kyiv"});
  ASSERT_TRUE(m.ok());
  std::string blob = (*m)->Serialize();
  EXPECT_FALSE(Matcher::Deserialize(blob.substr(0, 2)).ok());
  EXPECT_FALSE(Matcher::Deserialize(blob.substr(0, blob.size() / 2)).ok());
}

}  // namespace
}  // namespace sitrep::geo

#include "util/string_hash.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

namespace sitrep {
namespace {

TEST(StringHashTest, StringAndViewHashAlikeForHeterogeneousLookup) {
  std::unordered_set<std::string, StringHash, std::equal_to<>> set = {"near", "village of", "Kyiv"};
  EXPECT_EQ(StringHash()(std::string("near")), StringHash()(std::string_view("near")));
  std::string text = "the village of Kupiansk";
  EXPECT_TRUE(set.find(std::string_view(text).substr(4, 10)) != set.end());  // "village of"
  EXPECT_TRUE(set.find(std::string_view("kyiv")) == set.end());              // case matters
  EXPECT_NE(StringHash()("ab"), StringHash()("ba"));
}

TEST(ShapeFilterTest, NeverRejectsAnAddedWordAndRejectsOtherShapes) {
  ShapeFilter f;
  const char* words[] = {"general", "mr", "near", "a", "oblast", "x-ray"};
  for (const char* w : words) f.Add(w);
  for (const char* w : words) EXPECT_TRUE(f.MayContain(w)) << w;
  EXPECT_FALSE(f.MayContain(""));
  EXPECT_FALSE(f.MayContain("tanks"));      // no five-letter word t...s
  EXPECT_FALSE(f.MayContain("generals"));   // other length
  EXPECT_TRUE(f.MayContain("gxxxxxl"));     // same shape as "general": a false positive, allowed
  ShapeFilter empty;
  EXPECT_FALSE(empty.MayContain("near"));
}

}  // namespace
}  // namespace sitrep

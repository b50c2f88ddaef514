#include "dedup/story_family.h"

#include <gtest/gtest.h>

namespace sitrep::dedup {
namespace {

TEST(StoryFamilyTest, EarliestPublishedIsOrigin) {
  auto f = BuildFamilies(4, {{0, 1, 0.5, 0.9}, {1, 2, 0.8, 0.6}}, {"2025-03-02", "2025-03-01", "2025-03-03", ""});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].origin, 1);
  EXPECT_EQ(f[0].members, (std::vector<int>{1, 0, 2}));
}

TEST(StoryFamilyTest, WithoutDatesTheContainedOneIsOrigin) {
  // Document 1's sentences are all found in 0 and 2 (coverage 1.0).
  auto f = BuildFamilies(3, {{0, 1, 0.6, 1.0}, {1, 2, 1.0, 0.5}}, {"", "", ""});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].origin, 1);
}

TEST(StoryFamilyTest, SourceOrder) {
  EXPECT_TRUE(IsSourceOf("2025-01-01", 0.1, "2025-01-02", 0.9));
  EXPECT_FALSE(IsSourceOf("", 0.9, "2025-01-02", 0.1));
  EXPECT_TRUE(IsSourceOf("", 0.9, "", 0.5));
}

}  // namespace
}  // namespace sitrep::dedup

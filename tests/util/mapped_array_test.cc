#include "util/mapped_array.h"

#include <cstdint>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(MappedArrayTest, StartsEmptyOrZeroedOrFilled) {
  MappedArray<uint32_t> empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.capacity(), 0u);
  MappedArray<uint32_t> zeros(1000);
  ASSERT_EQ(zeros.size(), 1000u);
  for (uint32_t v : zeros) ASSERT_EQ(v, 0u);
  MappedArray<uint16_t> sevens(3000, 7);
  for (uint16_t v : sevens) ASSERT_EQ(v, 7);
}

// Random pushes, appends, resizes (up and down) and fills, checked against a
// std::vector after each step: elements survive every growth (mremap), and
// what a shrink dropped comes back as zeros when the array grows again.
TEST(MappedArrayTest, AgreesWithVectorThroughRandomGrowthAndShrinking) {
  std::mt19937 rng(42);
  MappedArray<uint32_t> a;
  std::vector<uint32_t> v;
  for (int step = 0; step < 3000; ++step) {
    switch (rng() % 5) {
      case 0:
      case 1: {
        uint32_t x = rng();
        a.push_back(x);
        v.push_back(x);
        break;
      }
      case 2: {
        std::vector<uint32_t> more(rng() % 5000);
        for (auto& x : more) x = rng();
        a.append(more.data(), more.size());
        v.insert(v.end(), more.begin(), more.end());
        break;
      }
      case 3: {
        size_t n = rng() % (2 * v.size() + 10);
        a.resize(n);
        v.resize(n, 0);
        break;
      }
      case 4:
        if (rng() % 10 == 0) {
          size_t n = rng() % 100000;
          uint32_t x = rng() % 3;
          a.assign(n, x);
          v.assign(n, x);
        }
        break;
    }
    ASSERT_EQ(a.size(), v.size()) << "step " << step;
    ASSERT_GE(a.capacity(), a.size());
  }
  ASSERT_TRUE(std::equal(a.begin(), a.end(), v.begin()));
}

TEST(MappedArrayTest, GrowsPastHugePagesKeepingContents) {
  MappedArray<uint64_t> a;
  const size_t n = (size_t{9} << 20) / sizeof(uint64_t);  // 9 MiB: several huge pages and moves
  for (size_t i = 0; i < n; ++i) a.push_back(i * 2654435761u);
  for (size_t i = 0; i < n; ++i) ASSERT_EQ(a[i], i * 2654435761u) << i;
  EXPECT_EQ(a.capacity() * sizeof(uint64_t) % (size_t{2} << 20), 0u);  // whole huge pages
}

TEST(MappedArrayTest, MovesAndSwapsOwnership) {
  MappedArray<int32_t> a(10, -1);
  MappedArray<int32_t> b(std::move(a));
  EXPECT_EQ(a.size(), 0u);
  EXPECT_EQ(a.capacity(), 0u);
  ASSERT_EQ(b.size(), 10u);
  EXPECT_EQ(b[9], -1);
  MappedArray<int32_t> c(3, 5);
  c.swap(b);
  EXPECT_EQ(c.size(), 10u);
  EXPECT_EQ(b.size(), 3u);
  EXPECT_EQ(b[2], 5);
  a = std::move(c);
  EXPECT_EQ(a.size(), 10u);
  a.push_back(4);  // the moved-to array grows on
  EXPECT_EQ(a[10], 4);
}

}  // namespace
}  // namespace sitrep

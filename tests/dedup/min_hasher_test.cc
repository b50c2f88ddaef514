#include "dedup/min_hasher.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

namespace sitrep::dedup {
namespace {

// Estimate counts the positions where two sketches agree, eight at a time
// where it can: every length around the step, and agreement patterns that put
// the agreeing lanes first, last, everywhere and nowhere.
TEST(MinHasherTest, EstimateIsTheShareOfAgreeingPositions) {
  struct Case {
    int n;
    int agree_every;  // position i agrees when i % agree_every == 0; 0 = none agree
  } cases[] = {
      {0, 1},  {1, 1},  {1, 0},  {7, 1},  {7, 2},  {8, 1},  {8, 0},  {8, 3},   {9, 1},      {9, 8},
      {15, 4}, {16, 1}, {17, 5}, {32, 1}, {32, 0}, {32, 7}, {48, 1}, {48, 2},  {48, 3},     {80, 1},
      {80, 9}, {81, 2}, {1000, 1}, {1000, 13}, {(1 << 18) - 1, 1},  // the longest allowed, all agreeing
  };
  std::mt19937 rng(7);
  for (const auto& c : cases) {
    std::vector<uint16_t> a(c.n), b(c.n);
    int want = 0;
    for (int i = 0; i < c.n; ++i) {
      a[i] = static_cast<uint16_t>(rng());
      const bool agree = c.agree_every != 0 && i % c.agree_every == 0;
      b[i] = agree ? a[i] : static_cast<uint16_t>(a[i] ^ (1 + rng() % 0xfffe));
      want += agree;
    }
    const double expected = c.n ? static_cast<double>(want) / c.n : 0;
    EXPECT_EQ(MinHasher::Estimate(a.data(), b.data(), c.n), expected) << "n=" << c.n << " every=" << c.agree_every;
  }
}

TEST(MinHasherTest, EstimateOfUnalignedSketches) {
  // Sketches sit at any even address in the index's storage.
  std::vector<uint16_t> a(50, 3), b(50, 3);
  for (int i = 0; i < 50; i += 4) b[i] = 4;  // every fourth position disagrees
  for (int off = 0; off < 4; ++off) {
    const int n = 40;
    int want = 0;
    for (int i = off; i < off + n; ++i) want += i % 4 != 0;
    EXPECT_EQ(MinHasher::Estimate(a.data() + off, b.data() + off, n), static_cast<double>(want) / n) << off;
  }
}

}  // namespace
}  // namespace sitrep::dedup

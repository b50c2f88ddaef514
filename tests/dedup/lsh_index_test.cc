#include "dedup/lsh_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace sitrep::dedup {
namespace {

// What Query must list, by brute force: for each non-zero key of the query,
// the newest max_per_key (document, band) entries holding that key (in any
// band: keys of different bands may collide), as documents.
std::vector<uint32_t> Expected(const std::vector<std::vector<uint32_t>>& docs, const std::vector<uint32_t>& query,
                               uint32_t max_per_key) {
  std::vector<uint32_t> out;
  for (uint32_t k : query) {
    if (k == 0) continue;
    uint32_t n = 0;
    for (size_t d = docs.size(); d-- > 0 && n < max_per_key;) {
      for (size_t b = docs[d].size(); b-- > 0 && n < max_per_key;) {
        if (docs[d][b] == k) {
          out.push_back(static_cast<uint32_t>(d));
          ++n;
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every band count the query handles differently: one band (no division),
// the index's 24, one over a power of two, the most walked in step (64) and
// more (one chain after another); keys from a small space so that chains are
// long and bands collide, and budgets that cut the chains or not.
TEST(LshIndexTest, QueryListsTheNewestDocumentsSharingEachKey) {
  struct Case {
    int bands;
    int docs;
    uint32_t key_space;  // keys 0 (none) .. key_space
    uint32_t max_per_key;
  } cases[] = {
      {1, 300, 20, UINT32_MAX}, {1, 300, 20, 3},   {2, 200, 10, 5},     {3, 500, 50, UINT32_MAX},
      {24, 400, 60, 50},        {24, 400, 60, 1},  {24, 3000, 400, 50}, {25, 200, 30, 7},
      {64, 100, 40, 10},        {65, 100, 40, 10}, {65, 100, 40, 0},    {24, 50, 5, 0},
  };
  for (const auto& c : cases) {
    std::mt19937 rng(c.bands * 1000 + c.docs);
    LshIndex index(c.bands);
    std::vector<std::vector<uint32_t>> docs;
    auto random_keys = [&] {
      std::vector<uint32_t> keys(c.bands);
      for (auto& k : keys) k = rng() % (c.key_space + 1);
      return keys;
    };
    for (int d = 0; d < c.docs; ++d) {
      docs.push_back(random_keys());
      ASSERT_EQ(index.Add(docs.back().data()), static_cast<uint32_t>(d));
    }
    EXPECT_EQ(index.size(), static_cast<uint32_t>(c.docs));
    for (int q = 0; q < 20; ++q) {
      const std::vector<uint32_t> query = q == 0 ? docs.back() : random_keys();
      std::vector<uint32_t> got;
      index.Query(query.data(), &got, c.max_per_key);
      std::sort(got.begin(), got.end());
      EXPECT_EQ(got, Expected(docs, query, c.max_per_key))
          << "bands=" << c.bands << " docs=" << c.docs << " max_per_key=" << c.max_per_key << " query " << q;
    }
  }
}

}  // namespace
}  // namespace sitrep::dedup

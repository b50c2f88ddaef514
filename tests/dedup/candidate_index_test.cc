#include "dedup/candidate_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "dedup/lsh_index.h"
#include "dedup/min_hasher.h"

namespace sitrep::dedup {
namespace {

// Find as first written: every listing sorted and made unique, estimated in
// index order, then the same cuts. Find must give exactly this, in this
// order (ties in the estimate included), whatever it does to get there.
std::vector<Candidate> ReferenceFind(const CandidateIndex::Options& o, const LshIndex& lsh,
                                     const std::vector<CandidateIndex::Keys>& indexed, const CandidateIndex::Keys& keys) {
  std::vector<uint32_t> ids;
  lsh.Query(keys.bands.data(), &ids, static_cast<uint32_t>(o.max_per_band));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  const bool has_fact = keys.bands[0] != 0, has_text = keys.bands[o.fact_k / o.fact_rows] != 0;
  std::vector<Candidate> out;
  for (uint32_t i : ids) {
    const uint16_t* s = indexed[i].sketch.data();
    Candidate c;
    c.index = i;
    if (has_fact) c.fact_estimate = static_cast<float>(MinHasher::Estimate(keys.sketch.data(), s, o.fact_k));
    if (has_text) c.text_estimate = static_cast<float>(MinHasher::Estimate(keys.sketch.data() + o.fact_k, s + o.fact_k, o.text_k));
    if (c.fact_estimate >= o.min_fact_estimate || c.text_estimate >= o.min_text_estimate) out.push_back(c);
  }
  auto score = [](const Candidate& x) { return std::max(x.fact_estimate, x.text_estimate); };
  float top = 0;
  for (const Candidate& c : out) top = std::max(top, score(c));
  const float floor = static_cast<float>(o.min_share_of_best) * top;
  out.erase(std::remove_if(out.begin(), out.end(), [&](const Candidate& c) { return score(c) < floor; }), out.end());
  if (static_cast<int>(out.size()) > o.max_candidates) {
    std::partial_sort(out.begin(), out.begin() + o.max_candidates, out.end(),
                      [&](const Candidate& x, const Candidate& y) { return score(x) > score(y); });
    out.resize(o.max_candidates);
  }
  return out;
}

// Random documents whose band keys and sketch values come from small spaces:
// long chains, documents sharing many bands (listed many times), and many
// candidates of equal estimate for the cut to choose among.
TEST(CandidateIndexTest, FindKeepsTheCandidatesAndOrderOfTheReferenceSearch) {
  struct Case {
    uint32_t band_space, value_space;
    int max_candidates, max_per_band;
    bool some_without_facts;  // fact bands all 0 (too few facts)
  } cases[] = {
      {30, 4, 8, 50, false}, {30, 4, 8, 50, true}, {8, 2, 3, 50, false},
      {8, 2, 3, 5, true},    {200, 3, 8, 50, false}, {4, 1, 8, 200, false},  // every sketch equal: all tie
  };
  for (const auto& c : cases) {
    CandidateIndex::Options o;
    o.max_candidates = c.max_candidates;
    o.max_per_band = c.max_per_band;
    CandidateIndex index(o);
    LshIndex lsh(index.bands());
    std::vector<CandidateIndex::Keys> indexed;
    std::mt19937 rng(c.band_space * 31 + c.value_space);
    std::vector<Candidate> got;
    for (int d = 0; d < 1500; ++d) {
      CandidateIndex::Keys keys;
      keys.bands.resize(index.bands());
      for (auto& b : keys.bands) b = 1 + rng() % c.band_space;
      if (c.some_without_facts && d % 3 == 0) std::fill(keys.bands.begin(), keys.bands.begin() + o.fact_k / o.fact_rows, 0);
      keys.sketch.resize(index.sketch_size());
      for (auto& v : keys.sketch) v = static_cast<uint16_t>(rng() % c.value_space);
      index.Find(keys, &got);
      const std::vector<Candidate> want = ReferenceFind(o, lsh, indexed, keys);
      ASSERT_EQ(got.size(), want.size()) << "doc " << d;
      for (size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(got[i].index, want[i].index) << "doc " << d << " candidate " << i;
        EXPECT_EQ(got[i].fact_estimate, want[i].fact_estimate) << "doc " << d << " candidate " << i;
        EXPECT_EQ(got[i].text_estimate, want[i].text_estimate) << "doc " << d << " candidate " << i;
      }
      EXPECT_EQ(index.Add(keys), static_cast<uint32_t>(d));
      lsh.Add(keys.bands.data());
      indexed.push_back(keys);
    }
  }
}

}  // namespace
}  // namespace sitrep::dedup

#include "dedup/candidate_index.h"

#include <algorithm>

namespace sitrep::dedup {

CandidateIndex::CandidateIndex(const Options& o)
    : o_(o),
      fact_(o.fact_k, o.fact_rows, 0x5eed0001),
      text_(o.text_k, o.text_rows, 0x5eed0002),
      lsh_(o.fact_k / o.fact_rows + o.text_k / o.text_rows) {}

void CandidateIndex::Sketch(const DocSignature& sig, Keys* keys) const {
  keys->bands.assign(lsh_.bands(), 0);
  keys->sketch.assign(sketch_size(), 0);
  std::vector<uint32_t> mins;  // local: Sketch runs on several threads at once
  if (static_cast<int>(sig.facts.size()) >= o_.min_facts) {
    fact_.Sketch(sig.facts, &mins);
    fact_.BandKeys(mins, keys->bands.data());
    MinHasher::Bits16(mins, keys->sketch.data());
  }
  if (o_.min_text <= 0 || HasDistinct(sig.text, static_cast<size_t>(o_.min_text))) {
    text_.Sketch(sig.text, &mins);
    text_.BandKeys(mins, keys->bands.data() + fact_.bands());
    MinHasher::Bits16(mins, keys->sketch.data() + o_.fact_k);
  }
}

void CandidateIndex::Find(const Keys& keys, std::vector<Candidate>* out) const {
  out->clear();
  scratch_.clear();
  lsh_.Query(keys.bands.data(), &scratch_, static_cast<uint32_t>(o_.max_per_band));
  // A document sharing several bands is listed once per band; the first
  // listing stamps it with this query's number and the others are skipped
  // (sorting the up to bands * max_per_band listings cost more).
  if (++query_ == 0) {  // wrapped: stamps of 2^32 queries ago would match
    std::fill(seen_.begin(), seen_.end(), 0);
    query_ = 1;
  }
  const int n = sketch_size();
  const bool has_fact = keys.bands[0] != 0, has_text = keys.bands[fact_.bands()] != 0;
  for (size_t x = 0; x < scratch_.size(); ++x) {
    // The stamps and sketches of a large index are not in cache: fetch a few ahead.
    if (x + 4 < scratch_.size()) {
      const uint32_t ahead_doc = scratch_[x + 4];
      __builtin_prefetch(&seen_[ahead_doc]);
      const char* ahead = reinterpret_cast<const char*>(&sketches_[static_cast<size_t>(ahead_doc) * n]);
      for (int off = 0; off < 2 * n; off += 64) __builtin_prefetch(ahead + off);
    }
    const uint32_t i = scratch_[x];
    if (seen_[i] == query_) continue;
    seen_[i] = query_;
    const uint16_t* s = &sketches_[static_cast<size_t>(i) * n];
    Candidate c;
    c.index = i;
    if (has_fact) c.fact_estimate = static_cast<float>(MinHasher::Estimate(keys.sketch.data(), s, o_.fact_k));
    if (has_text) {
      c.text_estimate = static_cast<float>(MinHasher::Estimate(keys.sketch.data() + o_.fact_k, s + o_.fact_k, o_.text_k));
    }
    if (c.fact_estimate >= o_.min_fact_estimate || c.text_estimate >= o_.min_text_estimate) out->push_back(c);
  }
  // In index order, so that candidates of equal estimate are cut below
  // (partial_sort) as they were when the listings were sorted first.
  std::sort(out->begin(), out->end(), [](const Candidate& x, const Candidate& y) { return x.index < y.index; });
  auto score = [](const Candidate& x) { return std::max(x.fact_estimate, x.text_estimate); };
  auto best = [&](const Candidate& x, const Candidate& y) { return score(x) > score(y); };
  float top = 0;
  for (const Candidate& c : *out) top = std::max(top, score(c));
  const float floor = static_cast<float>(o_.min_share_of_best) * top;
  out->erase(std::remove_if(out->begin(), out->end(), [&](const Candidate& c) { return score(c) < floor; }),
             out->end());
  if (static_cast<int>(out->size()) > o_.max_candidates) {
    std::partial_sort(out->begin(), out->begin() + o_.max_candidates, out->end(), best);
    out->resize(o_.max_candidates);
  }
}

uint32_t CandidateIndex::Add(const Keys& keys) {
  sketches_.append(keys.sketch.data(), keys.sketch.size());
  seen_.push_back(0);
  return lsh_.Add(keys.bands.data());
}

}  // namespace sitrep::dedup

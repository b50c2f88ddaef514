#include "dedup/lsh_index.h"

namespace sitrep::dedup {
namespace {
inline uint32_t Spread(uint32_t k) { return k * 0x9E3779B1u; }
}  // namespace

LshIndex::LshIndex(int bands)
    : bands_(bands),
      band_reciprocal_(UINT64_MAX / static_cast<uint64_t>(bands) + 1),
      slot_key_(1024),
      slot_head_(1024) {}

void LshIndex::Grow() {
  MappedArray<uint32_t> keys(slot_key_.size() * 2), heads(slot_key_.size() * 2);
  uint32_t mask = static_cast<uint32_t>(keys.size() - 1);
  for (size_t i = 0; i < slot_key_.size(); ++i) {
    if (!slot_key_[i]) continue;
    uint32_t p = Spread(slot_key_[i]) & mask;
    while (keys[p]) p = (p + 1) & mask;
    keys[p] = slot_key_[i];
    heads[p] = slot_head_[i];
  }
  slot_key_.swap(keys);
  slot_head_.swap(heads);
}

uint32_t LshIndex::Add(const uint32_t* keys) {
  uint32_t doc = docs_++;
  next_.resize(static_cast<size_t>(docs_) * bands_);
  for (int b = 0; b < bands_; ++b) {
    uint32_t k = keys[b];
    if (!k) continue;
    if ((used_ + 1) * 4 > slot_key_.size() * 3) Grow();
    uint32_t mask = static_cast<uint32_t>(slot_key_.size() - 1);
    uint32_t p = Spread(k) & mask;
    while (slot_key_[p] && slot_key_[p] != k) p = (p + 1) & mask;
    if (!slot_key_[p]) {
      slot_key_[p] = k;
      ++used_;
    }
    uint32_t entry = doc * bands_ + b;
    next_[entry] = slot_head_[p];
    slot_head_[p] = entry + 1;
  }
  return doc;
}

void LshIndex::Query(const uint32_t* keys, std::vector<uint32_t>* out, uint32_t max_per_key) const {
  // In a large index every probe and chain link is a cache miss. The probes
  // of all bands are issued first and the chains are then walked in step,
  // so that their reads overlap instead of waiting on one another.
  constexpr int kMaxBands = 64;
  if (bands_ > kMaxBands) {
    QueryOneByOne(keys, out, max_per_key);
    return;
  }
  const uint32_t mask = static_cast<uint32_t>(slot_key_.size() - 1);
  uint32_t pos[kMaxBands];
  for (int b = 0; b < bands_; ++b) {
    pos[b] = Spread(keys[b]) & mask;
    __builtin_prefetch(&slot_key_[pos[b]]);
  }
  uint32_t link[kMaxBands], left[kMaxBands];  // chain cursor (entry + 1) and budget
  int live = 0;
  for (int b = 0; b < bands_; ++b) {
    uint32_t k = keys[b];
    if (!k) continue;
    uint32_t p = pos[b];
    while (slot_key_[p] && slot_key_[p] != k) p = (p + 1) & mask;
    if (!slot_key_[p] || slot_head_[p] == 0 || max_per_key == 0) continue;
    link[live] = slot_head_[p];
    left[live] = max_per_key;
    __builtin_prefetch(&next_[link[live] - 1]);
    ++live;
  }
  while (live > 0) {
    for (int c = 0; c < live;) {
      const uint32_t e = link[c];
      out->push_back(DocOf(e - 1));
      const uint32_t n = next_[e - 1];
      if (n == 0 || --left[c] == 0) {
        --live;
        link[c] = link[live];
        left[c] = left[live];
        continue;
      }
      link[c] = n;
      __builtin_prefetch(&next_[n - 1]);
      ++c;
    }
  }
}

void LshIndex::QueryOneByOne(const uint32_t* keys, std::vector<uint32_t>* out, uint32_t max_per_key) const {
  uint32_t mask = static_cast<uint32_t>(slot_key_.size() - 1);
  for (int b = 0; b < bands_; ++b) {
    uint32_t k = keys[b];
    if (!k) continue;
    uint32_t p = Spread(k) & mask;
    while (slot_key_[p] && slot_key_[p] != k) p = (p + 1) & mask;
    if (!slot_key_[p]) continue;
    uint32_t n = 0;
    for (uint32_t e = slot_head_[p]; e && n < max_per_key; e = next_[e - 1], ++n) out->push_back(DocOf(e - 1));
  }
}

size_t LshIndex::MemoryBytes() const {
  return 4 * (slot_key_.capacity() + slot_head_.capacity() + next_.capacity());
}

}  // namespace sitrep::dedup

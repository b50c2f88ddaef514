#include "dedup/lsh_index.h"

namespace sitrep::dedup {
namespace {
inline uint32_t Spread(uint32_t k) { return k * 0x9E3779B1u; }
}  // namespace

LshIndex::LshIndex(int bands) : bands_(bands), slot_key_(1024, 0), slot_head_(1024, 0) {}

void LshIndex::Grow() {
  std::vector<uint32_t> keys(slot_key_.size() * 2, 0), heads(slot_key_.size() * 2, 0);
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
  next_.resize(static_cast<size_t>(docs_) * bands_, 0);
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
  uint32_t mask = static_cast<uint32_t>(slot_key_.size() - 1);
  for (int b = 0; b < bands_; ++b) {
    uint32_t k = keys[b];
    if (!k) continue;
    uint32_t p = Spread(k) & mask;
    while (slot_key_[p] && slot_key_[p] != k) p = (p + 1) & mask;
    if (!slot_key_[p]) continue;
    uint32_t n = 0;
    for (uint32_t e = slot_head_[p]; e && n < max_per_key; e = next_[e - 1], ++n) out->push_back((e - 1) / bands_);
  }
}

size_t LshIndex::MemoryBytes() const {
  return 4 * (slot_key_.capacity() + slot_head_.capacity() + next_.capacity());
}

}  // namespace sitrep::dedup

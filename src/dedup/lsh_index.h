// LshIndex: the in-memory banded LSH index over every indexed document.
// Each document brings a fixed number of 32-bit band keys (0 = no key for
// that band); a query returns the earlier documents sharing any key. Memory
// is about 16 bytes per (document, band): an open-addressing table of keys
// with chain heads, and one chain link per entry.
#ifndef SITREP_DEDUP_LSH_INDEX_H_
#define SITREP_DEDUP_LSH_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "util/mapped_array.h"

namespace sitrep::dedup {

class LshIndex {
 public:
  // REQUIRES: bands >= 1.
  explicit LshIndex(int bands);
  int bands() const { return bands_; }
  uint32_t size() const { return docs_; }

  // Adds a document with keys[0..bands) and returns its index (0, 1, ...).
  uint32_t Add(const uint32_t* keys);
  // Appends to *out the index of every document sharing a key with keys[]
  // (a document sharing several keys appears several times), the most
  // recently added `max_per_key` of each key: a key shared by very many
  // documents says little, and scanning it whole would make the cost of a
  // query grow with the index. The order of *out is unspecified (the keys'
  // chains are walked in step).
  void Query(const uint32_t* keys, std::vector<uint32_t>* out, uint32_t max_per_key = UINT32_MAX) const;
  // Bytes held.
  size_t MemoryBytes() const;

 private:
  void Grow();
  // Query, one key's chain after another (more than 64 bands).
  void QueryOneByOne(const uint32_t* keys, std::vector<uint32_t>* out, uint32_t max_per_key) const;
  // The document of an entry (doc * bands_ + band): entry / bands_, by a
  // multiplication. A query maps every link it walks to its document, and a
  // division by a number known only at run time (24) is a 20-40 cycle
  // instruction; ceil(2^64 / bands_) times a 32-bit entry, high 64 bits, is
  // the exact quotient (Lemire, Kaser, Kurz 2019, "Faster remainder by
  // direct computation"). 2^64 / 1 does not fit: one band is the identity.
  uint32_t DocOf(uint32_t entry) const {
    if (bands_ == 1) return entry;
    return static_cast<uint32_t>((static_cast<unsigned __int128>(band_reciprocal_) * entry) >> 64);
  }
  int bands_;
  uint64_t band_reciprocal_;  // UINT64_MAX / bands_ + 1 (0 for one band)
  uint32_t docs_ = 0;
  uint64_t used_ = 0;
  // Grow with every document: mapped, not from the heap (util/mapped_array.h).
  MappedArray<uint32_t> slot_key_;   // 0 = empty
  MappedArray<uint32_t> slot_head_;  // entry index + 1 of the chain's newest entry
  MappedArray<uint32_t> next_;       // per entry (doc * bands + band): older entry + 1, or 0
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_LSH_INDEX_H_

// MinHasher: classic k-hash MinHash of a set of 64-bit features, and the LSH
// band keys and 16-bit (b-bit) values kept of it. Each of the k hash
// functions is a multiply-shift of a mixed feature, so a set of n features
// costs n*k multiplications.
//
//   MinHasher h(/*k=*/48, /*rows=*/3, /*seed=*/1);
//   std::vector<uint32_t> mins;  h.Sketch(features, &mins);
//   uint32_t keys[16];           h.BandKeys(mins, keys);
#ifndef SITREP_DEDUP_MIN_HASHER_H_
#define SITREP_DEDUP_MIN_HASHER_H_

#include <cstdint>
#include <vector>

namespace sitrep::dedup {

class MinHasher {
 public:
  // REQUIRES: k % rows == 0.
  MinHasher(int k, int rows, uint64_t seed);
  int k() const { return k_; }
  int bands() const { return k_ / rows_; }

  // *mins receives k minima of `set`; all 0xffffffff when the set is empty.
  void Sketch(const std::vector<uint64_t>& set, std::vector<uint32_t>* mins) const;
  // keys[band] = a non-zero hash of that band's rows and of the band number.
  void BandKeys(const std::vector<uint32_t>& mins, uint32_t* keys) const;
  // The low 16 bits of each minimum, for cheap similarity estimates.
  static void Bits16(const std::vector<uint32_t>& mins, uint16_t* out);
  // Estimated Jaccard similarity of two 16-bit sketches of n values: the
  // share of positions where they agree. REQUIRES: 0 <= n < 2^18.
  static double Estimate(const uint16_t* a, const uint16_t* b, int n);

 private:
  int k_, rows_;
  uint64_t seed_;
  std::vector<uint64_t> mul_, add_;
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_MIN_HASHER_H_

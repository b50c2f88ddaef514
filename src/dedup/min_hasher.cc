#include "dedup/min_hasher.h"

#include <xxhash.h>

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep::dedup {
namespace {

uint64_t SplitMix(uint64_t* x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  return x ^ (x >> 33);
}

// The n*k inner loop. Integer arithmetic only, so every clone computes the
// same minima; on x86-64 the loader picks the widest one the CPU runs (the
// AVX-512 clone multiplies eight 64-bit lanes at once, the default one has
// no 64-bit vector multiply). Elsewhere one plain version.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#endif
void SketchLoop(const uint64_t* set, size_t n, uint64_t seed, const uint64_t* mul, const uint64_t* add, int k,
                uint32_t* m) {
  for (size_t j = 0; j < n; ++j) {
    const uint64_t x = Mix(set[j] ^ seed);
    for (int i = 0; i < k; ++i) {
      const uint32_t h = static_cast<uint32_t>((x * mul[i] + add[i]) >> 32);
      m[i] = h < m[i] ? h : m[i];
    }
  }
}

}  // namespace

MinHasher::MinHasher(int k, int rows, uint64_t seed) : k_(k), rows_(rows), seed_(seed) {
  uint64_t s = seed;
  for (int i = 0; i < k; ++i) {
    mul_.push_back(SplitMix(&s) | 1);
    add_.push_back(SplitMix(&s));
  }
}

void MinHasher::Sketch(const std::vector<uint64_t>& set, std::vector<uint32_t>* mins) const {
  mins->assign(k_, 0xffffffffu);
  SketchLoop(set.data(), set.size(), seed_, mul_.data(), add_.data(), k_, mins->data());
}

void MinHasher::BandKeys(const std::vector<uint32_t>& mins, uint32_t* keys) const {
  for (int b = 0; b < bands(); ++b) {
    uint32_t k = static_cast<uint32_t>(XXH3_64bits_withSeed(&mins[b * rows_], 4 * rows_, seed_ + b));
    keys[b] = k ? k : 1;
  }
}

void MinHasher::Bits16(const std::vector<uint32_t>& mins, uint16_t* out) {
  for (size_t i = 0; i < mins.size(); ++i) out[i] = static_cast<uint16_t>(mins[i]);
}

double MinHasher::Estimate(const uint16_t* a, const uint16_t* b, int n) {
  int same = 0, i = 0;
#if defined(__SSE2__)
  // Eight values a step; an equal lane compares to -1 (0xffff), so
  // subtracting the comparisons counts the agreements per lane (at most
  // n / 8 each). The compiler's own vectorisation of the loop below widened
  // every comparison to 32 bits before adding: twice the instructions.
  __m128i agree = _mm_setzero_si128();
  for (; i + 8 <= n; i += 8) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a + i));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i));
    agree = _mm_sub_epi16(agree, _mm_cmpeq_epi16(x, y));
  }
  const __m128i pairs = _mm_madd_epi16(agree, _mm_set1_epi16(1));  // four 32-bit sums
  const __m128i halves = _mm_add_epi32(pairs, _mm_shuffle_epi32(pairs, _MM_SHUFFLE(1, 0, 3, 2)));
  same = _mm_cvtsi128_si32(_mm_add_epi32(halves, _mm_shuffle_epi32(halves, _MM_SHUFFLE(2, 3, 0, 1))));
#endif
  for (; i < n; ++i) same += a[i] == b[i];
  // Unrelated values agree with probability 2^-16; negligible at these sizes.
  return n ? static_cast<double>(same) / n : 0;
}

}  // namespace sitrep::dedup

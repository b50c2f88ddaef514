// Eight bytes at a time ("SIMD within a register"): the byte tests that the
// text stage runs over every byte of every article, in portable C++
// (LowerAscii takes sixteen at a time with SSE2 where the target has it).
//
//   uint64_t w = swar::Load8(p);
//   if (!swar::AnyHigh(w) && !swar::AnyEqual(w, '"')) p += 8;  // nothing here
//   swar::LowerAscii(&text);  // "Kyiv SAID" -> "kyiv said", UTF-8 untouched
#ifndef SITREP_UTIL_SWAR_H_
#define SITREP_UTIL_SWAR_H_

#include <cstdint>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep::swar {

constexpr uint64_t kLow = 0x0101010101010101ull;   // 0x01 in every byte
constexpr uint64_t kHigh = 0x8080808080808080ull;  // 0x80 in every byte

inline uint64_t Load8(const void* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Some byte has its high bit set (is not ASCII).
inline bool AnyHigh(uint64_t w) { return (w & kHigh) != 0; }

// Some byte is zero.
inline bool AnyZero(uint64_t w) { return ((w - kLow) & ~w & kHigh) != 0; }

// Some byte equals `b`.
inline bool AnyEqual(uint64_t w, uint8_t b) { return AnyZero(w ^ (kLow * b)); }

// Some byte is below `n` (n <= 128; bytes >= 0x80 never count as below).
inline bool AnyBelow(uint64_t w, uint8_t n) { return ((w - kLow * n) & ~w & kHigh) != 0; }

// 0x20 in each byte that is an ASCII capital 'A'..'Z', 0 elsewhere.
inline uint64_t UpperMask(uint64_t w) {
  const uint64_t low7 = w & ~kHigh;
  const uint64_t ge_a = low7 + kLow * (0x80 - 'A');      // high bit: byte >= 'A'
  const uint64_t gt_z = low7 + kLow * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
  return ((ge_a & ~gt_z & ~w) & kHigh) >> 2;
}

// Lower-cases the ASCII capitals of `s` in place; every other byte (UTF-8
// sequences included) is left as it is. Returns true when `s` has a byte
// that is not ASCII (found in the same pass).
inline bool LowerAscii(std::string* s) {
  char* p = s->data();
  const size_t n = s->size();
  size_t i = 0;
  uint64_t high = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time where the target has SSE2: the capitals are the
  // bytes above '@' and below '[' as signed bytes (so none >= 0x80).
  __m128i high16 = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    high16 = _mm_or_si128(high16, v);
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + i), _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  }
  high = _mm_movemask_epi8(high16) != 0 ? kHigh : 0;
#endif
  for (; i + 8 <= n; i += 8) {
    const uint64_t w = Load8(p + i);
    high |= w;
    const uint64_t m = UpperMask(w);
    if (m) {
      const uint64_t lowered = w | m;
      std::memcpy(p + i, &lowered, 8);
    }
  }
  bool non_ascii = AnyHigh(high);
  for (; i < n; ++i) {
    non_ascii |= static_cast<unsigned char>(p[i]) >= 0x80;
    if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
  }
  return non_ascii;
}

}  // namespace sitrep::swar

#endif  // SITREP_UTIL_SWAR_H_

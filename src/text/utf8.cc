#include "text/utf8.h"

#include <unicode/utf8.h>

#include <bit>
#include <cstdint>
#include <cstring>

#include "util/swar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep::text {

uint32_t RepairUtf8(std::string_view in, std::string* out, std::vector<uint32_t>* to_source) {
  out->clear();
  out->reserve(in.size());
  if (to_source) {
    to_source->clear();
    to_source->reserve(in.size() + 1);
  }
  uint32_t bad = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    if (s[i] < 0x80 && s[i] != 0) {  // ASCII fast path
      out->push_back(static_cast<char>(s[i]));
      if (to_source) to_source->push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || c == 0) {
      ++bad;
      out->append("\xEF\xBF\xBD");
      if (to_source) to_source->insert(to_source->end(), 3, static_cast<uint32_t>(start));
    } else {
      out->append(reinterpret_cast<const char*>(s + start), static_cast<size_t>(i - start));
      if (to_source) {
        for (int32_t k = start; k < i; ++k) to_source->push_back(static_cast<uint32_t>(k));
      }
    }
  }
  if (to_source) to_source->push_back(static_cast<uint32_t>(n));
  return bad;
}

bool IsValidUtf8(std::string_view in) {
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // Sixteen at a time, on to the first byte that is NUL or not ASCII (the
    // high bit of each, or of its compare with zero).
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const unsigned m =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128()))));
      if (m != 0) {
        i += std::countr_zero(m);
        break;
      }
      i += 16;
    }
#endif
    // Eight ASCII bytes at a time, none of them NUL (most article text).
    while (i + 8 <= n) {
      const uint64_t w = swar::Load8(s + i);
      if (swar::AnyHigh(w) || swar::AnyZero(w)) break;
      i += 8;
    }
    if (i >= n) break;
    if (s[i] < 0x80) {
      if (s[i] == 0) return false;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool LooksBinary(std::string_view in) {
  size_t head = std::min<size_t>(in.size(), 8192);
  for (size_t i = 0; i < head; ++i) {
    if (in[i] == '\0') return true;
  }
  size_t sample = std::min<size_t>(in.size(), 65536);
  size_t ctrl = 0;
  for (size_t i = 0; i < sample; ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++ctrl;
  }
  return sample > 0 && ctrl * 10 > sample;
}

}  // namespace sitrep::text

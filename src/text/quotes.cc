#include "text/quotes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <bit>

#include "util/swar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep::text {
namespace {

struct Mark {
  UChar32 c;
  uint32_t begin, end;  // byte range of the mark
  bool letter_before, letter_after;
};

bool IsLetterOrDigit(UChar32 c) { return c >= 0 && u_isalnum(c); }

}  // namespace

void FindQuotes(std::string_view text, std::vector<Quote>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  std::vector<Mark> marks;
  // Every quotation mark is '"' or starts with byte 0xC2 (U+00AB, U+00BB) or
  // 0xE2 (U+2018..U+201E): other bytes are skipped without decoding.
  for (int32_t i = 0; i < n;) {
#if defined(__SSE2__)
    // Sixteen bytes at a time: on to the first that is '"' or non-ASCII (the
    // high bit of each, or of its compare with '"'), past all when none is.
    if (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')))));
      if (m == 0) {
        i += 16;
        continue;
      }
      i += std::countr_zero(m);
    }
#endif
    // Eight bytes at a time while none is '"' or non-ASCII.
    if (i + 8 <= n) {
      const uint64_t w = swar::Load8(s + i);
      if (!swar::AnyHigh(w) && !swar::AnyEqual(w, '"')) {
        i += 8;
        continue;
      }
    }
    const uint8_t b = s[i];
    if (b != '"' && b != 0xC2 && b != 0xE2) {
      ++i;
      continue;
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB ||
        c == 0x201E || c == '"' || c == 0x201A) {
      UChar32 prev = ' ', next = ' ';
      if (at > 0) {
        int32_t p = at;
        U8_PREV(s, 0, p, prev);
      }
      if (i < n) {
        int32_t j = i;
        U8_NEXT(s, j, n, next);
      }
      marks.push_back(Mark{c, static_cast<uint32_t>(at), static_cast<uint32_t>(i),
                           IsLetterOrDigit(prev), IsLetterOrDigit(next)});
    }
  }
  auto closes = [](UChar32 open, const Mark& m) {
    switch (open) {
      case 0x2018: return m.c == 0x2019 && !(m.letter_before && m.letter_after);
      case 0x201A: return m.c == 0x2018 || m.c == 0x2019;
      case 0x201C: return m.c == 0x201D;
      case 0x201E: return m.c == 0x201C || m.c == 0x201D;
      case 0x00AB: return m.c == 0x00BB;
      case '"': return m.c == '"' && !m.letter_after;
      default: return false;
    }
  };
  auto opens = [](const Mark& m) {
    if (m.c == 0x2018 || m.c == 0x201C || m.c == 0x00AB || m.c == 0x201E || m.c == 0x201A) {
      return !m.letter_before;
    }
    if (m.c == '"') return !m.letter_before;
    return false;
  };
  for (size_t k = 0; k < marks.size(); ++k) {
    if (!opens(marks[k])) continue;
    for (size_t j = k + 1; j < marks.size(); ++j) {
      if (marks[j].begin - marks[k].end > kMaxQuoteBytes) break;
      if (closes(marks[k].c, marks[j])) {
        if (marks[j].begin > marks[k].end) {
          out->push_back(Quote{Span{marks[k].end, marks[j].begin},
                               Span{marks[k].begin, marks[j].end}, 0});
        }
        k = j;
        break;
      }
    }
  }
}

}  // namespace sitrep::text

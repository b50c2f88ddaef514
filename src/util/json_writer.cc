#include "util/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstring>

// nlohmann's own double formatter (grisu2 plus its layout rules). std::to_chars
// gives the truly shortest digits, which differ from grisu2's in about one
// value in 200 (52.69116 where nlohmann prints 52.691160000000004), so the
// writer calls the same code to stay byte-identical with RecordToJson().dump().
#include <nlohmann/detail/conversions/to_chars.hpp>

#include "util/swar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep {
namespace {

// True for the bytes that end a run copied as it stands.
constexpr bool NeedsCare(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; }

struct CareTable {
  bool care[256];
  constexpr CareTable() : care() {
    for (int i = 0; i < 256; ++i) care[i] = NeedsCare(static_cast<unsigned char>(i));
  }
};
constexpr CareTable kCare;

constexpr char kHex[] = "0123456789abcdef";
constexpr char kReplacement[] = "\xEF\xBF\xBD";

void AppendEscapedControl(unsigned char c, std::string* out) {
  switch (c) {
    case '\b': out->append("\\b"); return;
    case '\t': out->append("\\t"); return;
    case '\n': out->append("\\n"); return;
    case '\f': out->append("\\f"); return;
    case '\r': out->append("\\r"); return;
    case '"': out->append("\\\""); return;
    case '\\': out->append("\\\\"); return;
    default: {
      char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out->append(u, 6);
    }
  }
}

// Length of the well-formed UTF-8 sequence starting at s[i] (a byte >= 0x80),
// or, when ill-formed, 0 with *resume set to where nlohmann's decoder goes on:
// a bad lead byte is consumed, a bad or missing continuation byte is read
// again as the start of the next character (Unicode table 3-7 rules).
size_t Utf8Sequence(std::string_view s, size_t i, size_t* resume) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *resume = i + 1;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size()) {
      *resume = s.size();
      return 0;
    }
    unsigned char b = static_cast<unsigned char>(s[i + k]);
    if (b < lo || b > hi) {
      *resume = i + k;
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
  }
  return len;
}

template <typename Integer>
void AppendInteger(Integer v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

// The high bit set in each byte of w that NeedsCare (and perhaps in a byte
// after one that does: only "none" is exact).
inline uint64_t CareBits(uint64_t w) {
  const uint64_t quote = w ^ (swar::kLow * '"'), backslash = w ^ (swar::kLow * '\\');
  return (w | ((w - swar::kLow * 0x20) & ~w) | ((quote - swar::kLow) & ~quote) |
          ((backslash - swar::kLow) & ~backslash)) &
         swar::kHigh;
}

// How many bytes from p on (of n) are copied as they stand: the length of
// the run before the first byte NeedsCare. Most strings written need no
// care at all; the last bytes of one are tested by a load that overlaps
// bytes already tested, not one at a time.
inline size_t PlainRun(const char* p, size_t n) {
#if defined(__SSE2__)
  if (n >= 16) {
    // Sixteen bytes at a time: a signed compare below 0x20 catches the
    // control characters and the non-ASCII bytes (negative) at once.
    const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    auto care = [&](const char* at) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
      return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
          _mm_cmplt_epi8(v, space), _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)))));
    };
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
      if (const unsigned m = care(p + i)) return i + static_cast<size_t>(__builtin_ctz(m));
    }
    if (i == n) return n;
    // The last n - i bytes: the top bits of the mask of the last sixteen.
    const unsigned m = care(p + n - 16) >> (16 - (n - i));
    return m ? i + static_cast<size_t>(__builtin_ctz(m)) : n;
  }
#endif
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    if (CareBits(swar::Load8(p + i))) break;
  }
  if (n >= 8) {
    // Fewer than eight left: test the last eight (unless a byte that needs
    // care stopped the loop), then look at the bytes.
    if (i + 8 > n && !CareBits(swar::Load8(p + n - 8))) return n;
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    if (!CareBits(a | (uint64_t{b} << 32))) return n;
  }
  while (i < n && !kCare.care[static_cast<unsigned char>(p[i])]) ++i;
  return i;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t i = 0, run = 0;  // s[run, i) is still to copy
  while (i < s.size()) {
    i += PlainRun(s.data() + i, s.size() - i);
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out->append(s.data() + run, i - run);
      AppendEscapedControl(c, out);
      run = ++i;
      continue;
    }
    size_t resume = 0;
    size_t len = Utf8Sequence(s, i, &resume);
    if (len > 0) {
      i += len;
      continue;
    }
    out->append(s.data() + run, i - run);
    out->append(kReplacement, 3);
    run = i = resume;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendJsonDouble(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  // The same coordinates recur in every record that names a place: a small
  // direct-mapped cache of formatted values (per thread) skips grisu2 for
  // them. len 0 marks an empty slot.
  struct Slot {
    uint64_t bits;
    uint8_t len;
    char text[39];
  };
  static thread_local Slot cache[256];
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  Slot& slot = cache[(bits ^ (bits >> 29) ^ (bits >> 47)) & 255];
  if (slot.len == 0 || slot.bits != bits) {
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    const size_t len = static_cast<size_t>(end - buf);
    if (len > sizeof slot.text) {
      out->append(buf, len);
      return;
    }
    slot.bits = bits;
    slot.len = static_cast<uint8_t>(len);
    std::memcpy(slot.text, buf, len);
  }
  out->append(slot.text, slot.len);
}

JsonWriter& JsonWriter::Open(char c) {
  BeforeValue();
  out_->push_back(c);
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::Close(char c) {
  out_->push_back(c);
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::KeyFromInput(std::string_view key) {
  if (need_comma_) out_->push_back(',');
  AppendJsonString(key, out_);
  out_->push_back(':');
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(s, out_);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t v) {
  BeforeValue();
  AppendInteger(v, out_);
  return *this;
}

JsonWriter& JsonWriter::Uint(uint64_t v) {
  BeforeValue();
  AppendInteger(v, out_);
  return *this;
}

JsonWriter& JsonWriter::Double(double v) {
  BeforeValue();
  AppendJsonDouble(v, out_);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
  return *this;
}

}  // namespace sitrep

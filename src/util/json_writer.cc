#include "util/json_writer.h"

#include <algorithm>
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

// The escape of ASCII byte c (a control character, '"' or '\\') at out
// (room for 6 bytes); returns its length.
size_t EscapeControl(unsigned char c, char* out) {
  char e = 0;
  switch (c) {
    case '\b': e = 'b'; break;
    case '\t': e = 't'; break;
    case '\n': e = 'n'; break;
    case '\f': e = 'f'; break;
    case '\r': e = 'r'; break;
    case '"': e = '"'; break;
    case '\\': e = '\\'; break;
    default: {
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      std::memcpy(out, u, 6);
      return 6;
    }
  }
  out[0] = '\\';
  out[1] = e;
  return 2;
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

// memcpy for n <= 16 bytes without the call (most strings written are
// short): two loads and two stores that overlap.
inline void CopyShort(char* to, const char* from, size_t n) {
  if (n >= 8) {
    const uint64_t a = swar::Load8(from), b = swar::Load8(from + n - 8);
    std::memcpy(to, &a, 8);
    std::memcpy(to + n - 8, &b, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, from, 4);
    std::memcpy(&b, from + n - 4, 4);
    std::memcpy(to, &a, 4);
    std::memcpy(to + n - 4, &b, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

}  // namespace

template <typename Integer>
void JsonWriter::PutInteger(Integer v) {
  Room(24);
  p_ = std::to_chars(p_, p_ + 24, v).ptr;
}

JsonWriter::JsonWriter(std::string* out) : out_(out) {
  // The room: a little, grown by doubling (std::string zeroes the room it
  // adds, so taking all of a reused buffer's capacity at once would zero
  // it all for every record).
  const size_t used = out->size();
  out->resize(used + 256);
  p_ = out->data() + used;
  end_ = out->data() + out->size();
}

void JsonWriter::Flush() {
  out_->resize(static_cast<size_t>(p_ - out_->data()));
  p_ = end_ = out_->data() + out_->size();
}

void JsonWriter::Grow(size_t n) {
  const size_t used = static_cast<size_t>(p_ - out_->data());
  out_->resize(std::max(2 * out_->size(), used + n));
  p_ = out_->data() + used;
  end_ = out_->data() + out_->size();
}

void JsonWriter::PutString(std::string_view s) {
  // Most strings need no escape: one room check, the bytes between quotes.
  size_t i = PlainRun(s.data(), s.size());
  if (i == s.size()) {
    Room(s.size() + 2);
    *p_++ = '"';
    if (s.size() <= 16) {
      CopyShort(p_, s.data(), s.size());
    } else {
      std::memcpy(p_, s.data(), s.size());
    }
    p_ += s.size();
    *p_++ = '"';
    return;
  }
  Put("\"", 1);
  size_t run = 0;  // s[run, i) is still to copy
  while (i < s.size()) {
    i += PlainRun(s.data() + i, s.size() - i);
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      Put(s.data() + run, i - run);
      Room(6);
      p_ += EscapeControl(c, p_);
      run = ++i;
      continue;
    }
    size_t resume = 0;
    size_t len = Utf8Sequence(s, i, &resume);
    if (len > 0) {
      i += len;
      continue;
    }
    Put(s.data() + run, i - run);
    Put(kReplacement, 3);
    run = i = resume;
  }
  Put(s.data() + run, s.size() - run);
  Put("\"", 1);
}

void JsonWriter::PutDouble(double v) {
  if (!std::isfinite(v)) {
    Put("null", 4);
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
      Put(buf, len);
      return;
    }
    slot.bits = bits;
    slot.len = static_cast<uint8_t>(len);
    std::memcpy(slot.text, buf, len);
  }
  Put(slot.text, slot.len);
}

void AppendJsonString(std::string_view s, std::string* out) { JsonWriter(out).String(s); }

void AppendJsonDouble(double v, std::string* out) { JsonWriter(out).Double(v); }

JsonWriter& JsonWriter::KeyFromInput(std::string_view key) {
  Room(1);
  if (need_comma_) *p_++ = ',';
  PutString(key);
  Put(":", 1);
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t v) {
  BeforeValue();
  PutInteger(v);
  return *this;
}

JsonWriter& JsonWriter::Uint(uint64_t v) {
  BeforeValue();
  PutInteger(v);
  return *this;
}

JsonWriter& JsonWriter::Double(double v) {
  BeforeValue();
  PutDouble(v);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  BeforeValue();
  if (v) Put("true", 4); else Put("false", 5);
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  Put("null", 4);
  return *this;
}

}  // namespace sitrep

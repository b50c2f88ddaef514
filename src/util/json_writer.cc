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

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t i = 0, run = 0;  // s[run, i) is still to copy
  while (i < s.size()) {
    // Eight plain ASCII bytes at a time (no quote, backslash or control).
    while (i + 8 <= s.size()) {
      const uint64_t w = swar::Load8(s.data() + i);
      if (swar::AnyHigh(w) || swar::AnyBelow(w, 0x20) || swar::AnyEqual(w, '"') || swar::AnyEqual(w, '\\')) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kCare.care[c]) {
      ++i;
      continue;
    }
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

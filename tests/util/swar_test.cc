#include "util/swar.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::swar {
namespace {

// Every byte value at every position of an 8-byte word, against the
// byte-by-byte definition.
TEST(SwarTest, ByteTestsAgreeWithByteByByteForEveryByteValue) {
  for (int pos = 0; pos < 8; ++pos) {
    for (int v = 0; v < 256; ++v) {
      unsigned char bytes[8];
      std::memset(bytes, 'x', 8);
      bytes[pos] = static_cast<unsigned char>(v);
      const uint64_t w = Load8(bytes);
      EXPECT_EQ(AnyHigh(w), v >= 0x80) << pos << " " << v;
      EXPECT_EQ(AnyZero(w), v == 0) << pos << " " << v;
      EXPECT_EQ(AnyEqual(w, '"'), v == '"') << pos << " " << v;
      EXPECT_EQ(AnyBelow(w, 0x20), v < 0x20) << pos << " " << v;
      EXPECT_EQ(AnyBelow(w, 'x' + 1), true) << pos << " " << v;  // the 'x' filler
      EXPECT_EQ(AnyBelow(w, 'x'), v < 'x') << pos << " " << v;
      const uint64_t m = UpperMask(w);
      unsigned char mask[8];
      std::memcpy(mask, &m, 8);
      for (int k = 0; k < 8; ++k) {
        const bool upper = bytes[k] >= 'A' && bytes[k] <= 'Z';
        EXPECT_EQ(mask[k], upper ? 0x20 : 0) << pos << " " << v << " byte " << k;
      }
    }
  }
}

TEST(SwarTest, LowerAsciiLeavesUtf8AndTailsAlone) {
  struct Case {
    std::string in, want;
  } cases[] = {
      {"", ""},
      {"A", "a"},
      {"Kyiv SAID: @[`{Z", "kyiv said: @[`{z"},
      {"Дружковка AND Bakhmut", "Дружковка and bakhmut"},
      {"\xC3\x80\xC3\x9A ABCDEFGHIJKLMNOPQRSTUVWXYZ", "\xC3\x80\xC3\x9A abcdefghijklmnopqrstuvwxyz"},
      {"ASCII ONLY, SIXTEEN+", "ascii only, sixteen+"},
      {"eight by8 then \xC3\x80", "eight by8 then \xC3\x80"},
  };
  for (auto& c : cases) {
    std::string s = c.in;
    const bool non_ascii = LowerAscii(&s);
    EXPECT_EQ(s, c.want) << c.in;
    bool want_non_ascii = false;
    for (char ch : c.in) want_non_ascii |= static_cast<unsigned char>(ch) >= 0x80;
    EXPECT_EQ(non_ascii, want_non_ascii) << c.in;
  }
}

}  // namespace
}  // namespace sitrep::swar

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

// Every length to 70 (the sixteen-byte loop, the eight-byte one and the
// tail), random bytes: the same as lower-casing byte by byte.
TEST(SwarTest, LowerAsciiMatchesByteByByteAtEveryLength) {
  uint32_t seed = 1;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return seed >> 16;
  };
  for (int round = 0; round < 20; ++round) {
    for (size_t n = 0; n <= 70; ++n) {
      std::string s(n, ' ');
      // Mostly ASCII around the capitals' edges, now and then a high byte.
      const char alphabet[] = "@AZ[`az{ 09\x80\xC3\xFF";
      for (char& c : s) c = alphabet[next() % (sizeof alphabet - 1)];
      if (round % 2) for (char& c : s) c = c & 0x7F;
      std::string want = s;
      bool want_non_ascii = false;
      for (char& c : want) {
        want_non_ascii |= static_cast<unsigned char>(c) >= 0x80;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      const bool non_ascii = LowerAscii(&s);
      ASSERT_EQ(s, want) << n;
      ASSERT_EQ(non_ascii, want_non_ascii) << n;
    }
  }
}

}  // namespace
}  // namespace sitrep::swar

#include "extract/number_parser.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace sitrep::extract {
namespace {

// Digits as they stand in article text: thousands commas dropped, a decimal
// point kept; whole numbers take a fast path that must give what strtod
// gives.
TEST(ParseDigitsTest, DigitTokensToValues) {
  struct Case {
    const char* text;
    bool ok;
    double value;
  } cases[] = {
      {"216", true, 216},
      {"1,500", true, 1500},
      {"0", true, 0},
      {"007", true, 7},
      {"3.5", true, 3.5},
      {"1,234.25", true, 1234.25},
      {"3,5", true, 3.5},       // a decimal comma: one or two digits after it
      {"12,75", true, 12.75},
      {"1,5000", true, 15000},  // not a decimal comma, not a thousands one: digits kept
      {"999999999999999", true, 999999999999999.0},       // 15 digits: the fast path
      {"1234567890123456789", true, 1234567890123456789.0},  // more: strtod
      {"12345678901234567890", true, 12345678901234567890.0},  // past uint64 too
      {"1,234,567,890,123,456", true, 1234567890123456.0},     // 16 digits with commas
      {"12a", false, 0},
      {",5", false, 0},
      {"", false, 0},
      {"-3", false, 0},
  };
  for (const Case& c : cases) {
    double v = -1;
    EXPECT_EQ(ParseDigits(c.text, &v), c.ok) << c.text;
    if (c.ok) EXPECT_EQ(v, c.value) << c.text;
  }
  // Every whole number up to a million parses as strtod reads it.
  for (int n = 0; n <= 1000000; n += 7) {
    const std::string s = std::to_string(n);
    double v = -1;
    ASSERT_TRUE(ParseDigits(s, &v));
    ASSERT_EQ(v, std::strtod(s.c_str(), nullptr)) << s;
  }
}

}  // namespace
}  // namespace sitrep::extract

#include "util/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace sitrep {
namespace {

using nlohmann::json;

// What the writer must match: nlohmann's compact dump with U+FFFD for invalid UTF-8.
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string Str(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::string Dbl(double v) {
  std::string out;
  AppendJsonDouble(v, &out);
  return out;
}

TEST(JsonWriterTest, CommasAndNesting) {
  std::string s;
  JsonWriter w(&s);
  w.BeginObject().Key("a").Int(1).Key("b").BeginArray().String("x").Null().BeginArray().EndArray();
  w.BeginObject().EndObject().Bool(false).EndArray().Key("c").Double(0.5).Key("d").Uint(7);
  w.Key("e").BeginObject().Key("f").Bool(true).EndObject().EndObject();
  w.Flush();  // (the bytes are in s once the writer is flushed or destroyed)
  EXPECT_EQ(s, R"({"a":1,"b":["x",null,[],{},false],"c":0.5,"d":7,"e":{"f":true}})");

  std::string t = "prefix ";
  JsonWriter v(&t);  // appends, and works for a top-level array too
  v.BeginArray().Int(-3).Int(std::numeric_limits<int64_t>::min()).Uint(~0ull).EndArray();
  v.Flush();
  EXPECT_EQ(t, "prefix [-3,-9223372036854775808,18446744073709551615]");
}

TEST(JsonWriterTest, AwkwardStringsMatchNlohmann) {
  const std::vector<std::string> cases = {
      "",
      "plain ASCII",
      "quote \" and backslash \\ and slash /",
      std::string("control \x01\x02\x1f\x7f \b\f\n\r\t end"),
      std::string("nul \0 inside", 12),
      "line separator \u2028 and paragraph \u2029",
      "Cyrillic Покровськ, emoji \U0001F600 and \u00e9",
      "\xff",                    // a byte that is never UTF-8
      "bad \xff\xfe bytes",      // two of them
      "\xc3",                    // truncated 2-byte sequence at the end
      "\xe2\x82",                // truncated 3-byte sequence at the end
      "\xe2\x82x",               // truncated, then ASCII (read again)
      "\xe2\x82\"",              // truncated, then a quote that must be escaped
      "\xc0\xaf overlong",       // overlong '/'
      "\xe0\x80\x80 overlong",   // overlong NUL
      "\xed\xa0\x80 surrogate",  // UTF-16 surrogate encoded in UTF-8
      "\xf4\x90\x80\x80 > U+10FFFF",
      "\xf8\x88\x80\x80\x80 five bytes",
      "\x80\x80 lone continuation bytes",
      "\xf0\x9f\x98 cut emoji \xf0\x9f\x98\x80 whole",
      "\xf0\x9f\x98",
      "mixed \xc3\xa9\xc3 \x01 \xe2\x80\xa8",
  };
  for (const auto& s : cases) EXPECT_EQ(Str(s), Dump(json(s))) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
}

TEST(JsonWriterTest, RandomBytesMatchNlohmann) {
  // Short strings over an alphabet heavy in the bytes that need care.
  const unsigned char alphabet[] = {'a', ' ', '"', '\\', 0x00, 0x01, 0x1f, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0,
                                    0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
  std::mt19937 rng(7);
  for (int n = 0; n < 200000; ++n) {
    std::string s(rng() % 9, ' ');
    for (char& c : s) c = static_cast<char>(alphabet[rng() % sizeof alphabet]);
    ASSERT_EQ(Str(s), Dump(json(s))) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
  }
}

// Strings of every length up to 40, plain or with one byte that needs care
// at each place: the scan for the first such byte (16, 8 or 4 bytes at a
// time, the last ones by an overlapping load) must find it wherever it is.
TEST(JsonWriterTest, OneAwkwardByteAtEachPlaceMatchesNlohmann) {
  const std::vector<std::string> awkward = {"\"", "\\", std::string(1, '\0'), "\x1f", "\n", "\xc3\xa9", "\xff", "\xe2\x80\x99"};
  for (size_t n = 0; n <= 40; ++n) {
    const std::string plain(n, 'x');
    ASSERT_EQ(Str(plain), Dump(json(plain)));
    for (size_t at = 0; at < n; ++at) {
      for (const std::string& a : awkward) {
        std::string s = plain;
        s.replace(at, 1, a);
        ASSERT_EQ(Str(s), Dump(json(s))) << n << " " << at;
      }
    }
  }
}

// Keys from input are escaped; the program's literal keys are copied as
// they stand (a literal that would need escaping does not compile).
TEST(JsonWriterTest, KeysFromInputAreEscaped) {
  std::string s;
  JsonWriter w(&s);
  const std::string from_input = "a\"b\\\n";
  char buf[16] = {};
  std::snprintf(buf, sizeof buf, "k%d", 7);
  w.BeginObject().KeyFromInput(from_input).Int(1).Key("literal").Int(2).KeyFromInput(buf).Int(3);
  w.KeyFromInput("caf\xC3\xA9").Int(4).EndObject();
  w.Flush();
  EXPECT_EQ(s, "{\"a\\\"b\\\\\\n\":1,\"literal\":2,\"k7\":3,\"caf\xC3\xA9\":4}");
  const json parsed = json::parse(s);
  EXPECT_EQ(parsed.at(from_input), 1);
  EXPECT_EQ(parsed.at("k7"), 3);
}

TEST(JsonWriterTest, DoublesMatchNlohmann) {
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<double> cases = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e-7, 1e-5, 1e-4, 0.001, 48.39818, 37.5417,
                                     52.69116,  // grisu2 prints 52.691160000000004
                                     1e14, 1e15, 1e16, 1e21, 1e22, 123456789012345.0, 1234567890123456.0,
                                     -273.15, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                                     1.0 / 3.0, 2.0 / 3.0, 100.0, 1e100};
  for (double v : cases) EXPECT_EQ(Dbl(v), Dump(json(v))) << v;
  EXPECT_EQ(Dbl(1.0), "1.0");
  EXPECT_EQ(Dbl(1e-7), "1e-07");
  EXPECT_EQ(Dbl(1e21), "1e+21");
  EXPECT_EQ(Dbl(52.69116), "52.691160000000004");  // grisu2 is not always shortest
  EXPECT_EQ(Dbl(std::nan("")), "null");
  EXPECT_EQ(Dbl(inf), "null");
  EXPECT_EQ(Dbl(-inf), "null");
  EXPECT_EQ(Dump(json(inf)), "null");

  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> deg(-180, 180);
  for (int n = 0; n < 300000; ++n) {
    uint64_t bits = rng();
    double any;
    std::memcpy(&any, &bits, sizeof any);
    double coord = std::round(deg(rng) * 1e5) / 1e5;  // like gazetteer coordinates
    double share = static_cast<double>(rng() % 1000) / 1000;  // like confidences
    for (double v : {any, coord, share}) ASSERT_EQ(Dbl(v), Dump(json(v))) << v;
  }
}

// The writer keeps recently formatted values: values that share a cache
// slot, written in turn, each keep their own text.
TEST(JsonWriterTest, RepeatedAndAlternatingDoublesKeepTheirText) {
  std::vector<double> values;
  for (int i = 0; i < 2000; ++i) values.push_back(44.0 + i * 0.00731);
  for (int round = 0; round < 3; ++round) {
    for (double v : values) ASSERT_EQ(Dbl(v), Dump(json(v))) << v;
    for (size_t i = values.size(); i-- > 0;) ASSERT_EQ(Dbl(values[i]), Dump(json(values[i]))) << values[i];
  }
  EXPECT_EQ(Dbl(0.0), "0.0");
  EXPECT_EQ(Dbl(-0.0), "-0.0");  // same value, other bits: other text
  EXPECT_EQ(Dbl(0.0), "0.0");
}

// The writer writes into room it keeps in the string and grows it: a
// document far larger than the first room, of pieces of every kind and
// length (long escaped strings too), written after text already in the
// string, equals nlohmann's dump; so does what is written after a Flush.
TEST(JsonWriterTest, GrowsPastItsRoomAndGoesOnAfterFlush) {
  std::mt19937 rng(5);
  json expected = json::array();
  std::string s = "head:";
  {
    JsonWriter w(&s);
    w.BeginArray();
    for (int n = 0; n < 3000; ++n) {
      std::string str(rng() % 300, 'a');
      for (char& c : str) c = "ab \"\\\n\x01\xc3\xa9\xff"[rng() % 11];
      const double d = static_cast<double>(rng() % 100000) / 7;
      const int64_t i = static_cast<int64_t>(rng()) - (1ll << 31);
      w.BeginObject().Key("d").Double(d).Key("i").Int(i).Key("s").String(str).Key("t").Bool(n % 2).EndObject();
      expected.push_back({{"d", d}, {"i", i}, {"s", str}, {"t", n % 2 == 1}});
      if (n == 1000) {
        w.Flush();
        ASSERT_EQ(s.substr(0, 6), "head:[");
      }
    }
    w.EndArray();
  }
  EXPECT_EQ(s, "head:" + Dump(expected));
}

}  // namespace
}  // namespace sitrep

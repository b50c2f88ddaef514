// JsonlParser (simdjson) against ParseJsonlLineWithNlohmann, the behaviour it
// must keep: same Document fields, same status and message, line for line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/jsonl_reader.h"

namespace sitrep::ingest {
namespace {

std::string Describe(const Status& s, const Document& d) {
  if (!s.ok()) return "error: " + s.message();
  return "id=" + d.id + "\ntitle=" + d.title + "\ntext=" + d.text + "\npublished=" + d.published +
         "\noutlet=" + d.outlet + "\nurl=" + d.url + "\nextra=" + d.extra_json + "\norigin=" + d.origin;
}

std::string Printable(const std::string& line) {
  std::string out;
  for (unsigned char c : line.substr(0, 200)) {
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      out += b;
    }
  }
  return out;
}

// Parses with both; returns the simdjson-side description.
std::string ExpectSame(JsonlParser& parser, const std::string& line) {
  Document a, b;
  Status sa = parser.Parse(line, "f:9", "f:9", &a);
  Status sb = ParseJsonlLineWithNlohmann(line, "f:9", "f:9", &b);
  std::string da = Describe(sa, a);
  EXPECT_EQ(da, Describe(sb, b)) << Printable(line);
  return da;
}

TEST(JsonlParserTest, SameAsNlohmannOnAwkwardLines) {
  const std::vector<std::string> lines = {
      R"({"id":"a1","title":"T","text":"Body","published":"2025-11-21","outlet":"tass.ru","url":"u","lang":"en"})",
      // Aliases: the first non-empty in key order (body, content, text; date,
      // published; outlet, source), whatever the order in the line.
      R"({"text":"T","content":"C","body":"B"})",
      R"({"text":"T","content":"C","body":""})",
      R"({"text":"T","content":null,"body":""})",
      R"({"text":"T","published":"P","date":"D","source":"S","outlet":"O"})",
      R"({"text":"T","published":"P","date":"","source":"S","outlet":null})",
      // Duplicate keys: the last wins, fields and extras alike.
      R"({"id":"first","text":"x","id":"second","z":1,"a":2,"z":3})",
      R"({"text":"","text":"second"})",
      R"({"text":"first","text":""})",
      // Non-string fields.
      R"({"id":42,"text":123,"title":-7,"url":true,"outlet":false})",
      R"({"id":18446744073709551615,"text":9223372036854775807,"title":9223372036854775808})",
      R"({"id":-9223372036854775808,"text":-0,"title":1.0})",
      R"({"id":1.5,"text":1e2,"title":1E-7,"url":-0.0,"published":123456789012345678901234567890.5})",
      R"({"text":[1,"two",{"b":1,"a":[true,null]},[]],"id":{"z":{"y":1,"x":2},"a":"\u00e9"}})",
      R"({"text":{"k":1,"k":2}})",
      R"({"text":"x","extra":{"b":[1.50,2e0,{"d":"\/"}],"a":"\u2028"},"n":null,"f":0.1,"t":true})",
      // Escapes.
      R"({"text":"quote \" backslash \\ slash \/ tab \t nl \n u \u0041 nul \u0000 ctl \u001f"})",
      R"({"text":"pair \ud83d\ude00 and \u00e9\u0416"})",
      R"({"text":"lone \ud800"})",
      R"({"text":"lone low \udc00"})",
      R"({"text":"bad pair \ud800\u0041"})",
      R"({"te\u0078t":"escaped key","\u00e9":"k"})",
      "{\"text\":\"raw \xe2\x80\xa8 U+2028 and \xf0\x9f\x98\x80\"}",
      // Not accepted, or accepted only after repair.
      "{not json", "[1,2]", "\"text\"", "42", "null", "", "   ", "{}", R"({"id":"x"})", R"({"text":""})",
      R"({"text":null})", "{\"text\":\"x\"} {}", "{\"text\":\"x\"}x", "{\"text\":\"x\",}", "{\"text\":'x'}",
      "{\"text\":\"x\"}\n", " \t{\"text\":\"x\"}\r ", "{\"text\":\"tab\traw\"}",
      std::string("{\"text\":\"x\"}\0", 13), std::string("{\"text\":\"nul \0 raw\"}", 20),
      "\xef\xbb\xbf{\"text\":\"after a byte-order mark\"}",
      "{\"text\":\"bad \xff\xfe bytes.\"}", "{\"id\":\"\xc3\",\"text\":\"cut\"}", "{\"text\":\"x\",\"k\xff\":1}",
      R"({"text":"x","n":1e400})", R"({"text":"x","n":-1e400})", R"({"text":"x","n":1e-400})",
      R"({"text":"x","n":18446744073709551616})", R"({"text":"x","n":-9223372036854775809})",
      R"({"text":"x","n":01})", R"({"text":"x","n":1.})", R"({"text":"x","n":.5})", R"({"text":"x","n":+1})",
      R"({"text":"x","n":NaN})", R"({"text":"x","n":tru})", R"({"text":"x","s":"\x"})", R"({"text":"x","s":"\u12"})",
  };
  JsonlParser parser;
  for (const auto& line : lines) ExpectSame(parser, line);
  Document d;
  ASSERT_TRUE(parser.Parse(R"({"text":"T","content":"C","body":"B","date":"","published":"P"})", "f:1", "f:1", &d).ok());
  EXPECT_EQ(d.text, "B");
  EXPECT_EQ(d.published, "P");
  EXPECT_EQ(d.id, "f:1");
}

TEST(JsonlParserTest, NestingLimitAndDepthErrors) {
  JsonlParser parser;
  for (int depth : {1, 2, 62, 63, 64, 65, 66, 1000, 100000}) {
    // The record object is level 1; the array levels come on top.
    std::string nested(depth - 1, '[');
    std::string nested_close(depth - 1, ']');
    std::string line = "{\"text\":\"x\",\"n\":" + nested + "1" + nested_close + "}";
    std::string got = ExpectSame(parser, line);
    if (depth > 64) EXPECT_EQ(got, "error: f:9: JSON nested deeper than 64 levels") << depth;
    if (depth <= 64) EXPECT_EQ(got.substr(0, 7), "id=f:9\n") << depth;
    // Unclosed, as a hostile line would be.
    ExpectSame(parser, "{\"text\":\"x\",\"n\":" + nested);
  }
  // 100,000 levels: a clear error, no crash, from the parser used by readers too.
  Document d;
  Status s = ParseJsonlLine(std::string(100000, '['), "f:3", "f:3", &d);
  EXPECT_EQ(s.message(), "f:3: JSON nested deeper than 64 levels");
}

TEST(JsonlParserTest, LongLinesGetAParserOfTheirOwn) {
  JsonlParser parser;
  // Over 1 MiB; the next short line goes on with the kept parser.
  std::string long_text(3 << 20, 'a');
  for (size_t i = 0; i < long_text.size(); i += 1000) long_text[i] = ' ';
  std::string long_line = "{\"text\":\"" + long_text + "\",\"z\":[1,{\"b\":2,\"a\":1}]}";
  ExpectSame(parser, long_line);
  Document d;
  ASSERT_TRUE(parser.Parse(long_line, "f:1", "f:1", &d).ok());
  EXPECT_EQ(d.text, long_text);
  EXPECT_EQ(d.extra_json, R"({"z":[1,{"a":1,"b":2}]})");
  ExpectSame(parser, R"({"text":"short again","n":[[[[1]]]]})");
}

// Mutations of valid lines (and of the fuzz seeds): a byte changed, dropped
// or doubled, or one of the bytes that trip parsers inserted.
TEST(JsonlParserTest, SameAsNlohmannOnMutatedLines) {
  std::vector<std::string> seeds = {
      R"({"id":"a1","title":"T","text":"Body with \"quotes\" and \u00e9","published":"2025-11-21","outlet":"tass.ru","url":"u","lang":"en","n":[1,2.5,-3e2,{"b":null,"a":true}]})",
      R"({"body":"B","content":"C","date":"D","source":"S","tags":["x","y"],"score":0.125,"big":12345678901234567890})",
  };
  const std::string dir = std::string(SITREP_TEST_SOURCE_DIR) + "/tests/fuzz/jsonl";
  if (std::filesystem::is_directory(dir)) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string all = ss.str(), line;
      std::istringstream lines(all);
      while (std::getline(lines, line)) seeds.push_back(line);
    }
  }
  const char inserts[] = {'"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', 'e', '.', ' ', '\0', '\x01', '\x7f',
                          '\x80', '\xc3', '\xe2', '\xed', '\xf0', '\xff', 'u', 'n'};
  JsonlParser parser;
  std::mt19937 rng(3);
  for (const auto& seed : seeds) ExpectSame(parser, seed);
  for (int n = 0; n < 30000; ++n) {
    std::string line = seeds[rng() % seeds.size()];
    int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && !line.empty(); ++e) {
      size_t at = rng() % line.size();
      switch (rng() % 4) {
        case 0: line[at] = inserts[rng() % sizeof inserts]; break;
        case 1: line.erase(at, 1); break;
        case 2: line.insert(at, 1, line[at]); break;
        default: line.insert(at, 1, inserts[rng() % sizeof inserts]); break;
      }
    }
    ExpectSame(parser, line);
    if (HasFailure()) break;
  }
}

}  // namespace
}  // namespace sitrep::ingest

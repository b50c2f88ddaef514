#include "report/html_escape.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sitrep::report {
namespace {

TEST(HtmlEscapeTest, HostileStrings) {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"plain text", "plain text"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
      {"' onmouseover='x", "&#39; onmouseover=&#39;x"},
      {"a & b &amp; c", "a &amp; b &amp;amp; c"},
      {"<!-- -->", "&lt;!-- --&gt;"},
      {"]]></svg><svg onload=alert(1)>", "]]&gt;&lt;/svg&gt;&lt;svg onload=alert(1)&gt;"},
      {"Костянтинівка «ok»", "Костянтинівка «ok»"},
      {std::string("nul\0byte", 8), "nul\xEF\xBF\xBD" "byte"},
      {"bad \xC0\xAF utf8", "bad \xEF\xBF\xBD\xEF\xBF\xBD utf8"},    // overlong '/'
      {"cut \xE2\x80", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},               // truncated sequence
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"tab\tline\n", "tab\tline\n"},
      {"\x1b[31mansi", "\xEF\xBF\xBD[31mansi"},
  };
  for (const auto& c : cases) EXPECT_EQ(HtmlEscape(c.in), c.out) << c.in;
}

TEST(HtmlEscapeTest, OutputNeverHoldsMarkupCharacters) {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  std::string out = HtmlEscape(all + all);
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(out.find('>'), std::string::npos);
  EXPECT_EQ(out.find('"'), std::string::npos);
  EXPECT_EQ(out.find('\''), std::string::npos);
}

TEST(HtmlEscapeTest, JsonForScriptCannotCloseTheScriptElement) {
  nlohmann::json j = {{"text", "</script><script>alert('x')</script> & \u2028"}};
  std::string safe = JsonForScript(j.dump());
  EXPECT_EQ(safe.find("</"), std::string::npos);
  EXPECT_EQ(safe.find('<'), std::string::npos);
  EXPECT_EQ(safe.find("\u2028"), std::string::npos);
  // Still the same JSON value.
  EXPECT_EQ(nlohmann::json::parse(safe), j);
}

}  // namespace
}  // namespace sitrep::report

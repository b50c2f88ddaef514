// Regression tests for the bugs the hostile-input work (issue 7) found in the
// ingest readers. Each test names the bug it pins down.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/reader.h"
#include "util/env.h"

namespace sitrep::ingest {
namespace {

class CollectSink : public DocumentSink {
 public:
  bool OnDocument(Document&& d) override {
    docs.push_back(std::move(d));
    return true;
  }
  void OnError(const std::string& origin, const std::string& message) override {
    errors.push_back(origin + ": " + message);
  }
  std::vector<Document> docs;
  std::vector<std::string> errors;
};

std::string TempFile(const std::string& name, const std::string& contents) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

// Bug: pages with more than 2000 void tags (<br>, <img>...) were taken for
// absurdly deep nesting and flattened, which dropped the <script> tags past
// that point and let their code into the article text.
TEST(NastyInputTest, ManyVoidTagsDoNotFlattenThePage) {
  std::string html = "<html><body><article><p>First paragraph of the report.</p>";
  for (int i = 0; i < 3000; ++i) html += "<br><img src=\"x.png\"><hr/>";
  html += "<script>var tracking_code = 1;</script><p>Last paragraph here.</p></article></body></html>";
  Document d;
  ASSERT_TRUE(DocumentFromHtml(html, "t.html", &d).ok());
  EXPECT_EQ(d.text.find("tracking_code"), std::string::npos) << d.text.substr(0, 200);
  EXPECT_NE(d.text.find("Last paragraph here."), std::string::npos);
}

// Really deep nesting is still flattened, and the text survives.
TEST(NastyInputTest, DeepNestingKeepsText) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Deep text.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  Document d;
  ASSERT_TRUE(DocumentFromHtml(html, "t.html", &d).ok());
  EXPECT_NE(d.text.find("Deep text."), std::string::npos);
}

// Unclosed tags must not make the nesting check quadratic (guards the
// self-closing lookahead of the fix above, which stops at the next '<').
TEST(NastyInputTest, UnclosedTagsStayLinear) {
  std::string html = "<html><body><p>Text";
  for (int i = 0; i < 200000; ++i) html += "<b";
  Document d;
  DocumentFromHtml(html, "t.html", &d);  // any outcome but a hang
  SUCCEED();
}

// Bug: one invalid byte in a JSONL record made the whole record "not valid
// JSON" and the article was lost; it is now repaired like other inputs.
TEST(NastyInputTest, InvalidUtf8InJsonlIsRepairedNotLost) {
  Document d;
  Status s = ParseJsonlLine("{\"id\":\"x\",\"text\":\"bad \xff\xfe bytes.\"}", "f:1", "f:1", &d);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(d.id, "x");
  EXPECT_EQ(d.text, "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes.");
}

TEST(NastyInputTest, ReadInputReportsRepairedJsonlLine) {
  std::string path = TempFile("iu.jsonl",
                              "{\"id\":\"a\",\"text\":\"fine.\"}\n"
                              "{\"id\":\"b\",\"text\":\"bad \xff.\"}\n"
                              "{\"id\":\"c\",\"text\":\"fine too.\"}\n");
  CollectSink sink;
  ASSERT_TRUE(ReadInput(path, &sink, Env::Default()).ok());
  ASSERT_EQ(sink.docs.size(), 3u);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].find("iu.jsonl:2"), std::string::npos) << sink.errors[0];
  EXPECT_NE(sink.errors[0].find("invalid UTF-8"), std::string::npos) << sink.errors[0];
}

// SITREP_MAX_DECOMPRESSED_MB lowers the gzip-bomb cap without a CLI option.
TEST(NastyInputTest, DecompressedCapFromEnvironment) {
  ReadOptions o;
  ::setenv("SITREP_MAX_DECOMPRESSED_MB", "3", 1);
  EXPECT_EQ(ApplyEnvironment(o).max_decompressed_bytes, 3ull << 20);
  ::setenv("SITREP_MAX_DECOMPRESSED_MB", "junk", 1);
  EXPECT_EQ(ApplyEnvironment(o).max_decompressed_bytes, o.max_decompressed_bytes);
  ::unsetenv("SITREP_MAX_DECOMPRESSED_MB");
  EXPECT_EQ(ApplyEnvironment(o).max_decompressed_bytes, o.max_decompressed_bytes);
}

TEST(NastyInputTest, DecompressedCapStopsReadingWithClearError) {
  std::string lines;
  for (int i = 0; i < 40000; ++i) lines += "                                                  \n";
  lines += "{\"id\":\"late\",\"text\":\"after the cap.\"}\n";
  std::string path = TempFile("cap.jsonl", "{\"id\":\"early\",\"text\":\"before the cap.\"}\n" + lines);
  ReadOptions o;
  o.max_decompressed_bytes = 1 << 20;  // the file is about 2 MB
  CollectSink sink;
  ASSERT_TRUE(ReadInput(path, &sink, Env::Default(), o).ok());
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].id, "early");
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].find("cap"), std::string::npos) << sink.errors[0];
  EXPECT_NE(sink.errors[0].find("cap.jsonl"), std::string::npos) << sink.errors[0];
}

// Bug: the per-article cap was 256 MiB, so a 200 MB one-line "article" went
// through the whole analysis (minutes, gigabytes). It is now refused clearly.
TEST(NastyInputTest, HugeSingleLineFileIsRefused) {
  std::string path = TempFile("huge.txt", std::string(40u << 20, 'a'));
  CollectSink sink;
  ASSERT_TRUE(ReadInput(path, &sink, Env::Default()).ok());
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].find("huge.txt"), std::string::npos) << sink.errors[0];
  EXPECT_NE(sink.errors[0].find("not an article"), std::string::npos) << sink.errors[0];
  std::remove(path.c_str());
}

}  // namespace
}  // namespace sitrep::ingest

#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>

#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/text_reader.h"

namespace sitrep::ingest {
namespace {

class CollectingSink : public DocumentSink {
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

std::string Write(const std::string& name, const std::string& data) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream o(path, std::ios::binary);
  o << data;
  return path;
}

std::string Gzip(const std::string& data) {
  std::string path = testing::TempDir() + "/tmp.gz";
  gzFile g = gzopen(path.c_str(), "wb");
  gzwrite(g, data.data(), static_cast<unsigned>(data.size()));
  gzclose(g);
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

CollectingSink Read(const std::string& path) {
  CollectingSink sink;
  EXPECT_TRUE(ReadInput(path, &sink, Env::Default()).ok());
  return sink;
}

TEST(TextReaderTest, TitleOnlyWhenBlankLineFollows) {
  Document d = DocumentFromText("/x/a.txt", "Title here\n\nBody text.");
  EXPECT_EQ(d.id, "a");
  EXPECT_EQ(d.title, "Title here");
  EXPECT_EQ(d.text, "Body text.");
  Document e = DocumentFromText("b.txt", "First sentence.\nSecond sentence.");
  EXPECT_EQ(e.title, "");
  EXPECT_EQ(e.text, "First sentence.\nSecond sentence.");
}

TEST(JsonlReaderTest, FieldsAndExtrasAndErrors) {
  Document d;
  ASSERT_TRUE(ParseJsonlLine(R"({"id":"a1","title":"T","text":"Body","published":"2025-11-21","outlet":"tass.ru","url":"u","lang":"en"})",
                             "f:1", "f:1", &d).ok());
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.published, "2025-11-21");
  EXPECT_EQ(d.outlet, "tass.ru");
  EXPECT_EQ(d.extra_json, R"({"lang":"en"})");
  struct Case {
    const char* line;
    const char* error;
  } bad[] = {
      {"{not json", "f:2: not valid JSON"},
      {"[1,2]", "f:2: a JSON object was expected"},
      {R"({"id":"x"})", "f:2: record has no \"text\""},
  };
  for (const auto& c : bad) {
    Status s = ParseJsonlLine(c.line, "f:2", "f:2", &d);
    EXPECT_EQ(s.message(), c.error) << c.line;
  }
  std::string deep(1000, '[');
  EXPECT_FALSE(ParseJsonlLine(deep, "f:3", "f:3", &d).ok());
}

TEST(ReaderTest, JsonlFileReportsBadLinesAndKeepsGoing) {
  std::string path = Write("mixed.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\n{broken\n\n{\"text\":\"two\"}\n");
  auto sink = Read(path);
  ASSERT_EQ(sink.docs.size(), 2u);
  EXPECT_EQ(sink.docs[1].id, "mixed:4");  // no id: file and line
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].find("mixed.jsonl:2"), std::string::npos);
}

TEST(ReaderTest, GzipJsonlAndTruncatedGzip) {
  std::string body;
  for (int i = 0; i < 2000; ++i) body += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Some article text number " + std::to_string(i) + "\"}\n";
  std::string gz = Gzip(body);
  auto sink = Read(Write("c.jsonl.gz", gz));
  EXPECT_EQ(sink.docs.size(), 2000u);
  EXPECT_TRUE(sink.errors.empty());
  auto cut = Read(Write("cut.jsonl.gz", gz.substr(0, gz.size() / 2)));
  EXPECT_LT(cut.docs.size(), 2000u);
  ASSERT_FALSE(cut.errors.empty());
  EXPECT_NE(cut.errors.back().find("cut.jsonl.gz"), std::string::npos);
}

TEST(ReaderTest, HtmlDropsScriptsAndBoilerplate) {
  std::string html =
      "<html><head><title>Front news</title><script>var x=1;</script></head><body>"
      "<nav>Home | About</nav><article><h1>Headline</h1><p>First paragraph.</p>"
      "<p>Second &amp; last.</p></article><footer>Copyright</footer></body></html>";
  auto sink = Read(Write("page.html", html));
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].id, "page");
  EXPECT_EQ(sink.docs[0].title, "Front news");
  EXPECT_EQ(sink.docs[0].text, "Headline\nFirst paragraph.\nSecond & last.");
}

TEST(ReaderTest, Cp1251HtmlIsConverted) {
  // "Киев" in windows-1251.
  std::string html = "<html><head><meta charset=\"windows-1251\"></head><body><p>\xCA\xE8\xE5\xE2</p></body></html>";
  auto sink = Read(Write("cp.html", html));
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].text, "Киев");
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2025-11-21T10:00:00Z\r\nContent-Length: " + std::to_string(block.size()) +
         "\r\n\r\n" + block + "\r\n\r\n";
}

TEST(ReaderTest, WarcResponsesBecomeDocuments) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Report text.</p></body></html>";
  std::string warc = WarcRecord("warcinfo", "", "software: test") +
                     WarcRecord("response", "https://example.org/a", http) +
                     WarcRecord("response", "https://example.org/img", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG");
  auto sink = Read(Write("crawl.warc", warc));
  ASSERT_EQ(sink.docs.size(), 1u);
  EXPECT_EQ(sink.docs[0].url, "https://example.org/a");
  EXPECT_EQ(sink.docs[0].published, "2025-11-21T10:00:00Z");
  EXPECT_EQ(sink.docs[0].text, "Report text.");
  // Truncated: the cut record is reported by number.
  auto cut = Read(Write("cut.warc", warc.substr(0, warc.size() - 60)));
  ASSERT_FALSE(cut.errors.empty());
  EXPECT_NE(cut.errors.back().find("cut.warc#"), std::string::npos);
}

TEST(ReaderTest, EmptyBinaryAndMissingFiles) {
  auto empty = Read(Write("empty.txt", ""));
  EXPECT_TRUE(empty.docs.empty());
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_NE(empty.errors[0].find("empty file"), std::string::npos);
  auto bin = Read(Write("blob.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9)));
  EXPECT_TRUE(bin.docs.empty());
  EXPECT_EQ(bin.errors.size(), 1u);
  CollectingSink sink;
  EXPECT_EQ(ReadInput("/nonexistent/file.txt", &sink, Env::Default()).code(), Status::Code::kNotFound);
}

TEST(ReaderTest, InvalidUtf8TextIsReportedWithLineAndKept) {
  auto sink = Read(Write("bad.txt", "Line one.\nLine \xFF two.\n"));
  ASSERT_EQ(sink.docs.size(), 1u);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_NE(sink.errors[0].find("bad.txt:2"), std::string::npos);
}

TEST(ReaderTest, DetectKindByContent) {
  EXPECT_EQ(DetectKind("x.dat", "{\"text\":\"a\"}"), InputKind::kJsonl);
  EXPECT_EQ(DetectKind("x.txt", "<!DOCTYPE html><html>"), InputKind::kHtml);
  EXPECT_EQ(DetectKind("x", "WARC/1.0\r\n"), InputKind::kWarc);
  EXPECT_EQ(DetectKind("x.html", "Just words"), InputKind::kText);
  EXPECT_EQ(IdFromPath("/a/b/003_abc.txt"), "003_abc");
  EXPECT_EQ(IdFromPath("c.jsonl.gz"), "c");
}

}  // namespace
}  // namespace sitrep::ingest

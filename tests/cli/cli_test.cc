// Runs the built binary as a user would: exit codes, help, formats.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>

#include "report/record_output.h"
#include "report/table.h"

namespace sitrep::cli {
namespace {

struct Proc {
  int code;
  std::string out;
};

Proc Sh(const std::string& args) {
  std::string cmd = std::string(SITREP_TEST_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : 128, out};
}

TEST(CliTest, VersionHelpAndUsageErrors) {
  EXPECT_EQ(Sh("--version").code, 0);
  for (const char* sub : {"ingest", "extract", "rewrites", "places", "timeline", "report", "serve", "gazetteer"}) {
    Proc r = Sh(std::string(sub) + " --help");
    EXPECT_EQ(r.code, 0) << sub;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub;
  }
  EXPECT_EQ(Sh("ingest --no-such-option x").code, 2);
  EXPECT_EQ(Sh("no-such-command").code, 2);
  EXPECT_EQ(Sh("extract --format yaml x").code, 2);
}

TEST(CliTest, ExtractFromFilesAndBadInputExitStatus) {
  std::string dir = testing::TempDir();
  std::ofstream(dir + "/ok.txt") << "Title\n\nTroops advanced on Monday.";
  std::ofstream(dir + "/bad.jsonl") << "{\"id\":\"x\",\"text\":\"fine\"}\n{oops\n";
  Proc ok = Sh("extract --format jsonl " + dir + "/ok.txt");
  EXPECT_EQ(ok.code, 0) << ok.out;
  EXPECT_NE(ok.out.find("\"id\":\"ok\""), std::string::npos);
  Proc bad = Sh("extract --format jsonl " + dir + "/bad.jsonl");
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.out.find("bad.jsonl:2"), std::string::npos) << bad.out;
  EXPECT_NE(bad.out.find("\"id\":\"x\""), std::string::npos);
}

TEST(TableTest, TextAlignsAndCsvQuotes) {
  report::Table t({"place", "kind"});
  t.AddRow({"Костянтинівка", "captured"});
  t.AddRow({"A, \"B\"", "x"});
  std::ostringstream text, csv;
  t.PrintText(text);
  t.PrintCsv(csv);
  EXPECT_NE(text.str().find("Костянтинівка  captured"), std::string::npos) << text.str();
  EXPECT_NE(csv.str().find("\"A, \"\"B\"\"\",x"), std::string::npos);
}

TEST(RecordOutputTest, FormatsAndUnknownFormat) {
  extract::Record r;
  r.id = "d1";
  extract::Claim c;
  c.kind = "captured";
  c.place = "Toretsk";
  c.speaker = "Ivan Petrenko";
  c.modality = "asserted";
  r.claims.push_back(c);
  std::ostringstream out;
  auto w = report::RecordWriter::Create("json", &out);
  ASSERT_TRUE(w.ok());
  (*w)->Write(r);
  (*w)->Finish();
  EXPECT_EQ(out.str().front(), '[');
  std::ostringstream table;
  auto tw = report::RecordWriter::Create("table", &table);
  (*tw)->Write(r);
  (*tw)->Finish();
  EXPECT_NE(table.str().find("Toretsk"), std::string::npos);
  EXPECT_NE(table.str().find("1 claims in 1 documents"), std::string::npos);
  EXPECT_FALSE(report::RecordWriter::Create("yaml", &out).ok());
}

}  // namespace
}  // namespace sitrep::cli

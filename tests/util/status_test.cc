#include "util/status.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "util/data_path.h"
#include "util/env.h"

namespace sitrep {
namespace {

TEST(StatusTest, OkAndErrorsCarryCodeAndMessage) {
  EXPECT_TRUE(Status::OK().ok());
  Status s = Status::InvalidArgument("a.jsonl:3: not JSON");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.ToString(), "Invalid argument: a.jsonl:3: not JSON");
}

TEST(StatusTest, ResultHoldsValueOrStatus) {
  Result<int> r = 7;
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 7);
  Result<int> e = Status::NotFound("x");
  EXPECT_FALSE(e.ok());
  EXPECT_EQ(e.status().message(), "x");
}

Status Fails() { return Status::IOError("disk"); }
Status Propagates() {
  SITREP_RETURN_IF_ERROR(Fails());
  return Status::OK();
}

TEST(StatusTest, ReturnIfErrorPropagates) { EXPECT_EQ(Propagates().message(), "disk"); }

TEST(DataPathTest, ReadDataLinesSkipsCommentsAndBlanks) {
  std::string path = testing::TempDir() + "/lines.txt";
  {
    std::ofstream o(path);
    o << "# header\n\nalpha  \n  # indented comment\nbeta\r\n";
  }
  std::vector<DataLine> lines;
  ASSERT_TRUE(ReadDataLines(path, &lines).ok());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "alpha");
  EXPECT_EQ(lines[0].line_no, 3);
  EXPECT_EQ(lines[1].text, "beta");
  EXPECT_FALSE(ReadDataLines(path + ".missing", &lines).ok());
}

TEST(EnvTest, WriteThenReadAndList) {
  Env* env = Env::Default();
  std::string dir = testing::TempDir() + "/envtest";
  std::remove((dir + "/a.txt").c_str());
  ASSERT_EQ(system(("mkdir -p " + dir + "/sub").c_str()), 0);
  ASSERT_TRUE(env->WriteFile(dir + "/a.txt", "hello").ok());
  ASSERT_TRUE(env->WriteFile(dir + "/sub/b.txt", "x").ok());
  std::string got;
  ASSERT_TRUE(env->ReadFile(dir + "/a.txt", &got).ok());
  EXPECT_EQ(got, "hello");
  EXPECT_EQ(env->FileSize(dir + "/a.txt"), 5);
  std::vector<std::string> files;
  ASSERT_TRUE(env->ListFilesRecursive(dir, &files).ok());
  EXPECT_EQ(files.size(), 2u);
  EXPECT_FALSE(env->ReadFile(dir + "/none", &got).ok());
  EXPECT_EQ(env->Today().size(), 10u);
}

}  // namespace
}  // namespace sitrep

#include "util/env.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep {
namespace {

namespace fs = std::filesystem;

class PosixEnv : public Env {
 public:
  Status ReadFile(const std::string& path, std::string* out) override {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path + ": cannot open");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return Status::IOError(path + ": read failed");
    *out = std::move(ss).str();
    return Status::OK();
  }
  Status WriteFile(const std::string& path, const std::string& data) override {
    std::string tmp = path + ".tmp";
    {
      std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
      if (!o) return Status::IOError(tmp + ": cannot create");
      o.write(data.data(), static_cast<std::streamsize>(data.size()));
      if (!o) return Status::IOError(tmp + ": write failed");
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) return Status::IOError(path + ": rename failed: " + ec.message());
    return Status::OK();
  }
  bool FileExists(const std::string& path) override {
    std::error_code ec;
    return fs::exists(path, ec);
  }
  bool IsDirectory(const std::string& path) override {
    std::error_code ec;
    return fs::is_directory(path, ec);
  }
  Status ListFilesRecursive(const std::string& dir, std::vector<std::string>* out) override {
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) return Status::IOError(dir + ": " + ec.message());
    for (; it != end; it.increment(ec)) {
      if (ec) return Status::IOError(dir + ": " + ec.message());
      if (it->is_regular_file(ec)) out->push_back(it->path().string());
    }
    std::sort(out->begin(), out->end());
    return Status::OK();
  }
  int64_t FileSize(const std::string& path) override {
    std::error_code ec;
    auto n = fs::file_size(path, ec);
    return ec ? -1 : static_cast<int64_t>(n);
  }
  std::string Today() override {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
  }
  double NowSeconds() override {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
  }
};

}  // namespace

Env* Env::Default() {
  static PosixEnv* env = new PosixEnv();
  return env;
}

}  // namespace sitrep

#include "util/data_path.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace sitrep {

std::string DataDir() {
  if (const char* d = std::getenv("SITREP_DATA_DIR"); d != nullptr && *d) return d;
  std::error_code ec;
  if (std::filesystem::is_directory(SITREP_SOURCE_DATA_DIR, ec)) return SITREP_SOURCE_DATA_DIR;
  return "data";
}

std::string DataPath(const std::string& name) { return DataDir() + "/" + name; }

Status ReadDataLines(const std::string& path, std::vector<DataLine>* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open data file");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.pop_back();
    }
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    out->push_back({n, line.substr(start)});
  }
  return Status::OK();
}

}  // namespace sitrep

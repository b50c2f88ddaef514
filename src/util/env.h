// Env: the file system and clock behind an interface (after leveldb::Env), so
// tests can inject in-memory files, failing reads, or a fixed "today".
#ifndef SITREP_UTIL_ENV_H_
#define SITREP_UTIL_ENV_H_

#include <cstdint>
#include <string>
#include <vector>

#include "util/status.h"

namespace sitrep {

class Env {
 public:
  virtual ~Env() = default;
  // The process-wide default Env backed by the real file system and clock.
  // The returned object is owned by the library and lives forever.
  static Env* Default();

  // Reads the whole file into *out. Fails with IOError naming the path.
  virtual Status ReadFile(const std::string& path, std::string* out) = 0;
  // Writes data to path atomically (temporary file + rename).
  virtual Status WriteFile(const std::string& path, const std::string& data) = 0;
  virtual bool FileExists(const std::string& path) = 0;
  virtual bool IsDirectory(const std::string& path) = 0;
  // Lists regular files under dir, recursively, sorted by path.
  virtual Status ListFilesRecursive(const std::string& dir, std::vector<std::string>* out) = 0;
  // Size in bytes, or -1 when the file cannot be stat'ed.
  virtual int64_t FileSize(const std::string& path) = 0;
  // Today's date as "YYYY-MM-DD" (UTC).
  virtual std::string Today() = 0;
  // Monotonic seconds, for progress and throughput.
  virtual double NowSeconds() = 0;
};

}  // namespace sitrep

#endif  // SITREP_UTIL_ENV_H_

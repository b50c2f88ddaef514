// A fresh SQLite path under the test's temporary directory: the file and
// its -wal and -shm companions removed first.
#ifndef SITREP_TESTS_STORE_TEMP_DB_H_
#define SITREP_TESTS_STORE_TEMP_DB_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace sitrep::store::testing {

inline std::string TempDb(const std::string& name) {
  std::string p = ::testing::TempDir() + "/" + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((p + suffix).c_str());
  return p;
}

}  // namespace sitrep::store::testing

#endif  // SITREP_TESTS_STORE_TEMP_DB_H_

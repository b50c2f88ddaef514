#include "store/page_cache.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "store/statement.h"
#include "store/store.h"
#include "temp_db.h"

namespace sitrep::store {
namespace {

// In a process of its own (the death test runs the binary again for this
// test alone): the page cache can only be given before SQLite starts.
int StoreOnTheBulkPageCache(const std::string& path) {
  if (!UseBulkPageCache(size_t{4} << 20, Store::kPageSize)) return 1;
  auto st = Store::Open(path);
  if (!st.ok() || !(*st)->Begin().ok()) return 2;
  for (int i = 0; i < 300; ++i) {
    ingest::Document d{"d" + std::to_string(i), "", std::string(3000, 'a' + i % 26) + std::to_string(i), "", "", "", "", "f"};
    extract::Record r;
    r.id = d.id;
    int64_t rowid = 0;
    if (!(*st)->AddDocument(d, 1000 + i, r, &rowid).ok()) return 3;
  }
  if (!(*st)->Commit().ok()) return 4;
  if ((*st)->CountDocuments() != 300) return 5;
  // SQLite has started: too late now, and nothing changes.
  if (UseBulkPageCache(size_t{4} << 20, Store::kPageSize)) return 6;
  if ((*st)->CountDocuments() != 300) return 7;
  return 0;
}

TEST(PageCacheTest, GivenBeforeTheFirstOpenAndTheStoreWorksOnIt) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const std::string path = testing::TempDb("page_cache.db");
  EXPECT_EXIT(std::exit(StoreOnTheBulkPageCache(path)), ::testing::ExitedWithCode(0), "");
}

TEST(PageCacheTest, RefusedOnceSqliteHasStarted) {
  auto st = Store::Open(testing::TempDb("page_cache_late.db"));
  ASSERT_TRUE(st.ok());
  EXPECT_FALSE(UseBulkPageCache(size_t{4} << 20, Store::kPageSize));
}

}  // namespace
}  // namespace sitrep::store

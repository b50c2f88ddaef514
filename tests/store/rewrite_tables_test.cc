// The rewrite tables' layout and its migration from version 1.
#include "store/rewrite_tables.h"

#include <gtest/gtest.h>

#include "store/statement.h"
#include "temp_db.h"

namespace sitrep::store {
namespace {

using testing::TempDb;

std::string MetaVersion(Store* s) {
  Statement st(s->db(), "SELECT value FROM meta WHERE key = 'rewrite_index_version'");
  return st.Step() ? st.ColumnText(0) : "";
}

std::string TableSql(Store* s) {
  Statement st(s->db(), "SELECT sql FROM sqlite_master WHERE name = 'rewrite_candidates'");
  return st.Step() ? st.ColumnText(0) : "";
}

TEST(RewriteTablesTest, NewStoreKeysCandidatesByNewerDocumentFirst) {
  auto s = Store::Open(TempDb("rt_new.db"));
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_TRUE(CreateRewriteTables(s->get()).ok());
  EXPECT_EQ(MetaVersion(s->get()), "2");
  EXPECT_NE(TableSql(s->get()).find("PRIMARY KEY (b, a)"), std::string::npos);
  // Created twice: nothing changes.
  ASSERT_TRUE(CreateRewriteTables(s->get()).ok());
  EXPECT_EQ(MetaVersion(s->get()), "2");
}

TEST(RewriteTablesTest, VersionOneStoreIsMigratedWithEveryRow) {
  std::string path = TempDb("rt_v1.db");
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(ExecSql((*s)->db(), R"sql(
      CREATE TABLE rewrite_docs (doc INTEGER PRIMARY KEY, published TEXT NOT NULL DEFAULT '',
        bands BLOB NOT NULL, sketch BLOB NOT NULL, sig BLOB NOT NULL);
      CREATE TABLE rewrite_candidates (a INTEGER NOT NULL, b INTEGER NOT NULL, estimate REAL NOT NULL,
        state INTEGER NOT NULL DEFAULT 0, similarity REAL NOT NULL DEFAULT 0,
        coverage_a REAL NOT NULL DEFAULT 0, coverage_b REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (a, b)) WITHOUT ROWID;
      INSERT INTO meta(key, value) VALUES ('rewrite_index_version', '1');
      INSERT INTO rewrite_candidates VALUES (1, 5, 0.5, 1, 0.8, 0.9, 0.7), (2, 3, 0.3, 2, 0.1, 0.2, 0.1),
                                            (1, 2, 0.9, 0, 0, 0, 0);
    )sql").ok());
  }
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(CreateRewriteTables(s->get()).ok());
  EXPECT_EQ(MetaVersion(s->get()), "2");
  EXPECT_NE(TableSql(s->get()).find("PRIMARY KEY (b, a)"), std::string::npos);
  // Every row and column survives, now in (b, a) order.
  Statement st((*s)->db(), "SELECT a, b, estimate, state, similarity, coverage_a, coverage_b FROM rewrite_candidates");
  std::vector<std::string> rows;
  while (st.Step()) {
    rows.push_back(std::to_string(st.ColumnInt(0)) + "-" + std::to_string(st.ColumnInt(1)) + " " +
                   std::to_string(st.ColumnDouble(2)).substr(0, 3) + " " + std::to_string(st.ColumnInt(3)) + " " +
                   std::to_string(st.ColumnDouble(4)).substr(0, 3) + " " + std::to_string(st.ColumnDouble(5)).substr(0, 3) +
                   " " + std::to_string(st.ColumnDouble(6)).substr(0, 3));
  }
  ASSERT_TRUE(st.status().ok());
  std::vector<std::string> want = {"1-2 0.9 0 0.0 0.0 0.0", "2-3 0.3 2 0.1 0.2 0.1", "1-5 0.5 1 0.8 0.9 0.7"};
  EXPECT_EQ(rows, want);
  Statement integrity((*s)->db(), "PRAGMA integrity_check");
  ASSERT_TRUE(integrity.Step());
  EXPECT_EQ(integrity.ColumnText(0), "ok");
}

}  // namespace
}  // namespace sitrep::store

#include "store/rewrite_tables.h"

#include "store/statement.h"

namespace sitrep::store {

namespace {
constexpr const char* kRewriteSchema = R"sql(
CREATE TABLE IF NOT EXISTS rewrite_docs (
  doc INTEGER PRIMARY KEY,
  published TEXT NOT NULL DEFAULT '',
  bands BLOB NOT NULL,
  sketch BLOB NOT NULL,
  sig BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS rewrite_candidates (
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  estimate REAL NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  similarity REAL NOT NULL DEFAULT 0,
  coverage_a REAL NOT NULL DEFAULT 0,
  coverage_b REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
INSERT OR IGNORE INTO meta(key, value) VALUES ('rewrite_index_version', '1');
)sql";
}  // namespace

Status CreateRewriteTables(Store* store) { return ExecSql(store->db(), kRewriteSchema); }

bool HasRewriteTables(Store* store) {
  Statement st(store->db(), "SELECT 1 FROM rewrite_candidates LIMIT 1");
  return st.status().ok();
}

}  // namespace sitrep::store

#include "store/rewrite_tables.h"

#include "store/statement.h"

namespace sitrep::store {

namespace {
// Candidates are keyed (b, a): b is the document being stored, so each
// ingest appends to the end of the B-tree instead of writing into pages all
// over it (version 1 keyed (a, b), and every insert at a million documents
// dirtied a page of its own).
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
  PRIMARY KEY (b, a)
) WITHOUT ROWID;
INSERT OR IGNORE INTO meta(key, value) VALUES ('rewrite_index_version', '2');
)sql";

// Version 1 -> 2: the version 1 table steps aside, kRewriteSchema creates the
// (b, a) one, and the rows move over.
constexpr const char* kSetVersion1Aside = "ALTER TABLE rewrite_candidates RENAME TO rewrite_candidates_v1;";
constexpr const char* kMoveVersion1Rows = R"sql(
INSERT INTO rewrite_candidates SELECT a, b, estimate, state, similarity, coverage_a, coverage_b
  FROM rewrite_candidates_v1;
DROP TABLE rewrite_candidates_v1;
UPDATE meta SET value = '2' WHERE key = 'rewrite_index_version';
)sql";
}  // namespace

Status CreateRewriteTables(Store* store) {
  {
    // Both tables and their version row, or none (a kill in between).
    SITREP_RETURN_IF_ERROR(ExecSql(store->db(), "SAVEPOINT rewrite_schema"));
    Status s = ExecSql(store->db(), kRewriteSchema);
    if (!s.ok()) {
      ExecSql(store->db(), "ROLLBACK TO rewrite_schema; RELEASE rewrite_schema");
      return s;
    }
    SITREP_RETURN_IF_ERROR(ExecSql(store->db(), "RELEASE rewrite_schema"));
  }
  std::string version;
  {
    Statement st(store->db(), "SELECT value FROM meta WHERE key = 'rewrite_index_version'");
    if (st.Step()) version = st.ColumnText(0);
    SITREP_RETURN_IF_ERROR(st.status());
  }
  if (version != "1") return Status::OK();
  // One transaction: a crash leaves version 1 intact.
  SITREP_RETURN_IF_ERROR(ExecSql(store->db(), "SAVEPOINT rewrite_migration"));
  Status s = ExecSql(store->db(), kSetVersion1Aside);
  if (s.ok()) s = ExecSql(store->db(), kRewriteSchema);
  if (s.ok()) s = ExecSql(store->db(), kMoveVersion1Rows);
  if (!s.ok()) {
    ExecSql(store->db(), "ROLLBACK TO rewrite_migration; RELEASE rewrite_migration");
    return s;
  }
  return ExecSql(store->db(), "RELEASE rewrite_migration");
}

bool HasRewriteTables(Store* store) {
  Statement st(store->db(), "SELECT 1 FROM rewrite_candidates LIMIT 1");
  return st.status().ok();
}

}  // namespace sitrep::store

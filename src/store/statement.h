// Statement: a prepared SQLite statement with RAII and typed binds. All SQL
// in sitrep is parameterised through this class; no value is ever pasted
// into SQL text.
//
//   Statement st(db, "SELECT text FROM documents WHERE id = ?");
//   st.Bind(1, id);
//   while (st.Step()) use(st.ColumnText(0));
//   if (!st.status().ok()) ...
#ifndef SITREP_STORE_STATEMENT_H_
#define SITREP_STORE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "util/status.h"

namespace sitrep::store {

class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds are 1-based, as in SQLite.
  Statement& Bind(int i, std::string_view v);
  Statement& Bind(int i, int64_t v);
  Statement& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, double v);
  Statement& BindNull(int i);
  Statement& BindBlob(int i, const void* data, size_t n);
  // As Bind and BindBlob, but SQLite reads the bytes where they are instead
  // of copying them (SQLITE_STATIC): for the large values of a bulk insert.
  // REQUIRES: the bytes stay alive and unchanged until Exec() or Reset()
  // (which clears the bindings).
  Statement& BindRef(int i, std::string_view v);
  Statement& BindBlobRef(int i, const void* data, size_t n);

  // Advances to the next row; false when done or on error (see status()).
  bool Step();
  // Runs a statement that returns no rows; then resets it for reuse.
  Status Exec();
  // Resets for re-execution with new binds.
  void Reset();

  std::string ColumnText(int i) const;
  int64_t ColumnInt(int i) const;
  double ColumnDouble(int i) const;
  bool ColumnIsNull(int i) const;
  std::string ColumnBlob(int i) const;

  const Status& status() const { return status_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
  Status status_;
};

// Runs SQL with no parameters (schema, pragmas). Error names the statement.
Status ExecSql(sqlite3* db, const char* sql);

}  // namespace sitrep::store

#endif  // SITREP_STORE_STATEMENT_H_

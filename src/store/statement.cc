#include "store/statement.h"

namespace sitrep::store {

Statement::Statement(sqlite3* db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &st_, nullptr) != SQLITE_OK) {
    status_ = Status::Internal(std::string("SQL prepare failed: ") + sqlite3_errmsg(db) + " in: " + sql);
    st_ = nullptr;
  }
}

Statement::~Statement() {
  if (st_) sqlite3_finalize(st_);
}

Statement& Statement::Bind(int i, std::string_view v) {
  if (st_) sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::BindRef(int i, std::string_view v) {
  if (st_) sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  return *this;
}
Statement& Statement::BindBlobRef(int i, const void* data, size_t n) {
  if (st_) sqlite3_bind_blob(st_, i, data, static_cast<int>(n), SQLITE_STATIC);
  return *this;
}
Statement& Statement::Bind(int i, int64_t v) {
  if (st_) sqlite3_bind_int64(st_, i, v);
  return *this;
}
Statement& Statement::Bind(int i, double v) {
  if (st_) sqlite3_bind_double(st_, i, v);
  return *this;
}
Statement& Statement::BindNull(int i) {
  if (st_) sqlite3_bind_null(st_, i);
  return *this;
}
Statement& Statement::BindBlob(int i, const void* data, size_t n) {
  if (st_) sqlite3_bind_blob(st_, i, data, static_cast<int>(n), SQLITE_TRANSIENT);
  return *this;
}

bool Statement::Step() {
  if (!st_ || !status_.ok()) return false;
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = Status::IOError(std::string("SQL step failed: ") + sqlite3_errmsg(db_));
  return false;
}

Status Statement::Exec() {
  Step();
  Status s = status_;
  Reset();
  return s;
}

void Statement::Reset() {
  if (!st_) return;
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
  if (status_.code() != Status::Code::kInternal) status_ = Status::OK();
}

std::string Statement::ColumnText(int i) const {
  const unsigned char* t = sqlite3_column_text(st_, i);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(st_, i)) : std::string();
}
int64_t Statement::ColumnInt(int i) const { return sqlite3_column_int64(st_, i); }
double Statement::ColumnDouble(int i) const { return sqlite3_column_double(st_, i); }
bool Statement::ColumnIsNull(int i) const { return sqlite3_column_type(st_, i) == SQLITE_NULL; }
std::string Statement::ColumnBlob(int i) const {
  const void* b = sqlite3_column_blob(st_, i);
  return b ? std::string(static_cast<const char*>(b), sqlite3_column_bytes(st_, i)) : std::string();
}

Status ExecSql(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IOError("SQL failed: " + msg);
  }
  return Status::OK();
}

}  // namespace sitrep::store

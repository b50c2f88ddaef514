#include "store/checkpointer.h"

#include <chrono>

#include "store/statement.h"

namespace sitrep::store {
namespace {

// How often the thread checkpoints; a 500-document batch commits every
// 0.1-0.3 s during an ingest.
constexpr auto kPeriod = std::chrono::milliseconds(200);

}  // namespace

Result<std::unique_ptr<Checkpointer>> Checkpointer::Start(Store* store) {
  std::unique_ptr<Checkpointer> c(new Checkpointer(store));
  const char* file = sqlite3_db_filename(store->db(), "main");
  if (file == nullptr || *file == '\0') return Status::InvalidArgument("checkpointer: the store has no file");
  if (sqlite3_open_v2(file, &c->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = c->db_ ? sqlite3_errmsg(c->db_) : "out of memory";
    return Status::IOError(store->path() + ": checkpointer: " + msg);
  }
  sqlite3_busy_timeout(c->db_, 1000);
  SITREP_RETURN_IF_ERROR(ExecSql(store->db(), "PRAGMA wal_autocheckpoint=0"));
  c->thread_ = std::thread([p = c.get()] { p->Loop(); });
  return c;
}

void Checkpointer::Loop() {
  std::unique_lock<std::mutex> l(mu_);
  while (!stop_) {
    cv_.wait_for(l, kPeriod, [this] { return stop_; });
    if (stop_) break;
    l.unlock();
    int log = 0, done = 0;
    sqlite3_wal_checkpoint_v2(db_, "main", SQLITE_CHECKPOINT_PASSIVE, &log, &done);
    l.lock();
    ++runs_;
  }
}

int Checkpointer::runs() const {
  std::lock_guard<std::mutex> l(mu_);
  return runs_;
}

Checkpointer::~Checkpointer() {
  {
    std::lock_guard<std::mutex> l(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (db_) sqlite3_close_v2(db_);
  // What the thread did not copy yet, then SQLite's default again.
  sqlite3_wal_checkpoint_v2(store_->db(), "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  ExecSql(store_->db(), "PRAGMA wal_autocheckpoint=1000");
}

}  // namespace sitrep::store

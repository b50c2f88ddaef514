#include "store/checkpointer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>

#include "store/statement.h"

namespace sitrep::store {
namespace {

// How often the thread checkpoints; a 500-document batch commits every
// 0.1-0.3 s during an ingest.
constexpr auto kPeriod = std::chrono::milliseconds(200);
// A busy writer never lets a passive checkpoint finish just before its next
// transaction, which is when SQLite starts the WAL over; past this many
// bytes of frames the writer itself, right after a commit, runs a RESTART
// checkpoint: it copies the few frames the thread has not copied yet, and
// the next transaction starts the WAL from the beginning.
constexpr int64_t kRestartBytes = int64_t{256} << 20;
// Past this many times the restart point's frames, the writer restarts
// without waiting for the thread (a thread held up must not let the WAL
// grow without bound).
constexpr int kRestartOverdue = 2;

}  // namespace

Result<std::unique_ptr<Checkpointer>> Checkpointer::Start(Store* store) { return Start(store, kRestartBytes); }

Result<std::unique_ptr<Checkpointer>> Checkpointer::Start(Store* store, int64_t restart_bytes) {
  std::unique_ptr<Checkpointer> c(new Checkpointer(store));
  const char* file = sqlite3_db_filename(store->db(), "main");
  if (file == nullptr || *file == '\0') return Status::InvalidArgument("checkpointer: the store has no file");
  if (sqlite3_open_v2(file, &c->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = c->db_ ? sqlite3_errmsg(c->db_) : "out of memory";
    return Status::IOError(store->path() + ": checkpointer: " + msg);
  }
  sqlite3_busy_timeout(c->db_, 1000);
  // A fresh connection only knows the file is in WAL mode once it has read
  // it; until then a checkpoint is a silent no-op.
  SITREP_RETURN_IF_ERROR(ExecSql(c->db_, "SELECT count(*) FROM sqlite_master"));
  int64_t page_size = 0;
  {
    Statement st(store->db(), "PRAGMA page_size");
    if (st.Step()) page_size = st.ColumnInt(0);
    SITREP_RETURN_IF_ERROR(st.status());
  }
  c->restart_frames_ = static_cast<int>(std::max<int64_t>(1, restart_bytes / std::max<int64_t>(page_size, 512)));
  // Replaces SQLite's automatic checkpoint (itself a WAL hook).
  sqlite3_wal_hook(store->db(), AfterCommit, c.get());
  // The database file, to flush what the thread's checkpoints wrote (see
  // Loop); without it the checkpoints only fill the page cache. (-1: no
  // flushing, as before.)
  c->db_fd_ = ::open(file, O_RDONLY | O_CLOEXEC);
  c->thread_ = std::thread([p = c.get()] { p->Loop(); });
  return c;
}

// sqlite3_wal_hook callback on the writer's connection, after each commit.
int Checkpointer::AfterCommit(void* arg, sqlite3* db, const char* name, int frames) {
  auto* c = static_cast<Checkpointer*>(arg);
  if (frames <= c->restart_frames_) return SQLITE_OK;
  // The RESTART syncs the WAL and the database file before the WAL starts
  // over; run as soon as the WAL passed the mark, it waited on every frame
  // committed since the thread's last checkpoint (0.07-0.13 s at each of a
  // 100k ingest's two restarts, by strace, the writer idle). So the thread
  // is asked first to checkpoint and flush at once, and the writer restarts
  // after a later commit, once that is done: only that commit's frames are
  // left to sync.
  int state = c->restart_.load(std::memory_order_acquire);
  if (state == kRestartIdle) {
    {
      std::lock_guard<std::mutex> l(c->mu_);
      c->restart_.store(kRestartAsked, std::memory_order_release);
      ++c->requests_;
    }
    c->cv_.notify_all();
    return SQLITE_OK;
  }
  if (state == kRestartAsked && frames <= kRestartOverdue * c->restart_frames_) return SQLITE_OK;
  // The RESTART does not wait: while the thread holds the checkpoint lock,
  // SQLite's busy handler would put the writer to sleep in steps of up to
  // 100 ms (the whole ingest stalled 20-70 ms at each restart); it is tried
  // again after the next commit instead.
  sqlite3_busy_timeout(db, 0);
  int log = -1, done = -1;
  const int rc = sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_RESTART, &log, &done);
  sqlite3_busy_timeout(db, Store::kBusyTimeoutMs);
  if (rc == SQLITE_OK && log == done) {
    std::lock_guard<std::mutex> l(c->mu_);
    ++c->restarts_;
    // (The thread may still be on a request of its own: asked again, it
    // runs one checkpoint more.)
    c->restart_.store(kRestartIdle, std::memory_order_release);
  }
  return SQLITE_OK;
}

void Checkpointer::Loop() {
  std::unique_lock<std::mutex> l(mu_);
  while (!stop_) {
    // Woken early by a new request only (one that failed waits for the
    // period, like any checkpoint).
    cv_.wait_for(l, kPeriod, [this] { return stop_ || requests_ != served_; });
    if (stop_) break;
    served_ = requests_;
    const bool asked = restart_.load() == kRestartAsked;
    l.unlock();
    int log = 0, done = 0;
    int rc = sqlite3_wal_checkpoint_v2(db_, "main", SQLITE_CHECKPOINT_PASSIVE, &log, &done);
    // A passive checkpoint under a busy writer rarely copies the whole WAL,
    // and only a whole one syncs the database file: the pages it wrote
    // stayed dirty until the writer's RESTART synced them all at once,
    // inside the ingest (0.25-0.3 s with the writer idle, twice at 100k
    // documents, by strace). Flushed here, a little at a time, off the
    // writer's thread.
    if (rc == SQLITE_OK && done > last_done_ && db_fd_ >= 0) ::fdatasync(db_fd_);
    last_done_ = done;
    l.lock();
    ++runs_;
    if (rc == SQLITE_OK && done > 0) frames_ += done;
    // The WAL is synced up to what this checkpoint copied, and the database
    // file flushed: the writer's RESTART has little left to do.
    int expected = kRestartAsked;
    if (asked && rc == SQLITE_OK) restart_.compare_exchange_strong(expected, kRestartReady);
  }
}

int Checkpointer::restarts() const {
  std::lock_guard<std::mutex> l(mu_);
  return restarts_;
}

int Checkpointer::runs() const {
  std::lock_guard<std::mutex> l(mu_);
  return runs_;
}

int64_t Checkpointer::frames_copied() const {
  std::lock_guard<std::mutex> l(mu_);
  return frames_;
}

Checkpointer::~Checkpointer() {
  {
    std::lock_guard<std::mutex> l(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (db_) sqlite3_close_v2(db_);
  if (db_fd_ >= 0) ::close(db_fd_);
  // What the thread did not copy yet, then SQLite's default again.
  sqlite3_wal_checkpoint_v2(store_->db(), "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  // SQLite's own hook again, in place of AfterCommit and its pointer to
  // this object (the C call cannot fail where a PRAGMA could).
  sqlite3_wal_autocheckpoint(store_->db(), 1000);
}

}  // namespace sitrep::store

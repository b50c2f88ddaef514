// Checkpointer: copies committed WAL frames into the database file on a
// thread of its own, so that a long ingest's writer thread only appends to
// the WAL. SQLite's automatic checkpoint would otherwise run inside the
// writer's COMMIT (reading every frame back and writing it to the file: a
// third of the writer's time at a few hundred thousand documents).
//
//   auto cp = Checkpointer::Start(store);   // replaces autocheckpoint
//   ... ingest ...
//   cp.reset();                             // stops; final checkpoint
//
// The thread's checkpoints are PASSIVE (they never block the writer or
// readers); it flushes the database file after each that copied frames.
// Once the WAL passes 256 MiB, the commit asks the thread for a checkpoint
// at once, and after a later commit, when that is done, the writer runs a
// RESTART checkpoint (cheap: the thread has copied, synced and flushed all
// but that commit's frames), so that the WAL starts over and stays bounded.
// Crash safety is SQLite's own: a checkpoint cut short by a kill is redone
// on next open.
#ifndef SITREP_STORE_CHECKPOINTER_H_
#define SITREP_STORE_CHECKPOINTER_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

#include "store/store.h"

namespace sitrep::store {

class Checkpointer {
 public:
  // Opens a second connection to `store`'s file and starts the thread.
  // REQUIRES: store outlives the checkpointer and is in WAL mode.
  static Result<std::unique_ptr<Checkpointer>> Start(Store* store);
  // The same with the WAL started over past `restart_bytes` (tests).
  static Result<std::unique_ptr<Checkpointer>> Start(Store* store, int64_t restart_bytes);
  // Stops the thread, checkpoints what is left and restores autocheckpoint.
  ~Checkpointer();

  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Number of checkpoints run so far, and WAL frames they copied into the
  // database file (counted again when the WAL restarts; tests).
  int runs() const;
  int64_t frames_copied() const;
  // Number of times the writer started the WAL over.
  int restarts() const;

 private:
  explicit Checkpointer(Store* store) : store_(store) {}
  void Loop();
  static int AfterCommit(void* arg, sqlite3* db, const char* name, int frames);

  // The WAL's restart: not due, asked of the thread, ready for the writer.
  enum { kRestartIdle, kRestartAsked, kRestartReady };

  Store* store_;
  sqlite3* db_ = nullptr;  // the checkpointer's own connection
  int db_fd_ = -1;         // the database file, read-only, for fdatasync
  int last_done_ = 0;      // frames the last checkpoint had copied in all (thread only)
  int restart_frames_ = 0;  // WAL frames past which it starts over
  std::atomic<int> restart_{kRestartIdle};  // written under mu_ (the thread waits on it)
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;  // GUARDED_BY(mu_)
  int runs_ = 0;       // GUARDED_BY(mu_)
  int64_t frames_ = 0;  // GUARDED_BY(mu_)
  int restarts_ = 0;     // GUARDED_BY(mu_)
  uint64_t requests_ = 0, served_ = 0;  // GUARDED_BY(mu_): the writer's asks, the last the thread took
  std::thread thread_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_CHECKPOINTER_H_

// StorePool: read-only connections to one store, shared by the server's
// worker threads. SQLite connections are opened NOMUTEX, so each is used by
// one thread at a time; the pool hands them out and takes them back. WAL
// lets these readers run while an ingest writes.
#ifndef SITREP_SERVER_STORE_POOL_H_
#define SITREP_SERVER_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"
#include "util/status.h"

namespace sitrep::server {

class StorePool {
 public:
  // Checks that the store opens read-only. NotFound/Corruption otherwise.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& path);

  // A connection back to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> s) : pool_(pool), store_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->Release(std::move(store_));
    }
    store::Store* get() const { return store_.get(); }
    store::Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  // Reuses an idle connection or opens a new one.
  Result<Lease> Acquire();
  const std::string& path() const { return path_; }

 private:
  explicit StorePool(std::string path) : path_(std::move(path)) {}
  void Release(std::unique_ptr<store::Store> s);
  std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> idle_;  // GUARDED_BY(mu_)
};

}  // namespace sitrep::server

#endif  // SITREP_SERVER_STORE_POOL_H_

#include "server/store_pool.h"

namespace sitrep::server {

namespace {
Result<std::unique_ptr<store::Store>> OpenReadOnly(const std::string& path) {
  store::Store::Options o;
  o.read_only = true;
  o.create_if_missing = false;
  return store::Store::Open(path, o);
}
}  // namespace

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& path) {
  auto s = OpenReadOnly(path);
  if (!s.ok()) return s.status();
  std::unique_ptr<StorePool> pool(new StorePool(path));
  pool->idle_.push_back(std::move(*s));
  return pool;
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      auto s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(s));
    }
  }
  auto s = OpenReadOnly(path_);
  if (!s.ok()) return s.status();
  return Lease(this, std::move(*s));
}

void StorePool::Release(std::unique_ptr<store::Store> s) {
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(s));
}

}  // namespace sitrep::server

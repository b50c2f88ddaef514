#include "store/page_cache.h"

#include <sqlite3.h>
#include <sys/mman.h>

namespace sitrep::store {

bool UseBulkPageCache(size_t bytes, int page_size) {
  int header = 0;
  if (sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK) return false;
  const size_t slot = static_cast<size_t>(page_size) + static_cast<size_t>(header);
  const size_t slots = bytes / slot;
  if (slots == 0) return false;
  void* mem = mmap(nullptr, slots * slot, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mem == MAP_FAILED) return false;
#ifdef MADV_HUGEPAGE
  madvise(mem, slots * slot, MADV_HUGEPAGE);  // a hint: without THP, 4 KiB pages
#endif
  if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, mem, static_cast<int>(slot), static_cast<int>(slots)) != SQLITE_OK) {
    munmap(mem, slots * slot);
    return false;
  }
  return true;  // SQLite keeps using it until the process ends
}

}  // namespace sitrep::store

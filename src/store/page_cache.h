// UseBulkPageCache: one block of memory for SQLite's page cache, for the
// whole process, mapped with transparent huge pages where the kernel allows
// them (madvise). An ingest's page cache grows to 64 MiB of 16 KiB pages;
// from the heap each page is fresh memory faulted in 4 KiB at a time (18k
// page faults at 100k documents, a fifth of the process's).
#ifndef SITREP_STORE_PAGE_CACHE_H_
#define SITREP_STORE_PAGE_CACHE_H_

#include <cstddef>

namespace sitrep::store {

// Gives SQLite `bytes` of page slots of `page_size` bytes (plus SQLite's
// per-page header); pages beyond them come from the heap as before. Only
// before the process opens its first database: later it returns false and
// changes nothing. The memory is reserved, not touched: it costs resident
// memory as the cache fills, as heap pages did.
bool UseBulkPageCache(size_t bytes, int page_size);

}  // namespace sitrep::store

#endif  // SITREP_STORE_PAGE_CACHE_H_

// The rewrite index's IndexHook: at ingest, sketches each stored document and
// adds it to the persisted LSH index (tables rewrite_*, doc/store_schema.md).
#ifndef SITREP_STORE_REWRITE_HOOK_H_
#define SITREP_STORE_REWRITE_HOOK_H_

#include <memory>

#include "store/ingester.h"

namespace sitrep::store {

// Returns the hook, or nullptr when rewrite indexing is not available.
// REQUIRES: store outlives the hook.
Result<std::unique_ptr<IndexHook>> MakeRewriteIndexHook(Store* store);

}  // namespace sitrep::store

#endif  // SITREP_STORE_REWRITE_HOOK_H_

// The rewrite index's IndexHook: at ingest, builds each stored document's
// DocSignature, finds its candidate rewrites in the in-memory CandidateIndex,
// and persists the signature, the sketch and the candidate pairs (tables
// rewrite_*, doc/rewrites.md). Pairs are verified later, by
// ListRewritePairs. On creation the hook reloads the index from the store, so
// each ingest adds to what earlier ingests indexed.
#ifndef SITREP_STORE_REWRITE_HOOK_H_
#define SITREP_STORE_REWRITE_HOOK_H_

#include <memory>

#include "store/ingester.h"

namespace sitrep::store {

// Returns the hook, or nullptr when rewrite indexing is not available.
// Fails when the lexicon (data/rewrite_lexicon.txt) or the stored index
// cannot be read. REQUIRES: store outlives the hook.
Result<std::unique_ptr<IndexHook>> MakeRewriteIndexHook(Store* store);

}  // namespace sitrep::store

#endif  // SITREP_STORE_REWRITE_HOOK_H_

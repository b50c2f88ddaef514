// The rewrite index's tables in the store (doc/rewrites.md has the layout):
//   rewrite_docs        one row per indexed document: LSH band keys, 16-bit
//                       MinHash values and the sentence signature
//   rewrite_candidates  candidate pairs found at ingest and, once verified,
//                       their verdict, similarity and coverages
#ifndef SITREP_STORE_REWRITE_TABLES_H_
#define SITREP_STORE_REWRITE_TABLES_H_

#include "store/store.h"

namespace sitrep::store {

// Families larger than this are not closed pairwise at verification.
inline constexpr int kMaxClosureFamily = 64;

// Verdicts in rewrite_candidates.state.
enum RewriteState { kUnverified = 0, kRewrite = 1, kNotRewrite = 2 };

// CREATE TABLE IF NOT EXISTS for the rewrite tables; a store written with
// rewrite_index_version 1 (candidates keyed (a, b)) is migrated to version 2
// (keyed (b, a), so that ingest appends) in one transaction.
Status CreateRewriteTables(Store* store);

// True when the store has the rewrite tables (a read-only store may not).
bool HasRewriteTables(Store* store);

}  // namespace sitrep::store

#endif  // SITREP_STORE_REWRITE_TABLES_H_

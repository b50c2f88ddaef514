// Reading the rewrite relations the rewrite index keeps in the store:
// verified pairs (with what each side added) and story families.
// Used by `sitrep rewrites`, timelines (independent-source counts), the
// report and the server.
#ifndef SITREP_STORE_REWRITE_STORE_H_
#define SITREP_STORE_REWRITE_STORE_H_

#include <functional>
#include <string>
#include <vector>

#include "dedup/rewrite_pair.h"
#include "store/store.h"

namespace sitrep::store {

struct Family {
  std::string origin;                // earliest member (or the one the others contain)
  std::vector<std::string> members;  // document ids, origin first
};

// Verifies candidate pairs (when not done yet) and calls `fn` with every
// rewrite pair in the store, one at a time (memory stays bounded however
// many pairs there are); `fn` returns false to stop. When doc_id is
// non-empty, only pairs involving it.
Status ForEachRewritePair(Store* store, const std::string& doc_id,
                          const std::function<bool(const dedup::RewritePair&)>& fn);
// The same, collected.
Status ListRewritePairs(Store* store, const std::string& doc_id, std::vector<dedup::RewritePair>* out);

// Connected components of the rewrite pairs; singletons are not listed.
Status ListFamilies(Store* store, std::vector<Family>* out);

}  // namespace sitrep::store

#endif  // SITREP_STORE_REWRITE_STORE_H_

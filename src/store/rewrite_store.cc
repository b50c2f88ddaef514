// Placeholder until the rewrites issue lands: no pairs, no families.
#include "store/rewrite_store.h"

namespace sitrep::store {

Status ListRewritePairs(Store* store, const std::string& doc_id, std::vector<dedup::RewritePair>* out) {
  out->clear();
  return Status::OK();
}

Status ListFamilies(Store* store, std::vector<Family>* out) {
  out->clear();
  return Status::OK();
}

}  // namespace sitrep::store

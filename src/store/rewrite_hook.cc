// Placeholder until the rewrites issue lands: no index.
#include "store/rewrite_hook.h"

namespace sitrep::store {

Result<std::unique_ptr<IndexHook>> MakeRewriteIndexHook(Store* store) {
  return std::unique_ptr<IndexHook>();
}

}  // namespace sitrep::store

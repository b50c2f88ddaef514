// RewritePair <-> the JSON object of `sitrep rewrites --format json`
// (../shared/eval/FORMAT.md, doc/rewrites.md).
#ifndef SITREP_DEDUP_REWRITE_PAIR_JSON_H_
#define SITREP_DEDUP_REWRITE_PAIR_JSON_H_

#include <nlohmann/json.hpp>

#include "dedup/rewrite_pair.h"

namespace sitrep::dedup {

// {a, b, similarity, added_in_a, added_in_b, quotes_only_in_a,
//  quotes_only_in_b, coverage_a, coverage_b, changed, anonymous_in_a,
//  anonymous_in_b}.
nlohmann::json RewritePairToJson(const RewritePair& p);

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_REWRITE_PAIR_JSON_H_

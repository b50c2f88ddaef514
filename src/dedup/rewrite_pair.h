// The dedup stage: finds rewrites of the same story and what each added.
// Takes in Records and AnalyzedTexts; gives out RewritePairs and families.
#ifndef SITREP_DEDUP_REWRITE_PAIR_H_
#define SITREP_DEDUP_REWRITE_PAIR_H_

#include <string>
#include <vector>

namespace sitrep::dedup {

// One verified rewrite relation between two documents (FORMAT.md).
struct RewritePair {
  std::string a, b;  // document ids; a is the earlier (source) when known
  double similarity = 0;
  std::vector<std::string> added_in_a, added_in_b;
  std::vector<std::string> quotes_only_in_a, quotes_only_in_b;
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_REWRITE_PAIR_H_

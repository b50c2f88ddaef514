// The dedup stage: finds rewrites of the same story and what each added.
// Takes in Records and AnalyzedTexts (DocSignature, SignatureBuilder); gives
// out RewritePairs (PairExplainer) and story families (FamilyBuilder).
// Candidate search: MinHasher + LshIndex; verification: AlignPair.
#ifndef SITREP_DEDUP_REWRITE_PAIR_H_
#define SITREP_DEDUP_REWRITE_PAIR_H_

#include <string>
#include <vector>

namespace sitrep::dedup {

// A number or date that a sentence and its counterpart give differently.
struct ChangedFact {
  std::string in_a, in_b;  // "310", "300"
  std::string sentence_a, sentence_b;
};

// One verified rewrite relation between two documents (FORMAT.md).
struct RewritePair {
  std::string a, b;  // document ids; a is the earlier (source) when known
  double similarity = 0;
  std::vector<std::string> added_in_a, added_in_b;
  std::vector<std::string> quotes_only_in_a, quotes_only_in_b;
  // Extra fields (FORMAT.md allows them).
  std::vector<ChangedFact> changed;                        // numbers/dates that changed
  std::vector<std::string> anonymous_in_a, anonymous_in_b;  // anonymous-source phrases only one side has
  double coverage_a = 0, coverage_b = 0;                   // share of each side's sentences matched
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_REWRITE_PAIR_H_

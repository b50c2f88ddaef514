// Story families: connected components of verified rewrite pairs, each with
// its origin, the earliest published member or, among undated (or equally
// dated) members, the one whose sentences the others contain best.
#ifndef SITREP_DEDUP_STORY_FAMILY_H_
#define SITREP_DEDUP_STORY_FAMILY_H_

#include <string>
#include <vector>

namespace sitrep::dedup {

// A verified pair between documents a and b (indexes into the caller's list)
// with the share of each side's sentences that the other contains.
struct PairLink {
  int a = 0, b = 0;
  double coverage_a = 0, coverage_b = 0;
};

struct StoryFamily {
  int origin = 0;
  std::vector<int> members;  // origin first, then by index
};

// Components of size >= 2 of the graph on n documents; published[i] is an
// ISO date (or empty when unknown). Families come ordered by their origin.
std::vector<StoryFamily> BuildFamilies(int n, const std::vector<PairLink>& links,
                                       const std::vector<std::string>& published);

// True when document a should be shown as the source of b: published
// earlier, or (same or unknown dates) better contained in the other.
bool IsSourceOf(const std::string& published_a, double coverage_a, const std::string& published_b,
                double coverage_b);

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_STORY_FAMILY_H_

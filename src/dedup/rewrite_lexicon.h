// RewriteLexicon: the word lists the rewrite detector reads, loaded from
// data/rewrite_lexicon.txt (format in its header): function words left out of
// the features, month names for dates, denial cues that flip a sentence's
// polarity, and anonymous-source phrases reported per rewrite pair.
#ifndef SITREP_DEDUP_REWRITE_LEXICON_H_
#define SITREP_DEDUP_REWRITE_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "util/status.h"
#include "util/string_hash.h"

namespace sitrep::dedup {

class RewriteLexicon {
 public:
  // Loads and validates `path`; the error names the file and line.
  static Result<std::unique_ptr<RewriteLexicon>> Load(const std::string& path);
  // DataPath("rewrite_lexicon.txt").
  static std::string DefaultPath();
  // Builds a lexicon from in-memory lines "kind<TAB>entry" (tests).
  static Result<std::unique_ptr<RewriteLexicon>> FromLines(const std::vector<std::string>& lines);

  // Arguments are folded words (FoldWord).
  bool IsStopword(std::string_view folded) const { return stop_.find(folded) != stop_.end(); }
  // 1..12 for a month name or its abbreviation, else 0.
  int Month(std::string_view folded) const;
  bool IsDenial(std::string_view folded) const { return denial_.find(folded) != denial_.end(); }
  // Anonymous-source phrases, lower case, as listed.
  const std::vector<std::string>& anonymous_phrases() const { return anonymous_; }

 private:
  RewriteLexicon() = default;
  Status AddLine(const std::string& line, const std::string& where);
  std::unordered_set<std::string, StringHash, std::equal_to<>> stop_, denial_;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> months_;
  std::vector<std::string> anonymous_;
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_REWRITE_LEXICON_H_

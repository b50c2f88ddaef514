// RewriteLexicon: the word lists the rewrite detector reads, loaded from
// data/rewrite_lexicon.txt (format in its header): function words left out of
// the features, month names for dates, denial cues that flip a sentence's
// polarity, and anonymous-source phrases reported per rewrite pair.
#ifndef SITREP_DEDUP_REWRITE_LEXICON_H_
#define SITREP_DEDUP_REWRITE_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"
#include "util/string_ids.h"

namespace sitrep::dedup {

class RewriteLexicon {
 public:
  // Loads and validates `path`; the error names the file and line.
  static Result<std::unique_ptr<RewriteLexicon>> Load(const std::string& path);
  // DataPath("rewrite_lexicon.txt").
  static std::string DefaultPath();
  // Builds a lexicon from in-memory lines "kind<TAB>entry" (tests).
  static Result<std::unique_ptr<RewriteLexicon>> FromLines(const std::vector<std::string>& lines);

  // What the lexicon says of one folded word: one lookup for all lists.
  struct WordInfo {
    bool stop = false;    // function word, left out of the features
    bool denial = false;  // flips the polarity of its sentence
    int month = 0;        // 1..12 for a month name or abbreviation
  };
  // Arguments are folded words (FoldWord). Lookup is nullptr for a word no
  // list has.
  const WordInfo* Lookup(std::string_view folded) const {
    int32_t id = ids_.Find(folded);
    return id == StringIds::kNone ? nullptr : &info_[id];
  }
  bool IsStopword(std::string_view folded) const {
    const WordInfo* w = Lookup(folded);
    return w != nullptr && w->stop;
  }
  // 1..12 for a month name or its abbreviation, else 0.
  int Month(std::string_view folded) const {
    const WordInfo* w = Lookup(folded);
    return w == nullptr ? 0 : w->month;
  }
  bool IsDenial(std::string_view folded) const {
    const WordInfo* w = Lookup(folded);
    return w != nullptr && w->denial;
  }
  // Anonymous-source phrases, lower case, as listed.
  const std::vector<std::string>& anonymous_phrases() const { return anonymous_; }
  // A number no other lexicon of this process has (nor had), so that what a
  // thread remembers of lookups (WordMemo) is never taken for another
  // lexicon's, even one made at a freed lexicon's address.
  uint64_t serial() const { return serial_; }

 private:
  RewriteLexicon();
  Status AddLine(const std::string& line, const std::string& where);
  WordInfo& Entry(std::string_view folded);  // adds the word when new
  StringIds ids_;               // folded word -> index into info_
  std::vector<WordInfo> info_;
  std::vector<std::string> anonymous_;
  uint64_t serial_;
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_REWRITE_LEXICON_H_

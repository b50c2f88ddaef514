// Vocabulary: the words of all lexicon phrases, each with a dense id, so
// that a document's tokens are hashed once (DocView::ids) and every phrase
// table then matches by array lookups instead of one hash per table.
//
//   Vocabulary v;
//   int32_t said = v.Intern("said");   // at lexicon load time
//   v.Find("said") == said;  v.Find("unknownword") == Vocabulary::kNone;
//
// Interning is not thread-safe; Find is (once loading is over).
#ifndef SITREP_EXTRACT_VOCABULARY_H_
#define SITREP_EXTRACT_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "util/string_hash.h"

namespace sitrep::extract {

class Vocabulary {
 public:
  static constexpr int32_t kNone = -1;

  Vocabulary() = default;
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  // The id of `word`, adding it when new. Ids are 0, 1, 2, ... in order of
  // first appearance.
  int32_t Intern(std::string_view word);
  // The id of `word`, or kNone.
  int32_t Find(std::string_view word) const;
  size_t size() const { return ids_.size(); }

 private:
  // A cheap prefilter before hashing: most article words are no lexicon word.
  ShapeFilter shapes_;
  std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> ids_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_VOCABULARY_H_

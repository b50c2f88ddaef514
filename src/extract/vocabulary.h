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
#include <vector>

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
  size_t size() const { return words_.size(); }

 private:
  void Place(int32_t id);  // words_[id] into a free slot
  void Rehash(size_t slots);
  // A cheap prefilter before hashing: most article words are no lexicon word.
  ShapeFilter shapes_;
  // Open addressing, linear probing, at most half full: slot_id_ holds an id
  // or kNone, slot_tag_ the high hash bits (compared before the words).
  std::vector<std::string> words_;  // id -> word
  std::vector<int32_t> slot_id_;
  std::vector<uint32_t> slot_tag_;
  size_t mask_ = 0;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_VOCABULARY_H_

// StringIds: a fixed set of words, each with a dense id (0, 1, 2, ... in
// order of first appearance), looked up by string_view without a copy. Built
// for the hot paths that look up every word of an article in a word list
// most article words are not in (lexicon words, gazetteer lead words): a
// ShapeFilter rejects most absent words before any hash is computed; the
// table is open-addressed, and a short word (up to 8 bytes) is compared as
// one integer in its slot, so a lookup touches one or two cache lines, not
// a bucket chain, and hashes no bytes.
//
//   StringIds v;
//   int32_t said = v.Intern("said");   // at load time
//   v.Find("said") == said;  v.Find("unknownword") == StringIds::kNone;
//   v.word(said) == "said";
//
// Interning is not thread-safe; Find is (once interning is over).
#ifndef SITREP_UTIL_STRING_IDS_H_
#define SITREP_UTIL_STRING_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/string_hash.h"

namespace sitrep {

class StringIds {
 public:
  static constexpr int32_t kNone = -1;

  StringIds() = default;
  StringIds(const StringIds&) = delete;
  StringIds& operator=(const StringIds&) = delete;
  StringIds(StringIds&&) = default;
  StringIds& operator=(StringIds&&) = default;

  // The id of `word`, adding it when new.
  int32_t Intern(std::string_view word);
  // The id of `word`, or kNone. Inline, the shape test that rejects most
  // absent words without a call.
  int32_t Find(std::string_view word) const {
    if (!word.empty() && !shapes_.MayContain(word)) return kNone;
    return FindSlow(word);
  }
  // Find for each of words[0, n), into ids[0, n): a whole document's
  // tokens at once. (Most article words pass the shape test of a large
  // word list, so this goes straight to the table, in one loop.)
  void FindEach(const std::string_view* words, size_t n, int32_t* ids) const;
  size_t size() const { return words_.size(); }
  const std::string& word(int32_t id) const { return words_[id]; }
  void clear() { *this = StringIds(); }

 private:
  int32_t FindSlow(std::string_view word) const;  // Find past the shape test
  int32_t FindLong(std::string_view word) const;  // FindSlow for words of 9+ bytes
  void Place(int32_t id);  // words_[id] into a free slot
  void Rehash(size_t slots);
  ShapeFilter shapes_;
  // Open addressing, linear probing, at most half full. A word of 1-8 bytes
  // is held as its bytes packed in `key` (non-zero) with its length in
  // `tag`, and found by comparing the two; a longer word has key 0, the
  // high bits of its XXH3 hash in `tag`, and is compared with words_.
  struct Slot {
    uint64_t key;
    int32_t id;  // kNone: empty
    uint32_t tag;
  };
  std::vector<std::string> words_;  // id -> word
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace sitrep

#endif  // SITREP_UTIL_STRING_IDS_H_

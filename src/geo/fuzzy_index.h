// FuzzyIndex: the gazetteer keys within a small edit distance of a word, for
// capitalised words that match no key exactly ("Kalinonovo" is two edits from
// "kalinovo", "Dzherzhinsk" one from "dzerzhinsk").
//
// One- and two-word keys are indexed, bucketed by first two letters and
// length; a query of one word reaches one-word keys, of two words two-word
// keys ("chasaiv yar" -> "chasiv yar"); a query compares the word with the
// keys of its bucket (and, when its second letter is a vowel, of the buckets
// with the other vowels there: "Rabotino" reaches "robotino") whose length
// is within the allowed distance. A key that lacks more of the word's letters
// than the distance allows, or holds more others, is passed over unmeasured;
// the rest are measured by Myers' bit-parallel edit distance with the word's
// letter masks built once per query (a few word operations per letter).
#ifndef SITREP_GEO_FUZZY_INDEX_H_
#define SITREP_GEO_FUZZY_INDEX_H_

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

namespace sitrep::geo {

struct FuzzyHit {
  uint32_t key_id;
  int distance;
};

// Levenshtein distance of a and b, or max_d + 1 when it exceeds max_d.
int BoundedEditDistance(std::string_view a, std::string_view b, int max_d);

// The edit distance of one word (under 64 bytes) to many others, an
// adjacent transposition one edit (optimal string alignment, as
// BoundedEditDistance): Myers' bit-vector algorithm in Hyyro's form with
// his transposition term, one pass of a few word operations per byte of the
// other string.
//
//   EditDistancePattern p("kalinonovo");
//   p.Distance("kalinovo") == 2
class EditDistancePattern {
 public:
  static constexpr size_t kMaxSize = 63;
  // REQUIRES: 0 < word.size() <= kMaxSize.
  explicit EditDistancePattern(std::string_view word);
  // The exact distance of the pattern's word to `other`.
  int Distance(std::string_view other) const;

 private:
  uint64_t masks_[256];  // bit i set: the word's byte i is this byte
  uint64_t last_;        // the bit of the word's last byte
  int size_;
};

class FuzzyIndex {
 public:
  // keys[i] is key i; keys of three words or more are not indexed.
  void Build(const std::vector<std::string_view>& keys);
  // Keys within `max_d` edits of `word` (same first letter; same second
  // letter unless both are vowels), best first.
  // Results are memoised across calls (news repeats the same unknown
  // capitalised words, mostly people's names); thread-safe.
  std::vector<FuzzyHit> Search(std::string_view word, int max_d) const;

 private:
  std::vector<FuzzyHit> SearchUncached(std::string_view word, int max_d) const;
  static constexpr size_t kMaxMemo = 1 << 18;  // entries; cleared when full
  mutable std::mutex memo_mu_;
  mutable std::unordered_map<std::string, std::vector<FuzzyHit>> memo_;  // GUARDED_BY(memo_mu_)
  static int Bucket(std::string_view key);
  // The set of bytes a key holds, a bit per letter and digit (and one for
  // the space): a key that lacks more than d of a word's letters, or holds
  // more than d the word lacks, is more than d edits from it.
  static uint64_t Letters(std::string_view key);
  struct Indexed {
    uint64_t letters;
    uint32_t id;
  };
  // The slot of the keys of `words` words (1 or 2), `bucket` and `size`.
  static constexpr size_t kMaxKeySize = 63;
  static size_t Slot(int words, int bucket, size_t size) {
    return ((static_cast<size_t>(words) - 1) * 36 * 36 + static_cast<size_t>(bucket)) * (kMaxKeySize + 1) + size;
  }
  std::vector<std::string_view> keys_;
  // The indexed keys grouped by slot, each slot's in key order: slot s holds
  // indexed_[slot_begin_[s], slot_begin_[s + 1]).
  std::vector<Indexed> indexed_;
  std::vector<uint32_t> slot_begin_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_FUZZY_INDEX_H_

// FuzzyIndex: the gazetteer keys within a small edit distance of a word, for
// capitalised words that match no key exactly ("Kalinonovo" is two edits from
// "kalinovo", "Dzherzhinsk" one from "dzerzhinsk").
//
// One- and two-word keys are indexed, bucketed by first two letters and
// length; a query of one word reaches one-word keys, of two words two-word
// keys ("chasaiv yar" -> "chasiv yar"); a query
// compares the word with the keys of its bucket (and, when its second letter
// is a vowel, of the buckets with the other vowels there: "Rabotino" reaches
// "robotino") whose length is within the allowed distance (banded Levenshtein
// with early exit).
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
  std::vector<std::string_view> keys_;
  // by_len_[bucket][len] = key ids of those first two letters and that length.
  std::vector<std::vector<std::vector<uint32_t>>> by_len_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_FUZZY_INDEX_H_

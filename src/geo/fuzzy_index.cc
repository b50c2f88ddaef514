#include "geo/fuzzy_index.h"

#include <algorithm>
#include <array>

namespace sitrep::geo {

namespace {

// popcount(x) > k for the small k of fuzzy matching, by clearing the lowest
// set bit k times: without -mpopcnt (not assumed of the build machine)
// std::popcount is a library call, and this loop is two instructions a bit.
inline bool MoreBitsThan(uint64_t x, int k) {
  for (int i = 0; i < k && x != 0; ++i) x &= x - 1;
  return x != 0;
}

}  // namespace


int BoundedEditDistance(std::string_view a, std::string_view b, int max_d) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > max_d) return max_d + 1;
  constexpr int kMax = 64;
  if (n >= kMax || m >= kMax) return max_d + 1;
  // Rows i-2, i-1 and i of the optimal-string-alignment table: an adjacent
  // transposition ("Pokrvosk", "Sudhza") is one edit, as a typist makes it.
  int prev2[kMax + 1], prev[kMax + 1], cur[kMax + 1];
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max_d) return max_d + 1;
    std::copy(prev, prev + m + 1, prev2);
    std::copy(cur, cur + m + 1, prev);
  }
  return prev[m] > max_d ? max_d + 1 : prev[m];
}

EditDistancePattern::EditDistancePattern(std::string_view word)
    : masks_{}, last_(uint64_t{1} << (word.size() - 1)), size_(static_cast<int>(word.size())) {
  for (size_t i = 0; i < word.size(); ++i) masks_[static_cast<unsigned char>(word[i])] |= uint64_t{1} << i;
}

int EditDistancePattern::Distance(std::string_view other) const {
  // pv/mv: the vertical deltas (+1/-1) of the current column of the
  // distance table, one bit per byte of the word; score: its last cell.
  // (Bits above the word's size hold garbage that never flows down.)
  // d0: the diagonal zero deltas; with the transposition term (Hyyro 2003)
  // an adjacent swap costs one edit, as in BoundedEditDistance.
  uint64_t pv = ~uint64_t{0}, mv = 0, d0 = 0, prev_eq = 0;
  int score = size_;
  for (const char ch : other) {
    const uint64_t eq = masks_[static_cast<unsigned char>(ch)];
    const uint64_t tr = ((~d0 & eq) << 1) & prev_eq;
    d0 = (((eq & pv) + pv) ^ pv) | eq | mv | tr;
    uint64_t ph = mv | ~(d0 | pv);
    uint64_t mh = pv & d0;
    score += static_cast<int>((ph & last_) != 0) - static_cast<int>((mh & last_) != 0);
    ph = (ph << 1) | 1;  // the top row grows by one per byte of `other`
    mh <<= 1;
    pv = mh | ~(d0 | ph);
    mv = ph & d0;
    prev_eq = eq;
  }
  return score;
}

uint64_t FuzzyIndex::Letters(std::string_view k) {
  // Bit of each byte: 0-25 the letters, 26-35 the digits, 36 the rest.
  static constexpr auto kBit = [] {
    std::array<uint64_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
      const int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36;
      t[c] = uint64_t{1} << bit;
    }
    return t;
  }();
  uint64_t out = 0;
  for (const char c : k) out |= kBit[static_cast<unsigned char>(c)];
  return out;
}

int FuzzyIndex::Bucket(std::string_view k) {
  auto code = [](char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= '0' && c <= '9') return 26 + (c - '0');
    return -1;
  };
  if (k.size() < 2) return -1;
  int a = code(k[0]), b = code(k[1]);
  return a < 0 || b < 0 ? -1 : a * 36 + b;
}

void FuzzyIndex::Build(const std::vector<std::string_view>& keys) {
  keys_ = keys;
  // The slot of each key (one-word keys and two-word ones, "chasiv yar"),
  // or -1; then the slots' sizes, their starts, and the keys in place.
  std::vector<int32_t> slot_of(keys.size(), -1);
  slot_begin_.assign(Slot(2, 36 * 36 - 1, kMaxKeySize) + 2, 0);
  for (uint32_t i = 0; i < keys.size(); ++i) {
    const std::string_view k = keys[i];
    if (k.size() < 4 || k.size() > kMaxKeySize) continue;
    const auto spaces = std::count(k.begin(), k.end(), ' ');
    const int b = Bucket(k);
    if (spaces > 1 || b < 0) continue;
    slot_of[i] = static_cast<int32_t>(Slot(static_cast<int>(spaces) + 1, b, k.size()));
    ++slot_begin_[slot_of[i] + 1];
  }
  for (size_t s = 1; s < slot_begin_.size(); ++s) slot_begin_[s] += slot_begin_[s - 1];
  indexed_.resize(slot_begin_.back());
  std::vector<uint32_t> next(slot_begin_.begin(), slot_begin_.end() - 1);
  for (uint32_t i = 0; i < keys.size(); ++i) {
    if (slot_of[i] >= 0) indexed_[next[slot_of[i]]++] = {Letters(keys[i]), i};
  }
}

std::vector<FuzzyHit> FuzzyIndex::Search(std::string_view word, int max_d) const {
  std::string key(word);
  key.push_back(static_cast<char>('0' + max_d));
  {
    std::lock_guard<std::mutex> l(memo_mu_);
    auto it = memo_.find(key);
    if (it != memo_.end()) return it->second;
  }
  std::vector<FuzzyHit> out = SearchUncached(word, max_d);
  std::lock_guard<std::mutex> l(memo_mu_);
  if (memo_.size() >= kMaxMemo) memo_.clear();
  memo_.emplace(std::move(key), out);
  return out;
}

std::vector<FuzzyHit> FuzzyIndex::SearchUncached(std::string_view word, int max_d) const {
  std::vector<FuzzyHit> out;
  if (word.empty() || slot_begin_.empty() || max_d < 0) return out;
  // (No key of 64 bytes or more is indexed, and a longer word is more
  // than two edits from every shorter one.)
  if (Bucket(word) < 0 || word.size() > EditDistancePattern::kMaxSize) return out;
  const EditDistancePattern pattern(word);
  const uint64_t letters = Letters(word);
  // The word's bucket, and when its second letter is a vowel the buckets of
  // the other vowels too: transliteration swaps vowels there ("Rabotino" for
  // Robotyne, "Kypyansk" for Kupiansk).
  static constexpr char kVowels[] = {'a', 'e', 'i', 'o', 'u', 'y'};
  std::string probe(word);
  // A word of one word reaches one-word keys, else two-word ones.
  const int words = word.find(' ') == std::string_view::npos ? 1 : 2;
  const bool vowel = std::find(std::begin(kVowels), std::end(kVowels), word[1]) != std::end(kVowels);
  // A second letter that only marks a digraph or a glide ("Sheverodonetsk"
  // for Severodonetsk, "Sjeverodonetsk" for Sievierodonetsk): the bucket of
  // the letter after it too.
  const bool glide = (word[1] == 'h' || word[1] == 'j') && word.size() > 3;
  for (int v = glide ? -2 : -1; v < (vowel ? 6 : 0); ++v) {
    if (v >= 0 && kVowels[v] == word[1]) continue;
    probe[1] = v == -2 ? word[2] : v < 0 ? word[1] : kVowels[v];
    const int bucket = Bucket(probe);
    if (bucket < 0) continue;
    const size_t lo = word.size() - std::min<size_t>(word.size(), max_d);
    const size_t hi = std::min(kMaxKeySize, word.size() + max_d);
    for (size_t size = lo; size <= hi; ++size) {
      const size_t slot = Slot(words, bucket, size);
      for (uint32_t x = slot_begin_[slot]; x < slot_begin_[slot + 1]; ++x) {
        const Indexed& key = indexed_[x];
        // Each letter one of the two lacks costs at least an edit.
        if (MoreBitsThan(letters & ~key.letters, max_d) || MoreBitsThan(key.letters & ~letters, max_d)) {
          continue;
        }
        const int d = pattern.Distance(keys_[key.id]);
        if (d <= max_d) out.push_back({key.id, d});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const FuzzyHit& x, const FuzzyHit& y) {
    return x.distance != y.distance ? x.distance < y.distance : x.key_id < y.key_id;
  });
  return out;
}

}  // namespace sitrep::geo

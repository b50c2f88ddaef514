// PhraseTable: a dictionary of word sequences ("took control of", "TASS")
// matched against lower-cased tokens by hash lookup of the first word, the
// longest phrase winning. Each phrase carries a tag (the text after a TAB in
// the lexicon file) that the finders interpret.
//
//   PhraseTable t;
//   SITREP_RETURN_IF_ERROR(t.LoadFile(DataPath("lexicon/en/claim_triggers.txt")));
//   PhraseTable::Match m = t.Longest(words, i, end);
//   if (m.len) Use(t.tag(m.tag));
#ifndef SITREP_EXTRACT_PHRASE_TABLE_H_
#define SITREP_EXTRACT_PHRASE_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/vocabulary.h"
#include "text/analyzed_text.h"
#include "util/status.h"

namespace sitrep::extract {

// The phrases one lexicon entry stands for: alternatives split at "|",
// and each "[a/b/c]" group replaced by each of its choices ("[drove/pushed]
// [the enemy/them] out of" is four phrases). Groups do not nest.
std::vector<std::string> ExpandPhrase(std::string_view phrase);

class PhraseTable {
 public:
  struct Match {
    int len = 0;   // tokens matched; 0 = no match
    int tag = -1;  // index for tag()
    int entry = -1;  // index for surface()
  };

  // A table with its own vocabulary.
  PhraseTable();
  // Shares `vocab` (which must outlive the table) with other tables, so that
  // one id per document token serves them all. REQUIRES: nothing added yet.
  void UseVocabulary(Vocabulary* vocab);
  const Vocabulary& vocabulary() const { return *vocab_; }

  // Adds a phrase given as text: words separated by spaces, '|' separating
  // alternative phrases ("took control of|seized"). The phrase is cut
  // into tokens as the text stage cuts article text ("aif.ru" = aif . ru).
  // Matching is on lower case unless the phrase is written in capitals of
  // at most 4 letters ("RT", "AP"), which must match case exactly.
  void Add(std::string_view phrase, std::string_view tag);

  // Reads a lexicon file: '#' comments, one "phrase" or "phrase<TAB>tag" a
  // line. The error names the file and line of an unusable entry.
  Status LoadFile(const std::string& path);

  // The longest phrase matching the tokens [i, end), given as vocabulary
  // ids of their lower-case text (vocabulary().Find; kNone for words no
  // phrase uses). `raw` (parallel to ids) holds the original-case tokens for
  // case-exact phrases; may be null.
  Match Longest(const std::vector<int32_t>& ids, size_t i, size_t end,
                const std::vector<std::string_view>* raw = nullptr) const {
    // Inline rejection: most tokens start no phrase of a given table.
    if (i >= end) return Match();
    int32_t first = ids[i];
    if (!StartsPhrase(first)) return Match();
    // Most starts go no further than their first word (no phrase goes on
    // with the next token's): the one-word phrase of that word, if any,
    // decided from first_index_ alone, without the call.
    const FirstIndex& fi = first_index_[first];
    int32_t k;
    if (end - i > 1 && MayGoOn(fi, ids[i + 1])) {
      k = LongestFrom(first, ids, i, end, raw);
    } else if (fi.plain_single >= 0 || fi.singles == fi.end) {
      k = fi.plain_single;
    } else {
      k = LongestSingle(fi, ids, i, raw);
    }
    if (k < 0) return Match();
    const Start& st = flat_[k];
    return Match{st.len, st.tag, st.entry};
  }
  // The same over lower-case words (looked up one by one; for callers
  // without ids).
  Match Longest(const std::vector<std::string_view>& words, size_t i, size_t end,
                const std::vector<std::string_view>* raw = nullptr) const;
  // True when some phrase of the table starts with word `id`.
  bool StartsPhrase(int32_t id) const {
    const uint32_t u = static_cast<uint32_t>(id);  // kNone wraps to the top: out of range
    return u < starts_bits_ && ((starts_[u >> 6] >> (u & 63)) & 1);
  }
  // True when the single word is a one-word phrase of the table.
  bool Has(int32_t id) const { return TagOf(id) != nullptr; }
  bool Has(std::string_view w) const { return TagOf(w) != nullptr; }
  // The tag of a single-word phrase, or nullptr.
  const std::string* TagOf(int32_t id) const {
    if (id < 0 || static_cast<size_t>(id) >= single_tag_.size() || single_tag_[id] < 0) return nullptr;
    return &tags_[single_tag_[id]];
  }
  const std::string* TagOf(std::string_view w) const { return TagOf(vocab_->Find(w)); }

  const std::string& tag(int i) const { return tags_[i]; }
  // How many distinct tags the phrases carry (tag(i) for i below it).
  int tag_count() const { return static_cast<int>(tags_.size()); }
  // The index of a tag some phrase carries, or -1.
  int TagIndex(const std::string& tag) const {
    auto it = tag_index_.find(tag);
    return it == tag_index_.end() ? -1 : it->second;
  }
  // The ids of the first words of the phrases tagged `tag` (a tag index),
  // each once, in no particular order.
  std::vector<int32_t> FirstWordsTagged(int tag) const;
  // The phrase as written in the file (first alternative expanded).
  const std::string& surface(int entry) const { return entries_[entry].surface; }
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint32_t rest_at;                // rest_[rest_at, rest_at + rest_len): ids of the words after the first
    uint32_t rest_len;
    std::vector<std::string> exact;  // case-exact words, empty when case-free
    int32_t first;                   // id of the first word
    int tag;
    std::string surface;
  };
  // The index in flat_ of the longest phrase starting with word `first`
  // that matches at token i, or -1 (an integer, not a Match: a small struct
  // returned through memory stalls the caller's loads).
  int32_t LongestFrom(int32_t first, const std::vector<int32_t>& ids, size_t i, size_t end,
                      const std::vector<std::string_view>* raw) const;

  std::unique_ptr<Vocabulary> own_vocab_;
  Vocabulary* vocab_;
  // One phrase starting with a given word: its length in tokens, its
  // second and third words' ids and its tag inline, so that most candidates
  // are rejected, and phrases of one or two case-free words matched, without
  // touching entries_ or rest_ ("the" starts dozens of phrases in some
  // tables; "according to" opens hundreds of phrases of three words or more).
  struct Start {
    int32_t entry;
    int32_t second;  // Vocabulary::kNone for one-word phrases
    int32_t third;   // Vocabulary::kNone for phrases of one or two words
    int32_t tag;
    uint32_t rest3;  // index in rest_ of the third word's id (phrases of 3+ words)
    uint16_t len;
    bool exact;      // some word must match case exactly (entries_[entry].exact)
  };
  // word id -> phrases starting with it, in file order (Reindex orders them
  // longest first, then in file order: the first that matches is the
  // longest match).
  std::vector<std::vector<Start>> by_first_;
  // The check for a phrase listed with two tags: a hash of (first word,
  // other words, case-exact words) -> the last entry with that hash, and
  // entry -> the entry before it with the same hash, or -1.
  std::unordered_map<uint64_t, int32_t> last_same_;
  std::vector<int32_t> prev_same_;
  // Scratch of AddUnindexed.
  std::vector<text::Token> toks_;
  std::vector<std::string_view> words_;
  std::string lower_;
  // The ids of the second and later words of each phrase, laid out one
  // phrase after another in the order they were added (Entry::rest_at,
  // Start::rest3): one array, not a vector an entry.
  std::vector<int32_t> rest_;
  // Bit `id` set when some phrase starts with word `id`: the rejection test
  // every token meets for each of some thirty tables, one bit per word so
  // that the maps of all tables together stay in the first-level cache.
  std::vector<uint64_t> starts_;
  uint32_t starts_bits_ = 0;  // 64 * starts_.size()
  // The same lists laid out flat for matching (rebuilt by Reindex after
  // each Add, at load time): flat_[begin, end) are the phrases starting
  // with a word, those from `singles` on have one word; bit (id & 63) of
  // second_mask is set for the second word of each longer one, so that
  // after a common first word ("the") most next tokens skip straight to
  // the one-word phrases.
  // plain_single is the index in flat_ of the first one-word phrase when
  // it is case-free (it matches wherever the word stands), else -1.
  struct FirstIndex {
    uint32_t begin = 0, singles = 0, end = 0;
    int32_t plain_single = -1;
    uint64_t second_mask = 0;
  };
  // Whether a phrase of several words may start with the FirstIndex's word
  // and go on with word `second` (false: only one-word phrases can match).
  static bool MayGoOn(const FirstIndex& fi, int32_t second) {
    return second >= 0 && ((fi.second_mask >> (second & 63)) & 1);
  }
  // The first one-word phrase of fi that matches at token i (case-exact
  // ones against raw), or -1.
  int32_t LongestSingle(const FirstIndex& fi, const std::vector<int32_t>& ids, size_t i,
                        const std::vector<std::string_view>* raw) const;
  // The phrases of two words or more starting with a pair of words: for
  // each (first, second) pair some phrase starts with, flat_[begin, longer)
  // are its two-word phrases and flat_[longer, end) the longer ones, by
  // third word. Open addressing, linear probing, at most half full; a free
  // slot has key kFreePair. (A common first word such as "the" or "of"
  // starts phrases with so many second words that second_mask lets most
  // next tokens through; the pair table rejects them in one probe.)
  struct PairGroup {
    uint64_t key;
    uint32_t begin, longer, end;
  };
  static constexpr uint64_t kFreePair = ~uint64_t{0};
  static uint64_t PairKey(int32_t first, int32_t second) {
    return (uint64_t{static_cast<uint32_t>(first)} << 32) | static_cast<uint32_t>(second);
  }
  size_t PairHome(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & pair_mask_; }
  const PairGroup* FindPair(int32_t first, int32_t second) const {
    const uint64_t key = PairKey(first, second);
    for (size_t p = PairHome(key);; p = (p + 1) & pair_mask_) {
      const PairGroup& g = pairs_[p];
      if (g.key == key) return &g;
      if (g.key == kFreePair) return nullptr;
    }
  }
  std::vector<PairGroup> pairs_;
  size_t pair_mask_ = 0;
  void Reindex();
  // A multi-word Start's order within its second word's group: two-word
  // phrases (third word kNone) before the longer ones, these by third word.
  static int32_t ThirdKey(const Start& st) { return st.len < 3 ? Vocabulary::kNone : st.third; }
  // Phrase `st`, whose first words (up to three) match at token i, matches
  // in full: its fourth and later words, and its case-exact words.
  // (Inline for the common phrase of up to three case-free words, whose
  // first words are all it has.)
  bool RestMatches(const Start& st, const std::vector<int32_t>& ids, size_t i,
                   const std::vector<std::string_view>* raw) const {
    return (st.len <= 3 && !st.exact) || LongRestMatches(st, ids, i, raw);
  }
  // RestMatches for a phrase of four words or more, or with case-exact words.
  bool LongRestMatches(const Start& st, const std::vector<int32_t>& ids, size_t i,
                       const std::vector<std::string_view>* raw) const;
  // Add without Reindex; returns a phrase it expanded to that the table
  // already had with another tag (the first would win), else "".
  std::string AddUnindexed(std::string_view phrase, std::string_view tag);
  Status LoadLines(const std::string& path);                          // LoadFile without Reindex
  // The words of phrase p as the text stage cuts them, into words_ (views
  // into p); *exact when one must match case exactly. False when p has none.
  bool TokenizeWords(std::string_view p, bool* exact);
  std::vector<Start> flat_;
  std::vector<FirstIndex> first_index_;
  std::vector<int32_t> single_tag_;         // word id -> tag of its one-word phrase, or -1
  std::vector<Entry> entries_;
  std::vector<std::string> tags_;
  std::unordered_map<std::string, int> tag_index_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_PHRASE_TABLE_H_

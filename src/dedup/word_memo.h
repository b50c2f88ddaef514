// WordMemo: what a document signature needs of each distinct word (its
// folded form, the hashes of its features, its lexicon entry), remembered by
// each thread across documents, so that SignatureBuilder folds, hashes and
// looks up a word once rather than at each of its occurrences.
//
// Article words repeat: function words everywhere, the day's places and
// speakers within a story. Folding a word, three XXH3 hashes, a lexicon
// look-up and two hash sets keyed by the folded string (names, place words)
// cost several times one hash of its bytes and a probe here. Measured on
// gen_corpus: SignatureBuilder::Build 105k -> 52k instructions a document
// (callgrind, 2k documents); ingest of 100k documents 16.0 -> 15.0-15.2 CPU s.
// Everything kept is a function of the word's bytes and the lexicon, so
// signatures are the same with or without it (WordMemoTest).
//
//   WordMemo& memo = WordMemo::ForDocument(lexicon);  // once per document
//   uint32_t i = memo.OfRaw(token_text);
//   const WordMemo::Word& w = memo.word(i);  memo.folded(w) == FoldWord(token_text)
//
// Per document, each word also carries stamps (name_doc, place_doc) that say
// whether the current document has set them: a set with no clearing.
#ifndef SITREP_DEDUP_WORD_MEMO_H_
#define SITREP_DEDUP_WORD_MEMO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/rewrite_lexicon.h"
#include "util/string_hash.h"  // xxhash.h, inlined

namespace sitrep::dedup {

// Seeds of the feature hashes. Persisted signatures and sketches depend on
// them: never change one.
inline constexpr uint64_t kSeedWord = 0x77, kSeedName = 0x6e, kSeedNumber = 0x23, kSeedDate = 0x64,
                          kSeedPlace = 0x70, kSeedShingle = 0x73;
// XXH3 of s with a seed: the hash of every feature. Inlined (several a
// word: a call into libxxhash cost more than the hash of a short word).
inline uint64_t FeatureHash(std::string_view s, uint64_t seed) {
  return XXH3_64bits_withSeed(s.data(), s.size(), seed);
}

class WordMemo {
 public:
  struct Word {
    uint32_t folded_begin = 0, folded_size = 0;  // FoldWord of the word, in the memo (folded())
    uint64_t shingle = 0;  // FeatureHash(folded, kSeedShingle)
    uint64_t stem = 0;     // FeatureHash(StemView(folded), kSeedWord)
    uint32_t name = 0;     // MakeFeature(kName, FeatureHash(folded, kSeedName))
    bool demonym = false;  // ends like "Russian", "Ukrainian" (see doc_signature.cc)
    RewriteLexicon::WordInfo info;  // the lexicon's entry; all false / 0 when it has none
    // Set by the signature of the document being built (stamp == doc()).
    uint32_t name_doc = 0;   // capitalised inside a sentence: a name wherever it occurs
    uint32_t place_doc = 0;  // a word of a resolved place's surface form...
    uint32_t place = 0;      // ...whose feature is this
  };

  // The calling thread's memo, ready for one new document's signature with
  // `lex` (a new doc() stamp). It forgets everything when `lex` is not the
  // lexicon it was filled with, or between documents once it holds more than
  // kMaxWords words (it stays bounded: a few MB per thread).
  static WordMemo& ForDocument(const RewriteLexicon* lex);

  // Index of the word whose text (valid UTF-8) is `raw`, and of the word
  // whose folded form is `folded`; added when new. Indexes stay valid until
  // the next ForDocument; folded() views until the next OfRaw or OfFolded.
  uint32_t OfRaw(std::string_view raw) {
    // Inline: once a thread has seen a few documents nearly every word is
    // found here (a call's register saves cost a fifth of a look-up).
    const uint64_t h = XXH3_64bits(raw.data(), raw.size());
    const size_t mask = spelling_slots_.size() - 1;
    for (size_t i = h & mask; spelling_slots_[i] != 0; i = (i + 1) & mask) {
      const Spelling& s = spellings_[spelling_slots_[i] - 1];
      if (s.hash == h && s.size == raw.size() && SameBytes(raw_arena_.data() + s.begin, raw.data(), raw.size())) {
        return s.word;
      }
    }
    return AddRaw(raw, h);
  }
  uint32_t OfFolded(std::string_view folded);

  Word& word(uint32_t i) { return words_[i]; }
  std::string_view folded(const Word& w) const { return {folded_arena_.data() + w.folded_begin, w.folded_size}; }
  uint32_t doc() const { return doc_; }

  static constexpr size_t kMaxWords = size_t{1} << 15;

 private:
  // A raw spelling and the word it folds to.
  struct Spelling {
    uint64_t hash = 0;
    uint32_t begin = 0, size = 0;  // in raw_arena_
    uint32_t word = 0;
  };
  WordMemo();
  void Clear();
  // OfRaw for a spelling not in the memo, whose XXH3 is h.
  uint32_t AddRaw(std::string_view raw, uint64_t h);
  // memcmp(a, b, n) == 0, with two loads per string up to 16 bytes.
  static bool SameBytes(const char* a, const char* b, size_t n) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    if (n >= 8) return Load<uint64_t>(a) == Load<uint64_t>(b) && Load<uint64_t>(a + n - 8) == Load<uint64_t>(b + n - 8);
    if (n >= 4) return Load<uint32_t>(a) == Load<uint32_t>(b) && Load<uint32_t>(a + n - 4) == Load<uint32_t>(b + n - 4);
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  template <class T>
  static T Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }

  const RewriteLexicon* lex_ = nullptr;
  uint64_t lex_serial_ = 0;
  uint32_t doc_ = 0;
  std::vector<Word> words_;
  std::vector<Spelling> spellings_;
  // Hash tables over words_ (by shingle hash and folded form) and
  // spellings_: open addressing, linear probing, at most half full; a slot
  // holds an entry's index + 1, 0 when empty.
  std::vector<uint32_t> word_slots_, spelling_slots_;
  std::string folded_arena_, raw_arena_;
  std::string scratch_;  // FoldWordTo's output
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_WORD_MEMO_H_

// DocSignature: what the rewrite detector keeps of one document. Each
// sentence becomes a sorted set of 32-bit features that survive rewording:
// facts (names folded across scripts and romanisations, resolved places,
// numbers, dates) and stemmed content words; each quotation keeps the
// features of its words. The signature is persisted (EncodeSignature) so that
// pairs can be verified and explained later without re-analysing the text.
//
//   SignatureBuilder b(lexicon);
//   DocSignature sig;
//   b.Build(analyzed_text, record, &sig);
#ifndef SITREP_DEDUP_DOC_SIGNATURE_H_
#define SITREP_DEDUP_DOC_SIGNATURE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/rewrite_lexicon.h"
#include "extract/record.h"
#include "text/analyzed_text.h"
#include "util/status.h"

namespace sitrep::dedup {

// A feature: kind in the top three bits, a 29-bit hash below.
enum class FeatureKind : uint8_t { kWord = 0, kName = 1, kNumber = 2, kDate = 3, kPlace = 4 };
inline uint32_t MakeFeature(FeatureKind k, uint64_t hash) {
  return (static_cast<uint32_t>(k) << 29) | static_cast<uint32_t>(hash & 0x1FFFFFFFu);
}
inline FeatureKind KindOf(uint32_t f) { return static_cast<FeatureKind>(f >> 29); }
// Facts are everything but content words.
inline bool IsFact(uint32_t f) { return (f >> 29) != 0; }

struct SentenceSig {
  text::Span span;                 // in the input text (AnalyzedText::SourceOffset)
  bool denial = false;             // holds a denial cue (lexicon "denial")
  std::vector<uint32_t> features;  // sorted, unique
};

struct QuoteSig {
  text::Span span;              // the quoted words, in the input text
  uint32_t sentence = 0;        // sentence holding the opening mark
  std::vector<uint32_t> words;  // features of its words, sorted, unique
};

struct DocSignature {
  std::vector<SentenceSig> sentences;
  std::vector<QuoteSig> quotes;
  // Not persisted: the sets the sketches are built from.
  std::vector<uint64_t> facts;  // distinct fact features of the document, sorted
  // Content-word features and word 3-gram shingles in text order, repeats
  // kept: a MinHash sketch is the same with or without them, and sorting
  // them cost more than sketching the repeats.
  std::vector<uint64_t> text;
};

class SignatureBuilder {
 public:
  // REQUIRES: lexicon outlives the builder.
  explicit SignatureBuilder(const RewriteLexicon* lexicon) : lex_(lexicon) {}
  // Fills *out from the text stage's output and, when present, the record's
  // resolved places (so two spellings of one place share a feature) and dates.
  // Reuses the storage *out holds. Words are looked up in the calling
  // thread's WordMemo (word_memo.h), which keeps them between documents.
  void Build(const text::AnalyzedText& t, const extract::Record& record, DocSignature* out);

 private:
  const RewriteLexicon* lex_;
};

// Whether `v` holds at least `n` distinct values (stops at the n-th).
bool HasDistinct(const std::vector<uint64_t>& v, size_t n);

// Binary form of the persisted parts (sentences, quotes); see doc/rewrites.md.
std::string EncodeSignature(const DocSignature& sig);
Status DecodeSignature(std::string_view blob, DocSignature* out);

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_DOC_SIGNATURE_H_

// CandidateIndex: finds, for a new document, the indexed documents that may
// be rewrites of it, without comparing against all of them.
//
// Two MinHash sketches per document: one of its facts (names, places,
// numbers, dates: what survives a language model's rewording) and one of its
// text (content words and word 3-grams: what survives a light edit). Each is
// cut into LSH bands; a document sharing any band key is a candidate when the
// 16-bit sketch values estimate a Jaccard similarity above a floor on either
// sketch. Memory per document: bands * ~16 bytes in the LshIndex plus
// 2 * (fact_k + text_k) bytes of sketch and 4 bytes of query stamp.
//
//   CandidateIndex index;
//   CandidateIndex::Keys keys;  index.Sketch(sig, &keys);
//   std::vector<Candidate> c;   index.Find(keys, &c);
//   uint32_t i = index.Add(keys);
#ifndef SITREP_DEDUP_CANDIDATE_INDEX_H_
#define SITREP_DEDUP_CANDIDATE_INDEX_H_

#include <cstdint>
#include <vector>

#include "dedup/doc_signature.h"
#include "dedup/lsh_index.h"
#include "dedup/min_hasher.h"
#include "util/mapped_array.h"

namespace sitrep::dedup {

struct Candidate {
  uint32_t index = 0;  // order of Add()
  float fact_estimate = 0, text_estimate = 0;
};

class CandidateIndex {
 public:
  struct Options {
    int fact_k = 48, fact_rows = 3;  // 16 bands of 3 rows
    int text_k = 32, text_rows = 4;  // 8 bands of 4 rows
    int min_facts = 3, min_text = 8;  // fewer distinct features: no bands of that kind
    // Estimated Jaccard below 0.4 is chance: at 100k gen_corpus documents
    // 84% of the candidates the verifier rejected had 0.3-0.4, against
    // 0.08% of the pairs it accepted (0.4 instead of 0.3: rejected
    // 69,382 -> 11,220, restated recall 0.9983 -> 0.9982).
    double min_fact_estimate = 0.4, min_text_estimate = 0.4;
    int max_candidates = 8;  // best by estimate
    // A candidate must also reach this share of the best one's estimate: a
    // document with a close relative (0.9) does not keep the weak matches
    // (0.3-0.4) that share only its place and speaker. Those are most of the
    // false candidates, and their number per document grows with the index;
    // members of one family the cut leaves out are paired by the verifier's
    // family closure.
    double min_share_of_best = 0.5;
    int max_per_band = 50;   // newest documents scanned per shared band (bounds the query cost)
  };
  // What is kept of one document.
  struct Keys {
    std::vector<uint32_t> bands;   // fact bands, then text bands; 0 = none
    std::vector<uint16_t> sketch;  // fact_k then text_k values
  };

  CandidateIndex() : CandidateIndex(Options()) {}
  explicit CandidateIndex(const Options& options);
  const Options& options() const { return o_; }
  int bands() const { return lsh_.bands(); }
  int sketch_size() const { return o_.fact_k + o_.text_k; }

  // Sketches sig's fact and text sets. Thread-safe (no shared scratch).
  void Sketch(const DocSignature& sig, Keys* keys) const;
  // Indexed documents that may be rewrites of the document with these keys:
  // in index order, or, when more than max_candidates pass the floors, the
  // best max_candidates, best first. Not thread-safe (it keeps scratch and
  // per-document stamps in the index): Find and Add on one thread.
  void Find(const Keys& keys, std::vector<Candidate>* out) const;
  // Indexes a document; returns its index (0, 1, ...).
  uint32_t Add(const Keys& keys);
  uint32_t size() const { return lsh_.size(); }
  size_t MemoryBytes() const { return lsh_.MemoryBytes() + 2 * sketches_.capacity() + 4 * seen_.capacity(); }

 private:
  Options o_;
  MinHasher fact_, text_;
  LshIndex lsh_;
  MappedArray<uint16_t> sketches_;  // sketch_size() per document (grows with the index: mapped)
  // Find only: the listings of a query, and per document the number of the
  // last query that listed it (so each is estimated once).
  mutable std::vector<uint32_t> scratch_;
  mutable MappedArray<uint32_t> seen_;
  mutable uint32_t query_ = 0;
};

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_CANDIDATE_INDEX_H_

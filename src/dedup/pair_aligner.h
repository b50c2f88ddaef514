// Verifying a candidate pair: align the sentences of two DocSignatures and
// decide whether one is a rewrite of the other.
//
// Two sentences correspond when their facts agree (when both carry facts,
// the Dice overlap of names, places, numbers and dates must reach
// fact_gate; when both give numbers or dates, sharing none, the other facts
// and the words must agree closely: changed_names, changed_words) and their score 0.6*fact_dice*e + 0.4*word_dice (e = 1/2 when
// a single fact is shared, else 1; word_dice alone
// when a side has no facts) reaches match_score. A sentence that denies what
// its counterpart asserts (a denial cue on one side only) has no
// counterpart: reports of one event from the other side are not rewrites.
// The pair is a rewrite when the documents' fact sets agree (min_fact_jaccard),
// each side has at least min_matches sentences
// with a counterpart, the better-covered side has at least min_coverage
// of its sentences matched and both sides together min_similarity.
#ifndef SITREP_DEDUP_PAIR_ALIGNER_H_
#define SITREP_DEDUP_PAIR_ALIGNER_H_

#include <vector>

#include "dedup/doc_signature.h"

namespace sitrep::dedup {

struct AlignOptions {
  double fact_gate = 0.5;
  double match_score = 0.35;
  double split_score = 0.6;
  // When both sentences give numbers or dates and none agree, they are one
  // sentence with a changed figure only if their other facts and words agree.
  double changed_names = 0.8, changed_words = 0.5;  // a second counterpart needs this much
  int min_matches = 2;
  double min_coverage = 0.5;
  double min_coverage_other = 0.2;
  double min_similarity = 0.4;  // matched / counted sentences of both sides
  int min_sentence_features = 3;
  // Documents with at least min_doc_facts distinct facts each must share
  // min_fact_jaccard of them (Jaccard of the fact sets).
  int min_doc_facts = 5;
  double min_fact_jaccard = 0.3;  // shorter sentences are not counted
};

struct Alignment {
  std::vector<int> match_of_a;  // per sentence of a: its counterpart in b, or -1
  std::vector<int> match_of_b;
  std::vector<bool> counted_a, counted_b;  // long enough to count
  int matched_a = 0, matched_b = 0, counted_n_a = 0, counted_n_b = 0;
  double coverage_a = 0, coverage_b = 0;  // matched / counted sentences
  double similarity = 0;                  // matched / counted, both sides together
  double fact_jaccard = 0;                // of the two documents' fact sets
  bool rewrite = false;
  // Filled by FindQuotesOnly: quotes (indexes into DocSignature::quotes)
  // with no counterpart quote on the other side (half of the smaller one's
  // words shared) and whose words the other side does not carry (80%).
  std::vector<int> quotes_only_a, quotes_only_b;
};

// Aligns a and b. Symmetric: swapping a and b swaps the result's sides.
Alignment AlignPair(const DocSignature& a, const DocSignature& b, const AlignOptions& options = {});

// Fills r->quotes_only_a and r->quotes_only_b.
void FindQuotesOnly(const DocSignature& a, const DocSignature& b, Alignment* r);

// Score of two sentences in [0, 1] (exposed for tests).
double SentenceScore(const SentenceSig& a, const SentenceSig& b, const AlignOptions& options = {});

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_PAIR_ALIGNER_H_

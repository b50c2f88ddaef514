// Verifying the candidate pairs the rewrite hook stored at ingest: each
// unverified candidate is aligned (dedup::AlignPair) and its verdict saved;
// then every family (connected verified pairs) of at most kMaxClosureFamily
// members has its remaining member pairs verified too, so that two rewrites
// of one source are paired even when LSH proposed only their links to the
// source. Two documents published more than kFarApartDays apart must have
// most of their sentences in common (kFarApartSimilarity): rewrites follow
// their source within days, while stories told from one template months
// apart share many sentences too. Verdicts are persisted when the store is
// writable.
#ifndef SITREP_STORE_REWRITE_VERIFIER_H_
#define SITREP_STORE_REWRITE_VERIFIER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dedup/doc_signature.h"
#include "store/statement.h"
#include "store/store.h"

namespace sitrep::store {

// A verified rewrite pair by document row ids (a < b) with the share of each
// side's sentences the other contains.
struct RewriteLink {
  int64_t a = 0, b = 0;
  double similarity = 0, coverage_a = 0, coverage_b = 0;
};

// Documents published further apart than this (both dates known) need
// kFarApartSimilarity of their sentences matched to be rewrites. On 1M
// gen_corpus documents 58% of the wrong pairs were more than 30 days apart,
// every true pair within 2 days, and the wrong far-apart pairs matched at
// most 0.6 of their sentences.
inline constexpr long kFarApartDays = 14;
inline constexpr double kFarApartSimilarity = 0.7;

struct VerifyStats {
  uint64_t verified = 0, rewrites = 0, closure_checked = 0;
};

// Verifies what is pending and returns every rewrite pair, ordered by (a, b).
// An empty list when the store has no rewrite tables.
Status VerifyRewrites(Store* store, std::vector<RewriteLink>* links, VerifyStats* stats = nullptr);

// Reads persisted signatures (and publication days) by row id, keeping the
// ones read.
class SignatureCache {
 public:
  explicit SignatureCache(Store* store);
  // The signature of document `rowid`, or nullptr when it has none.
  const dedup::DocSignature* Get(int64_t rowid);
  // The publication day (days since 1970-01-01) of a document Get returned,
  // when its `published` is an ISO date.
  bool PublishedDay(int64_t rowid, long* day) const;
  size_t size() const { return map_.size(); }
  void Clear() { map_.clear(); }
  const Status& status() const { return status_; }

 private:
  struct Entry {
    dedup::DocSignature sig;
    bool dated = false;
    long day = 0;
  };
  Statement get_;
  std::unordered_map<int64_t, Entry> map_;
  Status status_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_REWRITE_VERIFIER_H_

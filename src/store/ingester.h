// Ingester: documents in, rows in the Store out. Runs each document through
// the analysis Pipeline, skips documents already stored (same id, or same
// normalised text), writes in batched transactions, and lets later stages
// index each stored document through IndexHooks (rewrite sketches).
#ifndef SITREP_STORE_INGESTER_H_
#define SITREP_STORE_INGESTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "ingest/document.h"
#include "store/store.h"
#include "text/analyzed_text.h"

namespace sitrep::store {

// A stage that keeps its own per-document index in the store.
class IndexHook {
 public:
  virtual ~IndexHook() = default;
  // Called inside the batch transaction right after the document is stored.
  virtual Status OnStored(Store* store, int64_t rowid, const ingest::Document& doc,
                          const extract::Record& record, const text::AnalyzedText& t) = 0;
  // Called before each commit (flush buffered rows).
  virtual Status BeforeCommit(Store* store) { return Status::OK(); }
};

// Hash of the document's normalised text (NFKC, case and white space folded):
// two documents with the same hash are the same article.
uint64_t NormalizedTextHash(const text::AnalyzedText& t);

class Ingester {
 public:
  struct Stats {
    uint64_t stored = 0, duplicates = 0, failed = 0;
  };
  // REQUIRES: store and pipeline outlive the ingester.
  Ingester(Store* store, extract::Pipeline* pipeline, int batch_size = 500)
      : store_(store), pipeline_(pipeline), batch_size_(batch_size) {}
  ~Ingester();

  void AddHook(IndexHook* hook) { hooks_.push_back(hook); }

  // Analyses and stores one document (no-op for a duplicate).
  Status Add(const ingest::Document& doc);
  // Commits the open batch.
  Status Flush();

  Stats& stats() { return stats_; }

 private:
  Store* store_;
  extract::Pipeline* pipeline_;
  int batch_size_;
  int in_batch_ = 0;
  std::vector<IndexHook*> hooks_;
  Stats stats_;
  text::AnalyzedText t_;
  extract::Record record_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_INGESTER_H_

// Ingester: documents in, rows in the Store out. Runs each document through
// the analysis Pipeline (on worker threads when given several), skips
// documents already stored (same id, or same normalised text), writes in
// batched transactions, and lets later stages index each stored document
// through IndexHooks (rewrite sketches).
#ifndef SITREP_STORE_INGESTER_H_
#define SITREP_STORE_INGESTER_H_

#include <cstdint>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <memory>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "ingest/document.h"
#include "store/statement.h"
#include "store/store.h"
#include "text/analyzed_text.h"

namespace sitrep::store {

// What a hook computed for one document before it was stored.
struct HookWork {
  virtual ~HookWork() = default;
};

// A stage that keeps its own per-document index in the store.
class IndexHook {
 public:
  virtual ~IndexHook() = default;
  // The part of the work that needs only the document (signatures,
  // sketches). Called on worker threads, concurrently with other Prepare
  // calls and with OnStored; must not touch the store. May return null.
  virtual std::unique_ptr<HookWork> Prepare(const ingest::Document& doc, const extract::Record& record,
                                            const text::AnalyzedText& t) const = 0;
  // Called inside the batch transaction right after the document is stored,
  // in input order, with what Prepare returned for it.
  virtual Status OnStored(Store* store, int64_t rowid, const ingest::Document& doc,
                          const extract::Record& record, HookWork* work) = 0;
  // Called before each commit (flush buffered rows).
  virtual Status BeforeCommit(Store* store) { return Status::OK(); }
  // Deletes the rows OnStored wrote for the document at `rowid`, which
  // failed after OnStored (or in it) and is being undone inside the batch.
  virtual Status Undo(Store* store, int64_t rowid) { return Status::OK(); }
};

// Hash of the document's normalised text (NFKC, case and white space folded):
// two documents with the same hash are the same article.
uint64_t NormalizedTextHash(const text::AnalyzedText& t);

// Documents in, rows out. With several pipelines, documents are analysed in
// chunks by one worker thread per pipeline but the first, while the calling
// thread stores the chunks already analysed and, rather than wait for one,
// analyses documents itself with the first pipeline; rows are written in
// input order either way, so the store is the same as after a serial run.
class Ingester {
 public:
  struct Stats {
    uint64_t stored = 0, duplicates = 0, failed = 0;
  };
  // REQUIRES: store and pipeline outlive the ingester.
  Ingester(Store* store, extract::Pipeline* pipeline, int batch_size = 500)
      : Ingester(store, std::vector<extract::Pipeline*>{pipeline}, batch_size) {}
  // One worker thread per pipeline but the first, which the calling thread
  // uses (each Pipeline serves one thread).
  Ingester(Store* store, std::vector<extract::Pipeline*> pipelines, int batch_size = 500);
  ~Ingester();

  void AddHook(IndexHook* hook) { hooks_.push_back(hook); }

  // Queues one document; analyses and stores it now (one pipeline) or with
  // its chunk (several). A duplicate is skipped. The error of a document
  // that cannot be stored names its origin; with several pipelines it may
  // be returned by a later Add or by Flush, joined with the errors of other
  // documents of the chunk, one a line.
  Status Add(ingest::Document doc);
  // Hands the documents not yet queued to the workers, stores the analysed
  // ones at the head of the queue and commits the open batch, leaving the
  // rest queued (some thousands of documents a worker). Until the next Add
  // or Flush the caller may work on the store outside any batch (a bulk load
  // builds its deferred indexes) while the workers analyse; Add may go on
  // after, and Flush stores the rest.
  Status CommitAnalysed();
  // Stores everything queued and commits the open batch.
  Status Flush();

  Stats& stats() { return stats_; }

 private:
  struct Work;
  struct Chunk;

  void WorkerLoop(extract::Pipeline* pipeline);  // one per worker thread
  // An item of an in-flight chunk that no thread took yet (and its chunk),
  // or null. REQUIRES: mu_ held.
  Work* TakeWorkLocked(Chunk** chunk);
  void AnalyseOne(extract::Pipeline* pipeline, text::AnalyzedText* t, Work* w) const;
  void Submit();  // hands pending_ to the workers
  Status AnalyseAndStorePending();  // one pipeline: on the calling thread
  // How far StoreFinished goes: while the queue is full (reading on then
  // pays), the chunks already analysed, or every chunk queued.
  enum class Drain { kRoom, kAnalysed, kAll };
  // Stores the analysed chunks at the head of the queue, in order; with
  // kRoom, returns when the queue has room for more input, and analyses
  // documents itself rather than wait; with kAll, does so until the queue
  // is empty.
  Status StoreFinished(Drain drain);
  // *fatal (may be null) is set when the store failed and the chunk was cut short.
  Status StoreChunk(Chunk* chunk, bool* fatal = nullptr);
  // *doc_failed tells a failure of this document (undone) from one of the
  // store (which ends the chunk). No savepoint per document: a failed
  // document's rows are deleted by its row id (Store::RemoveDocument,
  // IndexHook::Undo), which costs nothing on the path that succeeds; a
  // savepoint copied every page each document touched.
  Status StoreOne(Work* w, bool* doc_failed);
  Status Commit();

  Store* store_;
  std::vector<extract::Pipeline*> pipelines_;
  int batch_size_;
  size_t chunk_size_;
  size_t max_inflight_;  // chunks
  int in_batch_ = 0;
  std::vector<IndexHook*> hooks_;
  Stats stats_;
  std::unique_ptr<Chunk> pending_;

  // Worker threads (none with one pipeline: the calling thread analyses).
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::unique_ptr<Chunk>> inflight_;  // GUARDED_BY(mu_), in input order
  bool stop_ = false;                            // GUARDED_BY(mu_)
  size_t unclaimed_ = 0;                         // GUARDED_BY(mu_): items of inflight_ no thread took yet
  size_t queued_bytes_ = 0;                      // GUARDED_BY(mu_): text bytes of inflight_
  std::vector<std::thread> threads_;
  text::AnalyzedText helper_text_;  // the calling thread's scratch when it analyses
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_INGESTER_H_

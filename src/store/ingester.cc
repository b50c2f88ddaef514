#include "store/ingester.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <atomic>
#include <thread>

#include "extract/record_json.h"
#include "store/statement.h"

namespace sitrep::store {

uint64_t NormalizedTextHash(const text::AnalyzedText& t) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  // Case-folded words joined by single spaces.
  std::string buf;
  const auto* s = reinterpret_cast<const uint8_t*>(t.text.data());
  int32_t n = static_cast<int32_t>(t.text.size());
  bool space = false;
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {  // ASCII: the same white space and case folding, without ICU calls
      char a = static_cast<char>(s[i++]);
      if (a == ' ' || (a >= '\t' && a <= '\r')) {
        space = !buf.empty();
        continue;
      }
      if (space) buf.push_back(' ');
      space = false;
      buf.push_back(a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a);
      if (buf.size() > 65536) {
        XXH3_64bits_update(st, buf.data(), buf.size());
        buf.clear();
      }
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    if (u_isUWhiteSpace(c)) {
      space = !buf.empty();
      continue;
    }
    if (space) buf.push_back(' ');
    space = false;
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char tmp[4];
    int32_t k = 0;
    U8_APPEND_UNSAFE(tmp, k, c);
    buf.append(tmp, k);
    if (buf.size() > 65536) {
      XXH3_64bits_update(st, buf.data(), buf.size());
      buf.clear();
    }
  }
  XXH3_64bits_update(st, buf.data(), buf.size());
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return h & 0x7fffffffffffffffull;  // fits SQLite's signed integer
}

namespace {

// Adds `s` to the errors gathered in *acc (first error's code; messages one a line).
void Gather(Status* acc, const Status& s) {
  if (s.ok()) return;
  if (acc->ok()) *acc = s;
  else *acc = Status::IOError(acc->message() + "\n" + s.message());
}

}  // namespace

struct Ingester::Work {
  ingest::Document doc;
  extract::Record record;
  uint64_t hash = 0;
  std::string record_json;                           // AppendRecordJson, made by the worker
  std::vector<std::unique_ptr<HookWork>> hook_work;  // parallel to hooks_
};

Ingester::Ingester(Store* store, std::vector<extract::Pipeline*> pipelines, int batch_size)
    : store_(store),
      pipelines_(std::move(pipelines)),
      batch_size_(batch_size),
      // One pipeline: each document is stored as it comes. Several: chunks
      // large enough to keep every worker busy while the previous one is stored.
      chunk_size_(pipelines_.size() <= 1 ? 1 : 64 * pipelines_.size()),
      pending_(std::make_unique<Chunk>()) {}

Ingester::~Ingester() { Flush(); }

void Ingester::Analyse(Chunk* chunk) {
  std::atomic<size_t> next{0};
  auto run = [&](extract::Pipeline* pipeline) {
    text::AnalyzedText t;
    for (size_t i = next++; i < chunk->size(); i = next++) {
      Work& w = (*chunk)[i];
      pipeline->Process(w.doc, &w.record, &t);
      w.hash = NormalizedTextHash(t);
      w.record_json.clear();
      extract::AppendRecordJson(w.record, &w.record_json);
      w.hook_work.clear();
      for (const IndexHook* hook : hooks_) w.hook_work.push_back(hook->Prepare(w.doc, w.record, t));
    }
  };
  std::vector<std::thread> threads;
  for (size_t k = 1; k < pipelines_.size() && k < chunk->size(); ++k) threads.emplace_back(run, pipelines_[k]);
  run(pipelines_[0]);
  for (auto& th : threads) th.join();
}

Status Ingester::Add(ingest::Document doc) {
  // Cheap check on the id before the analysis.
  if (store_->Contains(doc.id, 0)) {
    ++stats_.duplicates;
    return Status::OK();
  }
  pending_->push_back(Work{std::move(doc), {}, 0, {}, {}});
  if (pending_->size() < chunk_size_) return Status::OK();
  if (pipelines_.size() <= 1) {
    Analyse(pending_.get());
    Status s = StoreChunk(pending_.get());
    pending_->clear();
    return s;
  }
  // Analyse this chunk on the workers while the previous one is stored.
  Status s = WaitForWorkers();
  std::unique_ptr<Chunk> done = std::move(analysing_);
  analysing_ = std::move(pending_);
  workers_ = std::async(std::launch::async, [this, c = analysing_.get()] { Analyse(c); });
  if (done) {
    Gather(&s, StoreChunk(done.get()));
    done->clear();
    pending_ = std::move(done);
  } else {
    pending_ = std::make_unique<Chunk>();
  }
  return s;
}

Status Ingester::WaitForWorkers() {
  if (workers_.valid()) workers_.get();
  return Status::OK();
}

Status Ingester::StoreChunk(Chunk* chunk) {
  Status errors;
  for (Work& w : *chunk) {
    bool doc_failed = false;
    Status s = StoreOne(&w, &doc_failed);
    Gather(&errors, s);
    if (!s.ok() && !doc_failed) return errors;  // the store itself failed: stop here
  }
  return errors;
}

Status Ingester::StoreOne(Work* w, bool* doc_failed) {
  if (in_batch_ == 0) SITREP_RETURN_IF_ERROR(store_->Begin());
  if (store_->Contains(w->doc.id, w->hash)) {
    ++stats_.duplicates;
    return Status::OK();
  }
  int64_t rowid = 0;
  // A savepoint per document: a failure undoes this document only.
  if (!savepoint_) {
    savepoint_ = std::make_unique<Statement>(store_->db(), "SAVEPOINT doc");
    release_ = std::make_unique<Statement>(store_->db(), "RELEASE doc");
  }
  SITREP_RETURN_IF_ERROR(savepoint_->Exec());
  Status s = store_->AddDocument(w->doc, w->hash, w->record, &rowid, &w->record_json);
  for (size_t k = 0; k < hooks_.size() && s.ok(); ++k) {
    s = hooks_[k]->OnStored(store_, rowid, w->doc, w->record, k < w->hook_work.size() ? w->hook_work[k].get() : nullptr);
  }
  if (!s.ok()) {
    store::ExecSql(store_->db(), "ROLLBACK TO doc; RELEASE doc");
    ++stats_.failed;
    *doc_failed = true;
    return Status::IOError(w->doc.origin + ": cannot store document: " + s.message());
  }
  SITREP_RETURN_IF_ERROR(release_->Exec());
  ++stats_.stored;
  if (++in_batch_ >= batch_size_) return Commit();
  return Status::OK();
}

Status Ingester::Flush() {
  Status s = WaitForWorkers();
  if (analysing_) {
    Gather(&s, StoreChunk(analysing_.get()));
    analysing_.reset();
  }
  if (!pending_->empty()) {
    Analyse(pending_.get());
    Gather(&s, StoreChunk(pending_.get()));
    pending_->clear();
  }
  Gather(&s, Commit());
  return s;
}

Status Ingester::Commit() {
  if (in_batch_ == 0) {
    return store_->Commit();
  }
  for (auto* hook : hooks_) {
    Status s = hook->BeforeCommit(store_);
    if (!s.ok()) {
      store_->Rollback();
      in_batch_ = 0;
      return s;
    }
  }
  in_batch_ = 0;
  return store_->Commit();
}

}  // namespace sitrep::store

#include "store/ingester.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "extract/record_json.h"
#include "store/statement.h"
#include "util/swar.h"

namespace sitrep::store {

namespace {

// NormalizedTextHash for any length: feeds the hash in pieces so that long
// texts need no long buffer. A piece ends after the character that takes the
// buffer past 64 KiB, and white space right after a piece is dropped (as at
// the start of the text): stored hashes depend on it.
uint64_t PiecewiseHash(const text::AnalyzedText& t) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  // Case-folded words joined by single spaces.
  std::string buf;
  const auto* s = reinterpret_cast<const uint8_t*>(t.text.data());
  int32_t n = static_cast<int32_t>(t.text.size());
  bool space = false;
  // Feeds the hash in pieces so that long texts need no long buffer.
  auto flush_if_long = [&] {
    if (buf.size() > 65536) {
      XXH3_64bits_update(st, buf.data(), buf.size());
      buf.clear();
    }
  };
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
      flush_if_long();
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
    flush_if_long();
  }
  XXH3_64bits_update(st, buf.data(), buf.size());
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  return h & 0x7fffffffffffffffull;  // fits SQLite's signed integer
}

// Texts up to this many bytes fold to at most 1.5 times as many (a case
// folding lengthens a UTF-8 character by one byte at most), under the 64 KiB
// at which PiecewiseHash starts a new piece: one buffer, one hash.
constexpr size_t kOnePieceBytes = 40000;

}  // namespace

uint64_t NormalizedTextHash(const text::AnalyzedText& t) {
  const size_t n = t.text.size();
  if (n > kOnePieceBytes) return PiecewiseHash(t);
  // The same folding as PiecewiseHash, eight bytes at a time over runs of
  // ASCII letters, digits and punctuation (bytes above ' ').
  thread_local std::string buf;  // kept between documents
  if (buf.size() < n + n / 2 + 8) buf.resize(n + n / 2 + 8);  // 8: slack for a whole word written
  char* out = buf.data();
  size_t len = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(t.text.data());
  bool space = false;
  for (size_t i = 0; i < n;) {
    if (std::endian::native == std::endian::little && i + 8 <= n) {
      uint64_t w = swar::Load8(s + i);
      // High bit of each byte that is not ASCII or is below '!'; exact up
      // to the first such byte, which is all that is used.
      const uint64_t stop = (w & swar::kHigh) | ((w - swar::kLow * '!') & ~w & swar::kHigh);
      const size_t run = stop == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(stop)) / 8;
      if (run > 0) {
        if (space) out[len++] = ' ';
        space = false;
        w |= swar::UpperMask(w);
        std::memcpy(out + len, &w, 8);  // bytes past the run are overwritten later or unused
        len += run;
        i += run;
        if (run == 8) continue;
      }
    }
    if (i >= n) break;
    if (s[i] < 0x80) {
      char a = static_cast<char>(s[i++]);
      if (a == ' ' || (a >= '\t' && a <= '\r')) {
        space = len != 0;
        continue;
      }
      if (space) out[len++] = ' ';
      space = false;
      out[len++] = a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a;
      continue;
    }
    UChar32 c;
    int32_t k = static_cast<int32_t>(i);
    U8_NEXT(s, k, static_cast<int32_t>(n), c);
    i = static_cast<size_t>(k);
    if (c < 0) continue;
    if (u_isUWhiteSpace(c)) {
      space = len != 0;
      continue;
    }
    if (space) out[len++] = ' ';
    space = false;
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    int32_t m = 0;
    U8_APPEND_UNSAFE(out + len, m, c);
    len += static_cast<size_t>(m);
  }
  return XXH3_64bits(out, len) & 0x7fffffffffffffffull;  // as PiecewiseHash: one piece
}

namespace {

// The queue of documents read but not stored, per worker thread: deep
// enough that the workers analyse on while the writer builds a bulk load's
// deferred indexes (some 0.5 s at 100k documents, when a worker analyses
// 7-8k a second; see CommitAnalysed); and bounded in bytes of text, for
// long articles (analysed ones wait with their records, several times
// their text, while the indexes are built).
constexpr size_t kQueuedChunksPerWorker = 192;
constexpr size_t kMaxQueuedBytes = size_t{32} << 20;

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
  std::string record_json;                           // AppendRecordJsonWithoutClaims, made by the worker
  std::vector<std::unique_ptr<HookWork>> hook_work;  // parallel to hooks_
};

struct Ingester::Chunk {
  std::vector<Work> items;
  size_t next = 0;  // GUARDED_BY(Ingester::mu_): first item no worker took yet
  size_t done = 0;  // GUARDED_BY(Ingester::mu_): items analysed
};

Ingester::Ingester(Store* store, std::vector<extract::Pipeline*> pipelines, int batch_size)
    : store_(store),
      pipelines_(std::move(pipelines)),
      batch_size_(batch_size),
      // One pipeline: each document is stored as it comes. Several: small
      // chunks, several in flight, so that no worker waits for the writer.
      chunk_size_(pipelines_.size() <= 1 ? 1 : 32),
      max_inflight_(kQueuedChunksPerWorker * std::max<size_t>(1, pipelines_.size() - 1)),
      pending_(std::make_unique<Chunk>()) {
  if (pipelines_.size() > 1) {
    for (size_t k = 1; k < pipelines_.size(); ++k) {
      extract::Pipeline* p = pipelines_[k];
      threads_.emplace_back([this, p] { WorkerLoop(p); });
    }
  }
}

Ingester::~Ingester() {
  Flush();
  {
    std::lock_guard<std::mutex> l(mu_);
    stop_ = true;
  }
  work_cv_.notify_all();
  for (auto& th : threads_) th.join();
}

void Ingester::AnalyseOne(extract::Pipeline* pipeline, text::AnalyzedText* t, Work* w) const {
  pipeline->Process(w->doc, &w->record, t);
  w->hash = NormalizedTextHash(*t);
  w->record_json.clear();
  extract::AppendRecordJsonWithoutClaims(w->record, &w->record_json);
  w->hook_work.clear();
  for (const IndexHook* hook : hooks_) w->hook_work.push_back(hook->Prepare(w->doc, w->record, *t));
}

Ingester::Work* Ingester::TakeWorkLocked(Chunk** chunk) {
  if (unclaimed_ == 0) return nullptr;
  for (auto& ch : inflight_) {
    if (ch->next < ch->items.size()) {
      *chunk = ch.get();
      --unclaimed_;
      return &ch->items[ch->next++];
    }
  }
  return nullptr;
}

void Ingester::WorkerLoop(extract::Pipeline* pipeline) {
  text::AnalyzedText t;
  std::unique_lock<std::mutex> l(mu_);
  for (;;) {
    Chunk* c = nullptr;
    Work* w = nullptr;
    work_cv_.wait(l, [&] { return (w = TakeWorkLocked(&c)) != nullptr || stop_; });
    if (w == nullptr) return;
    l.unlock();
    AnalyseOne(pipeline, &t, w);
    l.lock();
    if (++c->done == c->items.size()) done_cv_.notify_all();
  }
}

Status Ingester::Add(ingest::Document doc) {
  // Cheap check on the id before the analysis.
  if (store_->Contains(doc.id, 0)) {
    ++stats_.duplicates;
    return Status::OK();
  }
  pending_->items.push_back(Work{std::move(doc), {}, 0, {}, {}});
  if (pending_->items.size() < chunk_size_) return Status::OK();
  if (threads_.empty()) return AnalyseAndStorePending();
  Submit();
  return StoreFinished(Drain::kRoom);
}

Status Ingester::AnalyseAndStorePending() {
  text::AnalyzedText t;
  for (Work& w : pending_->items) AnalyseOne(pipelines_[0], &t, &w);
  Status s = StoreChunk(pending_.get());
  pending_->items.clear();
  return s;
}

void Ingester::Submit() {
  {
    std::lock_guard<std::mutex> l(mu_);
    unclaimed_ += pending_->items.size();
    for (const Work& w : pending_->items) queued_bytes_ += w.doc.text.size();
    inflight_.push_back(std::move(pending_));
  }
  work_cv_.notify_all();
  pending_ = std::make_unique<Chunk>();
  pending_->items.reserve(chunk_size_);
}

Status Ingester::StoreFinished(Drain drain) {
  Status errors;
  for (;;) {
    std::unique_ptr<Chunk> c;
    {
      std::unique_lock<std::mutex> l(mu_);
      if (inflight_.empty()) break;
      const bool room = inflight_.size() < max_inflight_ && queued_bytes_ < kMaxQueuedBytes;
      // Reading is cheap: while the workers have less than eight chunks left to
      // take, read and hand them more before storing (a writer that stored
      // every finished chunk in a row left them idle a fifth of the time).
      if (drain == Drain::kRoom && room && unclaimed_ < 8 * chunk_size_) break;
      Chunk* head = inflight_.front().get();
      if (head->done < head->items.size()) {
        if (drain == Drain::kAnalysed || (drain == Drain::kRoom && room)) break;
        // Rather than wait, analyse a document nobody took yet.
        Chunk* hc = nullptr;
        if (Work* w = TakeWorkLocked(&hc)) {
          l.unlock();
          AnalyseOne(pipelines_[0], &helper_text_, w);
          l.lock();
          if (++hc->done == hc->items.size()) done_cv_.notify_all();
          continue;  // look at the head again
        }
        done_cv_.wait(l, [head] { return head->done == head->items.size(); });
      }
      c = std::move(inflight_.front());
      inflight_.pop_front();
      for (const Work& w : c->items) queued_bytes_ -= w.doc.text.size();
    }
    bool fatal = false;
    Status s = StoreChunk(c.get(), &fatal);
    Gather(&errors, s);
    if (fatal) break;
  }
  return errors;
}

Status Ingester::StoreChunk(Chunk* chunk, bool* fatal) {
  Status errors;
  for (Work& w : chunk->items) {
    bool doc_failed = false;
    Status s = StoreOne(&w, &doc_failed);
    Gather(&errors, s);
    if (!s.ok() && !doc_failed) {  // the store itself failed: stop here
      if (fatal) *fatal = true;
      return errors;
    }
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
  Status s = store_->AddDocument(w->doc, w->hash, w->record, &rowid, &w->record_json);
  size_t hooked = 0;  // hooks whose OnStored ran
  for (; hooked < hooks_.size() && s.ok(); ++hooked) {
    s = hooks_[hooked]->OnStored(store_, rowid, w->doc, w->record,
                                 hooked < w->hook_work.size() ? w->hook_work[hooked].get() : nullptr);
  }
  if (!s.ok()) {
    Status undo;
    if (!store_->BatchIntact()) {
      undo = Status::IOError("the store rolled the open batch back");
    } else if (rowid != 0) {
      for (size_t k = 0; k < hooked && undo.ok(); ++k) undo = hooks_[k]->Undo(store_, rowid);
      if (undo.ok()) undo = store_->RemoveDocument(rowid);
    }
    if (!undo.ok()) {  // the store itself failed: the batch since the last commit is lost
      store_->Rollback();
      in_batch_ = 0;
      return Status::IOError(w->doc.origin + ": cannot store document: " + s.message() + "; " + undo.message() +
                             "; documents since the last commit were not stored");
    }
    ++stats_.failed;
    *doc_failed = true;
    return Status::IOError(w->doc.origin + ": cannot store document: " + s.message());
  }
  ++stats_.stored;
  if (++in_batch_ >= batch_size_) return Commit();
  return Status::OK();
}

Status Ingester::CommitAnalysed() {
  Status s;
  if (!pending_->items.empty()) {
    if (threads_.empty()) Gather(&s, AnalyseAndStorePending());
    else Submit();
  }
  Gather(&s, StoreFinished(Drain::kAnalysed));
  Gather(&s, Commit());
  return s;
}

Status Ingester::Flush() {
  Status s = CommitAnalysed();
  Gather(&s, StoreFinished(Drain::kAll));
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

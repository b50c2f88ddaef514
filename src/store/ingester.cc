#include "store/ingester.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

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

Ingester::~Ingester() { Flush(); }

Status Ingester::Add(const ingest::Document& doc) {
  if (in_batch_ == 0) SITREP_RETURN_IF_ERROR(store_->Begin());
  // Cheap check on the id before the analysis.
  if (store_->Contains(doc.id, 0)) {
    ++stats_.duplicates;
    return Status::OK();
  }
  pipeline_->Process(doc, &record_, &t_);
  uint64_t h = NormalizedTextHash(t_);
  if (store_->Contains(doc.id, h)) {
    ++stats_.duplicates;
    return Status::OK();
  }
  int64_t rowid = 0;
  // A savepoint per document: a failure undoes this document only.
  SITREP_RETURN_IF_ERROR(store::ExecSql(store_->db(), "SAVEPOINT doc"));
  Status s = store_->AddDocument(doc, h, record_, &rowid);
  for (auto* hook : hooks_) {
    if (!s.ok()) break;
    s = hook->OnStored(store_, rowid, doc, record_, t_);
  }
  if (!s.ok()) {
    store::ExecSql(store_->db(), "ROLLBACK TO doc; RELEASE doc");
    ++stats_.failed;
    return Status::IOError(doc.origin + ": cannot store document: " + s.message());
  }
  SITREP_RETURN_IF_ERROR(store::ExecSql(store_->db(), "RELEASE doc"));
  ++stats_.stored;
  if (++in_batch_ >= batch_size_) return Flush();
  return Status::OK();
}

Status Ingester::Flush() {
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

#include "store/rewrite_hook.h"

#include <cstring>
#include <vector>

#include "dedup/candidate_index.h"
#include "dedup/doc_signature.h"
#include "dedup/rewrite_lexicon.h"
#include "store/rewrite_tables.h"
#include "store/statement.h"

namespace sitrep::store {
namespace {

class RewriteIndexHook : public IndexHook {
 public:
  RewriteIndexHook(Store* store, std::unique_ptr<dedup::RewriteLexicon> lex)
      : lex_(std::move(lex)),
        insert_doc_(store->db(), "INSERT OR REPLACE INTO rewrite_docs(doc, published, bands, sketch, sig) VALUES (?,?,?,?,?)"),
        insert_pair_(store->db(), "INSERT OR IGNORE INTO rewrite_candidates(a, b, estimate) VALUES (?,?,?)"),
        delete_doc_(store->db(), "DELETE FROM rewrite_docs WHERE doc = ?"),
        delete_pairs_(store->db(), "DELETE FROM rewrite_candidates WHERE b = ?") {}

  // Reloads the persisted documents into the in-memory index.
  Status Load(Store* store) {
    SITREP_RETURN_IF_ERROR(insert_doc_.status());
    SITREP_RETURN_IF_ERROR(insert_pair_.status());
    Statement st(store->db(), "SELECT doc, bands, sketch FROM rewrite_docs ORDER BY doc");
    dedup::CandidateIndex::Keys keys;
    const size_t nb = index_.bands(), ns = index_.sketch_size();
    while (st.Step()) {
      std::string bands = st.ColumnBlob(1), sketch = st.ColumnBlob(2);
      if (bands.size() != 4 * nb || sketch.size() != 2 * ns) {
        return Status::Corruption(store->path() + ": rewrite_docs row " + std::to_string(st.ColumnInt(0)) +
                                  ": sketch of another index version; re-ingest into a new store");
      }
      keys.bands.resize(nb);
      keys.sketch.resize(ns);
      std::memcpy(keys.bands.data(), bands.data(), bands.size());
      std::memcpy(keys.sketch.data(), sketch.data(), sketch.size());
      index_.Add(keys);
      rowids_.push_back(st.ColumnInt(0));
    }
    return st.status();
  }

  std::unique_ptr<HookWork> Prepare(const ingest::Document& doc, const extract::Record& record,
                                    const text::AnalyzedText& t) const override {
    auto w = std::make_unique<Prepared>();
    dedup::SignatureBuilder builder(lex_.get());
    // Per thread and kept between documents: Build reuses its vectors'
    // storage (a signature is some 30 vectors; it is encoded below, not kept).
    static thread_local dedup::DocSignature sig;
    builder.Build(t, record, &sig);
    index_.Sketch(sig, &w->keys);
    w->blob = dedup::EncodeSignature(sig);
    return w;
  }

  Status OnStored(Store* store, int64_t rowid, const ingest::Document& doc, const extract::Record& record,
                  HookWork* work) override {
    auto* w = static_cast<Prepared*>(work);
    if (w == nullptr) return Status::Internal("rewrite index: document " + doc.id + " was not prepared");
    index_.Find(w->keys, &found_);
    for (const auto& c : found_) {
      // An entry left by an undone document may carry the row id SQLite
      // gives the next one.
      if (rowids_[c.index] == rowid) continue;
      insert_pair_.Bind(1, rowids_[c.index]).Bind(2, rowid).Bind(3, static_cast<double>(std::max(c.fact_estimate, c.text_estimate)));
      SITREP_RETURN_IF_ERROR(insert_pair_.Exec());
    }
    insert_doc_.Bind(1, rowid).BindRef(2, doc.published);  // all alive until Exec
    insert_doc_.BindBlobRef(3, w->keys.bands.data(), 4 * w->keys.bands.size());
    insert_doc_.BindBlobRef(4, w->keys.sketch.data(), 2 * w->keys.sketch.size());
    insert_doc_.BindBlobRef(5, w->blob.data(), w->blob.size());
    SITREP_RETURN_IF_ERROR(insert_doc_.Exec());
    // The document may still be undone (Undo); the index then holds a
    // document the store lacks, which only costs a candidate that
    // verification drops (its signature is missing or another's).
    index_.Add(w->keys);
    rowids_.push_back(rowid);
    return Status::OK();
  }

  Status Undo(Store* store, int64_t rowid) override {
    delete_doc_.Bind(1, rowid);
    SITREP_RETURN_IF_ERROR(delete_doc_.Exec());
    delete_pairs_.Bind(1, rowid);
    return delete_pairs_.Exec();
  }

 private:
  // What Prepare computes on a worker thread.
  struct Prepared : HookWork {
    dedup::CandidateIndex::Keys keys;
    std::string blob;  // EncodeSignature
  };

  std::unique_ptr<dedup::RewriteLexicon> lex_;
  dedup::CandidateIndex index_;  // Sketch is const and thread-safe; Find/Add on the storing thread
  std::vector<int64_t> rowids_;  // index -> documents.rowid
  Statement insert_doc_, insert_pair_, delete_doc_, delete_pairs_;
  std::vector<dedup::Candidate> found_;
};

}  // namespace

Result<std::unique_ptr<IndexHook>> MakeRewriteIndexHook(Store* store) {
  auto lex = dedup::RewriteLexicon::Load(dedup::RewriteLexicon::DefaultPath());
  if (!lex.ok()) return lex.status();
  SITREP_RETURN_IF_ERROR(CreateRewriteTables(store));
  auto hook = std::make_unique<RewriteIndexHook>(store, std::move(*lex));
  SITREP_RETURN_IF_ERROR(hook->Load(store));
  return std::unique_ptr<IndexHook>(std::move(hook));
}

}  // namespace sitrep::store

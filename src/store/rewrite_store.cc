#include "store/rewrite_store.h"

#include <algorithm>
#include <unordered_map>

#include "dedup/pair_aligner.h"
#include "dedup/pair_explainer.h"
#include "dedup/rewrite_lexicon.h"
#include "dedup/story_family.h"
#include "store/rewrite_verifier.h"
#include "store/statement.h"

namespace sitrep::store {
namespace {

struct DocInfo {
  std::string id, published;
};

// Row id -> id and publication date of every document with a signature.
Status LoadDocInfo(Store* store, std::unordered_map<int64_t, DocInfo>* out) {
  Statement st(store->db(), "SELECT d.rowid, d.id, r.published FROM documents d JOIN rewrite_docs r ON r.doc = d.rowid");
  while (st.Step()) (*out)[st.ColumnInt(0)] = {st.ColumnText(1), st.ColumnText(2)};
  return st.status();
}

}  // namespace

Status ListRewritePairs(Store* store, const std::string& doc_id, std::vector<dedup::RewritePair>* out) {
  out->clear();
  return ForEachRewritePair(store, doc_id, [out](const dedup::RewritePair& p) {
    out->push_back(p);
    return true;
  });
}

Status ForEachRewritePair(Store* store, const std::string& doc_id,
                          const std::function<bool(const dedup::RewritePair&)>& fn) {
  std::vector<RewriteLink> links;
  SITREP_RETURN_IF_ERROR(VerifyRewrites(store, &links));
  if (links.empty()) return Status::OK();
  std::unordered_map<int64_t, DocInfo> info;
  SITREP_RETURN_IF_ERROR(LoadDocInfo(store, &info));
  int64_t only = -1;
  if (!doc_id.empty()) {
    StoredDocument d;
    SITREP_RETURN_IF_ERROR(store->GetDocument(doc_id, &d));
    only = d.rowid;
  }
  auto lex = dedup::RewriteLexicon::Load(dedup::RewriteLexicon::DefaultPath());
  if (!lex.ok()) return lex.status();
  SignatureCache sigs(store);
  Statement text(store->db(), "SELECT text FROM documents WHERE rowid = ?");
  std::unordered_map<int64_t, std::string> texts;
  auto get_text = [&](int64_t rowid) -> const std::string& {
    auto it = texts.find(rowid);
    if (it != texts.end()) return it->second;
    text.Bind(1, rowid);
    std::string t = text.Step() ? text.ColumnText(0) : std::string();
    text.Reset();
    return texts.emplace(rowid, std::move(t)).first->second;
  };
  for (const auto& l : links) {
    if (only >= 0 && l.a != only && l.b != only) continue;
    if (texts.size() > 20000) texts.clear(), sigs.Clear();  // bounded memory
    int64_t a = l.a, b = l.b;
    double ca = l.coverage_a, cb = l.coverage_b;
    if (!dedup::IsSourceOf(info[a].published, ca, info[b].published, cb)) std::swap(a, b), std::swap(ca, cb);
    const dedup::DocSignature* sa = sigs.Get(a);
    const dedup::DocSignature* sb = sigs.Get(b);
    if (!sa || !sb) continue;
    dedup::Alignment al = dedup::AlignPair(*sa, *sb);
    dedup::PairSide pa{info[a].id, get_text(a), sa}, pb{info[b].id, get_text(b), sb};
    if (!fn(dedup::ExplainPair(pa, pb, al, **lex))) break;
  }
  SITREP_RETURN_IF_ERROR(sigs.status());
  return text.status();
}

Status ListFamilies(Store* store, std::vector<Family>* out) {
  out->clear();
  std::vector<RewriteLink> links;
  SITREP_RETURN_IF_ERROR(VerifyRewrites(store, &links));
  if (links.empty()) return Status::OK();
  std::unordered_map<int64_t, DocInfo> info;
  SITREP_RETURN_IF_ERROR(LoadDocInfo(store, &info));
  std::unordered_map<int64_t, int> node;
  std::vector<int64_t> rowid;
  std::vector<std::string> published;
  auto node_of = [&](int64_t r) {
    auto [it, added] = node.emplace(r, static_cast<int>(rowid.size()));
    if (added) {
      rowid.push_back(r);
      published.push_back(info[r].published);
    }
    return it->second;
  };
  std::vector<dedup::PairLink> pl;
  for (const auto& l : links) pl.push_back({node_of(l.a), node_of(l.b), l.coverage_a, l.coverage_b});
  for (const auto& f : dedup::BuildFamilies(static_cast<int>(rowid.size()), pl, published)) {
    Family fam;
    fam.origin = info[rowid[f.origin]].id;
    for (int m : f.members) fam.members.push_back(info[rowid[m]].id);
    out->push_back(std::move(fam));
  }
  return Status::OK();
}

}  // namespace sitrep::store

#include "store/rewrite_verifier.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_set>

#include "dedup/pair_aligner.h"
#include "store/rewrite_tables.h"
#include "util/civil_date.h"

namespace sitrep::store {
namespace {

struct Verdict {
  int64_t a, b;
  int state;
  double similarity, coverage_a, coverage_b;
  bool is_new;  // from family closure: not yet a row
};

// Pairs the family closure proposes were not candidates of the index: they
// are linked only through other members, and a wrong link there pairs whole
// families, so they need more sentences in common (on 100k gen_corpus
// documents, closure pairs below 0.5 were wrong four times in five).
dedup::AlignOptions ClosureOptions() {
  dedup::AlignOptions o;
  o.min_similarity = 0.5;
  return o;
}

Verdict Check(SignatureCache* cache, int64_t a, int64_t b, bool is_new) {
  Verdict v{a, b, kNotRewrite, 0, 0, 0, is_new};
  const dedup::DocSignature* sa = cache->Get(a);
  const dedup::DocSignature* sb = sa ? cache->Get(b) : nullptr;
  if (!sa || !sb) return v;
  dedup::AlignOptions options = is_new ? ClosureOptions() : dedup::AlignOptions();
  long da = 0, db = 0;
  if (cache->PublishedDay(a, &da) && cache->PublishedDay(b, &db) && std::labs(da - db) > kFarApartDays) {
    options.min_similarity = std::max(options.min_similarity, kFarApartSimilarity);
  }
  dedup::Alignment al = dedup::AlignPair(*sa, *sb, options);
  v.state = al.rewrite ? kRewrite : kNotRewrite;
  v.similarity = al.similarity;
  v.coverage_a = al.coverage_a;
  v.coverage_b = al.coverage_b;
  return v;
}

// Union-find root of x (added as its own root when new), halving paths.
int64_t Root(std::unordered_map<int64_t, int64_t>* parent, int64_t x) {
  parent->try_emplace(x, x);
  while ((*parent)[x] != x) {
    int64_t g = (*parent)[(*parent)[x]];
    (*parent)[x] = g;
    x = g;
  }
  return x;
}

Status Persist(Store* store, const std::vector<Verdict>& verdicts) {
  SITREP_RETURN_IF_ERROR(store->Begin());
  Statement upd(store->db(),
                "UPDATE rewrite_candidates SET state = ?, similarity = ?, coverage_a = ?, coverage_b = ?"
                " WHERE a = ? AND b = ?");
  Statement ins(store->db(),
                "INSERT OR REPLACE INTO rewrite_candidates(a, b, estimate, state, similarity, coverage_a, coverage_b)"
                " VALUES (?, ?, -1, ?, ?, ?, ?)");
  for (const auto& v : verdicts) {
    Status s;
    if (v.is_new) {
      ins.Bind(1, v.a).Bind(2, v.b).Bind(3, v.state).Bind(4, v.similarity).Bind(5, v.coverage_a).Bind(6, v.coverage_b);
      s = ins.Exec();
    } else {
      upd.Bind(1, v.state).Bind(2, v.similarity).Bind(3, v.coverage_a).Bind(4, v.coverage_b).Bind(5, v.a).Bind(6, v.b);
      s = upd.Exec();
    }
    if (!s.ok()) {
      store->Rollback();
      return s;
    }
  }
  return store->Commit();
}

}  // namespace

SignatureCache::SignatureCache(Store* store)
    : get_(store->db(), "SELECT sig, published FROM rewrite_docs WHERE doc = ?") {
  status_ = get_.status();
}

const dedup::DocSignature* SignatureCache::Get(int64_t rowid) {
  auto it = map_.find(rowid);
  if (it != map_.end()) return &it->second.sig;
  get_.Bind(1, rowid);
  if (!get_.Step()) {
    if (!get_.status().ok()) status_ = get_.status();
    get_.Reset();
    return nullptr;
  }
  std::string blob = get_.ColumnBlob(0);
  Entry e;
  e.dated = ParseIsoDay(get_.ColumnText(1), &e.day);
  get_.Reset();
  Status s = dedup::DecodeSignature(blob, &e.sig);
  if (!s.ok()) {
    status_ = Status::Corruption("rewrite_docs row " + std::to_string(rowid) + ": " + s.message());
    return nullptr;
  }
  return &map_.emplace(rowid, std::move(e)).first->second.sig;
}

bool SignatureCache::PublishedDay(int64_t rowid, long* day) const {
  auto it = map_.find(rowid);
  if (it == map_.end() || !it->second.dated) return false;
  *day = it->second.day;
  return true;
}

Status VerifyRewrites(Store* store, std::vector<RewriteLink>* links, VerifyStats* stats) {
  links->clear();
  VerifyStats local;
  if (!stats) stats = &local;
  if (!HasRewriteTables(store)) return Status::OK();
  const bool writable = !sqlite3_db_readonly(store->db(), "main");
  SignatureCache cache(store);
  SITREP_RETURN_IF_ERROR(cache.status());
  // Every rewrite pair: the ones verified before, then the new ones.
  std::vector<RewriteLink> all;
  {
    Statement st(store->db(), "SELECT a, b, similarity, coverage_a, coverage_b FROM rewrite_candidates WHERE state = 1");
    while (st.Step()) all.push_back({st.ColumnInt(0), st.ColumnInt(1), st.ColumnDouble(2), st.ColumnDouble(3), st.ColumnDouble(4)});
    SITREP_RETURN_IF_ERROR(st.status());
  }
  // Pending candidates a page at a time (keyset on the primary key, (b, a)), each
  // page verified and persisted before the next is read: memory stays
  // bounded with tens of millions of candidates.
  constexpr int kPage = 50000;
  Statement next(store->db(),
                 "SELECT a, b FROM rewrite_candidates WHERE (b, a) > (?2, ?1) AND state = 0 ORDER BY b, a LIMIT ?3");
  std::vector<std::pair<int64_t, int64_t>> page;
  int64_t last_a = -1, last_b = -1;
  for (;;) {
    page.clear();
    next.Bind(1, last_a).Bind(2, last_b).Bind(3, kPage);
    while (next.Step()) page.emplace_back(next.ColumnInt(0), next.ColumnInt(1));
    SITREP_RETURN_IF_ERROR(next.status());
    next.Reset();
    if (page.empty()) break;
    std::tie(last_a, last_b) = page.back();
    std::vector<Verdict> verdicts;
    verdicts.reserve(page.size());
    // One read transaction for the page's signature lookups: outside one,
    // each lookup took and released the WAL read lock (8% of the time at
    // 1M documents in fcntl and lock bookkeeping).
    const bool own_txn = sqlite3_get_autocommit(store->db()) != 0;  // not inside a caller's
    if (own_txn) SITREP_RETURN_IF_ERROR(ExecSql(store->db(), "BEGIN"));
    for (const auto& [a, b] : page) {
      if (cache.size() > 40000) cache.Clear();  // bounded memory at millions of documents
      verdicts.push_back(Check(&cache, a, b, false));
    }
    if (own_txn) SITREP_RETURN_IF_ERROR(ExecSql(store->db(), "COMMIT"));
    SITREP_RETURN_IF_ERROR(cache.status());
    stats->verified += verdicts.size();
    for (const auto& v : verdicts) {
      if (v.state == kRewrite) all.push_back({v.a, v.b, v.similarity, v.coverage_a, v.coverage_b});
    }
    if (writable) SITREP_RETURN_IF_ERROR(Persist(store, verdicts));
  }
  std::vector<Verdict> verdicts;  // of the closure
  // Family closure: pair up the members of each family not yet compared.
  std::unordered_map<int64_t, int64_t> parent;
  for (const auto& l : all) {
    int64_t ra = Root(&parent, l.a), rb = Root(&parent, l.b);
    if (ra != rb) parent[ra] = rb;
  }
  std::map<int64_t, std::vector<int64_t>> comps;
  for (const auto& [doc, p] : parent) comps[Root(&parent, doc)].push_back(doc);
  bool any_closure = false;
  for (const auto& [r, m] : comps) any_closure |= m.size() > 2 && static_cast<int>(m.size()) <= kMaxClosureFamily;
  if (any_closure) {
    // Pairs already compared, looked up one at a time (the family members
    // are few; the candidate table may hold tens of millions of rows).
    Statement known(store->db(), "SELECT 1 FROM rewrite_candidates WHERE a = ? AND b = ?");
    auto is_known = [&known](int64_t a, int64_t b) {
      known.Bind(1, a).Bind(2, b);
      bool found = known.Step();
      known.Reset();
      return found;
    };
    for (auto& [r, m] : comps) {
      if (m.size() < 3 || static_cast<int>(m.size()) > kMaxClosureFamily) continue;
      std::sort(m.begin(), m.end());
      for (size_t i = 0; i < m.size(); ++i) {
        for (size_t j = i + 1; j < m.size(); ++j) {
          if (is_known(m[i], m[j])) continue;
          Verdict v = Check(&cache, m[i], m[j], true);
          ++stats->closure_checked;
          verdicts.push_back(v);
          if (v.state == kRewrite) all.push_back({v.a, v.b, v.similarity, v.coverage_a, v.coverage_b});
        }
      }
    }
    SITREP_RETURN_IF_ERROR(cache.status());
  }
  if (writable && !verdicts.empty()) SITREP_RETURN_IF_ERROR(Persist(store, verdicts));
  std::sort(all.begin(), all.end(), [](const RewriteLink& x, const RewriteLink& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  stats->rewrites = all.size();
  *links = std::move(all);
  return Status::OK();
}

}  // namespace sitrep::store

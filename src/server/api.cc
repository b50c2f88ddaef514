#include "server/api.h"

#include <chrono>
#include <vector>
#include <nlohmann/json.hpp>

#include "extract/record_json.h"
#include "report/contradictions.h"
#include "report/exports.h"
#include "report/timeline.h"
#include "store/rewrite_store.h"
#include "store/statement.h"

namespace sitrep::server {
namespace {

using nlohmann::json;
using Params = std::map<std::string, std::string>;

ApiResponse Json(const json& j, int status = 200) {
  ApiResponse r;
  r.status = status;
  r.body = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

ApiResponse Error(int status, const std::string& message) { return Json({{"error", message}}, status); }

std::string Get(const Params& p, const std::string& key) {
  auto it = p.find(key);
  return it == p.end() ? std::string() : it->second;
}

// Parses a non-negative integer parameter into *out; false when malformed.
bool GetInt(const Params& p, const std::string& key, int64_t def, int64_t max, int64_t* out) {
  std::string s = Get(p, key);
  if (s.empty()) {
    *out = def;
    return true;
  }
  if (s.size() > 12) return false;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = std::min(v, max);
  return true;
}

json PairJson(const dedup::RewritePair& p) {
  return {{"a", p.a},
          {"b", p.b},
          {"similarity", p.similarity},
          {"added_in_a", p.added_in_a},
          {"added_in_b", p.added_in_b},
          {"quotes_only_in_a", p.quotes_only_in_a},
          {"quotes_only_in_b", p.quotes_only_in_b}};
}

int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// The claims query's WHERE clause: one term per filter given, each with its
// value as a bound parameter (never pasted into the SQL). Dates compare in
// full when both sides have a year, else by month-day; a claim without a
// date takes its document's published date.
constexpr const char* kEffectiveDate =
    "(CASE WHEN c.date = '' THEN substr(d.published, 1, 10) ELSE c.date END)";

struct ClaimsQuery {
  std::string where;
  std::vector<std::string> values;  // ?1, ?2, ... in order
};

ClaimsQuery BuildClaimsQuery(const Params& p) {
  ClaimsQuery q;
  auto term = [&](const std::string& key, const std::string& sql_with_placeholder) {
    std::string v = Get(p, key);
    if (v.empty()) return;
    q.values.push_back(v);
    std::string n = std::to_string(q.values.size());
    n.insert(n.begin(), '?');  // (not "?" + std::string&&: a GCC 12 -Wrestrict false positive)
    std::string t = sql_with_placeholder;
    for (size_t at = t.find("@"); at != std::string::npos; at = t.find("@", at + n.size())) t.replace(at, 1, n);
    q.where += (q.where.empty() ? " WHERE " : " AND ") + t;
  };
  term("place",
       "c.code IN (SELECT @ UNION SELECT code FROM places WHERE lower(name) = lower(@)"
       " UNION SELECT code FROM mentions WHERE lower(surface) = lower(@))");
  term("speaker", "instr(lower(c.speaker), lower(@)) > 0");
  term("outlet", "(instr(lower(c.outlet), lower(@)) > 0 OR instr(lower(d.outlet), lower(@)) > 0)");
  term("kind", "c.kind = @");
  const std::string eff = kEffectiveDate;
  for (const char* key : {"since", "until"}) {
    const char* op = std::string(key) == "since" ? ">=" : "<=";
    term(key, eff + " <> '' AND (CASE WHEN substr(" + eff + ", 1, 2) = '--' OR substr(@, 1, 2) = '--' THEN substr(" +
                  eff + ", -5) " + op + " substr(@, -5) ELSE " + eff + " " + op + " @ END)");
  }
  return q;
}

}  // namespace

ApiResponse Api::Handle(const std::string& path, const Params& params) {
  for (const auto& [k, v] : params) {
    if (k.size() > 32 || v.size() > limits_.max_param_bytes) {
      return Error(400, "parameter '" + k.substr(0, 32) + "' is longer than " +
                            std::to_string(limits_.max_param_bytes) + " bytes");
    }
  }
  if (path == "/api/places") return Places();
  if (path == "/api/timeline") return Timeline(params);
  if (path == "/api/claims") return Claims(params);
  if (path == "/api/contradictions") return Contradictions();
  if (path == "/api/families") return Families();
  if (path == "/api/diff") return Diff(params);
  if (path == "/api/documents") return Documents(params);
  if (path == "/api/document") return Document(params);
  return Error(404, "no such endpoint");
}

Status Api::CurrentLedger(std::shared_ptr<const report::Ledger>* out) {
  auto lease = pool_->Acquire();
  if (!lease.ok()) return lease.status();
  store::Statement st(lease->get()->db(),
                      "SELECT (SELECT count(*) FROM documents), (SELECT coalesce(max(rowid), 0) FROM claims)");
  std::string key = st.Step() ? std::to_string(st.ColumnInt(0)) + ":" + std::to_string(st.ColumnInt(1)) : "";
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (ledger_ && key == ledger_key_ && NowSeconds() - ledger_time_ < 5) {
      *out = ledger_;
      return Status::OK();
    }
  }
  auto fresh = std::make_shared<report::Ledger>();
  SITREP_RETURN_IF_ERROR(report::Ledger::Load(lease->get(), fresh.get()));
  std::lock_guard<std::mutex> lock(mu_);
  ledger_ = fresh;
  ledger_key_ = key;
  ledger_time_ = NowSeconds();
  *out = ledger_;
  return Status::OK();
}

ApiResponse Api::Places() {
  std::shared_ptr<const report::Ledger> l;
  if (Status s = CurrentLedger(&l); !s.ok()) return Error(500, s.message());
  return Json(report::PlacesGeoJson(*l, report::BuildAllTimelines(*l)));
}

ApiResponse Api::Timeline(const Params& p) {
  std::string place = Get(p, "place");
  if (place.empty()) return Error(400, "timeline needs ?place=NAME");
  std::shared_ptr<const report::Ledger> l;
  if (Status s = CurrentLedger(&l); !s.ok()) return Error(500, s.message());
  auto codes = l->FindPlaces(place);
  if (codes.empty()) return Error(404, "no place named '" + place + "'");
  report::TimelineOptions o;
  std::string since = Get(p, "since");
  if (!since.empty()) {
    o.since = report::ReportDate::Parse(since);
    if (!o.since.ok()) return Error(400, "since: not a date");
  }
  auto entries = report::BuildTimeline(*l, codes, o);
  json j = {{"places", json::array()}, {"entries", json::array()}, {"contradictions", json::array()},
            {"as_of", l->as_of().ToString()}};
  for (const auto& code : codes) {
    const report::LedgerPlace* lp = l->Place(code);
    if (!lp) continue;
    json pj = {{"code", code}, {"name", lp->name}, {"admin1", lp->admin1},
               {"surfaces", std::vector<std::string>(lp->surfaces.begin(), lp->surfaces.end())}};
    if (lp->has_coords) {
      pj["lat"] = lp->lat;
      pj["lon"] = lp->lon;
    }
    j["places"].push_back(pj);
  }
  for (const auto& e : entries) j["entries"].push_back(report::TimelineEntryJson(e));
  for (const auto& c : report::FindContradictions(*l, report::BuildTimeline(*l, codes))) {
    j["contradictions"].push_back(report::ContradictionJson(c));
  }
  return Json(j);
}

ApiResponse Api::Claims(const Params& p) {
  int64_t limit, offset;
  if (!GetInt(p, "limit", limits_.default_page, limits_.max_page, &limit) ||
      !GetInt(p, "offset", 0, 1000000000, &offset)) {
    return Error(400, "limit and offset must be non-negative integers");
  }
  for (const char* d : {"since", "until"}) {
    std::string v = Get(p, d);
    if (!v.empty() && !report::ReportDate::Parse(v).ok()) return Error(400, std::string(d) + ": not a date");
  }
  auto lease = pool_->Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  ClaimsQuery q = BuildClaimsQuery(p);
  auto bind = [&](store::Statement& st) {
    for (size_t i = 0; i < q.values.size(); ++i) st.Bind(static_cast<int>(i + 1), q.values[i]);
  };
  const std::string from = " FROM claims c JOIN documents d ON d.rowid = c.doc" + q.where;
  store::Statement count(lease->get()->db(), ("SELECT count(*)" + from).c_str());
  bind(count);
  int64_t total = count.Step() ? count.ColumnInt(0) : 0;
  if (!count.status().ok()) return Error(500, count.status().message());
  const int n = static_cast<int>(q.values.size());
  store::Statement st(lease->get()->db(),
                      ("SELECT c.rowid, d.id, c.kind, c.place, c.code, c.lat, c.lon, c.side, c.speaker,"
                       " c.outlet, c.date, d.published, c.deadline, c.modality, c.negated, c.sentence" +
                       from + " ORDER BY c.rowid LIMIT ?" + std::to_string(n + 1) + " OFFSET ?" +
                       std::to_string(n + 2))
                          .c_str());
  bind(st);
  st.Bind(n + 1, limit).Bind(n + 2, offset);
  json claims = json::array();
  while (st.Step()) {
    json c = {{"id", st.ColumnInt(0)},        {"document", st.ColumnText(1)}, {"kind", st.ColumnText(2)},
              {"place", st.ColumnText(3)},    {"code", st.ColumnText(4)},     {"side", st.ColumnText(7)},
              {"speaker", st.ColumnText(8)},  {"outlet", st.ColumnText(9)},   {"date", st.ColumnText(10)},
              {"published", st.ColumnText(11)}, {"deadline", st.ColumnText(12)}, {"modality", st.ColumnText(13)},
              {"negated", st.ColumnInt(14) != 0}, {"sentence", st.ColumnText(15)}};
    c["lat"] = st.ColumnIsNull(5) ? json(nullptr) : json(st.ColumnDouble(5));
    c["lon"] = st.ColumnIsNull(6) ? json(nullptr) : json(st.ColumnDouble(6));
    claims.push_back(std::move(c));
  }
  if (!st.status().ok()) return Error(500, st.status().message());
  return Json({{"total", total}, {"limit", limit}, {"offset", offset}, {"claims", claims}});
}

ApiResponse Api::Contradictions() {
  std::shared_ptr<const report::Ledger> l;
  if (Status s = CurrentLedger(&l); !s.ok()) return Error(500, s.message());
  json j = json::array();
  for (const auto& c : report::FindContradictions(*l, report::BuildAllTimelines(*l))) {
    j.push_back(report::ContradictionJson(c));
  }
  return Json({{"contradictions", j}, {"as_of", l->as_of().ToString()}});
}

ApiResponse Api::Families() {
  auto lease = pool_->Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  std::vector<store::Family> fams;
  if (Status s = store::ListFamilies(lease->get(), &fams); !s.ok()) return Error(500, s.message());
  json j = json::array();
  for (const auto& f : fams) j.push_back({{"origin", f.origin}, {"members", f.members}});
  return Json({{"families", j}});
}

ApiResponse Api::Diff(const Params& p) {
  std::string doc = Get(p, "doc");
  if (doc.empty()) return Error(400, "diff needs ?doc=ID");
  auto lease = pool_->Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  std::vector<dedup::RewritePair> pairs;
  if (Status s = store::ListRewritePairs(lease->get(), doc, &pairs); !s.ok()) return Error(500, s.message());
  json j = json::array();
  for (const auto& pr : pairs) j.push_back(PairJson(pr));
  return Json({{"doc", doc}, {"pairs", j}});
}

ApiResponse Api::Documents(const Params& p) {
  int64_t limit, offset;
  if (!GetInt(p, "limit", limits_.default_page, limits_.max_page, &limit) ||
      !GetInt(p, "offset", 0, 1000000000, &offset)) {
    return Error(400, "limit and offset must be non-negative integers");
  }
  auto lease = pool_->Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  store::Statement st(lease->get()->db(),
                      "SELECT d.id, d.title, d.published, d.outlet, d.url,"
                      " (SELECT count(*) FROM claims c WHERE c.doc = d.rowid)"
                      " FROM documents d ORDER BY d.rowid LIMIT ?1 OFFSET ?2");
  st.Bind(1, limit).Bind(2, offset);
  json docs = json::array();
  while (st.Step()) {
    docs.push_back({{"id", st.ColumnText(0)},     {"title", st.ColumnText(1)}, {"published", st.ColumnText(2)},
                    {"outlet", st.ColumnText(3)}, {"url", st.ColumnText(4)},   {"claims", st.ColumnInt(5)}});
  }
  if (!st.status().ok()) return Error(500, st.status().message());
  return Json({{"total", lease->get()->CountDocuments()}, {"limit", limit}, {"offset", offset}, {"documents", docs}});
}

ApiResponse Api::Document(const Params& p) {
  std::string id = Get(p, "id");
  if (id.empty()) return Error(400, "document needs ?id=ID");
  auto lease = pool_->Acquire();
  if (!lease.ok()) return Error(500, lease.status().message());
  store::StoredDocument d;
  Status s = lease->get()->GetDocument(id, &d);
  if (!s.ok()) return Error(s.code() == Status::Code::kNotFound ? 404 : 500, s.message());
  json j = {{"id", d.doc.id},       {"title", d.doc.title},   {"text", d.doc.text},
            {"published", d.doc.published}, {"outlet", d.doc.outlet}, {"url", d.doc.url}};
  extract::Record r;
  if (lease->get()->GetRecord(id, &r).ok()) j["record"] = extract::RecordToJson(r);
  return Json(j);
}

}  // namespace sitrep::server

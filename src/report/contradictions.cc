#include "report/contradictions.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace sitrep::report {
namespace {

std::set<std::string> Sources(const Ledger& ledger, const TimelineEntry& e) {
  std::set<std::string> s;
  for (size_t i : e.claims) s.insert(ledger.docs()[ledger.claims()[i].doc].source);
  return s;
}

std::string Who(const TimelineEntry& e) {
  std::string w = e.speaker.empty() ? "unattributed" : e.speaker;
  if (!e.outlet.empty()) w += " via " + e.outlet;
  return w;
}

std::string Number(double v) {
  std::ostringstream o;
  o << v;
  return o.str();
}

void CapturedVsContested(const Ledger& ledger, const std::vector<TimelineEntry>& entries,
                         std::vector<Contradiction>* out) {
  std::map<std::string, std::vector<const TimelineEntry*>> captured, against;
  for (const auto& e : entries) {
    bool denial = e.negated || e.modality == "denied";
    if (e.kind == "captured" && !denial) captured[e.code].push_back(&e);
    if (e.kind == "contested" || (e.kind == "captured" && denial)) against[e.code].push_back(&e);
  }
  for (const auto& [code, caps] : captured) {
    auto it = against.find(code);
    if (it == against.end()) continue;
    for (const TimelineEntry* a : caps) {
      std::set<std::string> sa = Sources(ledger, *a);
      for (const TimelineEntry* b : it->second) {
        if (a->when.ok() && b->when.ok() && b->when.Compare(a->when) < 0) continue;
        std::set<std::string> sb = Sources(ledger, *b);
        bool independent = std::any_of(sb.begin(), sb.end(), [&](const std::string& s) { return !sa.count(s); });
        if (!independent) continue;
        Contradiction c;
        c.type = "captured vs contested";
        c.code = code;
        c.place = a->place;
        c.date = b->when.ToString();
        c.summary = a->place + " claimed captured (" + (a->when.ok() ? a->when.ToString() : "undated") + ", " +
                    Who(*a) + ") but " + (b->kind == "contested" ? "reported contested" : "capture denied") +
                    " (" + (b->when.ok() ? b->when.ToString() : "undated") + ", " + Who(*b) + ")";
        c.docs_a = a->docs;
        c.docs_b = b->docs;
        out->push_back(std::move(c));
      }
    }
  }
}

struct Figure {
  size_t doc;
  const extract::Quantity* q;
};

void Numbers(const Ledger& ledger, std::vector<Contradiction>* out) {
  // Bucket figures by (place, unit) so only comparable ones meet.
  std::map<std::pair<std::string, std::string>, std::vector<Figure>> buckets;
  const auto& docs = ledger.docs();
  for (size_t i = 0; i < docs.size(); ++i) {
    for (const auto& q : docs[i].quantities) {
      if (q.unit.empty() || q.value <= 0) continue;
      for (const auto& code : docs[i].place_codes) buckets[{code, q.unit}].push_back({i, &q});
    }
  }
  std::set<std::tuple<size_t, size_t, std::string>> seen;
  constexpr size_t kMaxBucket = 400;
  for (const auto& [key, figs] : buckets) {
    size_t n = std::min(figs.size(), kMaxBucket);
    for (size_t x = 0; x < n; ++x) {
      for (size_t y = x + 1; y < n; ++y) {
        const Figure& a = figs[x];
        const Figure& b = figs[y];
        const LedgerDoc& da = docs[a.doc];
        const LedgerDoc& db = docs[b.doc];
        if (da.source == db.source || a.q->value == b.q->value) continue;
        double hi = std::max(a.q->value, b.q->value), lo = std::min(a.q->value, b.q->value);
        if (hi / lo > 1.5) continue;
        if (da.date.ok() && db.date.ok() && std::labs(da.date.DayNumber() - db.date.DayNumber()) > 7) continue;
        auto tag = std::make_tuple(std::min(a.doc, b.doc), std::max(a.doc, b.doc), key.second);
        if (!seen.insert(tag).second) continue;  // one finding per document pair and unit
        const LedgerPlace* p = ledger.Place(key.first);
        Contradiction c;
        c.type = "numbers";
        c.code = key.first;
        c.place = p ? p->name : key.first;
        ReportDate later = da.date.ok() && (!db.date.ok() || da.date.Compare(db.date) > 0) ? da.date : db.date;
        c.date = later.ToString();
        c.summary = key.second + ": " + Number(a.q->value) + (a.q->bound.empty() || a.q->bound == "exact" ? "" : " (" + a.q->bound + ")") +
                    " in " + da.id + " vs " + Number(b.q->value) +
                    (b.q->bound.empty() || b.q->bound == "exact" ? "" : " (" + b.q->bound + ")") + " in " + db.id +
                    " (both about " + c.place + ")";
        c.docs_a = {da.id};
        c.docs_b = {db.id};
        out->push_back(std::move(c));
      }
    }
  }
}

void PastDeadlines(const std::vector<TimelineEntry>& entries, const Ledger& ledger,
                   std::vector<Contradiction>* out) {
  for (const auto& e : entries) {
    if (e.kind != "prediction" || e.deadline_status != "past deadline") continue;
    Contradiction c;
    c.type = "past deadline";
    c.code = e.code;
    c.place = e.place;
    c.date = e.deadline.ToString();
    c.summary = "prediction on " + e.place + " by " + Who(e) + " had a deadline of " + e.deadline.ToString() + " (" +
                e.deadline_basis + "); no capture claimed by " + ledger.as_of().ToString();
    c.docs_a = e.docs;
    out->push_back(std::move(c));
  }
}

}  // namespace

std::vector<Contradiction> FindContradictions(const Ledger& ledger, const std::vector<TimelineEntry>& entries) {
  std::vector<Contradiction> out;
  CapturedVsContested(ledger, entries, &out);
  Numbers(ledger, &out);
  PastDeadlines(entries, ledger, &out);
  return out;
}

}  // namespace sitrep::report

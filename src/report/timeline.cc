#include "report/timeline.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace sitrep::report {
namespace {

bool IsCaptureAssertion(const LedgerClaim& c) {
  return c.kind == "captured" && !c.negated && c.modality != "denied";
}

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

// The member claim's own deadline, or its statement date plus its horizon.
ReportDate ClaimDeadline(const Ledger& ledger, const LedgerClaim& c, std::string* basis) {
  const LedgerDoc& d = ledger.docs()[c.doc];
  ReportDate stated = ReportDate::Parse(c.deadline);
  if (stated.ok()) {
    *basis = "stated deadline";
    return stated.WithYearFrom(c.when.ok() ? c.when : d.date);
  }
  int horizon = HorizonDays(c.sentence);
  if (horizon < 0 || !c.when.ok()) return ReportDate();
  *basis = "horizon of " + std::to_string(horizon) + " day" + (horizon == 1 ? "" : "s") + " from " +
           (c.dated ? "the statement date " : "the report date ") + c.when.ToString();
  return c.when.AddDays(horizon);
}

void ResolvePrediction(const Ledger& ledger, TimelineEntry* e) {
  for (size_t i : e->claims) {
    std::string basis;
    ReportDate d = ClaimDeadline(ledger, ledger.claims()[i], &basis);
    if (d.ok() && (!e->deadline.ok() || d.Compare(e->deadline) < 0)) {
      e->deadline = d;
      e->deadline_basis = basis;
    }
  }
  if (!e->deadline.ok()) {
    e->deadline_status = "no deadline stated";
    return;
  }
  const ReportDate& now = ledger.as_of();
  if (!now.ok() || now.Compare(e->deadline) <= 0) {
    e->deadline_status = "open";
    return;
  }
  for (const auto& c : ledger.claims()) {
    if (c.code != e->code || !IsCaptureAssertion(c)) continue;
    if (!e->when.ok() || !c.when.ok() || c.when.Compare(e->when) >= 0) {
      e->deadline_status = "fulfilled";
      return;
    }
  }
  e->deadline_status = "past deadline";
}

}  // namespace

std::string SpeakerKey(const std::string& speaker) {
  std::string s = speaker;
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ',')) s.pop_back();
  size_t sp = s.find_last_of(' ');
  return FoldCase(sp == std::string::npos ? s : s.substr(sp + 1));
}

std::vector<TimelineEntry> BuildTimeline(const Ledger& ledger, const std::vector<std::string>& codes,
                                         const TimelineOptions& options) {
  std::set<std::string> wanted(codes.begin(), codes.end());
  using Key = std::tuple<std::string, std::string, std::string, bool, std::string>;
  std::map<Key, size_t> index;
  std::vector<TimelineEntry> out;
  std::vector<std::set<std::string>> sources;
  const auto& claims = ledger.claims();
  for (size_t i = 0; i < claims.size(); ++i) {
    const LedgerClaim& c = claims[i];
    if (!wanted.count(c.code)) continue;
    if (options.since.ok() && c.when.ok() && c.when.Compare(options.since) < 0) continue;
    Key key{c.code, c.kind, SpeakerKey(c.speaker), c.negated, c.when.ToString()};
    auto [it, fresh] = index.emplace(key, out.size());
    if (fresh) {
      TimelineEntry e;
      e.code = c.code;
      const LedgerPlace* p = ledger.Place(c.code);
      e.place = p ? p->name : c.place;
      e.kind = c.kind;
      e.modality = c.modality;
      e.side = c.side;
      e.speaker = c.speaker;
      e.outlet = c.outlet;
      e.negated = c.negated;
      e.when = c.when;
      out.push_back(std::move(e));
      sources.emplace_back();
    }
    TimelineEntry& e = out[it->second];
    e.claims.push_back(i);
    e.dated = e.dated || c.dated;
    if (e.speaker.size() < c.speaker.size()) e.speaker = c.speaker;  // the fuller name
    if (e.side.empty()) e.side = c.side;
    const LedgerDoc& d = ledger.docs()[c.doc];
    AddUnique(&e.docs, d.id);
    AddUnique(&e.outlets, c.outlet);
    AddUnique(&e.sentences, c.sentence);
    if (e.outlet.empty()) e.outlet = c.outlet;
    sources[it->second].insert(d.source);
  }
  for (size_t k = 0; k < out.size(); ++k) {
    out[k].independent_sources = static_cast<int>(sources[k].size());
    if (out[k].kind == "prediction") ResolvePrediction(ledger, &out[k]);
  }
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.when.ok() != b.when.ok()) return a.when.ok();
    if (a.when.ok()) {
      int c = a.when.Compare(b.when);
      if (c != 0) return c < 0;
    }
    // Same day: predictions first, then what happened; undated before dated
    // (an undated claim's date is its report date, the latest it can be).
    if (a.dated != b.dated) return !a.dated;
    return false;
  });
  return out;
}

std::vector<TimelineEntry> BuildAllTimelines(const Ledger& ledger) {
  std::vector<std::string> codes;
  for (const auto& [code, p] : ledger.places()) codes.push_back(code);
  auto all = BuildTimeline(ledger, codes);
  std::stable_sort(all.begin(), all.end(),
                   [](const TimelineEntry& a, const TimelineEntry& b) { return a.code < b.code; });
  return all;
}

}  // namespace sitrep::report

#include "report/ledger.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "extract/record_json.h"
#include "store/rewrite_store.h"
#include "store/statement.h"

namespace sitrep::report {

std::string FoldCase(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).foldCase().toUTF8String(out);
  return out;
}

namespace {

ReportDate LatestDate(const extract::Record& r) {
  ReportDate best;
  for (const auto& d : r.dates) {
    ReportDate x = ReportDate::Parse(d.value);
    if (x.ok() && (!best.ok() || x.Compare(best) > 0)) best = x;
  }
  return best;
}

}  // namespace

void Ledger::AddDocument(LedgerDoc doc) { docs_.push_back(std::move(doc)); }
void Ledger::AddClaim(LedgerClaim claim) { claims_.push_back(std::move(claim)); }

void Ledger::AddPlace(LedgerPlace place) {
  auto it = places_.find(place.code);
  if (it == places_.end()) {
    places_.emplace(place.code, std::move(place));
    return;
  }
  it->second.surfaces.insert(place.surfaces.begin(), place.surfaces.end());
  if (!it->second.has_coords && place.has_coords) {
    it->second.has_coords = true;
    it->second.lat = place.lat;
    it->second.lon = place.lon;
  }
}

void Ledger::SetFamilies(const std::map<std::string, std::string>& family_of) { family_of_ = family_of; }

void Ledger::Finish() {
  as_of_ = ReportDate();
  for (auto& d : docs_) {
    auto it = family_of_.find(d.id);
    d.source = it != family_of_.end() ? it->second : d.id;
    if (d.date.ok() && (!as_of_.ok() || d.date.Compare(as_of_) > 0)) as_of_ = d.date;
  }
  for (auto& c : claims_) {
    const LedgerDoc& d = docs_[c.doc];
    ReportDate own = ReportDate::Parse(c.date);
    c.dated = own.ok();
    c.when = own.ok() ? own.WithYearFrom(d.date) : d.date;
    if (!c.code.empty() && !places_.count(c.code)) {
      LedgerPlace p;
      p.code = c.code;
      p.name = c.place.empty() ? c.code : c.place;
      p.kind = "settlement";
      p.has_coords = c.has_coords;
      p.lat = c.lat;
      p.lon = c.lon;
      places_.emplace(p.code, p);
    }
  }
}

std::vector<std::string> Ledger::FindPlaces(const std::string& query) const {
  std::string q = FoldCase(query);
  std::vector<std::string> out;
  for (const auto& [code, p] : places_) {
    bool hit = FoldCase(code) == q || FoldCase(p.name) == q;
    for (auto it = p.surfaces.begin(); !hit && it != p.surfaces.end(); ++it) hit = FoldCase(*it) == q;
    if (hit) out.push_back(code);
  }
  return out;
}

const LedgerPlace* Ledger::Place(const std::string& code) const {
  auto it = places_.find(code);
  return it == places_.end() ? nullptr : &it->second;
}

Status Ledger::Load(store::Store* store, Ledger* out, std::string* warning) {
  using store::Statement;
  *out = Ledger();
  sqlite3* db = store->db();
  std::map<int64_t, size_t> by_rowid;
  {
    Statement st(db, "SELECT rowid, id, title, published, outlet, url FROM documents ORDER BY rowid");
    while (st.Step()) {
      LedgerDoc d;
      d.rowid = st.ColumnInt(0);
      d.id = st.ColumnText(1);
      d.title = st.ColumnText(2);
      d.published = st.ColumnText(3);
      d.outlet = st.ColumnText(4);
      d.url = st.ColumnText(5);
      d.date = ReportDate::Parse(d.published);
      by_rowid[d.rowid] = out->docs_.size();
      out->docs_.push_back(std::move(d));
    }
    SITREP_RETURN_IF_ERROR(st.status());
  }
  {
    Statement st(db, "SELECT doc, json FROM records");
    while (st.Step()) {
      auto it = by_rowid.find(st.ColumnInt(0));
      if (it == by_rowid.end()) continue;
      extract::Record r;
      auto j = nlohmann::json::parse(st.ColumnText(1), nullptr, false);
      if (!extract::RecordFromJson(j, &r).ok()) continue;
      LedgerDoc& d = out->docs_[it->second];
      d.quantities = std::move(r.quantities);
      d.sourcing = std::move(r.sourcing);
      for (const auto& p : r.places) d.place_codes.insert(p.code.empty() ? p.name : p.code);
      if (!d.date.ok()) d.date = LatestDate(r);
    }
    SITREP_RETURN_IF_ERROR(st.status());
  }
  {
    Statement st(db, "SELECT code, name, kind, admin1, lat, lon FROM places");
    while (st.Step()) {
      LedgerPlace p;
      p.code = st.ColumnText(0);
      p.name = st.ColumnText(1);
      p.kind = st.ColumnText(2);
      p.admin1 = st.ColumnText(3);
      p.has_coords = !st.ColumnIsNull(4) && !st.ColumnIsNull(5);
      p.lat = st.ColumnDouble(4);
      p.lon = st.ColumnDouble(5);
      out->AddPlace(std::move(p));
    }
    SITREP_RETURN_IF_ERROR(st.status());
  }
  {
    Statement st(db, "SELECT DISTINCT code, surface FROM mentions");
    while (st.Step()) {
      auto it = out->places_.find(st.ColumnText(0));
      if (it != out->places_.end()) it->second.surfaces.insert(st.ColumnText(1));
    }
    SITREP_RETURN_IF_ERROR(st.status());
  }
  {
    Statement st(db,
                 "SELECT rowid, doc, kind, code, place, lat, lon, side, speaker, outlet, date, deadline,"
                 " modality, negated, sentence FROM claims ORDER BY rowid");
    while (st.Step()) {
      auto it = by_rowid.find(st.ColumnInt(1));
      if (it == by_rowid.end()) continue;
      LedgerClaim c;
      c.rowid = st.ColumnInt(0);
      c.doc = it->second;
      c.kind = st.ColumnText(2);
      c.code = st.ColumnText(3);
      c.place = st.ColumnText(4);
      c.has_coords = !st.ColumnIsNull(5) && !st.ColumnIsNull(6);
      c.lat = st.ColumnDouble(5);
      c.lon = st.ColumnDouble(6);
      c.side = st.ColumnText(7);
      c.speaker = st.ColumnText(8);
      c.outlet = st.ColumnText(9);
      c.date = st.ColumnText(10);
      c.deadline = st.ColumnText(11);
      c.modality = st.ColumnText(12);
      c.negated = st.ColumnInt(13) != 0;
      c.sentence = st.ColumnText(14);
      out->claims_.push_back(std::move(c));
    }
    SITREP_RETURN_IF_ERROR(st.status());
  }
  std::vector<store::Family> families;
  Status fs = store::ListFamilies(store, &families);
  if (!fs.ok()) {
    if (warning) *warning = "rewrite families unavailable (" + fs.message() + "); each document counts as its own source";
  } else {
    std::map<std::string, std::string> family_of;
    for (const auto& f : families) {
      for (const auto& m : f.members) family_of[m] = f.origin.empty() ? f.members.front() : f.origin;
    }
    out->SetFamilies(family_of);
  }
  out->Finish();
  return Status::OK();
}

}  // namespace sitrep::report

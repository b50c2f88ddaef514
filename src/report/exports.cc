#include "report/exports.h"

#include <map>

#include "report/table.h"

namespace sitrep::report {
namespace {

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

nlohmann::json Str(const std::string& s) {
  return nlohmann::json(s);
}

std::string Dump(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string EntryDate(const TimelineEntry& e) {
  if (!e.when.ok()) return "undated";
  return (e.dated ? "" : "≤") + e.when.ToString();
}

nlohmann::json TimelineEntryJson(const TimelineEntry& e) {
  nlohmann::json j = {{"place", Str(e.place)},
                      {"code", Str(e.code)},
                      {"date", e.when.ToString()},
                      {"dated", e.dated},
                      {"kind", Str(e.kind)},
                      {"modality", Str(e.modality)},
                      {"negated", e.negated},
                      {"side", Str(e.side)},
                      {"speaker", Str(e.speaker)},
                      {"outlets", e.outlets},
                      {"documents", e.docs},
                      {"independent_sources", e.independent_sources},
                      {"sentences", e.sentences}};
  if (e.kind == "prediction") {
    j["deadline"] = e.deadline.ToString();
    j["deadline_basis"] = e.deadline_basis;
    j["deadline_status"] = e.deadline_status;
  }
  return j;
}

nlohmann::json ContradictionJson(const Contradiction& c) {
  return {{"type", c.type}, {"place", c.place},     {"code", c.code},
          {"date", c.date}, {"summary", c.summary}, {"documents_a", c.docs_a},
          {"documents_b", c.docs_b}};
}

Status WriteTimeline(const std::vector<TimelineEntry>& entries, const std::vector<Contradiction>& contradictions,
                     const std::string& format, std::ostream& out) {
  if (format == "json") {
    nlohmann::json j = {{"entries", nlohmann::json::array()}, {"contradictions", nlohmann::json::array()}};
    for (const auto& e : entries) j["entries"].push_back(TimelineEntryJson(e));
    for (const auto& c : contradictions) j["contradictions"].push_back(ContradictionJson(c));
    out << Dump(j, 2) << "\n";
    return Status::OK();
  }
  if (format != "table" && format != "csv") return Status::InvalidArgument("unknown format '" + format + "' (table|json|csv)");
  Table t({"date", "place", "kind", "modality", "speaker", "outlets", "sources", "documents", "deadline", "sentence"});
  for (const auto& e : entries) {
    std::string kind = e.negated ? e.kind + " (negated)" : e.kind;
    std::string deadline;
    if (e.kind == "prediction") {
      deadline = e.deadline.ok() ? e.deadline.ToString() + " " + e.deadline_status : e.deadline_status;
    }
    t.AddRow({format == "csv" ? e.when.ToString() : EntryDate(e), e.place, kind, e.modality, e.speaker,
              Join(e.outlets, format == "csv" ? ";" : ", "), std::to_string(e.independent_sources),
              Join(e.docs, format == "csv" ? ";" : ", "), deadline, e.sentences.empty() ? "" : e.sentences.front()});
  }
  if (format == "csv") {
    t.PrintCsv(out);
    return Status::OK();
  }
  t.PrintText(out, 48);
  if (!contradictions.empty()) {
    out << "\nContradictions:\n";
    for (const auto& c : contradictions) out << "  [" << c.type << "] " << c.summary << "\n";
  }
  return Status::OK();
}

Status WriteContradictions(const std::vector<Contradiction>& contradictions, const std::string& format,
                           std::ostream& out) {
  if (format == "json") {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& c : contradictions) j.push_back(ContradictionJson(c));
    out << Dump(j, 2) << "\n";
    return Status::OK();
  }
  if (format != "table" && format != "csv") return Status::InvalidArgument("unknown format '" + format + "' (table|json|csv)");
  Table t({"type", "place", "date", "summary", "documents"});
  for (const auto& c : contradictions) {
    std::string docs = Join(c.docs_a, ";");
    if (!c.docs_b.empty()) docs += " | " + Join(c.docs_b, ";");
    t.AddRow({c.type, c.place, c.date, c.summary, docs});
  }
  if (format == "csv") t.PrintCsv(out);
  else t.PrintText(out, 120);
  return Status::OK();
}

nlohmann::json PlacesGeoJson(const Ledger& ledger, const std::vector<TimelineEntry>& all_entries, int latest) {
  std::map<std::string, std::vector<const TimelineEntry*>> by_code;
  for (const auto& e : all_entries) by_code[e.code].push_back(&e);
  std::map<std::string, std::set<std::string>> docs_of;
  for (const auto& c : ledger.claims()) docs_of[c.code].insert(ledger.docs()[c.doc].id);
  nlohmann::json features = nlohmann::json::array();
  for (const auto& [code, p] : ledger.places()) {
    if (!p.has_coords) continue;
    auto it = by_code.find(code);
    std::vector<const TimelineEntry*> es = it == by_code.end() ? std::vector<const TimelineEntry*>() : it->second;
    int claims = 0;
    for (const auto* e : es) claims += static_cast<int>(e->claims.size());
    nlohmann::json props = {{"code", code},   {"name", p.name},     {"kind", p.kind},
                            {"admin1", p.admin1}, {"claims", claims}, {"documents", docs_of[code].size()}};
    std::vector<std::string> lines;
    for (int k = static_cast<int>(es.size()) - 1; k >= 0 && static_cast<int>(lines.size()) < latest; --k) {
      const TimelineEntry* e = es[k];
      lines.push_back(EntryDate(*e) + " " + e->kind + (e->speaker.empty() ? "" : " (" + e->speaker + ")"));
    }
    if (!es.empty()) {
      props["latest_date"] = es.back()->when.ToString();
      props["latest_kind"] = es.back()->kind;
    } else {
      props["latest_date"] = "";
      props["latest_kind"] = "";
    }
    props["latest_claims"] = Join(lines, "; ");
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}},
                        {"properties", props}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

}  // namespace sitrep::report

#include "report/html_report.h"

#include <map>
#include <set>

#include "report/exports.h"
#include "report/html_escape.h"

namespace sitrep::report {
namespace {

std::string E(const std::string& s) { return HtmlEscape(s); }

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

constexpr const char* kStyle = R"css(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1c2833;background:#fff}
header{background:#1c2833;color:#fff;padding:12px 20px}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#d5d8dc;font-size:12px}
nav{padding:6px 20px;background:#eaeded;position:sticky;top:0;z-index:2}nav a{margin-right:14px;color:#1a5276}
main{padding:0 20px 40px;max-width:1200px}h2{border-bottom:2px solid #d5d8dc;padding-bottom:4px;margin-top:28px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e8e8;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f8f9f9}.map{width:100%;max-width:900px;border:1px solid #d5d8dc}
.kind{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:12px}
.past{color:#c0392b;font-weight:bold}.sent{color:#566573;font-size:12px}.src{font-weight:bold}
mark{background:#fcf3cf}.added mark{background:#f9e79f}.flag{color:#a04000}
.filters input,.filters select{margin-right:8px}.legend span{margin-right:12px}
details{margin:6px 0}.pair{border:1px solid #e5e8e8;padding:6px 10px;margin:8px 0}
.cols{display:flex;gap:16px}.cols>div{flex:1}.fulltext{white-space:pre-wrap;font-size:12px;background:#fbfcfc;padding:6px}
)css";

// Filters the claims table by the inputs' values (plain DOM, no network).
constexpr const char* kScript = R"js(
(function(){
  var inputs=document.querySelectorAll('.filters [data-col]');
  var rows=document.querySelectorAll('#claims-table tbody tr');
  var count=document.getElementById('claims-count');
  function apply(){
    var shown=0;
    rows.forEach(function(r){
      var ok=true;
      inputs.forEach(function(i){
        var v=i.value.trim().toLowerCase(); if(!v) return;
        var cell=(r.getAttribute('data-'+i.getAttribute('data-col'))||'').toLowerCase();
        if(i.tagName==='SELECT'? cell!==v : cell.indexOf(v)<0) ok=false;
      });
      r.style.display=ok?'':'none'; if(ok) shown++;
    });
    if(count) count.textContent=String(shown);
  }
  inputs.forEach(function(i){i.addEventListener('input',apply);i.addEventListener('change',apply);});
  apply();
})();
)js";

std::string KindBadge(const std::string& kind) {
  return "<span class=\"kind\" style=\"background:" + std::string(KindColor(kind)) + "\">" + E(kind) + "</span>";
}

void WriteMap(const ReportInput& in, std::ostream& out) {
  std::map<std::string, std::vector<const TimelineEntry*>> by_code;
  for (const auto& e : in.entries) by_code[e.code].push_back(&e);
  std::vector<MapPoint> points;
  int without = 0;
  for (const auto& [code, p] : in.ledger->places()) {
    auto it = by_code.find(code);
    if (it == by_code.end()) continue;
    if (!p.has_coords) {
      ++without;
      continue;
    }
    MapPoint m;
    m.code = code;
    m.name = p.name;
    m.lat = p.lat;
    m.lon = p.lon;
    m.latest_kind = it->second.back()->kind;
    int n = 0;
    for (const auto* e : it->second) n += static_cast<int>(e->claims.size());
    m.weight = n;
    m.tooltip = p.name + " — " + std::to_string(n) + " claim(s), latest: " + m.latest_kind + " " +
                EntryDate(*it->second.back());
    points.push_back(std::move(m));
  }
  out << "<section id=\"map\"><h2>Map</h2>" << MapSvg(points, in.outline);
  out << "<p class=\"legend\">";
  for (const char* k : {"captured", "fighting", "withdrawal", "contested", "prediction"}) {
    out << "<span>" << KindBadge(k) << "</span>";
  }
  out << "</p><p class=\"sent\">Circles: places with claims, coloured by the latest claim, sized by the number of "
         "claims. "
      << (in.outline.empty() ? "No country outline data installed: graticule only. " : "Outline: Natural Earth. ")
      << (without ? std::to_string(without) + " place(s) without coordinates are not drawn." : "") << "</p></section>\n";
}

void WriteContradictions(const ReportInput& in, std::ostream& out) {
  out << "<section id=\"contradictions\"><h2>Contradictions (" << in.contradictions.size() << ")</h2>";
  if (in.contradictions.empty()) out << "<p>None found.</p>";
  else {
    out << "<table><thead><tr><th>type</th><th>place</th><th>date</th><th>what</th><th>documents</th></tr></thead><tbody>";
    for (const auto& c : in.contradictions) {
      std::string docs = Join(c.docs_a, ", ") + (c.docs_b.empty() ? "" : " | " + Join(c.docs_b, ", "));
      out << "<tr><td class=\"" << (c.type == "past deadline" ? "past" : "") << "\">" << E(c.type) << "</td><td><a href=\"#place-"
          << E(c.code) << "\">" << E(c.place) << "</a></td><td>" << E(c.date) << "</td><td>" << E(c.summary)
          << "</td><td>" << E(docs) << "</td></tr>";
    }
    out << "</tbody></table>";
  }
  out << "</section>\n";
}

void WriteTimelines(const ReportInput& in, std::ostream& out) {
  out << "<section id=\"timelines\"><h2>Timelines</h2>";
  std::map<std::string, std::vector<const TimelineEntry*>> by_code;
  for (const auto& e : in.entries) by_code[e.code].push_back(&e);
  if (by_code.empty()) out << "<p>No claims in the store.</p>";
  for (const auto& [code, es] : by_code) {
    const LedgerPlace* p = in.ledger->Place(code);
    std::string name = p ? p->name : code;
    out << "<div class=\"timeline\" id=\"place-" << E(code) << "\"><h3>" << E(name);
    if (p && !p->admin1.empty()) out << " <small>(" << E(p->admin1) << ")</small>";
    if (p && !p->surfaces.empty()) {
      std::vector<std::string> sf(p->surfaces.begin(), p->surfaces.end());
      out << " <small class=\"sent\">also written " << E(Join(sf, ", ")) << "</small>";
    }
    out << "</h3><table><thead><tr><th>date</th><th>kind</th><th>modality</th><th>speaker</th><th>outlets</th>"
           "<th>independent sources</th><th>documents</th><th>deadline</th></tr></thead><tbody>";
    for (const auto* e : es) {
      out << "<tr><td>" << E(EntryDate(*e)) << "</td><td>" << KindBadge(e->kind) << (e->negated ? " (negated)" : "")
          << "</td><td>" << E(e->modality) << "</td><td>" << E(e->speaker) << "</td><td>" << E(Join(e->outlets, ", "))
          << "</td><td class=\"src\">" << e->independent_sources << "</td><td>" << E(Join(e->docs, ", ")) << "</td><td";
      if (e->kind == "prediction") {
        out << (e->deadline_status == "past deadline" ? " class=\"past\"" : "") << ">"
            << E(e->deadline.ok() ? e->deadline.ToString() + " — " + e->deadline_status : e->deadline_status);
        if (!e->deadline_basis.empty()) out << "<div class=\"sent\">" << E(e->deadline_basis) << "</div>";
      } else {
        out << ">";
      }
      out << "</td></tr>";
      if (!e->sentences.empty()) {
        out << "<tr><td></td><td colspan=\"7\" class=\"sent\">" << E(e->sentences.front());
        if (e->sentences.size() > 1) out << " <em>(+" << e->sentences.size() - 1 << " other wording(s))</em>";
        out << "</td></tr>";
      }
    }
    out << "</tbody></table></div>";
  }
  out << "</section>\n";
}

void WriteClaimsTable(const ReportInput& in, std::ostream& out) {
  const auto& claims = in.ledger->claims();
  std::set<std::string> kinds;
  for (const auto& c : claims) kinds.insert(c.kind);
  out << "<section id=\"claims\"><h2>Claims (<span id=\"claims-count\">" << claims.size() << "</span> of "
      << claims.size() << ")</h2><p class=\"filters\">"
      << "<input data-col=\"place\" placeholder=\"place\" aria-label=\"filter by place\">"
      << "<select data-col=\"kind\" aria-label=\"filter by kind\"><option value=\"\">any kind</option>";
  for (const auto& k : kinds) out << "<option value=\"" << E(k) << "\">" << E(k) << "</option>";
  out << "</select><input data-col=\"speaker\" placeholder=\"speaker\" aria-label=\"filter by speaker\">"
      << "<input data-col=\"outlet\" placeholder=\"outlet\" aria-label=\"filter by outlet\">"
      << "<input data-col=\"date\" placeholder=\"date (e.g. 11-21)\" aria-label=\"filter by date\"></p>";
  out << "<table id=\"claims-table\"><thead><tr><th>date</th><th>place</th><th>kind</th><th>modality</th><th>speaker</th>"
         "<th>outlet</th><th>document</th><th>sentence</th></tr></thead><tbody>";
  for (const auto& c : claims) {
    const LedgerDoc& d = in.ledger->docs()[c.doc];
    const LedgerPlace* p = in.ledger->Place(c.code);
    std::string place = p ? p->name : c.place;
    std::string date = c.when.ToString();
    std::string lower_kind = c.kind;
    out << "<tr data-place=\"" << E(place) << "\" data-kind=\"" << E(lower_kind) << "\" data-speaker=\"" << E(c.speaker)
        << "\" data-outlet=\"" << E(c.outlet) << "\" data-date=\"" << E(date) << "\"><td>" << E(c.dated ? date : "≤" + date)
        << "</td><td>" << E(place) << "</td><td>" << E(c.kind) << (c.negated ? " (negated)" : "") << "</td><td>"
        << E(c.modality) << "</td><td>" << E(c.speaker) << "</td><td>" << E(c.outlet) << "</td><td>" << E(d.id)
        << "</td><td class=\"sent\">" << E(c.sentence) << "</td></tr>";
  }
  out << "</tbody></table></section>\n";
}

void WriteFamilies(const ReportInput& in, std::ostream& out) {
  out << "<section id=\"families\"><h2>Story families (" << in.families.size() << ")</h2>";
  if (in.families.empty()) out << "<p>No rewrite families in the store.</p>";
  for (const auto& f : in.families) {
    out << "<div class=\"family\"><h3>Origin " << E(f.origin) << " — " << f.members.size() << " documents</h3>";
    for (const auto& pr : in.pairs) {
      bool in_family = std::find(f.members.begin(), f.members.end(), pr.a) != f.members.end();
      if (!in_family) continue;
      out << "<div class=\"pair\"><p><b>" << E(pr.b) << "</b> rewrites <b>" << E(pr.a) << "</b> (similarity "
          << static_cast<int>(pr.similarity * 100 + 0.5) << "%)</p><div class=\"cols\">";
      auto list = [&](const char* title, const std::vector<std::string>& v, bool added) {
        out << "<div" << (added ? " class=\"added\"" : "") << "><h4>" << title << " (" << v.size() << ")</h4><ul>";
        for (const auto& s : v) out << "<li>" << (added ? "<mark>" : "") << E(s) << (added ? "</mark>" : "") << "</li>";
        out << "</ul></div>";
      };
      list("Only in the source", pr.added_in_a, false);
      list("Added by the rewrite", pr.added_in_b, true);
      out << "</div>";
      if (!pr.quotes_only_in_a.empty() || !pr.quotes_only_in_b.empty()) {
        out << "<div class=\"cols\">";
        list("Quotes only in the source", pr.quotes_only_in_a, false);
        list("Quotes only in the rewrite", pr.quotes_only_in_b, true);
        out << "</div>";
      }
      out << "</div>";
    }
    out << "</div>";
  }
  out << "</section>\n";
}

void WriteSourcing(const ReportInput& in, std::ostream& out) {
  out << "<section id=\"sourcing\"><h2>Documents and sourcing flags</h2><table><thead><tr><th>document</th><th>title</th>"
         "<th>report date</th><th>outlet</th><th>source</th><th>sourcing flags</th></tr></thead><tbody>";
  for (const auto& d : in.ledger->docs()) {
    out << "<tr><td>" << E(d.id) << "</td><td>" << E(d.title) << "</td><td>" << E(d.date.ToString()) << "</td><td>"
        << E(d.outlet) << "</td><td>" << (d.source == d.id ? "own" : "family of " + E(d.source)) << "</td><td>";
    for (const auto& f : d.sourcing) out << "<div class=\"flag\">" << E(f.kind) << ": " << E(f.text) << "</div>";
    out << "</td></tr>";
  }
  out << "</tbody></table></section>\n";
}

}  // namespace

void WriteHtmlReport(const ReportInput& in, std::ostream& out) {
  const Ledger& l = *in.ledger;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">"
      << "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      << "<link rel=\"icon\" href=\"data:,\">"
      << "<title>" << E(in.title) << "</title><style>" << kStyle << "</style></head><body>";
  out << "<header><h1>" << E(in.title) << "</h1><p>" << l.docs().size() << " documents, " << l.claims().size()
      << " claims, " << in.families.size() << " story families; as of " << E(l.as_of().ok() ? l.as_of().ToString() : "unknown")
      << " (the latest report date in the store)</p>";
  for (const auto& n : in.notes) out << "<p>" << E(n) << "</p>";
  out << "</header><nav><a href=\"#map\">Map</a><a href=\"#contradictions\">Contradictions</a><a "
         "href=\"#timelines\">Timelines</a><a href=\"#claims\">Claims</a><a href=\"#families\">Families</a><a "
         "href=\"#sourcing\">Sourcing</a></nav><main>";
  WriteMap(in, out);
  WriteContradictions(in, out);
  WriteTimelines(in, out);
  WriteClaimsTable(in, out);
  WriteFamilies(in, out);
  WriteSourcing(in, out);
  out << "</main><script>" << kScript << "</script></body></html>\n";
}

}  // namespace sitrep::report

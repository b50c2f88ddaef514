// `sitrep report [--db FILE] [-o report.html] [--geojson FILE]`: writes the
// self-contained HTML report (report/html_report.h) and, on request, a
// GeoJSON FeatureCollection of the places with their latest claims.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "report/contradictions.h"
#include "report/exports.h"
#include "report/html_report.h"
#include "report/ledger.h"
#include "report/outline.h"
#include "report/timeline.h"
#include "store/rewrite_store.h"
#include "store/store.h"

namespace sitrep::cli {
namespace {

struct ReportOptions {
  std::string db = DefaultDbPath();
  std::string output = "report.html";
  std::string geojson;
  std::string outline;
};

int RunReport(const ReportOptions& o) {
  store::Store::Options so;
  so.create_if_missing = false;
  auto st = store::Store::Open(o.db, so);
  if (!st.ok()) {
    so.read_only = true;  // e.g. a store on read-only media
    st = store::Store::Open(o.db, so);
  }
  if (!st.ok()) {
    PrintError(st.status().message());
    return 1;
  }
  report::Ledger ledger;
  report::ReportInput in;
  std::string warning;
  Status s = report::Ledger::Load(st->get(), &ledger, &warning);
  if (!s.ok()) {
    PrintError(s.message());
    return 1;
  }
  if (!warning.empty()) in.notes.push_back(warning);
  in.ledger = &ledger;
  in.entries = report::BuildAllTimelines(ledger);
  in.contradictions = report::FindContradictions(ledger, in.entries);
  if (Status fs = store::ListFamilies(st->get(), &in.families); !fs.ok()) {
    in.notes.push_back("rewrite families unavailable: " + fs.message());
  }
  if (Status ps = store::ListRewritePairs(st->get(), "", &in.pairs); !ps.ok()) {
    in.notes.push_back("rewrite pairs unavailable: " + ps.message());
  }
  std::string outline_path = o.outline.empty() ? report::DefaultOutlinePath() : o.outline;
  if (!outline_path.empty()) {
    Status os = report::LoadOutline(outline_path, &in.outline);
    if (!os.ok()) {
      if (!o.outline.empty()) {
        PrintError(os.message());
        return 1;
      }
      in.notes.push_back("no map outline: " + os.message());
    } else {
      in.notes.push_back("Map outline: Natural Earth (public domain), via the npm package world-atlas.");
    }
  }
  if (!o.geojson.empty()) {
    std::ofstream g(o.geojson);
    g << report::PlacesGeoJson(ledger, in.entries).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    if (!g) {
      PrintError(o.geojson + ": cannot write");
      return 1;
    }
  }
  std::ofstream f;
  std::ostream* out = &std::cout;
  if (o.output != "-") {
    f.open(o.output);
    if (!f) {
      PrintError(o.output + ": cannot write");
      return 1;
    }
    out = &f;
  }
  report::WriteHtmlReport(in, *out);
  out->flush();
  if (!*out) {
    PrintError(o.output + ": write failed");
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterReport(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ReportOptions>();
  auto* sub = app.add_subcommand("report", "write a self-contained HTML report (map, timelines, claims, families)");
  sub->add_option("--db", o->db, "store file")->capture_default_str();
  sub->add_option("-o,--output", o->output, "HTML file to write, - for stdout")->capture_default_str();
  sub->add_option("--geojson", o->geojson, "also write places with their latest claims as GeoJSON (for QGIS)");
  sub->add_option("--outline", o->outline,
                  "country outline for the map: a world-atlas TopoJSON file (default: node_modules/world-atlas/"
                  "countries-50m.json when installed)");
  sub->callback([run, o] { *run = [o] { return RunReport(*o); }; });
}

}  // namespace sitrep::cli

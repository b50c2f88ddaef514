#include "report/outline.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "util/data_path.h"

namespace sitrep::report {

std::string DefaultOutlinePath() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string rel = "/node_modules/world-atlas/countries-50m.json";
  for (const std::string& base : {std::string("."), fs::path(DataDir()).parent_path().string(),
                                  fs::path(SITREP_SOURCE_DATA_DIR).parent_path().string()}) {
    if (fs::exists(base + rel, ec)) return base + rel;
  }
  return "";
}

Status LoadOutline(const std::string& path, std::vector<MapRing>* rings, const std::string& country_id) {
  using nlohmann::json;
  rings->clear();
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  json t = json::parse(in, nullptr, false);
  if (t.is_discarded() || !t.is_object()) return Status::Corruption(path + ": not JSON");
  try {
    const json& arcs = t.at("arcs");
    double sx = 1, sy = 1, tx = 0, ty = 0;
    bool quantized = t.contains("transform");
    if (quantized) {
      sx = t["transform"]["scale"][0].get<double>();
      sy = t["transform"]["scale"][1].get<double>();
      tx = t["transform"]["translate"][0].get<double>();
      ty = t["transform"]["translate"][1].get<double>();
    }
    auto decode = [&](int index) {
      bool reversed = index < 0;
      size_t i = static_cast<size_t>(reversed ? ~index : index);
      MapRing pts;
      double x = 0, y = 0;
      for (const auto& p : arcs.at(i)) {
        if (quantized) {
          x += p[0].get<double>();
          y += p[1].get<double>();
          pts.emplace_back(x * sx + tx, y * sy + ty);
        } else {
          pts.emplace_back(p[0].get<double>(), p[1].get<double>());
        }
      }
      if (reversed) std::reverse(pts.begin(), pts.end());
      return pts;
    };
    for (const auto& g : t.at("objects").at("countries").at("geometries")) {
      if (!g.contains("id") || g["id"].dump() != "\"" + country_id + "\"") continue;
      std::vector<json> polygons;
      if (g["type"] == "Polygon") polygons.push_back(g["arcs"]);
      else if (g["type"] == "MultiPolygon") for (const auto& p : g["arcs"]) polygons.push_back(p);
      for (const auto& poly : polygons) {
        for (const auto& ring_arcs : poly) {
          MapRing ring;
          for (const auto& a : ring_arcs) {
            MapRing part = decode(a.get<int>());
            ring.insert(ring.end(), ring.empty() ? part.begin() : part.begin() + (part.empty() ? 0 : 1), part.end());
          }
          if (ring.size() >= 3) rings->push_back(std::move(ring));
        }
      }
    }
  } catch (const json::exception& e) {
    return Status::Corruption(path + ": not a world-atlas TopoJSON file: " + e.what());
  }
  if (rings->empty()) return Status::NotFound(path + ": no country with id " + country_id);
  return Status::OK();
}

}  // namespace sitrep::report

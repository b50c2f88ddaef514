#include "report/map_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/html_escape.h"

namespace sitrep::report {
namespace {

std::string Fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

const char* KindColor(const std::string& kind) {
  if (kind == "captured") return "#c0392b";
  if (kind == "fighting") return "#e67e22";
  if (kind == "withdrawal") return "#8e44ad";
  if (kind == "contested") return "#2980b9";
  if (kind == "prediction") return "#7f8c8d";
  return "#34495e";
}

std::string MapSvg(const std::vector<MapPoint>& points, const std::vector<MapRing>& outline, int width) {
  double lon0 = 22, lon1 = 40.5, lat0 = 44, lat1 = 52.5;
  for (const auto& p : points) {
    lon0 = std::min(lon0, std::floor(p.lon) - 0.5);
    lon1 = std::max(lon1, std::ceil(p.lon) + 0.5);
    lat0 = std::min(lat0, std::floor(p.lat) - 0.5);
    lat1 = std::max(lat1, std::ceil(p.lat) + 0.5);
  }
  const double kx = std::cos((lat0 + lat1) / 2 * M_PI / 180);
  const double scale = width / ((lon1 - lon0) * kx);
  const int height = static_cast<int>((lat1 - lat0) * scale);
  auto X = [&](double lon) { return (lon - lon0) * kx * scale; };
  auto Y = [&](double lat) { return (lat1 - lat) * scale; };

  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 " + std::to_string(width) +
                  " " + std::to_string(height) + "\" role=\"img\" aria-label=\"map of places\">";
  s += "<rect width=\"100%\" height=\"100%\" fill=\"#f4f6f7\"/>";
  s += "<g stroke=\"#d5dbdb\" stroke-width=\"0.6\" font-size=\"9\" fill=\"#95a5a6\">";
  for (int lon = static_cast<int>(std::ceil(lon0 / 2) * 2); lon <= lon1; lon += 2) {
    s += "<line x1=\"" + Fmt(X(lon)) + "\" y1=\"0\" x2=\"" + Fmt(X(lon)) + "\" y2=\"" + std::to_string(height) + "\"/>";
    s += "<text x=\"" + Fmt(X(lon) + 2) + "\" y=\"" + std::to_string(height - 3) + "\" stroke=\"none\">" +
         std::to_string(lon) + "°E</text>";
  }
  for (int lat = static_cast<int>(std::ceil(lat0)); lat <= lat1; lat += 1) {
    s += "<line x1=\"0\" y1=\"" + Fmt(Y(lat)) + "\" x2=\"" + std::to_string(width) + "\" y2=\"" + Fmt(Y(lat)) + "\"/>";
    s += "<text x=\"2\" y=\"" + Fmt(Y(lat) - 2) + "\" stroke=\"none\">" + std::to_string(lat) + "°N</text>";
  }
  s += "</g>";
  if (!outline.empty()) {
    s += "<path class=\"outline\" fill=\"#fdfefe\" stroke=\"#7f8c8d\" stroke-width=\"1\" d=\"";
    for (const auto& ring : outline) {
      for (size_t i = 0; i < ring.size(); ++i) {
        s += (i == 0 ? "M" : "L") + Fmt(X(ring[i].first)) + "," + Fmt(Y(ring[i].second));
      }
      s += "Z";
    }
    s += "\"/>";
  }
  std::vector<const MapPoint*> sorted;
  for (const auto& p : points) sorted.push_back(&p);
  std::sort(sorted.begin(), sorted.end(), [](const MapPoint* a, const MapPoint* b) { return a->weight > b->weight; });
  for (const MapPoint* p : sorted) {
    double r = 3.5 + 2.0 * std::log2(1.0 + std::max(0, p->weight));
    std::string code = HtmlEscape(p->code);
    s += "<a href=\"#place-" + code + "\" class=\"place\" data-code=\"" + code + "\">";
    s += "<title>" + HtmlEscape(p->tooltip.empty() ? p->name : p->tooltip) + "</title>";
    s += "<circle cx=\"" + Fmt(X(p->lon)) + "\" cy=\"" + Fmt(Y(p->lat)) + "\" r=\"" + Fmt(r) + "\" fill=\"" +
         KindColor(p->latest_kind) + "\" fill-opacity=\"0.8\" stroke=\"#fff\"/>";
    s += "<text x=\"" + Fmt(X(p->lon) + r + 2) + "\" y=\"" + Fmt(Y(p->lat) + 3) + "\" font-size=\"10\">" +
         HtmlEscape(p->name) + "</text></a>";
  }
  s += "</svg>";
  return s;
}

}  // namespace sitrep::report

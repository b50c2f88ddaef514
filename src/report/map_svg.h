// MapSvg: an inline SVG map of places (equirectangular projection scaled by
// cos(latitude) over a Ukraine-wide frame, 44-52.5 N, 22-40.5 E, widened to
// fit every point), with a 2-degree graticule and, when an outline is given,
// a country outline. Each place is a circle coloured by its latest claim
// kind, linked to `#place-<code>`, with its name as a label and a <title>.
// All text is HTML-escaped.
#ifndef SITREP_REPORT_MAP_SVG_H_
#define SITREP_REPORT_MAP_SVG_H_

#include <string>
#include <vector>

namespace sitrep::report {

struct MapPoint {
  std::string code, name, latest_kind, tooltip;
  double lat = 0, lon = 0;
  int weight = 1;  // number of claims: the radius grows with its log
};

// A ring of (lon, lat) vertices.
using MapRing = std::vector<std::pair<double, double>>;

std::string MapSvg(const std::vector<MapPoint>& points, const std::vector<MapRing>& outline, int width = 760);

// The colour the map, the timelines and the UI use for a claim kind.
const char* KindColor(const std::string& kind);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_MAP_SVG_H_

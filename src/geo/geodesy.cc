#include <algorithm>
#include <cmath>

#include "geo/gazetteer_entry.h"

namespace sitrep::geo {
namespace {
constexpr double kDeg = M_PI / 180.0;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  double p1 = lat1 * kDeg, p2 = lat2 * kDeg;
  double dp = p2 - p1, dl = (lon2 - lon1) * kDeg;
  double h = std::sin(dp / 2) * std::sin(dp / 2) +
             std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

SpherePoint ToSpherePoint(double lat, double lon) {
  SpherePoint p;
  p.sin_half_lat = std::sin(lat * kDeg / 2);
  p.cos_half_lat = std::cos(lat * kDeg / 2);
  p.sin_half_lon = std::sin(lon * kDeg / 2);
  p.cos_half_lon = std::cos(lon * kDeg / 2);
  p.cos_lat = std::cos(lat * kDeg);
  return p;
}

double HaversineTerm(const SpherePoint& a, const SpherePoint& b) {
  // sin((x2 - x1) / 2) = sin(x2/2) cos(x1/2) - cos(x2/2) sin(x1/2)
  double s_lat = b.sin_half_lat * a.cos_half_lat - b.cos_half_lat * a.sin_half_lat;
  double s_lon = b.sin_half_lon * a.cos_half_lon - b.cos_half_lon * a.sin_half_lon;
  return s_lat * s_lat + a.cos_lat * b.cos_lat * s_lon * s_lon;
}

double HaversineToKm(double term) { return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(term))); }

double BearingDeg(double lat1, double lon1, double lat2, double lon2) {
  double p1 = lat1 * kDeg, p2 = lat2 * kDeg, dl = (lon2 - lon1) * kDeg;
  double y = std::sin(dl) * std::cos(p2);
  double x = std::cos(p1) * std::sin(p2) - std::sin(p1) * std::cos(p2) * std::cos(dl);
  double b = std::atan2(y, x) / kDeg;
  return b < 0 ? b + 360 : b;
}

}  // namespace sitrep::geo

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

double BearingDeg(double lat1, double lon1, double lat2, double lon2) {
  double p1 = lat1 * kDeg, p2 = lat2 * kDeg, dl = (lon2 - lon1) * kDeg;
  double y = std::sin(dl) * std::cos(p2);
  double x = std::cos(p1) * std::sin(p2) - std::sin(p1) * std::cos(p2) * std::cos(dl);
  double b = std::atan2(y, x) / kDeg;
  return b < 0 ? b + 360 : b;
}

}  // namespace sitrep::geo

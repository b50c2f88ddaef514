// Distances on the sphere: the haversine shortcut for many-to-many loops
// agrees with DistanceKm.
#include <gtest/gtest.h>

#include "geo/gazetteer_entry.h"

namespace sitrep::geo {
namespace {

TEST(GeodesyTest, DistanceKmKnownPairs) {
  EXPECT_NEAR(DistanceKm(50.45, 30.52, 50.45, 30.52), 0, 1e-9);
  // One degree of latitude: 6371 * pi / 180 km.
  EXPECT_NEAR(DistanceKm(48, 37, 49, 37), 111.195, 0.001);
  // Kyiv to Kharkiv, about 410 km.
  EXPECT_NEAR(DistanceKm(50.45, 30.52, 49.99, 36.23), 410, 10);
}

TEST(GeodesyTest, HaversineTermAgreesWithDistanceKm) {
  struct P {
    double lat, lon;
  } pts[] = {{48.72, 37.56}, {48.39818, 37.85253}, {47.16877, 37.22615}, {50.1, 30.1},
             {-33.9, 151.2}, {0, 0},               {0, 179.9},           {89.9, -45}};
  for (const P& a : pts) {
    for (const P& b : pts) {
      double want = DistanceKm(a.lat, a.lon, b.lat, b.lon);
      double got = HaversineToKm(HaversineTerm(ToSpherePoint(a.lat, a.lon), ToSpherePoint(b.lat, b.lon)));
      EXPECT_NEAR(got, want, 1e-6 + want * 1e-9) << a.lat << "," << a.lon << " -> " << b.lat << "," << b.lon;
    }
  }
  // Monotone: the nearer point has the smaller term.
  SpherePoint k = ToSpherePoint(48.72, 37.56);
  EXPECT_LT(HaversineTerm(k, ToSpherePoint(48.73, 37.58)), HaversineTerm(k, ToSpherePoint(47.17, 37.23)));
}

}  // namespace
}  // namespace sitrep::geo

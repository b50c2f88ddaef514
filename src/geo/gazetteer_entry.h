// One place of the gazetteer and the postings that tie a spelling to it.
#ifndef SITREP_GEO_GAZETTEER_ENTRY_H_
#define SITREP_GEO_GAZETTEER_ENTRY_H_

#include <cstdint>
#include <string>

#include "geo/resolution.h"

namespace sitrep::geo {

// How important a settlement is, from the GeoNames feature code and population.
enum class Rank : uint8_t { kVillage = 0, kTown = 1, kRaionCentre = 2, kOblastCentre = 3, kCapital = 4 };

struct Entry {
  std::string name;     // official English name ("Kostiantynivka", "Donetsk Oblast")
  std::string name_uk;  // Ukrainian Cyrillic name when known
  PlaceKind kind = PlaceKind::kSettlement;
  std::string admin1;   // "Donetsk"
  std::string admin2;   // raion ("Kramatorskyi") when known
  std::string code;     // OCHA place code "UA14...", else "gn:<GeoNames id>", or "region:UA.05"
  std::string scope;    // regions: GeoNames admin1 codes covered, e.g. "UA.05,UA.14"
  std::string admin1_code;  // GeoNames admin1 code of the place ("UA.05")
  double lat = 0, lon = 0;
  bool has_coords = false;
  uint32_t population = 0;  // 0 = unknown
  Rank rank = Rank::kVillage;
};

// Where a variant (spelling) of an entry came from. A key may carry several.
enum VariantFlag : uint32_t {
  kVarOfficial = 1,    // official English or Ukrainian name
  kVarAlternate = 2,   // a GeoNames alternate name (other languages, old names)
  kVarRussian = 4,     // a Russian form derived by rule, or its romanisation
  kVarTranslit = 8,    // a romanisation of the Ukrainian name (national, BGN)
  kVarAdjective = 16,  // an adjective form ("Kramatorsky"): needs a head noun
  kVarRegionName = 32, // a name of a region or country
  kVarStopWord = 64,   // a common word or translated name (stopwords.txt, "Mirnoye" =
                       // peaceful): a mention only right after "the village of" and the like
  kVarExonym = 128,    // an English or former name (exonyms.tsv, "New York" for Niu-York):
                       // a mention spelt only so needs support, as a fuzzy match does
  kVarFarCity = 256,   // a large city far from the war ("Munich"): never a candidate; its
                       // spelling only keeps the resolver from reading a misspelt village
};

struct Posting {
  uint32_t entry = 0;
  uint32_t flags = 0;  // VariantFlag bits
};

// Great-circle distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

// A point with the sines and cosines the haversine formula needs, for
// loops that measure one point against many: HaversineToKm(HaversineTerm(a,
// b)) is DistanceKm by multiplications alone (equal to it within rounding).
struct SpherePoint {
  double sin_half_lat = 0, cos_half_lat = 0, sin_half_lon = 0, cos_half_lon = 0, cos_lat = 0;
};
SpherePoint ToSpherePoint(double lat, double lon);
// The haversine term of a and b (monotone in their distance): compare
// these, convert the smallest with HaversineToKm.
double HaversineTerm(const SpherePoint& a, const SpherePoint& b);
double HaversineToKm(double term);
// Initial bearing from point 1 to point 2, degrees clockwise from north.
double BearingDeg(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GAZETTEER_ENTRY_H_

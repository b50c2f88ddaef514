// MergeOutlyingVariants: a spelling that resolved, alone, to a small place
// far from everything else the document names, while it differs by one
// letter from a place the document does name nearby, is that place spelt
// another way ("holed up in Kreminne" in a report on Kreminna: the village
// of Kreminne lies 700 km west). Its mentions move to the named place.
//
// Only settlements with coordinates count. The outlier must be small (no
// population above kMaxOutlierPopulation) and lie more than kOutlierKm from
// every other settlement of the document; the place it joins must lie
// within kOutlierKm of another one. Two real places one letter apart in one
// report ("Pervomaisk" and "Pervomaiske") lie on the same front and stay
// apart.
#ifndef SITREP_GEO_OUTLYING_VARIANTS_H_
#define SITREP_GEO_OUTLYING_VARIANTS_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "geo/resolution.h"

namespace sitrep::geo {

inline constexpr double kOutlierKm = 300;
inline constexpr int64_t kMaxOutlierPopulation = 20000;

// Moves the mentions; the caller drops the places left unmentioned.
void MergeOutlyingVariants(Resolution* out);

// The gazetteer's settlements (with coordinates) one letter from a match key.
using OneLetterLookup = std::function<std::vector<ResolvedPlace>(std::string_view key)>;

inline constexpr double kNearTownKm = 60;
inline constexpr int64_t kMinTownPopulation = 10000;

// ReplaceOutliersByNearbyTowns: an outlier as above that no named place
// takes, while a town (population of kMinTownPopulation or more) one letter
// away lies within kNearTownKm of another settlement of the document, is
// that town ("strikes on Kadyivka, Alchevsk and Bryanka": not the village of
// Kadyivka 900 km west but the city of Kadiivka). The nearest such town
// wins; when the document already has it, the mentions move there.
void ReplaceOutliersByNearbyTowns(const OneLetterLookup& lookup, Resolution* out);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_OUTLYING_VARIANTS_H_

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

#include "geo/resolution.h"

namespace sitrep::geo {

inline constexpr double kOutlierKm = 300;
inline constexpr int64_t kMaxOutlierPopulation = 20000;

// Moves the mentions; the caller drops the places left unmentioned.
void MergeOutlyingVariants(Resolution* out);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_OUTLYING_VARIANTS_H_

#include "geo/resolution.h"

namespace sitrep::geo {

const char* PlaceKindName(PlaceKind k) {
  switch (k) {
    case PlaceKind::kSettlement: return "settlement";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kCountry: return "country";
  }
  return "settlement";
}

}  // namespace sitrep::geo

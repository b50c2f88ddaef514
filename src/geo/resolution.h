// What the geo stage gives out for one document: the places it mentions,
// each resolved to one gazetteer entry, and every mention with its span.
#ifndef SITREP_GEO_RESOLUTION_H_
#define SITREP_GEO_RESOLUTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/analyzed_text.h"

namespace sitrep::geo {

enum class PlaceKind : uint8_t { kSettlement, kRegion, kCountry };
const char* PlaceKindName(PlaceKind k);  // "settlement" | "region" | "country"

struct ResolvedPlace {
  std::string name;    // official English name, e.g. "Kostiantynivka"
  PlaceKind kind = PlaceKind::kSettlement;
  std::string admin1;  // oblast, e.g. "Donetsk"
  std::string admin2;  // raion when known
  double lat = 0, lon = 0;
  bool has_coords = false;
  std::string code;    // place code (UA...) or GeoNames id
  int64_t population = 0;  // 0 when unknown (most villages)
  std::vector<std::string> surface;  // spellings as they stand in the text
  double confidence = 0;             // 0..1
  std::vector<std::string> beaten;   // candidates it beat, with reasons (verbose)
};

struct Mention {
  text::Span span;  // in AnalyzedText::text
  int place = -1;   // index into Resolution::places; -1 when unresolved
  std::string surface;
  std::string why_unresolved;  // when place == -1
};

struct Resolution {
  std::vector<ResolvedPlace> places;
  std::vector<Mention> mentions;  // in text order
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_RESOLUTION_H_

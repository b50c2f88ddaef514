// Loading a country outline for the report's map from a TopoJSON file of the
// world-atlas kind (Natural Earth admin-0 countries, as the npm package
// world-atlas ships it: objects.countries, quantised delta-encoded arcs).
// Nothing is fetched: the file must be installed (npm install world-atlas).
#ifndef SITREP_REPORT_OUTLINE_H_
#define SITREP_REPORT_OUTLINE_H_

#include <string>
#include <vector>

#include "report/map_svg.h"
#include "util/status.h"

namespace sitrep::report {

// Reads the rings of the country with this ISO 3166 numeric id ("804" is
// Ukraine) from a world-atlas TopoJSON file. Each ring is (lon, lat) pairs.
Status LoadOutline(const std::string& path, std::vector<MapRing>* rings, const std::string& country_id = "804");

// node_modules/world-atlas/countries-50m.json in the current directory or
// beside the source tree's data/, whichever exists; "" when neither does.
std::string DefaultOutlinePath();

}  // namespace sitrep::report

#endif  // SITREP_REPORT_OUTLINE_H_

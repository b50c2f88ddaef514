// Machine- and people-readable forms of timelines, contradictions and
// places: JSON, CSV and aligned text tables (report/table.h), and GeoJSON (a
// FeatureCollection of Point features, one per place with coordinates,
// carrying its latest claims; loads in QGIS as a point layer, WGS84).
#ifndef SITREP_REPORT_EXPORTS_H_
#define SITREP_REPORT_EXPORTS_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "report/contradictions.h"
#include "report/ledger.h"
#include "report/timeline.h"

namespace sitrep::report {

nlohmann::json TimelineEntryJson(const TimelineEntry& e);
nlohmann::json ContradictionJson(const Contradiction& c);

// format: table | json | csv. InvalidArgument for anything else.
Status WriteTimeline(const std::vector<TimelineEntry>& entries, const std::vector<Contradiction>& contradictions,
                     const std::string& format, std::ostream& out);
Status WriteContradictions(const std::vector<Contradiction>& contradictions, const std::string& format,
                           std::ostream& out);

// One Feature per place with coordinates; properties: code, name, kind,
// admin1, claims (count), documents, latest_date, latest_kind, latest_claims
// (up to `latest` newest entries, as "date kind (speaker)" lines joined by
// "; ", because QGIS shows flat attributes best).
nlohmann::json PlacesGeoJson(const Ledger& ledger, const std::vector<TimelineEntry>& all_entries, int latest = 3);

// "2025-11-22" or "≤2025-11-22" for an entry dated by its report date.
std::string EntryDate(const TimelineEntry& e);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_EXPORTS_H_

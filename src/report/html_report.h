// HtmlReport: the analyst's morning report as one self-contained HTML file —
// no network at all (inline CSS, inline JS, inline SVG; a Content-Security-
// Policy forbids every fetch): a map of the places, contradictions, a
// timeline per place, a claims table with filters, story families with each
// rewrite's additions against its source highlighted, and sourcing flags.
// Every string from the store goes through HtmlEscape.
#ifndef SITREP_REPORT_HTML_REPORT_H_
#define SITREP_REPORT_HTML_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "dedup/rewrite_pair.h"
#include "report/contradictions.h"
#include "report/ledger.h"
#include "report/map_svg.h"
#include "report/timeline.h"
#include "store/rewrite_store.h"

namespace sitrep::report {

struct ReportInput {
  const Ledger* ledger = nullptr;
  std::vector<TimelineEntry> entries;  // BuildAllTimelines
  std::vector<Contradiction> contradictions;
  std::vector<store::Family> families;
  std::vector<dedup::RewritePair> pairs;
  std::vector<MapRing> outline;  // empty when no outline data is installed
  std::string title = "sitrep report";
  std::vector<std::string> notes;  // shown under the title (warnings, data credits)
};

void WriteHtmlReport(const ReportInput& in, std::ostream& out);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_HTML_REPORT_H_

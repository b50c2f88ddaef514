// Timeline: the claims about a place in event order, identical claims from
// several documents merged into one entry that says how many independent
// sources carry it. Identical = same place, kind, speaker (by surname),
// negation and date (the event date, or the report date when the claim has
// none). Independent sources = distinct source keys of the documents (a
// rewrite family counts once).
//
// Predictions get a deadline: the claim's own deadline, else the date of the
// statement plus the horizon its sentence states ("within one or two days").
// An undated statement is dated by its document's report date — the latest
// it can have been made — so a deadline computed from it is never too early.
// The deadline has passed when the ledger's as-of date (its latest report
// date) is after it; then the prediction is "past deadline" unless a capture
// of the place is claimed since the statement ("fulfilled").
#ifndef SITREP_REPORT_TIMELINE_H_
#define SITREP_REPORT_TIMELINE_H_

#include <string>
#include <vector>

#include "report/ledger.h"

namespace sitrep::report {

struct TimelineEntry {
  std::string code, place;  // place code and name
  std::string kind, modality, side, speaker, outlet;
  bool negated = false;
  ReportDate when;     // event date, or report date (see `dated`)
  bool dated = false;  // some member claim carries its own date
  std::vector<size_t> claims;        // indexes into Ledger::claims()
  std::vector<std::string> docs;     // ids of the documents carrying it
  std::vector<std::string> outlets;  // distinct outlets named by the members
  std::vector<std::string> sentences;  // distinct sentences
  int independent_sources = 0;
  // Predictions only.
  ReportDate deadline;         // !ok() when none can be computed
  std::string deadline_basis;  // "stated deadline" | "horizon N days from D" | ""
  std::string deadline_status;  // "past deadline" | "fulfilled" | "open" | "no deadline stated" | ""
};

struct TimelineOptions {
  ReportDate since;  // when ok(), entries before it are left out
};

// Entries for the given place codes, in date order (undatable ones last).
std::vector<TimelineEntry> BuildTimeline(const Ledger& ledger, const std::vector<std::string>& codes,
                                         const TimelineOptions& options = {});

// Every place's entries (what contradictions and the report walk over).
std::vector<TimelineEntry> BuildAllTimelines(const Ledger& ledger);

// "Petrenko" for "Colonel-General Ivan Petrenko": the speaker's grouping key.
std::string SpeakerKey(const std::string& speaker);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_TIMELINE_H_

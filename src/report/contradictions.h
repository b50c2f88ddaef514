// Contradictions an analyst should look at, found over the whole ledger:
//  - "captured vs contested": a place claimed captured by one source and
//    said to be contested, or its capture denied, by an independent source
//    at the same or a later date;
//  - "numbers": independent documents about a common place, reported within
//    a week of each other, give different figures of one unit (310 vs 300
//    killed); figures more than 1.5x apart are taken as different events;
//  - "past deadline": a prediction whose deadline (see timeline.h) is before
//    the ledger's as-of date with no capture claimed since.
#ifndef SITREP_REPORT_CONTRADICTIONS_H_
#define SITREP_REPORT_CONTRADICTIONS_H_

#include <string>
#include <vector>

#include "report/ledger.h"
#include "report/timeline.h"

namespace sitrep::report {

struct Contradiction {
  std::string type;   // "captured vs contested" | "numbers" | "past deadline"
  std::string code, place;
  std::string date;   // the later side's date, ISO or --MM-DD
  std::string summary;  // one line for people
  std::vector<std::string> docs_a, docs_b;  // the two sides (docs_b empty for past deadline)
};

// `entries` is BuildAllTimelines(ledger) (or the timeline of some places).
std::vector<Contradiction> FindContradictions(const Ledger& ledger,
                                              const std::vector<TimelineEntry>& entries);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_CONTRADICTIONS_H_

// Record: everything sitrep extracts from one document; the unit of the
// output contract (../shared/eval/FORMAT.md, doc/output_format.md).
#ifndef SITREP_EXTRACT_RECORD_H_
#define SITREP_EXTRACT_RECORD_H_

#include <string>
#include <vector>

#include "geo/resolution.h"
#include "text/analyzed_text.h"

namespace sitrep::extract {

struct Speaker {
  std::string name;         // "Pavel Dronov", or a call sign "Falcon"
  std::string role;         // "military expert"
  std::string affiliation;  // "DPR", "Gazeta.ru"
  bool anonymous = false;   // unnamed source ("an unnamed serviceman")
};

struct Institution {
  std::string name;  // "the Kremlin", "the General Staff"
};

struct Outlet {
  std::string name;        // canonical: "TASS", "aif.ru", "Gazeta.ru"
  std::string via;         // the outlet it reached us through ("Y, citing X": X.via = Y)
  std::string text;        // as it stands
};

struct DateMention {
  std::string text;   // "April 16th"
  std::string value;  // "2025-04-16" or "--04-16"
  bool relative = false;
  text::Span span;
  std::string resolved;  // relative mentions: the date they resolve to, or ""
};

struct Claim {
  std::string kind;  // captured | fighting | withdrawal | contested | prediction
  std::string place;  // official name (geo::ResolvedPlace::name)
  std::string place_code;
  std::vector<std::string> aliases;  // the place's spellings in the text
  double lat = 0, lon = 0;
  bool has_coords = false;
  std::string side;      // "RU" | "UA" | ""
  std::string speaker;   // name, or ""
  std::string outlet;    // canonical outlet name, or ""
  std::string date;      // event date (ISO or --MM-DD), or ""
  std::string deadline;  // predictions: the date by which it is said to happen
  std::string modality;  // asserted | predicted | hedged | denied | reported
  bool negated = false;
  std::string sentence;
  text::Span span;       // the sentence in AnalyzedText::text
};

struct Quantity {
  double value = 0;
  std::string unit;   // killed | wounded | captured | percent_territory | km | brigades | ...
  std::string bound;  // exact | up_to | about | more_than | at_least | no_more_than
  std::string text;
};

struct SourcingFlag {
  std::string kind;  // anonymous | unverifiable | unattributed
  std::string text;
};

struct Record {
  // Document metadata.
  std::string id, title, published, outlet, url;
  // Extraction.
  std::vector<geo::ResolvedPlace> places;
  std::vector<Speaker> speakers;
  std::vector<Institution> institutions;
  std::vector<Outlet> outlets;
  std::vector<DateMention> dates;
  std::vector<Claim> claims;
  std::vector<Quantity> quantities;  // the ledger's categories (QuantityFinder::IsLedgerUnit)
  std::vector<Quantity> measures;    // other counts: troop strength, equipment, battalions, percentages
  std::vector<SourcingFlag> sourcing;
  uint32_t invalid_bytes = 0;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_RECORD_H_

// Ledger: the store read into memory in the shape analyst views need —
// documents with their report date and independent-source key, the claims
// table, places with every spelling the texts used, and each document's
// quantities and sourcing flags. Timelines, contradictions, exports, the
// HTML report and the server's timeline endpoint are computed from it.
//
// Independence: documents of one rewrite family (store::ListFamilies) share
// one source key (the family's origin), so a story republished ten times
// counts as one source.
#ifndef SITREP_REPORT_LEDGER_H_
#define SITREP_REPORT_LEDGER_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/record.h"
#include "report/report_date.h"
#include "store/store.h"
#include "util/status.h"

namespace sitrep::report {

struct LedgerDoc {
  int64_t rowid = 0;
  std::string id, title, published, outlet, url;
  // Report date: the published date, else the latest absolute date the text
  // names (the document cannot be older than what it reports); may be !ok().
  ReportDate date;
  std::string source;  // independent-source key: family origin, else id
  std::vector<extract::Quantity> quantities;
  std::vector<extract::SourcingFlag> sourcing;
  std::set<std::string> place_codes;  // places the text mentions
};

struct LedgerClaim {
  int64_t rowid = 0;
  size_t doc = 0;  // index into Ledger::docs
  std::string kind, code, place, side, speaker, outlet, modality, sentence;
  std::string date, deadline;  // as stored
  bool negated = false;
  bool has_coords = false;
  double lat = 0, lon = 0;
  // The event date, or the document's report date when the claim has none
  // (year taken from the document when the claim's date has none).
  ReportDate when;
  bool dated = false;  // the claim itself carries a date
};

struct LedgerPlace {
  std::string code, name, kind, admin1;
  bool has_coords = false;
  double lat = 0, lon = 0;
  std::set<std::string> surfaces;  // as written in the texts
};

class Ledger {
 public:
  // Reads the whole store. Rewrite families come from store::ListFamilies;
  // when that fails (e.g. a read-only store that still needs verifying) every
  // document counts as its own source and *warning says why.
  static Status Load(store::Store* store, Ledger* out, std::string* warning = nullptr);

  // Builds a ledger from parts (tests, and callers that already hold them).
  // family_of maps a document id to its family origin.
  void AddDocument(LedgerDoc doc);
  void AddClaim(LedgerClaim claim);  // claim.doc must index an added document
  void AddPlace(LedgerPlace place);
  void SetFamilies(const std::map<std::string, std::string>& family_of);
  // Computes derived fields (claim dates, source keys, as-of date).
  // Call after the Add* calls.
  void Finish();

  // Codes of the places whose code, name or any surface form equals query
  // (case-insensitive, Latin/Cyrillic case folded).
  std::vector<std::string> FindPlaces(const std::string& query) const;
  const LedgerPlace* Place(const std::string& code) const;

  const std::vector<LedgerDoc>& docs() const { return docs_; }
  const std::vector<LedgerClaim>& claims() const { return claims_; }
  const std::map<std::string, LedgerPlace>& places() const { return places_; }
  // The latest report date in the store: what the analyst knows "now".
  const ReportDate& as_of() const { return as_of_; }

 private:
  std::vector<LedgerDoc> docs_;
  std::vector<LedgerClaim> claims_;
  std::map<std::string, LedgerPlace> places_;
  std::map<std::string, std::string> family_of_;
  ReportDate as_of_;
};

// Lower-cases s (full Unicode case folding, NFKC kept) for name matching.
std::string FoldCase(const std::string& s);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_LEDGER_H_

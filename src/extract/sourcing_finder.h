// SourcingFinder: flags sourcing a reader cannot check:
//   anonymous     "sources close to the leadership", "on condition of
//                 anonymity", "an unnamed official", "insiders"
//   unverifiable  "classified documents", "intercepted communications",
//                 "limited but credible sources", "local informants"
//   unattributed  "it is reported that", "reports suggest"
// Each flag's text is the clause around its trigger (between commas,
// semicolons, dashes or quotation marks), extended left over a "who" clause
// to the noun it describes; flags of one clause are merged.
#ifndef SITREP_EXTRACT_SOURCING_FINDER_H_
#define SITREP_EXTRACT_SOURCING_FINDER_H_

#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"

namespace sitrep::extract {

class SourcingFinder {
 public:
  explicit SourcingFinder(const Lexicon& lex) : lex_(lex) {}
  void Find(const DocView& v, std::vector<SourcingFlag>* out) const;

 private:
  const Lexicon& lex_;
};

// Clause boundaries used by the finders: ',', ';', ':', dashes, quotes.
bool ClauseBreak(const DocView& v, size_t i);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SOURCING_FINDER_H_

// QuantityFinder: counts with their unit category and bound:
//   "up to 310 Ukrainian soldiers killed"   -> 310 killed, up_to
//   "approximately 80% of DPR territory"     -> 80 percent_territory, about
//   "more than 60 kilometres"                -> 60 km, more_than
//   "seven mechanized and two assault brigades" -> 7 brigades, 2 brigades
// Unit words and bounds come from data/lexicon/<lang>/quantity_*.txt.
// Numbers that are part of a date, and counts of units the lexicon does not
// name (hours, years, "units"), give nothing.
#ifndef SITREP_EXTRACT_QUANTITY_FINDER_H_
#define SITREP_EXTRACT_QUANTITY_FINDER_H_

#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"

namespace sitrep::extract {

class QuantityFinder {
 public:
  explicit QuantityFinder(const Lexicon& lex) : lex_(lex) {}
  void Find(const DocView& v, std::vector<Quantity>* out) const;

 private:
  // The bound phrase ending just before token i ("up to"), or "exact";
  // *start receives its first token.
  std::string BoundBefore(const DocView& v, size_t begin, size_t i, size_t* start) const;
  // "% of <territory word or region>" after a percent sign, "of" at j: one
  // past the territory word, or 0.
  size_t Territory(const DocView& v, size_t j, size_t end) const;
  const Lexicon& lex_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_QUANTITY_FINDER_H_

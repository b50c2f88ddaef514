// QuantityFinder: counts with their unit category and bound:
//   "up to 310 Ukrainian soldiers killed"   -> 310 killed, up_to
//   "approximately 80% of DPR territory"     -> 80 percent_territory, about
//   "more than 60 kilometres"                -> 60 km, more_than
//   "seven mechanized and two assault brigades" -> 7 brigades, 2 brigades
// Unit words and bounds come from data/lexicon/<lang>/quantity_*.txt.
// Numbers that are part of a date, and counts of units the lexicon does not
// name (hours, years, "units"), give nothing. The counted noun is the one
// right after the number (adjectives may stand between): "five
// counterattacks by Ukrainian troops" counts counterattacks, not troops.
// A range shares its unit: "50 to 60 percent of the city" gives 50 and 60.
//
// The ledger's categories (FORMAT.md's "units the gold uses": killed,
// wounded, percent_territory, km, brigades) go to Record::quantities; other
// counts (prisoners taken: "captured", troop strength, equipment,
// battalions, other percentages) to Record::measures.
#ifndef SITREP_EXTRACT_QUANTITY_FINDER_H_
#define SITREP_EXTRACT_QUANTITY_FINDER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"

namespace sitrep::extract {

class QuantityFinder {
 public:
  // REQUIRES: lex is loaded (its vocabulary complete) and outlives the finder.
  explicit QuantityFinder(const Lexicon& lex);
  void Find(const DocView& v, std::vector<Quantity>* quantities, std::vector<Quantity>* measures) const;
  // Whether a unit category is one of the ledger's (see above).
  static bool IsLedgerUnit(std::string_view unit);

 private:
  // The bound phrase ending just before token i ("up to"), or "exact";
  // *start receives its first token. (A view of the lexicon's tag or of a
  // literal: asked several times of each number, mostly for *start alone.)
  std::string_view BoundBefore(const DocView& v, size_t begin, size_t i, size_t* start) const;
  // "% of <territory word, region or settlement>" after a percent sign, "of"
  // at j: one past the territory word or name, or 0; also "% under
  // [Russian] control" (a share of a place named before): one past
  // "control"; and "% is controlled/occupied/held by <side, forces or
  // country>": one past the verb.
  size_t Territory(const DocView& v, size_t j, size_t end) const;
  const Lexicon& lex_;
  // Vocabulary id -> 1: a one-word number phrase ("seven"), so that the
  // scan for numbers (MayStartNumber) reads one byte a word.
  std::vector<uint8_t> number_word_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_QUANTITY_FINDER_H_

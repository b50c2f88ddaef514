// Unknown settlements: places the text names as settlements that the
// gazetteer lacks (Russian border villages under GeoNames' 500-people floor,
// renamed hamlets), kept without coordinates or code so that the claims about
// them still name them. The resolver decides which runs of words these are
// (a settlement noun introduces them, a list holds them, a namesake it has
// is ruled out); this file turns the runs into places and mentions.
#ifndef SITREP_GEO_UNKNOWN_SETTLEMENTS_H_
#define SITREP_GEO_UNKNOWN_SETTLEMENTS_H_

#include <string>
#include <vector>

#include "geo/geo_lexicon.h"
#include "geo/place_context.h"
#include "geo/resolution.h"
#include "text/analyzed_text.h"

namespace sitrep::geo {

// A run of words that may name a settlement the gazetteer lacks, and the
// admin1 it lies in when the resolver knows it ("" otherwise).
struct UnknownRun {
  WordRun run;
  std::string admin1;
};

// A region or country mention, by its first word, in text order; admin1 is
// empty for a country.
struct RegionAt {
  int first_word;
  std::string admin1;
};

// For each run (in order) that is no person's name, unit, river or lone
// common word and whose words no mention covers: a mention of a settlement
// without coordinates named by its surface (one place per surface), lying
// in the run's admin1 or in the region stated right after the run or its
// list ("..., Novy Put, and Plekhovo in Russia's Kursk region"). Later
// capitalised occurrences of the same words, not part of a longer name,
// are mentions of it too ("the Russian village of Kozinka ... control over
// Kozinka was restored"). Marks the words taken in *resolved_word and
// leaves out->mentions in text order.
void AddUnknownSettlements(const text::AnalyzedText& t, const KeyedText& kt, const std::vector<KeyWord>& words,
                           const PersonSet& persons, const GeoLexicon& lex, const std::vector<UnknownRun>& runs,
                           const std::vector<RegionAt>& regions, Resolution* out, std::vector<bool>* resolved_word);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_UNKNOWN_SETTLEMENTS_H_

// MetonymFilter: drops from a record's places the capitals the text names
// only as governments or armies, never as places: "Kyiv hasn't confirmed",
// "Kiev's attempts were futile", "the Kiev regime", "Kyiv-controlled
// territory", "the Kyiv Independent reported", and any place named only
// inside an outlet's or a speaker's name ("told Hromadske", a village named
// like the outlet), and any settlement named only as a report's source
// ("according to Khortytsia", "the spokesman of 'Khortytsia'": a grouping
// named like the village), or only as a line of advance ("the Kupiansk
// direction"). One literal mention ("drones struck Kyiv
// overnight") keeps the place.
//
// Which words are capitals comes from the lexicon (claim_modifiers.txt, tag
// "capital"); so do the nouns that make a name a government ("troops",
// "regime": tag "metonym"). Runs after the outlet finder (its tokens are
// marked taken in Sources).
#ifndef SITREP_EXTRACT_METONYM_FILTER_H_
#define SITREP_EXTRACT_METONYM_FILTER_H_

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"
#include "extract/sources.h"

namespace sitrep::extract {

// Whether the word at token i is a capital of the lexicon ("Kyiv", and the
// first part of "Kyiv-controlled").
bool IsCapital(const DocView& v, const Lexicon& lex, size_t i);

// Whether the mention of a capital occupying tokens [i, j) stands for its
// government or army. The claims finder asks it too: such a mention carries
// no claim about the city.
bool GovernmentMention(const DocView& v, const Lexicon& lex, const Sources& src, size_t i, size_t j);

// Whether the mention occupying tokens [i, j) names the source of a report,
// not a place: "according to X," (the whole source), "the spokesperson of
// X", "X said" (a reporting verb next). Settlements so named are units and
// groupings named like them ("according to Khortytsia", the grouping).
bool SourceMention(const DocView& v, const Lexicon& lex, size_t i, size_t j);

// Whether the mention occupying tokens [i, j) names a line of advance, not
// the place: "the Kupiansk direction", "on the Kupiansk-Lyman front", "the
// Orikhiv and Huliaipole directions" (tag "line" in claim_modifiers.txt).
// A place named only so is no location of the text (the hand gold of 56
// survey sets lists 5 of 110 such places).
bool LineOfAdvance(const DocView& v, const Lexicon& lex, size_t i, size_t j);

class MetonymFilter {
 public:
  explicit MetonymFilter(const Lexicon& lex) : lex_(lex) {}
  void Apply(const DocView& v, const Sources& src, Record* rec) const;

 private:
  const Lexicon& lex_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_METONYM_FILTER_H_

// SourcingFinder: flags sourcing a reader cannot check:
//   anonymous     "sources close to the leadership", "on condition of
//                 anonymity", "an unnamed official", "insiders"
//   unverifiable  "classified documents", "intercepted communications",
//                 "limited but credible sources", "local informants"
//   unattributed  "it is reported that", "reports suggest"
// Each flag's text is the clause around its trigger (between commas,
// semicolons, dashes or quotation marks), extended left over a "who" clause
// to the noun it describes; flags of one clause are merged.
// Media named only by their kind ("Russian military bloggers said", "a
// Ukrainian website ... claimed") are anonymous sources too.
// UnnamedRoles adds an anonymous flag for a role with no name as the subject
// of a reporting verb ("The group's commander told an agency"),
// which needs the speakers found first (see its comment).
#ifndef SITREP_EXTRACT_SOURCING_FINDER_H_
#define SITREP_EXTRACT_SOURCING_FINDER_H_

#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"
#include "extract/sources.h"

namespace sitrep::extract {

class SourcingFinder {
 public:
  explicit SourcingFinder(const Lexicon& lex) : lex_(lex) {}
  void Find(const DocView& v, std::vector<SourcingFlag>* out) const;
  // "The commander of the military group told X", "a spokesman for the
  // brigade said": an article, at most three lower-case words, a role noun
  // (roles.txt), an "of/for ..." complement of at most seven words, then a
  // reporting verb, opening a sentence or clause that no named speaker or
  // institution was given (src, from SpeakerFinder). A bare "the
  // spokesperson said" refers back and is no flag; nor is a role a named
  // speaker of the document holds ("the analyst of the institute" after
  // "analyst Oleg X"). One flag a sentence, its clause as text.
  void UnnamedRoles(const DocView& v, const Sources& src, const std::vector<Speaker>& speakers,
                    std::vector<SourcingFlag>* out) const;

 private:
  // Media named only by their kind (unnamed_media.txt) as the source of a
  // statement: a plural group opening a clause before a reporting verb
  // ("Russian military bloggers said", "pro-Kremlin channels have
  // reported"), the agent after "reported by", "according to" or "citing"
  // ("according to Ukrainian media"), or an indefinite medium with a
  // reporting verb later in its clause ("a Ukrainian website that tracks
  // the front claimed"). Only modifiers stand before the noun (not "the
  // BBC and other media", "journalists from Russian media"); not when a
  // name follows ("a Telegram channel, Rybar,", "..., including TASS"),
  // nor state, official or diplomatic channels, nor "media reports". The
  // length in tokens from i, or 0.
  size_t UnnamedMedium(const DocView& v, size_t begin, size_t i, size_t end) const;

  const Lexicon& lex_;
};

// Clause boundaries used by the finders: ',', ';', ':', dashes, quotes.
bool ClauseBreak(const DocView& v, size_t i);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SOURCING_FINDER_H_

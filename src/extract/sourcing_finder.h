// SourcingFinder: flags sourcing a reader cannot check:
//   anonymous     "sources close to the leadership", "on condition of
//                 anonymity", "an unnamed official", "insiders"
//   unverifiable  "classified documents", "intercepted communications",
//                 "limited but credible sources", "local informants"
//   unattributed  "it is reported that", "reports suggest"
// Each flag's text is the clause around its trigger (between commas,
// semicolons, dashes or quotation marks), extended left over a "who" clause
// to the noun it describes; flags of one clause are merged.
// Media named only by their kind ("Russian military bloggers said",
// "according to Russian media") are no flag: the hand gold of 26 held-out
// survey sets (390 articles) never marks them (17 such flags, none in the
// gold), and they name who speaks, if not by name.
// UnnamedRoles adds an anonymous flag for a role with no name as the subject
// of a reporting verb ("The group's commander told an agency"),
// which needs the speakers found first (see its comment).
#ifndef SITREP_EXTRACT_SOURCING_FINDER_H_
#define SITREP_EXTRACT_SOURCING_FINDER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"
#include "extract/sources.h"

namespace sitrep::extract {

class SourcingFinder {
 public:
  // REQUIRES: lex is loaded (its vocabulary complete) and outlives the finder.
  explicit SourcingFinder(const Lexicon& lex);
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
  // False when no flag of Find can start at token i: it needs a sourcing
  // phrase's first word, an indefinite determiner ("another ... source")
  // or "sources". By vocabulary id (most tokens are rejected with one
  // load); a determiner the vocabulary lacks ("another") by its text.
  bool MayOpenFlag(const DocView& v, size_t i) const {
    const int32_t id = v.ids[i];
    const auto u = static_cast<uint32_t>(id);
    if (u < opens_flag_.size()) return opens_flag_[u];
    if (id != Vocabulary::kNone) return false;
    for (std::string_view w : unknown_openers_) {
      if (v.words[i] == w) return true;
    }
    return false;
  }
  // Token i is an article ("the", "a", "an"; words of the lexicon, so of
  // the vocabulary: the id tells).
  bool IsArticleAt(const DocView& v, size_t i) const {
    const int32_t id = v.ids[i];
    return id >= 0 && (id == the_ || id == a_ || id == an_);
  }

  const Lexicon& lex_;
  std::vector<uint8_t> opens_flag_;  // vocabulary id -> 1: may open a flag (MayOpenFlag)
  std::vector<std::string_view> unknown_openers_;  // MayOpenFlag's words without a vocabulary id
  int32_t the_ = -1, a_ = -1, an_ = -1;  // the articles' vocabulary ids (kNone when absent)
};

// Clause boundaries used by the finders: ',', ';', ':', dashes, quotes.
bool ClauseBreak(const DocView& v, size_t i);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SOURCING_FINDER_H_

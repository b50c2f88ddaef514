// OutletFinder: media, agencies and channels cited as a source: names from
// the outlet lexicon (TASS, aif.ru, Izvestia, ...), channels named after a
// cue ("the Telegram channel 'X'"), site names ("lenta.ru"), and names after
// citation cues ("told X", "citing X", "in an interview with X") when they
// look like an outlet (end in "News", "TV", ...; quoted; an acronym).
// "Y, citing X" records X with via = Y.
#ifndef SITREP_EXTRACT_OUTLET_FINDER_H_
#define SITREP_EXTRACT_OUTLET_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/record.h"
#include "extract/sources.h"

namespace sitrep::extract {

class OutletFinder {
 public:
  explicit OutletFinder(const Lexicon& lex);
  // Appends the outlets of v to *out (one per canonical name) and marks the
  // sentences citing one and the tokens naming one in *src.
  void Find(const DocView& v, std::vector<Outlet>* out, Sources* src) const;

 private:
  // Facts of the whole document that a few patterns consult, gathered in
  // one pass the first time one is needed (most documents never need them).
  struct DocFacts {
    bool ready = false;
    // Words a capitalised word of a name precedes in a sentence ("Oleksandr
    // Syrskyi"): people's surnames, no agencies.
    std::unordered_set<std::string_view> named_people;
    // Lone words a sentence closes with as a credit line (", Vigilant reports.").
    std::unordered_set<std::string_view> credited;
    // Acronyms a body's name defines in brackets ("the Russian Volunteer
    // Corps (RDK)") or spells right before ("the Sumy Regional Military
    // Administration ... the RMA"): that body's, no outlet's.
    std::unordered_set<std::string> body_acronyms;
  };
  void Gather(const DocView& v, DocFacts* f) const;
  // The outlet named at token i: sets *len and *name; false when none.
  // after_channel: the cue was an outlet noun ("the analytical resource
  // Deep State"), after which any capitalised run names the outlet.
  // `facts` is gathered on first use.
  bool NameAt(const DocView& v, size_t i, size_t end, size_t* len, std::string* name, bool after_cue,
              bool after_channel, DocFacts* facts) const;
  // False when NameAt(v, i, end, ..., after_cue) cannot find a name: every
  // way needs an outlet phrase at i, a capitalised word, a site name ("word
  // ." tld) or a citation cue before. Inline: asked of every token.
  bool MayNameAt(const DocView& v, size_t i, size_t end, bool after_cue) const {
    return i < end && (after_cue || ((v.Cap(i) || lex_.outlets.StartsPhrase(v.ids[i]) ||
                                      (i + 1 < end && v.raw[i + 1] == ".")) &&
                                     MayNameUncued(v, i, end)));
  }
  // MayNameAt without a cue, past its inline test: what each way of naming
  // an outlet without a cue needs first (an outlet phrase or a site name at
  // i; an outlet noun's phrase or an outlet word after words of the
  // capitalised run from i; a media verb after i with a comma or "as"
  // before; a brand before a reporting verb). Most capitalised words,
  // people's and places' names, have none of these. A new way of naming an
  // outlet without a cue in NameAt must add what it needs here.
  bool MayNameUncued(const DocView& v, size_t i, size_t end) const;
  const Lexicon& lex_;
  // Vocabulary id -> some outlet noun's phrase ("channel" in outlet_cues)
  // starts with the word, other than those NameAt passes over.
  std::vector<bool> opens_outlet_noun_;
  // Vocabulary id -> 1: some citation cue's or outlet's phrase starts with
  // the word (Find passes over the other words that are neither
  // capitalised nor before a ".": nothing starts there without a cue).
  std::vector<uint8_t> opens_cue_or_outlet_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_OUTLET_FINDER_H_

// MetonymFilter: drops from a record's places the capitals the text names
// only as governments or armies, never as places: "Kyiv hasn't confirmed",
// "Kiev's attempts were futile", "the Kiev regime", "Kyiv-controlled
// territory", "the Kyiv Independent reported". One literal mention ("drones
// struck Kyiv overnight") keeps the place.
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

class MetonymFilter {
 public:
  explicit MetonymFilter(const Lexicon& lex) : lex_(lex) {}
  void Apply(const DocView& v, const Sources& src, Record* rec) const;

  // Whether the mention occupying tokens [i, j) stands for a government.
  bool Metonymic(const DocView& v, const Sources& src, size_t i, size_t j) const;

 private:
  bool Capital(const DocView& v, size_t i) const;
  const Lexicon& lex_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_METONYM_FILTER_H_

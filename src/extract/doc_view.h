// DocView: one document as the finders see it: the AnalyzedText, its tokens
// lower-cased (ASCII) for lexicon lookup, which tokens lie in a place
// mention, and small token predicates shared by every finder. A Latin word
// typed with Cyrillic look-alike letters ("aіr", "NЕТ": Cyrillic і, Е, Т)
// reads as its Latin spelling in `words` ("air", "net"); `raw` keeps it.
#ifndef SITREP_EXTRACT_DOC_VIEW_H_
#define SITREP_EXTRACT_DOC_VIEW_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "geo/resolution.h"
#include "extract/vocabulary.h"
#include "text/analyzed_text.h"

namespace sitrep::extract {

struct DocView {
  // REQUIRES: t, places and vocab outlive the view.
  DocView(const text::AnalyzedText& t, const geo::Resolution& places, const Vocabulary& vocab);

  const text::AnalyzedText& t;
  const geo::Resolution& places;
  std::string lower;                       // t.text with ASCII letters lower-cased
  std::vector<std::string_view> words;     // lower-case text of each token
  std::vector<std::unique_ptr<std::string>> folded;  // words whose look-alike letters were folded
  std::vector<std::string_view> raw;       // original text of each token
  std::vector<int32_t> ids;                // vocabulary id of each lower-case token, or kNone
  std::vector<int> mention_at;             // token -> index into places.mentions, or -1
  std::vector<int> sentence_of;            // token -> sentence index

  size_t size() const { return words.size(); }
  const text::Token& tok(size_t i) const { return t.tokens[i]; }
  bool IsWord(size_t i) const { return t.tokens[i].kind == text::TokenKind::kWord; }
  bool IsNumber(size_t i) const { return t.tokens[i].kind == text::TokenKind::kNumber; }
  bool IsPunct(size_t i) const { return t.tokens[i].kind == text::TokenKind::kPunct; }
  bool Cap(size_t i) const { return t.tokens[i].capitalized && IsWord(i); }
  // A word with an ASCII '-' inside ("twenty-four", "Colonel-General").
  bool Hyphenated(size_t i) const { return t.tokens[i].hyphenated; }
  // Opening or closing quotation mark token.
  bool IsQuoteMark(size_t i) const;
  // A possessive "'s" (straight or curly apostrophe).
  bool IsPossessive(size_t i) const { return words[i] == "'s" || words[i] == "\u2019s"; }
  // The settlement mention at token i (place index), or -1. Regions and
  // countries give -1 too.
  int SettlementAt(size_t i) const;
  // Any resolved or unresolved place mention covers token i.
  bool InPlace(size_t i) const { return mention_at[i] >= 0; }
  // Text from the start of token a to the end of token b-1.
  std::string_view Text(size_t a, size_t b) const;
  text::Span SpanOf(size_t a, size_t b) const;
};

// Armed men, a unit or a formation ("troops", "forces", "brigade", "the
// enemy"): the nouns a troop movement's subject or a side's adjective goes
// with. Shared by the claim and speaker finders.
inline bool ArmedMenNoun(std::string_view w) {
  return w == "troops" || w == "forces" || w == "units" || w == "unit" || w == "army" || w == "soldiers" ||
         w == "servicemen" || w == "military" || w == "brigade" || w == "brigades" || w == "battalion" ||
         w == "battalions" || w == "fighters" || w == "marines" || w == "paratroopers" || w == "infantry" ||
         w == "enemy" || w == "occupiers" || w == "invaders" || w == "defenders" || w == "garrison" ||
         w == "grouping" || w == "group" || w == "separatists" || w == "militants" || w == "mercenaries";
}

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_DOC_VIEW_H_

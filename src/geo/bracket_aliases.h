// Bracket aliases: a settlement named twice, the second time in brackets
// ("Dmitrov (formerly Mirnograd)", "Krasnoarmeysk (Pokrovsk in Ukrainian)",
// "Sichneve (Yanvarske)"), and the bookkeeping the resolver's later steps
// share (adding a mention of a run of words, dropping places no mention
// refers to any more).
#ifndef SITREP_GEO_BRACKET_ALIASES_H_
#define SITREP_GEO_BRACKET_ALIASES_H_

#include <vector>

#include "geo/geo_lexicon.h"
#include "geo/place_context.h"
#include "geo/resolution.h"
#include "text/analyzed_text.h"

namespace sitrep::geo {

// Adds a mention of words first..last of `t` to place `place` of *out, and
// its surface to the place's surfaces. REQUIRES: place < out->places.size().
void AddWordMention(const text::AnalyzedText& t, const std::vector<KeyWord>& words, int first, int last, int place,
                    Resolution* out);

// Reads "A (B)", "A (formerly B)", "A (B in Ukrainian)", where A and B are
// two names of one settlement:
// - B resolved to a settlement larger than what A resolved to: every
//   mention of A's reading moves to B's place ("Dmitrov (formerly
//   Mirnograd)": the town Myrnohrad, not a village Dmytriv of Lviv);
// - B resolved, A did not: A becomes a mention of B's place;
// - A resolved to a settlement, B did not: B becomes a mention of A's place.
// An unresolved name is a run of at most three capitalised words with no
// person's name, common word, head noun ("Brigade") or inner capital
// ("DeepState") in it. `mention_words` holds the words of each mention of
// out->mentions (in the same order on entry); mentions added are appended to
// it and marked in *resolved_word, and out->mentions is left in text order.
void ResolveBracketAliases(const text::AnalyzedText& t, const KeyedText& kt, const std::vector<KeyWord>& words,
                           const PersonSet& persons, const GeoLexicon& lex, Resolution* out,
                           std::vector<WordRun>* mention_words, std::vector<bool>* resolved_word);

// Removes the places no mention refers to (their mentions went to another
// place) and renumbers the mentions' places.
void DropUnmentionedPlaces(Resolution* out);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_BRACKET_ALIASES_H_

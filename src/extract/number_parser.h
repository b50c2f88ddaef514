// Numbers as they stand in news prose: digits ("310", "1,500", "3.5") and
// number words from the lexicon ("seven", "twenty-four", "two hundred").
#ifndef SITREP_EXTRACT_NUMBER_PARSER_H_
#define SITREP_EXTRACT_NUMBER_PARSER_H_

#include <cstddef>
#include <string_view>

#include "extract/doc_view.h"
#include "extract/lexicon.h"

namespace sitrep::extract {

// Parses digits with ',' thousands separators and '.' decimals. False when
// `s` is not such a number.
bool ParseDigits(std::string_view s, double* value);

// Token i can start a number: digits, a number word, or a hyphenated word
// ("twenty-four"). Inline: the finders ask it of every token.
inline bool MayStartNumber(const DocView& v, const Lexicon& lex, size_t i) {
  return v.IsNumber(i) || (v.IsWord(i) && (v.Hyphenated(i) || lex.numbers.Has(v.ids[i])));
}

// Parses the number starting at token i (before `end`): digits or number
// words. On success sets *value and *len (tokens used) and returns true.
bool ParseNumberFrom(const DocView& v, const Lexicon& lex, size_t i, size_t end, double* value, size_t* len);
inline bool ParseNumberAt(const DocView& v, const Lexicon& lex, size_t i, size_t end, double* value, size_t* len) {
  return i < end && MayStartNumber(v, lex, i) && ParseNumberFrom(v, lex, i, end, value, len);
}

// Token i is an ordinal suffix written onto the number before it: the "th"
// of "21th", "305th" (the tokenizer cuts digits from letters).
bool OrdinalSuffixAt(const DocView& v, size_t i);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_NUMBER_PARSER_H_

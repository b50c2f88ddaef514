// Tokens with byte offsets: words (letters, digits, inner apostrophes and
// hyphens), numbers ("1,500", "3.5", "80%" gives 80 and %), punctuation.
#ifndef SITREP_TEXT_TOKENIZER_H_
#define SITREP_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/analyzed_text.h"

namespace sitrep::text {

// Appends the tokens of text[span] to *out. REQUIRES: valid UTF-8.
void Tokenize(std::string_view text, Span span, std::vector<Token>* out);

// Splits the word tokens of *t at the ASCII hyphens at byte offsets
// `hyphens` (sorted): "Dovhalivka-Zalyman", two places a later stage found
// in one word, becomes "Dovhalivka", "-", "Zalyman". Offsets that are no
// hyphen inside a word token are ignored. Sentence token ranges are kept
// in step; quotes hold byte spans and need none.
void SplitWordsAt(const std::vector<uint32_t>& hyphens, AnalyzedText* t);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TOKENIZER_H_

// Quotation spans: ‘…’, “…”, «…», „…“ and straight "…" pairs. A right single
// quote inside a word ("it’s") is an apostrophe, not a closing mark. A
// quotation may run over sentence and line ends but not past kMaxQuoteBytes.
#ifndef SITREP_TEXT_QUOTES_H_
#define SITREP_TEXT_QUOTES_H_

#include <string_view>
#include <vector>

#include "text/analyzed_text.h"

namespace sitrep::text {

inline constexpr uint32_t kMaxQuoteBytes = 2000;

// Appends the quotations found in `text` to *out (sentence left 0; the
// analyzer fills it). REQUIRES: valid UTF-8.
void FindQuotes(std::string_view text, std::vector<Quote>* out);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_QUOTES_H_

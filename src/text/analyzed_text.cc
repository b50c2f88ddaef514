#include "text/analyzed_text.h"

#include <algorithm>

namespace sitrep::text {

int AnalyzedText::SentenceAt(uint32_t off) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), off,
                             [](uint32_t o, const Sentence& s) { return o < s.span.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  return it->span.Contains(off) ? static_cast<int>(it - sentences.begin()) : -1;
}

int AnalyzedText::QuoteAt(uint32_t off) const {
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].outer.Contains(off)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace sitrep::text

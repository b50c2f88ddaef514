// Invariants of an AnalyzedText that every fuzz target over the text stage
// checks: spans inside the text and on UTF-8 boundaries, token ranges inside
// the token list, offsets that map back inside the input. Aborts on a breach.
#ifndef SITREP_FUZZ_ANALYZED_CHECKS_H_
#define SITREP_FUZZ_ANALYZED_CHECKS_H_

#include <cstdio>
#include <cstdlib>

#include "text/analyzed_text.h"
#include "text/utf8.h"

namespace sitrep::fuzz_check {

inline void Fail(const char* what) {
  std::fprintf(stderr, "AnalyzedText invariant broken: %s\n", what);
  std::abort();
}

inline void CheckSpan(const text::AnalyzedText& t, text::Span s, const char* what) {
  if (s.begin > s.end || s.end > t.text.size()) Fail(what);
  if (!text::IsValidUtf8(t.Slice(s))) Fail(what);
}

inline void CheckAnalyzed(const text::AnalyzedText& t, size_t input_size) {
  if (!text::IsValidUtf8(t.text)) Fail("text is not valid UTF-8");
  if (!t.to_source.empty() && t.to_source.size() < t.text.size()) Fail("to_source shorter than text");
  for (uint32_t v : t.to_source) {
    if (v > input_size) Fail("to_source points past the input");
  }
  for (const auto& tok : t.tokens) CheckSpan(t, tok.span, "token span");
  uint32_t prev_end = 0;
  for (const auto& s : t.sentences) {
    CheckSpan(t, s.span, "sentence span");
    if (s.first_token > s.end_token || s.end_token > t.tokens.size()) Fail("sentence token range");
    if (s.span.begin < prev_end) Fail("sentences overlap or are out of order");
    prev_end = s.span.end;
  }
  for (const auto& q : t.quotes) {
    CheckSpan(t, q.span, "quote span");
    CheckSpan(t, q.outer, "quote outer span");
    if (q.outer.begin > q.span.begin || q.outer.end < q.span.end) Fail("quote outside its marks");
    if (!t.sentences.empty() && q.sentence >= t.sentences.size()) Fail("quote sentence index");
  }
}

}  // namespace sitrep::fuzz_check

#endif  // SITREP_FUZZ_ANALYZED_CHECKS_H_

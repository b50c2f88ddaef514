// The text stage: raw bytes in, an AnalyzedText out.
//
// Pipeline (one file each): utf8 (validate, repair) -> normalizer (NFKC with
// offsets back to the input) -> sentence_splitter (ICU BreakIterator plus an
// abbreviation list) -> tokenizer (words, numbers, punctuation with offsets)
// -> quotes (quotation spans). analyzer.h runs them in order. Every later stage
// (geo, extract, dedup) reads an AnalyzedText and never the raw bytes.
#ifndef SITREP_TEXT_ANALYZED_TEXT_H_
#define SITREP_TEXT_ANALYZED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

// Half-open byte range [begin, end) into AnalyzedText::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool Contains(uint32_t off) const { return off >= begin && off < end; }
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter is upper case
  bool hyphenated = false;   // a word joined across an ASCII '-' ("twenty-four")
};

struct Sentence {
  Span span;                 // trimmed of surrounding white space
  uint32_t first_token = 0;  // index into AnalyzedText::tokens
  uint32_t end_token = 0;    // one past the last token
};

struct Quote {
  Span span;          // the quoted words, without the quotation marks
  Span outer;         // including the marks
  uint32_t sentence;  // sentence holding the opening mark
};

struct AnalyzedText {
  std::string text;                 // valid UTF-8, NFKC-normalised
  std::vector<uint32_t> to_source;  // text offset -> input offset; empty = identity
  uint32_t invalid_bytes = 0;       // invalid UTF-8 sequences replaced by U+FFFD
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Quote> quotes;

  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  // Offset in the original input of text offset `off`.
  uint32_t SourceOffset(uint32_t off) const {
    return to_source.empty() ? off : to_source[off < to_source.size() ? off : to_source.size() - 1];
  }
  // Index of the sentence containing byte `off`, or -1.
  int SentenceAt(uint32_t off) const;
  // Index of the quote containing byte `off`, or -1.
  int QuoteAt(uint32_t off) const;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_ANALYZED_TEXT_H_

// Sentence segmentation: ICU's sentence BreakIterator, then a pass that
// re-joins breaks after known abbreviations ("Gen.", "Oct.", "U.S.").
#ifndef SITREP_TEXT_SENTENCE_SPLITTER_H_
#define SITREP_TEXT_SENTENCE_SPLITTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <cstdint>
#include <vector>

#include "text/analyzed_text.h"
#include "util/status.h"

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace sitrep::text {

class SentenceSplitter {
 public:
  // abbreviations: tokens ending in '.', e.g. "Gen.", loaded from
  // data/abbreviations.txt by the caller (see LoadAbbreviations).
  static Result<std::unique_ptr<SentenceSplitter>> Create(std::vector<std::string> abbreviations);
  ~SentenceSplitter();

  // Appends the sentences of `text` (valid UTF-8) to *out, trimmed of white
  // space; empty sentences are dropped. Not thread-safe: one per thread.
  void Split(std::string_view text, std::vector<Sentence>* out);

  // Testing: the byte offsets where ICU's sentence BreakIterator breaks
  // `text` (valid UTF-8), before the abbreviation pass, computed by ICU
  // itself (icu = true; false when ICU cannot take the text) or by the
  // splitter's own implementation of the same rules (false; returns false,
  // leaving *breaks empty, for text it leaves to ICU).
  bool RawBreaks(std::string_view text, bool icu, std::vector<uint32_t>* breaks);

 private:
  SentenceSplitter() = default;
  bool EndsWithAbbreviation(std::string_view text, uint32_t end) const;
  // The breaks of ICU's sentence rules (UAX #29: SB3-SB11), found without
  // ICU for text with no Extend or Format characters (the rules then need
  // no lookup beyond each character's Sentence_Break class); false for
  // other text.
  bool FastBreaks(std::string_view text, std::vector<uint32_t>* breaks);
  // ICU's breaks; false when ICU cannot take the text.
  bool IcuBreaks(std::string_view text, std::vector<uint32_t>* breaks);
  std::unique_ptr<icu::BreakIterator> it_;
  // Sentence_Break class of each ASCII character (kFallback: none seen).
  uint8_t ascii_class_[128] = {};
  bool fast_ = false;  // the ASCII classes are the ones FastBreaks expects
  std::vector<uint8_t> cls_;       // per code point, reused
  std::vector<uint32_t> offset_;   // byte offset of each code point, reused
  std::vector<uint32_t> breaks_;   // reused
  std::unordered_set<std::string> abbrevs_;
  // Reused per call: the text in UTF-16 (ICU's native form: iterating it is
  // faster than through a UTF-8 UText) and, for non-ASCII text, the byte
  // offset of each UTF-16 unit.
  std::u16string utf16_;
  std::vector<uint32_t> unit_to_byte_;
};

// Reads an abbreviation list in the format of data/abbreviations.txt.
Status LoadAbbreviations(const std::string& path, std::vector<std::string>* out);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SENTENCE_SPLITTER_H_

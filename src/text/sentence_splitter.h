// Sentence segmentation: ICU's sentence BreakIterator, then a pass that
// re-joins breaks after known abbreviations ("Gen.", "Oct.", "U.S.").
#ifndef SITREP_TEXT_SENTENCE_SPLITTER_H_
#define SITREP_TEXT_SENTENCE_SPLITTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
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

 private:
  SentenceSplitter() = default;
  bool EndsWithAbbreviation(std::string_view text, uint32_t end) const;
  std::unique_ptr<icu::BreakIterator> it_;
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

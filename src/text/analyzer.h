// Analyzer runs the text stage on one document:
//   RepairUtf8 -> Normalizer (NFKC) -> SentenceSplitter -> Tokenize -> FindQuotes
// and fills an AnalyzedText whose offsets map back to the input bytes.
//
//   auto analyzer = text::Analyzer::Create();   // once per thread
//   text::AnalyzedText t;
//   (*analyzer)->Analyze(raw_bytes, &t);
#ifndef SITREP_TEXT_ANALYZER_H_
#define SITREP_TEXT_ANALYZER_H_

#include <memory>
#include <string_view>

#include "text/analyzed_text.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "util/status.h"

namespace sitrep::text {

class Analyzer {
 public:
  // Loads data/abbreviations.txt and the ICU services.
  static Result<std::unique_ptr<Analyzer>> Create();

  // Analyzes `raw` (any bytes) into *out. Never fails: invalid bytes are
  // replaced and counted in out->invalid_bytes. Not thread-safe.
  void Analyze(std::string_view raw, AnalyzedText* out);

 private:
  Analyzer() = default;
  std::unique_ptr<Normalizer> normalizer_;
  std::unique_ptr<SentenceSplitter> splitter_;
  std::string repaired_;
  std::vector<uint32_t> repaired_to_raw_;
  std::vector<uint32_t> norm_to_repaired_;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_ANALYZER_H_

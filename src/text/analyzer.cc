#include "text/analyzer.h"

#include "text/quotes.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "util/data_path.h"

namespace sitrep::text {

Result<std::unique_ptr<Analyzer>> Analyzer::Create() {
  std::unique_ptr<Analyzer> a(new Analyzer());
  auto norm = Normalizer::Create();
  if (!norm.ok()) return norm.status();
  a->normalizer_ = std::move(*norm);
  std::vector<std::string> abbrevs;
  SITREP_RETURN_IF_ERROR(LoadAbbreviations(DataPath("abbreviations.txt"), &abbrevs));
  auto split = SentenceSplitter::Create(std::move(abbrevs));
  if (!split.ok()) return split.status();
  a->splitter_ = std::move(*split);
  return a;
}

void Analyzer::Analyze(std::string_view raw, AnalyzedText* out) {
  // Cleared rather than replaced: a pipeline reuses one AnalyzedText, and
  // its buffers keep their capacity from document to document.
  out->text.clear();
  out->to_source.clear();
  out->invalid_bytes = 0;
  out->sentences.clear();
  out->tokens.clear();
  out->quotes.clear();
  std::string_view valid = raw;
  bool repaired = false;
  if (!IsValidUtf8(raw)) {
    out->invalid_bytes = RepairUtf8(raw, &repaired_, &repaired_to_raw_);
    valid = repaired_;
    repaired = true;
  }
  normalizer_->Normalize(valid, &out->text, &norm_to_repaired_);
  // Compose the offset maps: text -> repaired -> raw.
  if (!norm_to_repaired_.empty() || repaired) {
    size_t n = out->text.size() + 1;
    out->to_source.resize(n);
    for (size_t i = 0; i < n; ++i) {
      uint32_t r = norm_to_repaired_.empty() ? static_cast<uint32_t>(i) : norm_to_repaired_[i];
      out->to_source[i] = repaired ? repaired_to_raw_[r] : r;
    }
  }
  splitter_->Split(out->text, &out->sentences);
  for (auto& s : out->sentences) {
    s.first_token = static_cast<uint32_t>(out->tokens.size());
    Tokenize(out->text, s.span, &out->tokens);
    s.end_token = static_cast<uint32_t>(out->tokens.size());
  }
  FindQuotes(out->text, &out->quotes);
  for (auto& q : out->quotes) {
    int s = out->SentenceAt(q.outer.begin);
    if (s < 0) s = out->SentenceAt(q.span.begin);
    q.sentence = s < 0 ? 0 : static_cast<uint32_t>(s);
  }
}

}  // namespace sitrep::text

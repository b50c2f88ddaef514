#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "util/data_path.h"

namespace sitrep::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

SentenceSplitter::~SentenceSplitter() = default;

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(
    std::vector<std::string> abbreviations) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en"), err));
  if (U_FAILURE(err) || !it) {
    return Status::Internal(std::string("ICU sentence iterator: ") + u_errorName(err));
  }
  std::unique_ptr<SentenceSplitter> s(new SentenceSplitter());
  s->it_ = std::move(it);
  for (auto& a : abbreviations) s->abbrevs_.insert(std::move(a));
  return s;
}

bool SentenceSplitter::EndsWithAbbreviation(std::string_view text, uint32_t end) const {
  while (end > 0 && IsSpace(text[end - 1])) --end;
  if (end == 0 || text[end - 1] != '.') return false;
  uint32_t start = end;
  while (start > 0 && !IsSpace(text[start - 1]) && text[start - 1] != '(' &&
         text[start - 1] != '"') {
    --start;
  }
  std::string_view word = text.substr(start, end - start);
  if (abbrevs_.count(std::string(word))) return true;
  // Single capital initials: "J. Smith".
  return word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z';
}

void SentenceSplitter::Split(std::string_view text, std::vector<Sentence>* out) {
  UErrorCode err = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  if (U_FAILURE(err)) return;
  it_->setText(ut, err);
  uint32_t start = 0;
  auto emit = [&](uint32_t b, uint32_t e) {
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (e > b) out->push_back(Sentence{Span{b, e}, 0, 0});
  };
  for (int32_t pos = it_->next(); pos != icu::BreakIterator::DONE; pos = it_->next()) {
    uint32_t p = static_cast<uint32_t>(pos);
    // A break after an abbreviation is kept only at a paragraph end.
    bool newline = false;
    for (uint32_t k = p; k > start && IsSpace(text[k - 1]); --k) newline |= text[k - 1] == '\n';
    if (!newline && p < text.size() && EndsWithAbbreviation(text, p)) continue;
    emit(start, p);
    start = p;
  }
  if (start < text.size()) emit(start, static_cast<uint32_t>(text.size()));
  utext_close(ut);
}

Status LoadAbbreviations(const std::string& path, std::vector<std::string>* out) {
  std::vector<DataLine> lines;
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  for (auto& l : lines) {
    if (l.text.back() != '.') {
      return Status::InvalidArgument(path + ":" + std::to_string(l.line_no) +
                                     ": abbreviation must end with '.'");
    }
    out->push_back(l.text);
  }
  return Status::OK();
}

}  // namespace sitrep::text

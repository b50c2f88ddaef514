#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "util/data_path.h"
#include "util/swar.h"

namespace sitrep::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool IsAscii(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (swar::AnyHigh(swar::Load8(text.data() + i))) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

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
  // ICU iterates UTF-16 fastest; convert once and map unit offsets back to
  // bytes (the identity when the text is ASCII).
  UErrorCode err = U_ZERO_ERROR;
  utf16_.resize(text.size() + 1);
  int32_t units = 0;
  if (IsAscii(text)) {
    // Most articles: each byte is its UTF-16 unit (a loop the compiler
    // vectorises; u_strFromUTF8 validates byte by byte).
    char16_t* u = utf16_.data();
    for (size_t i = 0; i < text.size(); ++i) u[i] = static_cast<unsigned char>(text[i]);
    units = static_cast<int32_t>(text.size());
  } else {
    u_strFromUTF8(reinterpret_cast<UChar*>(utf16_.data()), static_cast<int32_t>(utf16_.size()), &units, text.data(),
                  static_cast<int32_t>(text.size()), &err);
  }
  // Break positions are byte offsets when the text is ASCII or iterated as
  // UTF-8 (the fallback for text that is not valid UTF-8).
  const bool as_utf8 = U_FAILURE(err);
  const bool bytes = as_utf8 || static_cast<size_t>(units) == text.size();
  if (!bytes) {
    unit_to_byte_.resize(static_cast<size_t>(units) + 1);
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    int32_t n = static_cast<int32_t>(text.size());
    int32_t u = 0;
    for (int32_t i = 0; i < n && u < units;) {
      int32_t begin = i;
      UChar32 c;
      U8_NEXT(s, i, n, c);
      unit_to_byte_[u++] = static_cast<uint32_t>(begin);
      if (c > 0xFFFF && u < units) unit_to_byte_[u++] = static_cast<uint32_t>(begin);
    }
    unit_to_byte_[units] = static_cast<uint32_t>(text.size());
  }
  err = U_ZERO_ERROR;
  UText* ut = as_utf8 ? utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err)
                  : utext_openUChars(nullptr, reinterpret_cast<const UChar*>(utf16_.data()), units, &err);
  if (U_FAILURE(err)) return;
  it_->setText(ut, err);
  uint32_t start = 0;
  auto emit = [&](uint32_t b, uint32_t e) {
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (e > b) out->push_back(Sentence{Span{b, e}, 0, 0});
  };
  for (int32_t pos = it_->next(); pos != icu::BreakIterator::DONE; pos = it_->next()) {
    uint32_t p = bytes ? static_cast<uint32_t>(pos) : unit_to_byte_[pos];
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

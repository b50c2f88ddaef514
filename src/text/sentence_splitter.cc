#include "text/sentence_splitter.h"

#include <algorithm>
#include <bit>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "util/data_path.h"
#include "util/swar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool IsAscii(std::string_view text) {
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= text.size(); i += 16) {
    if (_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i))) != 0) return false;
  }
#endif
  for (; i + 8 <= text.size(); i += 8) {
    if (swar::AnyHigh(swar::Load8(text.data() + i))) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// Sentence_Break classes (UAX #29) as FastBreaks uses them.
enum SbClass : uint8_t {
  kOther, kCR, kLF, kSep, kSp, kLower, kUpper, kOLetter, kNumeric, kATerm, kSTerm, kClose, kSContinue,
  kExtendOrFormat,  // needs ICU (rule 5 attaches these to the character before)
  kNone,            // before the start of the text
};

SbClass ClassOf(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_CR: return kCR;
    case U_SB_LF: return kLF;
    case U_SB_SEP: return kSep;
    case U_SB_SP: return kSp;
    case U_SB_LOWER: return kLower;
    case U_SB_UPPER: return kUpper;
    case U_SB_OLETTER: return kOLetter;
    case U_SB_NUMERIC: return kNumeric;
    case U_SB_ATERM: return kATerm;
    case U_SB_STERM: return kSTerm;
    case U_SB_CLOSE: return kClose;
    case U_SB_SCONTINUE: return kSContinue;
    case U_SB_EXTEND: case U_SB_FORMAT: return kExtendOrFormat;
    default: return kOther;
  }
}

constexpr uint32_t Bit(SbClass c) { return uint32_t{1} << c; }
constexpr uint32_t kSATerm = Bit(kATerm) | Bit(kSTerm);
constexpr uint32_t kParaSep = Bit(kSep) | Bit(kCR) | Bit(kLF);
// The classes of the character before a boundary at which some rule other
// than "Any x Any" can apply: after any other character there is no break.
constexpr uint32_t kBeforeRule = kSATerm | kParaSep | Bit(kClose) | Bit(kSp);
// Rule 8 looks ahead past every character outside these.
constexpr uint32_t kRule8Stop = Bit(kOLetter) | Bit(kUpper) | Bit(kLower) | kParaSep | kSATerm;
inline bool In(uint32_t set, uint8_t c) { return (set >> c) & 1; }

// The boundaries (code point indices in (0, n]) of the UAX #29 sentence
// rules, as ICU's RBBI monkey test states them, over the classes cls(0..n)
// of a text without Extend or Format characters. next_trigger(k) is the
// first index from k on of a terminator or separator (kSATerm | kParaSep),
// or n: every other boundary not right after one lies in a run of Close and
// Sp after one, or gets "Any x Any".
template <typename ClassAt, typename NextTrigger>
void SentenceRules(size_t n, ClassAt cls, NextTrigger next_trigger, std::vector<uint32_t>* out) {
  size_t prev = 0;  // the last boundary
  // From index j back over Sp* then Close*: the class there, or kNone.
  auto back = [&](size_t j) -> uint8_t {
    size_t k = j + 1;
    while (k > 0 && cls(k - 1) == kSp) --k;
    while (k > 0 && cls(k - 1) == kClose) --k;
    return k > 0 ? static_cast<uint8_t>(cls(k - 1)) : static_cast<uint8_t>(kNone);
  };
  // Whether the text breaks before index i (0 < i < n), the character
  // before it of class c1 (in kBeforeRule).
  auto breaks_before = [&](size_t i, uint8_t c1) {
    const uint8_t c2 = cls(i);
    if (c1 == kCR && c2 == kLF) return false;                               // SB3
    if (In(kParaSep, c1)) return true;                                      // SB4
    if (c1 == kATerm && c2 == kNumeric) return false;                       // SB6
    if (c1 == kATerm && c2 == kUpper && i >= prev + 2 && (cls(i - 2) == kUpper || cls(i - 2) == kLower)) {
      return false;                                                         // SB7
    }
    const uint8_t b = back(i - 1);
    if (b == kATerm) {                                                      // SB8
      size_t m = i;
      while (m < n && !In(kRule8Stop, cls(m))) ++m;
      if (m < n && cls(m) == kLower) return false;
    }
    const bool saterm = b != kNone && In(kSATerm, b);
    if (saterm && (c2 == kSContinue || In(kSATerm, c2))) return false;    // SB8a
    size_t k9 = i;
    while (k9 > 0 && cls(k9 - 1) == kClose) --k9;
    if (k9 > 0 && In(kSATerm, cls(k9 - 1)) && (c2 == kClose || c2 == kSp || In(kParaSep, c2))) return false;  // SB9
    if (saterm && (c2 == kSp || In(kParaSep, c2))) return false;           // SB10
    return saterm;                                                          // SB11, else SB998
  };
  size_t i = 1;
  while (i < n) {
    i = next_trigger(i - 1) + 1;
    for (; i < n; ++i) {
      const uint8_t c1 = cls(i - 1);
      if (!In(kBeforeRule, c1)) break;
      if (breaks_before(i, c1)) {
        out->push_back(static_cast<uint32_t>(i));
        prev = i;
      }
    }
    ++i;
  }
  if (n > 0) out->push_back(static_cast<uint32_t>(n));
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
  s->fast_ = true;
  for (UChar32 c = 0; c < 128; ++c) {
    s->ascii_class_[c] = ClassOf(c);
    if (s->ascii_class_[c] == kExtendOrFormat) s->fast_ = false;
    // FastBreaks looks for these five as the ASCII terminators and separators.
    const bool trigger = In(kSATerm | kParaSep, s->ascii_class_[c]);
    if (trigger != (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r')) s->fast_ = false;
  }
  return s;
}

bool SentenceSplitter::FastBreaks(std::string_view text, std::vector<uint32_t>* breaks) {
  breaks->clear();
  if (!fast_) return false;
  const auto* u = reinterpret_cast<const uint8_t*>(text.data());
  const size_t size = text.size();
  if (IsAscii(text)) {
    const uint8_t* cls = ascii_class_;
    auto next_trigger = [u, size, cls](size_t k) {
#if defined(__SSE2__)
      // Sixteen bytes at a time, to the first of the five.
      const __m128i dot = _mm_set1_epi8('.'), lf = _mm_set1_epi8('\n'), bang = _mm_set1_epi8('!'),
                    ask = _mm_set1_epi8('?'), cr = _mm_set1_epi8('\r');
      for (; k + 16 <= size; k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(u + k));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, lf)),
                                         _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, ask)),
                                                      _mm_cmpeq_epi8(v, cr)));
        if (const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(hit))) return k + std::countr_zero(m);
      }
#endif
      for (;;) {
        // Eight bytes at a time past text without a terminator or separator
        // (Create checked that the ASCII ones are these).
        for (; k + 8 <= size; k += 8) {
          const uint64_t w = swar::Load8(u + k);
          if (swar::AnyEqual(w, '.') || swar::AnyEqual(w, '\n') || swar::AnyEqual(w, '!') ||
              swar::AnyEqual(w, '?') || swar::AnyEqual(w, '\r')) {
            break;
          }
        }
        const size_t stop = std::min(k + 8, size);
        for (; k < stop; ++k) {
          if (In(kSATerm | kParaSep, cls[u[k]])) return k;
        }
        if (k >= size) return size;
      }
    };
    SentenceRules(size, [cls, u](size_t k) { return cls[u[k]]; }, next_trigger, breaks);
    return true;
  }
  cls_.clear();
  offset_.clear();
  const int32_t end = static_cast<int32_t>(size);
  for (int32_t i = 0; i < end;) {
    offset_.push_back(static_cast<uint32_t>(i));
    if (u[i] < 0x80) {
      cls_.push_back(ascii_class_[u[i++]]);
      continue;
    }
    UChar32 c;
    U8_NEXT(u, i, end, c);
    const SbClass k = c < 0 ? kExtendOrFormat : ClassOf(c);
    if (k == kExtendOrFormat) return false;
    cls_.push_back(k);
  }
  offset_.push_back(static_cast<uint32_t>(size));
  const uint8_t* cls = cls_.data();
  const size_t n = cls_.size();
  auto next_trigger = [cls, n](size_t k) {
    while (k < n && !In(kSATerm | kParaSep, cls[k])) ++k;
    return k;
  };
  SentenceRules(n, [cls](size_t k) { return cls[k]; }, next_trigger, breaks);
  for (uint32_t& b : *breaks) b = offset_[b];
  return true;
}

bool SentenceSplitter::RawBreaks(std::string_view text, bool icu, std::vector<uint32_t>* breaks) {
  if (icu) return IcuBreaks(text, breaks);
  return FastBreaks(text, breaks);
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

bool SentenceSplitter::IcuBreaks(std::string_view text, std::vector<uint32_t>* breaks) {
  breaks->clear();
  // ICU iterates UTF-16 fastest; convert once and map unit offsets back to
  // bytes (the identity when the text is ASCII).
  UErrorCode err = U_ZERO_ERROR;
  utf16_.resize(text.size() + 1);
  int32_t units = 0;
  if (IsAscii(text)) {
    // Each byte is its UTF-16 unit (a loop the compiler vectorises;
    // u_strFromUTF8 validates byte by byte).
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
  if (U_FAILURE(err)) return false;
  it_->setText(ut, err);
  for (int32_t pos = it_->next(); pos != icu::BreakIterator::DONE; pos = it_->next()) {
    breaks->push_back(bytes ? static_cast<uint32_t>(pos) : unit_to_byte_[pos]);
  }
  utext_close(ut);
  return true;
}

void SentenceSplitter::Split(std::string_view text, std::vector<Sentence>* out) {
  // The rules implemented here for most text; ICU for the rest.
  if (!FastBreaks(text, &breaks_) && !IcuBreaks(text, &breaks_)) return;
  uint32_t start = 0;
  auto emit = [&](uint32_t b, uint32_t e) {
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (e > b) out->push_back(Sentence{Span{b, e}, 0, 0});
  };
  for (const uint32_t p : breaks_) {
    // A break after an abbreviation is kept only at a paragraph end.
    bool newline = false;
    for (uint32_t k = p; k > start && IsSpace(text[k - 1]); --k) newline |= text[k - 1] == '\n';
    if (!newline && p < text.size() && EndsWithAbbreviation(text, p)) continue;
    emit(start, p);
    start = p;
  }
  if (start < text.size()) emit(start, static_cast<uint32_t>(text.size()));
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

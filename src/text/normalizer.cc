#include "text/normalizer.h"

#include "util/swar.h"

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace sitrep::text {

Result<std::unique_ptr<Normalizer>> Normalizer::Create() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err) || n == nullptr) {
    return Status::Internal(std::string("ICU NFKC unavailable: ") + u_errorName(err));
  }
  return std::unique_ptr<Normalizer>(new Normalizer(n));
}

void Normalizer::Normalize(std::string_view in, std::string* out,
                           std::vector<uint32_t>* to_in) const {
  out->clear();
  to_in->clear();
  UErrorCode err = U_ZERO_ERROR;
  // Fast path: most news text is already NFKC.
  bool ascii = true;
  size_t k = 0;
  for (; k + 8 <= in.size() && ascii; k += 8) ascii = !swar::AnyHigh(swar::Load8(in.data() + k));
  for (; k < in.size() && ascii; ++k) ascii = static_cast<unsigned char>(in[k]) < 0x80;
  if (ascii || nfkc_->isNormalizedUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), err)) {
    if (U_SUCCESS(err)) {
      out->assign(in);
      return;
    }
    err = U_ZERO_ERROR;
  }
  // Slow path: normalise segment by segment, where a segment starts at each
  // code point with a normalisation boundary before it. NFKC of the whole is
  // the concatenation of the NFKC of the segments, so every output byte maps
  // back to the start of its segment.
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  int32_t n = static_cast<int32_t>(in.size());
  out->reserve(in.size() + 16);
  to_in->reserve(in.size() + 17);
  int32_t seg_start = 0;
  int32_t i = 0;
  auto flush = [&](int32_t seg_end) {
    if (seg_end <= seg_start) return;
    std::string_view seg = in.substr(seg_start, seg_end - seg_start);
    bool seg_ascii = true;
    for (char c : seg) seg_ascii &= static_cast<unsigned char>(c) < 0x80;
    if (seg_ascii) {
      out->append(seg);
      for (int32_t k = seg_start; k < seg_end; ++k) to_in->push_back(static_cast<uint32_t>(k));
      return;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(seg.data(), static_cast<int32_t>(seg.size())));
    UErrorCode e = U_ZERO_ERROR;
    icu::UnicodeString norm = nfkc_->normalize(u, e);
    std::string piece;
    if (U_FAILURE(e)) {
      piece.assign(seg);
    } else {
      norm.toUTF8String(piece);
    }
    if (piece == seg) {
      out->append(seg);
      for (int32_t k = seg_start; k < seg_end; ++k) to_in->push_back(static_cast<uint32_t>(k));
    } else {
      out->append(piece);
      to_in->insert(to_in->end(), piece.size(), static_cast<uint32_t>(seg_start));
    }
  };
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (at > seg_start && nfkc_->hasBoundaryBefore(c)) {
      flush(at);
      seg_start = at;
    }
  }
  flush(n);
  to_in->push_back(static_cast<uint32_t>(n));
}

}  // namespace sitrep::text

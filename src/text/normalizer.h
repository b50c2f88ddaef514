// NFKC normalisation that keeps offsets into the text it was given.
#ifndef SITREP_TEXT_NORMALIZER_H_
#define SITREP_TEXT_NORMALIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace sitrep::text {

class Normalizer {
 public:
  // Creates an NFKC normaliser; fails only when ICU's data is missing.
  static Result<std::unique_ptr<Normalizer>> Create();

  // Writes NFKC(in) to *out. REQUIRES: `in` is valid UTF-8 (see RepairUtf8).
  // *to_in receives, for every byte of *out and one past its end, the offset in
  // `in` of the normalisation segment that produced it; it is left empty when
  // `in` was already normalised (the identity map).
  void Normalize(std::string_view in, std::string* out, std::vector<uint32_t>* to_in) const;

 private:
  explicit Normalizer(const icu::Normalizer2* nfkc) : nfkc_(nfkc) {}
  const icu::Normalizer2* nfkc_;  // owned by ICU
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_NORMALIZER_H_

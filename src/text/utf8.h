// UTF-8 validation and repair.
#ifndef SITREP_TEXT_UTF8_H_
#define SITREP_TEXT_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

// Copies `in` to *out, replacing each invalid sequence (and NUL bytes) with
// U+FFFD. Returns the number of replacements. When to_source is non-null it
// receives, for every output byte and one past the end, the input offset.
uint32_t RepairUtf8(std::string_view in, std::string* out, std::vector<uint32_t>* to_source);

// True when `in` is valid UTF-8 without NUL bytes.
bool IsValidUtf8(std::string_view in);

// Heuristic: more than 10% control bytes (other than \t \n \r) in the first
// 64 KiB, or a NUL in the first 8 KiB, marks the data as binary.
bool LooksBinary(std::string_view in);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_UTF8_H_

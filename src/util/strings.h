// Small string helpers shared by the data-file loaders.
#ifndef SITREP_UTIL_STRINGS_H_
#define SITREP_UTIL_STRINGS_H_

#include <string>
#include <vector>

namespace sitrep {

// Splits s at every `sep`; empty fields are kept ("a||b" gives 3 fields).
std::vector<std::string> Split(const std::string& s, char sep);

}  // namespace sitrep

#endif  // SITREP_UTIL_STRINGS_H_

// Hashing helpers for the hot dictionary lookups of the text, extract and
// geo stages (one lookup per article word, millions per second):
//
//   StringHash   a transparent XXH3 hash: unordered containers keyed by
//                std::string, looked up by std::string_view without a copy.
//                XXH3 is several times faster than std::hash on the short
//                keys these tables hold.
//   ShapeFilter  a 64 Kbit prefilter over (length, first byte, last byte):
//                most article words are in no word list, and most of those
//                are rejected before any hash is computed. It never rejects
//                a word that was added.
//
//   ShapeFilter f;  f.Add("near");
//   f.MayContain("near") == true;   f.MayContain("tanks") is probably false
//
// Both are thread-safe for readers once filled.
#ifndef SITREP_UTIL_STRING_HASH_H_
#define SITREP_UTIL_STRING_HASH_H_

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <bitset>
#include <cstddef>
#include <string_view>

namespace sitrep {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    return static_cast<size_t>(XXH3_64bits(s.data(), s.size()));
  }
};

class ShapeFilter {
 public:
  void Add(std::string_view w) {
    if (!w.empty()) bits_.set(Shape(w));
  }
  // False only when no added word has the length and end bytes of `w`.
  bool MayContain(std::string_view w) const { return !w.empty() && bits_[Shape(w)]; }

 private:
  static size_t Shape(std::string_view w) {
    return ((w.size() & 31u) << 11) | ((static_cast<unsigned char>(w.front()) & 63u) << 5) |
           (static_cast<unsigned char>(w.back()) & 31u);
  }
  std::bitset<1u << 16> bits_;
};

}  // namespace sitrep

#endif  // SITREP_UTIL_STRING_HASH_H_

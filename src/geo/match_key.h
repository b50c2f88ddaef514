// MatchKey: the folded form in which the gazetteer stores every variant and
// the resolver looks a text's words up, so that spellings which differ only in case,
// script or diacritics meet.
//
//   "Dружковка"  (Latin D + Cyrillic) -> "druzhkovka"
//   "Sеversk"    (Cyrillic е)         -> "seversk"
//   "Kramators'k, Słowiańsk"          -> "kramatorsk slowiansk"
//
// Rules, per word (a maximal run of letters, digits and inner apostrophes):
//   1. Script majority: in a mostly-Cyrillic word, Latin look-alike letters
//      (a c e o p x y k m t h b i) become the Cyrillic letters they imitate; in
//      a mostly-Latin word, Cyrillic look-alikes become Latin letters.
//   2. Cyrillic is transliterated to ASCII by one fixed table (ж zh, х kh,
//      ц ts, ч ch, ш sh, щ shch, ю yu, я ya, є ye, ї yi, й y, ь/ъ dropped).
//   3. Latin letters lose diacritics and are lower-cased; apostrophes inside a
//      word are dropped.
// Words are separated by exactly one space; every other character (hyphen,
// punctuation, white space) is a separator. The key is pure [a-z0-9 ].
#ifndef SITREP_GEO_MATCH_KEY_H_
#define SITREP_GEO_MATCH_KEY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

struct KeyedText {
  std::string key;
  // For each key byte, the byte offset in the source text of the character
  // that produced it; one extra element holds the source size.
  std::vector<uint32_t> src;

  // Byte offset in `text` (the source of this key) just past the character
  // that produced key[k].
  uint32_t SourceEnd(std::string_view text, size_t k) const;
};

// Folds `text` into its key, with offsets back to `text`.
void MakeKeyedText(std::string_view text, KeyedText* out);

// The key of a name (no offsets), e.g. MatchKey("Kostiantynivka") == "kostiantynivka".
std::string MatchKey(std::string_view name);

}  // namespace sitrep::geo

#endif  // SITREP_GEO_MATCH_KEY_H_

// Folding words so that spellings of one name meet: case, Cyrillic script,
// Latin/Cyrillic look-alike letters, and the usual differences between
// Ukrainian and Russian romanisations ("kh"/"h", "y"/"i", "iy"/"yi" endings,
// doubled letters). "Конотоп", "Konotop" and "Коnotop" all fold to "konotop";
// "Kharkiv" and "Harkiv" to "harkiv".
#ifndef SITREP_DEDUP_NAME_FOLD_H_
#define SITREP_DEDUP_NAME_FOLD_H_

#include <string>
#include <string_view>

namespace sitrep::dedup {

// Folds one word (valid UTF-8) to lower-case ASCII letters and digits. A word
// in Cyrillic script is transliterated; a word mixing both scripts has its
// Cyrillic look-alikes read as the Latin letters they imitate. Letters with no
// ASCII reading are kept as UTF-8. Apostrophes and soft signs are dropped.
std::string FoldWord(std::string_view word);
// The same into *out (cleared first), reusing its storage.
void FoldWordTo(std::string_view word, std::string* out);

// A crude stem of a folded content word: strips "ing", "ed", "ly" and a
// final "s" (not "ss") when at least four letters remain, then keeps at most
// seven letters. "cleaned" and "clean" meet; so do "forces" and "force".
std::string StemWord(std::string_view folded);
// The same as a view into `folded`.
std::string_view StemView(std::string_view folded);

}  // namespace sitrep::dedup

#endif  // SITREP_DEDUP_NAME_FOLD_H_

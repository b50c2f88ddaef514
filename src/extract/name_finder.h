// Person-name candidates: a run of capitalised words, less leading titles and
// nationality words ("Russian Defense Minister Petr Salov" -> title
// "Defense Minister", name "Petr Salov"), cut before any word the
// lexicon says is never part of a person's name. Knows no names.
#ifndef SITREP_EXTRACT_NAME_FINDER_H_
#define SITREP_EXTRACT_NAME_FINDER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "extract/doc_view.h"
#include "extract/lexicon.h"

namespace sitrep::extract {

struct NameSpan {
  size_t run = 0;    // first token of the capitalised run (titles included)
  size_t a = 0;      // first token of the name
  size_t b = 0;      // one past its last token
  size_t run_end = 0;  // one past the run
  std::string title;   // "Colonel-General", "Defense Minister", or ""
};

// The name candidate whose run starts at token i, or false. `taken` marks
// tokens already used by outlets or institutions (may be empty).
bool NameAt(const DocView& v, const Lexicon& lex, const std::vector<uint8_t>& taken, size_t i, size_t end,
            NameSpan* out);

// Token k may be glue inside a name (NameAt's "John P. Doe", "O'Brien"):
// a dot, or a token opening with an apostrophe (ASCII, or U+2019's lead
// byte).
inline bool GlueShaped(const DocView& v, size_t k) {
  const std::string_view r = v.raw[k];
  return !r.empty() && (r == "." || r[0] == '\'' || static_cast<unsigned char>(r[0]) == 0xE2);
}

// Token i is a lone title or word never part of a name ("The",
// "According"), the next token neither a capitalised word nor glue: then
// NameAt(v, lex, taken, i, end, ...) is false, whatever `taken`. A test
// cheap enough for every capitalised word.
inline bool LoneNonName(const DocView& v, const Lexicon& lex, size_t i, size_t end) {
  return (i + 1 >= end || (!v.Cap(i + 1) && !GlueShaped(v, i + 1))) &&
         (lex.not_names.Has(v.ids[i]) || lex.titles.Has(v.ids[i]));
}

// A lower-case word with a Slavic surname's ending ("zelenskiy",
// "bratchuk", "syrskyi"; "shoigu" is not).
bool SurnameShaped(std::string_view w);

// The surname key of a name: its last word, lower-cased.
std::string SurnameKey(std::string_view name);
// SurnameKey(name), as a view into v.lower, without building it.
// REQUIRES: name is a view into v.t.text (a token's raw text, v.Text).
inline std::string_view SurnameKeyIn(const DocView& v, std::string_view name) {
  size_t k = name.size();  // the last word starts after the last space
  while (k > 0 && name[k - 1] != ' ') --k;
  if (k == name.size()) return {};
  return std::string_view(v.lower.data() + (name.data() + k - v.t.text.data()), name.size() - k);
}
// SurnameKey(name) == key, without building the key.
bool HasSurnameKey(std::string_view name, std::string_view key);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_NAME_FINDER_H_

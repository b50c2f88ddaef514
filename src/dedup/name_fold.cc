#include "dedup/name_fold.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace sitrep::dedup {
namespace {

// Transliteration of lower-case Cyrillic (U+0430..U+045F), Russian and
// Ukrainian letters, to a simple Latin romanisation.
const char* Translit(UChar32 c) {
  static const char* const kBasic[32] = {
      "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
      "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
  if (c >= 0x430 && c <= 0x44F) return kBasic[c - 0x430];
  switch (c) {
    case 0x451: return "e";   // ё
    case 0x454: return "ye";  // є
    case 0x456: return "i";   // і
    case 0x457: return "yi";  // ї
    case 0x491: return "g";   // ґ
    case 0x458: return "j";   // ј
    default: return nullptr;
  }
}

// Cyrillic letters that look like Latin ones, as the Latin letter (lower case).
char Homoglyph(UChar32 c) {
  switch (c) {
    case 0x430: return 'a'; case 0x435: return 'e'; case 0x43E: return 'o'; case 0x440: return 'p';
    case 0x441: return 'c'; case 0x443: return 'y'; case 0x445: return 'x'; case 0x43A: return 'k';
    case 0x43C: return 'm'; case 0x442: return 't'; case 0x432: return 'b'; case 0x43D: return 'h';
    case 0x456: return 'i'; case 0x458: return 'j'; case 0x455: return 's';
    default: return 0;
  }
}

bool IsCyrillic(UChar32 c) { return c >= 0x400 && c <= 0x4FF; }

// Romanisation differences: kh->h, y->i, j->i, w->v, ck->k, doubled letters.
// In place: the write position never passes the read position, and the
// look-ahead reads characters not yet overwritten.
void Normalize(std::string* s) {
  char* p = s->data();
  const size_t n = s->size();
  size_t w = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = p[i];
    char next = i + 1 < n ? p[i + 1] : 0;
    if (c == 'k' && next == 'h') continue;  // kh -> h
    if (c == 'c' && next == 'k') continue;  // ck -> k
    if (c == 'y' || c == 'j') c = 'i';
    if (c == 'w') c = 'v';
    if (w > 0 && p[w - 1] == c && static_cast<unsigned char>(c) < 0x80) continue;
    p[w++] = c;
  }
  s->resize(w);
}

// An ASCII character as folded: letters lower-cased, digits kept, the rest
// (apostrophes, hyphens, dots) dropped.
void AppendFoldedAscii(char c, std::string* out) {
  if (c >= 'A' && c <= 'Z') out->push_back(static_cast<char>(c | 0x20));
  else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out->push_back(c);
}

// Each ASCII byte as AppendFoldedAscii folds it (0: dropped; kNotAscii for
// the bytes of UTF-8 sequences), and each folded letter as Normalize writes
// it (y, j -> i; w -> v).
constexpr char kNotAscii = 0x7f;
struct AsciiTables {
  char fold[256];
  char map[128];
  constexpr AsciiTables() : fold(), map() {
    for (int c = 128; c < 256; ++c) fold[c] = kNotAscii;
    for (int c = 0; c < 128; ++c) {
      char f = 0;
      if (c >= 'A' && c <= 'Z') f = static_cast<char>(c | 0x20);
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) f = static_cast<char>(c);
      fold[c] = f;
      map[c] = f == 'y' || f == 'j' ? 'i' : f == 'w' ? 'v' : f;
    }
  }
};
constexpr AsciiTables kAscii;

// AppendFoldedAscii over `word` then Normalize, in one pass: each folded
// character is written once its successor (Normalize's look-ahead) is
// known, with table look-ups and few branches (runs on every word of every
// stored document, for rewrite signatures). False, *out unspecified, when
// the word is not all ASCII.
bool FoldAscii(std::string_view word, std::string* out) {
  char small[64];
  char* p = small;
  if (word.size() > sizeof(small)) {
    out->resize(word.size());
    p = out->data();
  }
  size_t w = 0;
  char last = 0;     // last character written (never 0: letters and digits only)
  char pending = 0;  // folded character waiting for its successor
  for (char ch : word) {
    const char f = kAscii.fold[static_cast<unsigned char>(ch)];
    if (f == 0) continue;
    if (f == kNotAscii) return false;
    if (pending != 0) {
      // kh -> h, ck -> k; then doubled letters are written once.
      const bool drop = (pending == 'k' && f == 'h') || (pending == 'c' && f == 'k');
      const char m = kAscii.map[static_cast<unsigned char>(pending)];
      const bool keep = !drop && m != last;
      p[w] = m;
      w += keep;
      last = keep ? m : last;
    }
    pending = f;
  }
  if (pending != 0) {
    const char m = kAscii.map[static_cast<unsigned char>(pending)];
    if (m != last) p[w++] = m;
  }
  if (p == small) out->assign(small, w);
  else out->resize(w);
  return true;
}

}  // namespace

std::string FoldWord(std::string_view word) {
  std::string out;
  FoldWordTo(word, &out);
  return out;
}

void FoldWordTo(std::string_view word, std::string* folded) {
  // Most words are ASCII: no script to detect, no decoding.
  if (FoldAscii(word, folded)) return;
  folded->clear();
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t n = static_cast<int32_t>(word.size());
  bool latin = false, cyrillic = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    if (IsCyrillic(c)) cyrillic = true;
    else if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) latin = true;
  }
  const bool mixed = latin && cyrillic;
  std::string& out = *folded;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    if (c < 0x80) {
      AppendFoldedAscii(static_cast<char>(c), &out);
      continue;
    }
    if (c == 0x2019 || c == 0x2BC || c == 0x44C || c == 0x42C || c == 0x44A || c == 0x42A) continue;
    UChar32 lc = u_tolower(c);
    if (IsCyrillic(lc)) {
      if (mixed) {
        if (char h = Homoglyph(lc)) { out.push_back(h); continue; }
      }
      if (const char* t = Translit(lc)) { out += t; continue; }
    }
    // Latin letters with diacritics: keep the base letter when it has one.
    UChar32 base = lc;
    if (lc >= 0xC0 && lc <= 0x24F) {
      static const char kLatin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
      if (lc >= 0xE0 && lc <= 0xFF && kLatin1[lc - 0xE0] != '/') { out.push_back(kLatin1[lc - 0xE0]); continue; }
    }
    char tmp[4];
    int32_t k = 0;
    U8_APPEND_UNSAFE(tmp, k, base);
    out.append(tmp, k);
  }
  Normalize(folded);
}

std::string StemWord(std::string_view w) { return std::string(StemView(w)); }

std::string_view StemView(std::string_view w) {
  std::string_view s = w;
  auto strip = [&s](std::string_view suf) {
    if (s.size() >= suf.size() + 4 && s.substr(s.size() - suf.size()) == suf) {
      s.remove_suffix(suf.size());
      return true;
    }
    return false;
  };
  if (!strip("ing") && !strip("ed") && !strip("li")) {
    if (s.size() >= 5 && s.back() == 's' && s[s.size() - 2] != 's') s.remove_suffix(1);
  }
  if (s.size() > 7) s = s.substr(0, 7);
  return s;
}

}  // namespace sitrep::dedup

#include "geo/match_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace sitrep::geo {
namespace {

// Decodes one UTF-8 character at s[i]; returns its code point and sets *len.
uint32_t Decode(std::string_view s, size_t i, size_t* len) {
  unsigned char c = s[i];
  if (c < 0x80) { *len = 1; return c; }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + n > s.size() || n == 1) { *len = 1; return 0xFFFD; }
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return cp;
}

// ASCII folds of Latin letters with diacritics, U+00C0..U+024F, computed
// once with ICU's Latin-ASCII transform ("" = not a letter).
constexpr uint32_t kLatinLo = 0xC0, kLatinHi = 0x250;
const std::array<std::string, kLatinHi - kLatinLo>& LatinTable() {
  static const auto* table = [] {
    auto* t = new std::array<std::string, kLatinHi - kLatinLo>();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> tr(
        icu::Transliterator::createInstance("Latin-ASCII; Lower", UTRANS_FORWARD, status));
    for (uint32_t cp = kLatinLo; cp < kLatinHi; ++cp) {
      if (cp == 0xD7 || cp == 0xF7) continue;  // × ÷
      icu::UnicodeString u(static_cast<UChar32>(cp));
      if (U_SUCCESS(status) && tr) tr->transliterate(u);
      std::string out, ascii;
      u.toUTF8String(out);
      for (char c : out) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ascii += c;
      }
      (*t)[cp - kLatinLo] = ascii;
    }
    return t;
  }();
  return *table;
}

// Lower-case Cyrillic code point, or 0 when `cp` is not a Cyrillic letter.
uint32_t CyrLower(uint32_t cp) {
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (cp >= 0x430 && cp <= 0x45F) return cp;
  if (cp == 0x490 || cp == 0x491) return 0x491;
  return 0;
}

// Transliteration of lower-case Cyrillic U+0430..U+045F.
const char* const kCyr[48] = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",  // а..п
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",  // р..я
    "e", "e", "dj", "g", "ye", "s", "i", "yi", "j", "l", "n", "c", "k", "i", "u", "dz"};  // ѐ..џ

// Latin letter that a Cyrillic letter imitates (in a mostly-Latin word).
char CyrToLatinLookalike(uint32_t lower) {
  switch (lower) {
    case 0x430: return 'a'; case 0x441: return 'c'; case 0x435: return 'e';
    case 0x43E: return 'o'; case 0x440: return 'p'; case 0x445: return 'x';
    case 0x443: return 'y'; case 0x43A: return 'k'; case 0x43C: return 'm';
    case 0x442: return 't'; case 0x43D: return 'h'; case 0x432: return 'b';
    case 0x456: return 'i'; case 0x458: return 'j'; case 0x455: return 's';
    default: return 0;
  }
}

// Cyrillic letter that a Latin letter imitates (in a mostly-Cyrillic word).
uint32_t LatinToCyrLookalike(char lower) {
  switch (lower) {
    case 'a': return 0x430; case 'c': return 0x441; case 'e': return 0x435;
    case 'o': return 0x43E; case 'p': return 0x440; case 'x': return 0x445;
    case 'y': return 0x443; case 'k': return 0x43A; case 'm': return 0x43C;
    case 't': return 0x442; case 'h': return 0x43D; case 'b': return 0x432;
    case 'i': return 0x456;
    default: return 0;
  }
}

bool IsApostrophe(uint32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
         cp == 0x02B9 || cp == 0x2032 || cp == 0x201D;
}

enum class Script : uint8_t { kAscii, kLatin, kCyrillic, kApostrophe, kOther };

struct Ch {
  uint32_t cp;
  uint32_t off, end;
  Script script;
};

Script Classify(uint32_t cp) {
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      return Script::kAscii;
    }
    return IsApostrophe(cp) ? Script::kApostrophe : Script::kOther;
  }
  if (cp >= kLatinLo && cp < kLatinHi && !LatinTable()[cp - kLatinLo].empty()) return Script::kLatin;
  if (CyrLower(cp) != 0) return Script::kCyrillic;
  return IsApostrophe(cp) ? Script::kApostrophe : Script::kOther;
}

class KeyWriter {
 public:
  explicit KeyWriter(KeyedText* out) : out_(out) {}

  void Separator(uint32_t off, uint32_t end) {
    if (!out_->key.empty() && out_->key.back() != ' ') Put(' ', off, end);
  }

  void Word(const std::vector<Ch>& w) {
    int latin = 0, cyr = 0;
    for (const Ch& c : w) {
      if (c.script == Script::kCyrillic) ++cyr;
      else if (c.script != Script::kApostrophe) ++latin;
    }
    bool cyr_word = cyr > latin;
    for (size_t i = 0; i < w.size(); ++i) {
      const Ch& c = w[i];
      switch (c.script) {
        case Script::kAscii: {
          char a = static_cast<char>(c.cp);
          if (a >= 'A' && a <= 'Z') a = a - 'A' + 'a';
          uint32_t cyr_cp = cyr_word ? LatinToCyrLookalike(a) : 0;
          if (cyr_cp) PutStr(kCyr[cyr_cp - 0x430], c);
          else Put(a, c.off, c.end);
          break;
        }
        case Script::kLatin:
          PutStr(LatinTable()[c.cp - kLatinLo].c_str(), c);
          break;
        case Script::kCyrillic: {
          uint32_t lower = CyrLower(c.cp);
          char look = cyr_word ? 0 : CyrToLatinLookalike(lower);
          if (look) Put(look, c.off, c.end);
          else if (lower == 0x491) Put('g', c.off, c.end);
          else PutStr(kCyr[lower - 0x430], c);
          break;
        }
        case Script::kApostrophe:
          break;  // inner apostrophes vanish
        case Script::kOther:
          break;
      }
    }
  }

 private:
  void Put(char k, uint32_t off, uint32_t end) {
    out_->key.push_back(k);
    out_->src.push_back(off);
    out_->src_end.push_back(end);
  }
  void PutStr(const char* s, const Ch& c) {
    for (; *s; ++s) Put(*s, c.off, c.end);
  }
  KeyedText* out_;
};

}  // namespace

void MakeKeyedText(std::string_view text, KeyedText* out) {
  out->key.clear();
  out->src.clear();
  out->src_end.clear();
  out->key.reserve(text.size());
  out->src.reserve(text.size() + 1);
  out->src_end.reserve(text.size());
  KeyWriter w(out);
  std::vector<Ch> word;
  size_t len_s_ = 0;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char b = text[i];
    // Fast path: runs of ASCII letters, digits and separators. A word that
    // turns out to continue with a non-ASCII letter or an apostrophe is
    // rolled back and handled by the general path below.
    if (word.empty() && b < 0x80 && !IsApostrophe(b)) {
      size_t word_start = i, key_at_word = out->key.size();
      bool in_word = false;
      while (i < n) {
        unsigned char c = text[i];
        if (c >= 0x80 || IsApostrophe(c)) break;
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
        if (lower || upper || digit) {
          if (!in_word) {
            in_word = true;
            word_start = i;
            key_at_word = out->key.size();
          }
          out->key.push_back(upper ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
          out->src.push_back(static_cast<uint32_t>(i));
          out->src_end.push_back(static_cast<uint32_t>(i + 1));
        } else {
          in_word = false;
          w.Separator(static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1));
        }
        ++i;
      }
      if (i < n && in_word) {
        out->key.resize(key_at_word);
        out->src.resize(key_at_word);
        out->src_end.resize(key_at_word);
        i = word_start;
      }
      if (i >= n) break;
    }
    size_t len;
    uint32_t cp = Decode(text, i, &len);
    Script s = Classify(cp);
    if (s == Script::kOther) {
      if (!word.empty()) { w.Word(word); word.clear(); }
      w.Separator(i, i + len);
    } else if (s == Script::kApostrophe && !word.empty() && i + len < n &&
               (text[i + len] == 's' || text[i + len] == 'S') &&
               (i + len + 1 == n || Classify(Decode(text, i + len + 1, &len_s_)) == Script::kOther)) {
      // English possessive ("Bakhmut's"): the apostrophe and the s vanish.
      w.Word(word);
      word.clear();
      i += len + 1;
      continue;
    } else if (s == Script::kApostrophe) {
      // Inside a word only when a letter follows; else a separator.
      size_t nl = 0;
      bool letter_next = i + len < n && Classify(Decode(text, i + len, &nl)) != Script::kOther &&
                         Classify(Decode(text, i + len, &nl)) != Script::kApostrophe;
      if (!word.empty() && letter_next) {
        word.push_back({cp, static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), s});
      } else {
        if (!word.empty()) { w.Word(word); word.clear(); }
        w.Separator(i, i + len);
      }
    } else {
      word.push_back({cp, static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), s});
    }
    i += len;
  }
  if (!word.empty()) w.Word(word);
  while (!out->key.empty() && out->key.back() == ' ') {
    out->key.pop_back();
    out->src.pop_back();
    out->src_end.pop_back();
  }
  out->src.push_back(static_cast<uint32_t>(n));
}

std::string MatchKey(std::string_view name) {
  KeyedText k;
  MakeKeyedText(name, &k);
  return std::move(k.key);
}

}  // namespace sitrep::geo

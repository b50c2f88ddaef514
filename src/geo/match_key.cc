#include "geo/match_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <bit>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/swar.h"

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

// AsciiRun's step: the ASCII letters and digits that open s[0, kAlnumBlock),
// lower-cased, stored to key[0, kAlnumBlock) (the bytes after them too,
// folded alike: a space stays a space) with their offsets base, base + 1,
// ... in src[0, kAlnumBlock). Returns how many open the block.
#if defined(__SSE2__)
constexpr int kAlnumBlock = 16;
int FoldAlnumBlock(const unsigned char* s, uint32_t base, char* key, uint32_t* src) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // a capital as its small letter; digits keep the bit
  // (Signed compares: bytes of UTF-8 sequences are negative, below both ranges.)
  const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  const __m128i digit =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(key), folded);
  __m128i off = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(base)), _mm_setr_epi32(0, 1, 2, 3));
  for (int b = 0; b < kAlnumBlock; b += 4) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(src + b), off);
    off = _mm_add_epi32(off, _mm_set1_epi32(4));
  }
  return std::countr_zero(~alnum);  // at most 16: bits 16 and up of ~alnum are set
}
#else
constexpr int kAlnumBlock = 8;
int FoldAlnumBlock(const unsigned char* s, uint32_t base, char* key, uint32_t* src) {
  const uint64_t w = swar::Load8(s);
  const uint64_t low7 = w & ~swar::kHigh;
  const uint64_t folded = w | (swar::kLow * 0x20);  // a capital as its small letter; digits keep the bit
  const uint64_t ge_a = (low7 | (swar::kLow * 0x20)) + swar::kLow * (0x80 - 'a');  // high bit: byte >= 'a'
  const uint64_t gt_z = (low7 | (swar::kLow * 0x20)) + swar::kLow * (0x80 - 'z' - 1);
  const uint64_t ge_0 = low7 + swar::kLow * (0x80 - '0');
  const uint64_t gt_9 = low7 + swar::kLow * (0x80 - '9' - 1);
  const uint64_t alnum = ((ge_a & ~gt_z) | (ge_0 & ~gt_9)) & ~w & swar::kHigh;
  std::memcpy(key, &folded, 8);
  for (int b = 0; b < kAlnumBlock; ++b) src[b] = base + static_cast<uint32_t>(b);
  return std::countr_zero(~alnum & swar::kHigh) >> 3;
}
#endif

// Appends key bytes and their source offsets to raw buffers sized for the
// worst case up front (a key byte per source byte, at most 2 for Cyrillic
// letters that expand to "shch"), so the hot loops never reallocate.
class KeyWriter {
 public:
  KeyWriter(KeyedText* out, size_t source_size) : out_(out) {
    cap_ = 2 * source_size + 8;
    out_->key.resize(cap_);
    out_->src.resize(cap_ + 1);
    key_ = out_->key.data();
    src_ = out_->src.data();
  }

  size_t size() const { return k_; }
  void Truncate(size_t k) { k_ = k; }

  void Separator(uint32_t off) {
    if (k_ > 0 && key_[k_ - 1] != ' ') Put(' ', off);
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
          if (cyr_cp) PutStr(kCyr[cyr_cp - 0x430], c.off);
          else Put(a, c.off);
          break;
        }
        case Script::kLatin:
          PutStr(LatinTable()[c.cp - kLatinLo].c_str(), c.off);
          break;
        case Script::kCyrillic: {
          uint32_t lower = CyrLower(c.cp);
          char look = cyr_word ? 0 : CyrToLatinLookalike(lower);
          if (look) Put(look, c.off);
          else if (lower == 0x491) Put('g', c.off);
          else PutStr(kCyr[lower - 0x430], c.off);
          break;
        }
        case Script::kApostrophe:
          break;  // inner apostrophes vanish
        case Script::kOther:
          break;
      }
    }
  }

  // The ASCII fast path: folds text[i..) while bytes are ASCII letters,
  // digits or separators. Returns where it stopped (a non-ASCII byte or an
  // apostrophe); a word cut there is rolled back to its start so that the
  // general path folds it whole.
  size_t AsciiRun(std::string_view text, size_t i) {
    static const auto kFold = [] {
      // 0: stop; ' ': separator; else the key byte.
      std::array<char, 256> t{};
      for (int c = 0; c < 0x80; ++c) t[c] = ' ';
      for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
      for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c - 'A' + 'a');
      for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
      t['\''] = 0;
      t['`'] = 0;
      return t;
    }();
    const size_t n = text.size();
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    while (k_ + (n - i) + 1 > cap_) Grow();  // at most one key byte per byte here
    const size_t run_start = i;
    // Every byte is written, and kept when it is a letter or the first
    // separator after one: no branch on the byte's class, which changes every
    // few bytes.
    bool after_letter = k_ > 0 && key_[k_ - 1] != ' ';
    while (i < n) {
      // The letters and digits from i, a block at a time: a word goes in one
      // step, not a byte at a time, and so does a space after it (bytes past
      // them are written too, and overwritten by what comes next). The buffers hold the block: k_ + kAlnumBlock <= k_ +
      // (n - i) < cap_.
      if (i + kAlnumBlock <= n) {
        const int m = FoldAlnumBlock(s + i, static_cast<uint32_t>(i), key_ + k_, src_ + k_);
        if (m > 0) {
          const int kept = m < kAlnumBlock && s[i + m] == ' ' ? m + 1 : m;
          k_ += kept;
          i += kept;
          after_letter = kept == m;
          if (m == kAlnumBlock || kept > m) continue;
        }
      }
      const char c = kFold[s[i]];
      if (c == 0) break;
      key_[k_] = c;
      src_[k_] = static_cast<uint32_t>(i);
      const bool letter = c != ' ';
      k_ += letter | after_letter;
      after_letter = letter;
      ++i;
    }
    if (i < n) {
      // Stopped inside a word: its letters, one key byte each, go back.
      size_t letters = 0;
      while (i - letters > run_start && kFold[s[i - letters - 1]] > ' ') ++letters;
      k_ -= letters;
      i -= letters;
    }
    return i;
  }

  // Drops trailing spaces, sizes the buffers and appends the end sentinel.
  void Finish(size_t source_size) {
    while (k_ > 0 && key_[k_ - 1] == ' ') --k_;
    src_[k_] = static_cast<uint32_t>(source_size);
    out_->key.resize(k_);
    out_->src.resize(k_ + 1);
  }

 private:
  void Put(char k, uint32_t off) {
    if (k_ + 1 > cap_) Grow();
    key_[k_] = k;
    src_[k_++] = off;
  }
  void PutStr(const char* s, uint32_t off) {
    for (; *s; ++s) Put(*s, off);
  }
  void Grow() {
    cap_ *= 2;
    out_->key.resize(cap_);
    out_->src.resize(cap_ + 1);
    key_ = out_->key.data();
    src_ = out_->src.data();
  }
  KeyedText* out_;
  char* key_;
  uint32_t* src_;
  size_t k_ = 0, cap_ = 0;
};

}  // namespace

uint32_t KeyedText::SourceEnd(std::string_view text, size_t k) const {
  size_t len = 1;
  uint32_t off = src[k];
  if (off < text.size()) Decode(text, off, &len);
  return off + static_cast<uint32_t>(len);
}

void MakeKeyedText(std::string_view text, KeyedText* out) {
  KeyWriter w(out, text.size());
  std::vector<Ch> word;
  size_t len_s_ = 0;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (word.empty() && static_cast<unsigned char>(text[i]) < 0x80 && !IsApostrophe(static_cast<unsigned char>(text[i]))) {
      i = w.AsciiRun(text, i);
      if (i >= n) break;
    }
    size_t len;
    uint32_t cp = Decode(text, i, &len);
    Script s = Classify(cp);
    if (s == Script::kOther) {
      if (!word.empty()) { w.Word(word); word.clear(); }
      w.Separator(static_cast<uint32_t>(i));
    } else if (s == Script::kApostrophe && !word.empty() && i + len < n &&
               (text[i + len] == 's' || text[i + len] == 'S') &&
               (i + len + 1 == n || Classify(Decode(text, i + len + 1, &len_s_)) == Script::kOther)) {
      // English possessive ("Bakhmut's"): the apostrophe and the s vanish.
      w.Word(word);
      word.clear();
      i += len + 1;
      continue;
    } else if (s == Script::kApostrophe) {
      // Inside a word only when a letter follows; else a separator. A
      // closing double quotation mark stands for an apostrophe only between
      // Cyrillic letters ("Кам”янка"); after a Latin word it closes a
      // quotation whose space was lost ("Vtoroye”the Russian ministry").
      size_t nl = 0;
      bool letter_next = i + len < n && Classify(Decode(text, i + len, &nl)) != Script::kOther &&
                         Classify(Decode(text, i + len, &nl)) != Script::kApostrophe &&
                         (cp != 0x201D || (!word.empty() && word.back().script == Script::kCyrillic));
      if (!word.empty() && letter_next) {
        word.push_back({cp, static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), s});
      } else {
        if (!word.empty()) { w.Word(word); word.clear(); }
        w.Separator(static_cast<uint32_t>(i));
      }
    } else {
      word.push_back({cp, static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), s});
    }
    i += len;
  }
  if (!word.empty()) w.Word(word);
  w.Finish(n);
}

std::string MatchKey(std::string_view name) {
  KeyedText k;
  MakeKeyedText(name, &k);
  return std::move(k.key);
}

}  // namespace sitrep::geo

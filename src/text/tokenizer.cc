#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>

#include "util/swar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep::text {
namespace {

// ASCII fast paths: most of the text is ASCII, and ICU's property lookups
// cost more than a table.
enum : uint8_t { kAlpha = 1, kDigit = 2, kSpace = 4 };
constexpr auto kAscii = [] {
  std::array<uint8_t, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = kAlpha;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (int c : {' ', '\t', '\n', '\v', '\f', '\r'}) t[c] = kSpace;
  return t;
}();
// ASCII letters and digits, by byte (0 for every byte >= 0x80).
constexpr auto kAsciiAlnum = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = (kAscii[c] & (kAlpha | kDigit)) != 0;
  return t;
}();
// The number of ASCII letters and digits that open the eight bytes of `w`
// (in memory order), 8 when all are: one test per word for most words,
// where a loop over bytes mispredicts its exit at every word end.
inline int AsciiAlnumRun(uint64_t w) {
  static_assert(std::endian::native == std::endian::little, "byte 0 of Load8 is the low byte");
  constexpr uint64_t kLow = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t x = w & ~kHigh;  // (bytes >= 0x80 are excluded below)
  // High bit of each byte set when the byte is >= lo, resp. > hi (no carry
  // crosses a byte: every byte of x is below 0x80).
  auto ge = [](uint64_t v, uint8_t lo) { return (v + kLow * (0x80 - lo)) & kHigh; };
  auto gt = [](uint64_t v, uint8_t hi) { return (v + kLow * (0x7F - hi)) & kHigh; };
  const uint64_t lower = x | (kLow * 0x20);  // 'A'..'Z' -> 'a'..'z'
  const uint64_t digit = ge(x, '0') & ~gt(x, '9');
  const uint64_t letter = ge(lower, 'a') & ~gt(lower, 'z');
  const uint64_t other = ~((digit | letter) & ~w) & kHigh;  // not alnum, or not ASCII
  return other == 0 ? 8 : std::countr_zero(other) >> 3;
}

#if defined(__SSE2__)
// AsciiAlnumRun for the sixteen bytes at p: signed compares, in which no
// byte >= 0x80 lies in a letter's or digit's range.
inline int AsciiAlnumRun16(const uint8_t* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));  // 'A'..'Z' -> 'a'..'z'
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i letter =
      _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
  const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
  return std::countr_zero(~alnum);  // 16 when all are (bit 16 of ~alnum is set)
}
#endif

inline bool IsAlpha(UChar32 c) {
  if (c >= 0 && c < 0x80) return kAscii[c] & kAlpha;
  return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK;
}
inline bool IsDigit(UChar32 c) { return c >= 0 && c < 0x80 ? (kAscii[c] & kDigit) != 0 : u_isdigit(c); }
inline bool IsAlnum(UChar32 c) {
  if (c >= 0 && c < 0x80) return kAscii[c] & (kAlpha | kDigit);
  return IsAlpha(c) || IsDigit(c);
}
inline bool IsSpace(UChar32 c) { return c >= 0 && c < 0x80 ? (kAscii[c] & kSpace) != 0 : u_isUWhiteSpace(c); }

// U+02BC (modifier letter apostrophe) is a letter to ICU, but Ukrainian
// sources type it for the apostrophe ("Petrenkoʼs").
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(span.end);
  int32_t i = static_cast<int32_t>(span.begin);
  while (i < n) {
    int32_t start = i;
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(s, i, n, c);
    }
    if (c < 0 || IsSpace(c)) continue;
    if (IsDigit(c)) {
      int32_t end = i;
      while (end < n) {
        int32_t j = end;
        UChar32 d;
        U8_NEXT(s, j, n, d);
        if (IsDigit(d)) {
          end = j;
          continue;
        }
        // "1,500" and "3.5": a separator followed by a digit.
        if ((d == ',' || d == '.') && j < n && s[j] >= '0' && s[j] <= '9') {
          end = j;
          continue;
        }
        break;
      }
      out->push_back(Token{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                           TokenKind::kNumber, false});
      i = end;
      continue;
    }
    if (IsAlpha(c)) {
      bool cap = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
      bool hyphenated = false;
      int32_t end = i;
      while (end < n) {
        // ASCII letters and digits without decoding, sixteen or eight
        // bytes at a time where the text has them (the bytes past `n` do
        // not count).
#if defined(__SSE2__)
        if (end + 16 <= static_cast<int32_t>(text.size())) {
          const int run = AsciiAlnumRun16(s + end);
          end = std::min(end + run, n);
          if (run == 16) continue;
          if (end >= n) break;
        } else
#endif
        if (end + 8 <= static_cast<int32_t>(text.size())) {
          const int run = AsciiAlnumRun(swar::Load8(s + end));
          end = std::min(end + run, n);
          if (run == 8) continue;
          if (end >= n) break;
        }
        const uint8_t b = s[end];
        if (kAsciiAlnum[b]) {
          ++end;
          continue;
        }
        // Any other ASCII byte but a hyphen ends the word (the space or
        // punctuation after most words).
        if (b < 0x80 && b != '-') break;
        int32_t j = end;
        UChar32 d;
        U8_NEXT(s, j, n, d);
        // "Petrenkoʼs": a possessive after U+02BC, split below like "'s"
        // (not "Pidhirʼia", a name spelt with it).
        if (d == 0x02BC && j + 1 <= n && j < n && (s[j] == 's' || s[j] == 'S') &&
            (j + 1 == n || (s[j + 1] < 0x80 && !IsAlnum(s[j + 1])))) {
          break;
        }
        if (d >= 0 && IsAlnum(d)) {
          end = j;
          continue;
        }
        // Inner apostrophe or hyphen joined to a letter: "Petrenko's" is
        // split at the apostrophe below; "Colonel-General" stays one token.
        if (d >= 0 && IsHyphen(d) && j < n) {
          int32_t k = j;
          UChar32 e;
          U8_NEXT(s, k, n, e);
          if (e >= 0 && IsAlpha(e)) {
            hyphenated |= d == '-';
            end = k;
            continue;
          }
        }
        break;
      }
      out->push_back(Token{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                           TokenKind::kWord, cap, hyphenated});
      // The space after most words, skipped here rather than by a turn of
      // the loop.
      i = end < n && s[end] == ' ' ? end + 1 : end;
      continue;
    }
    // Possessive / contraction: "'s" after a word becomes its own word token.
    if (IsApostrophe(c) && !out->empty() && out->back().span.end == static_cast<uint32_t>(start) &&
        out->back().kind == TokenKind::kWord && i < n && u_isalpha(s[i])) {
      int32_t end = i;
      while (end < n && s[end] < 0x80 && u_isalpha(s[end])) ++end;
      out->push_back(Token{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                           TokenKind::kWord, false});
      i = end;
      continue;
    }
    out->push_back(Token{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(i)},
                         TokenKind::kPunct, false});
  }
}

void SplitWordsAt(const std::vector<uint32_t>& hyphens, AnalyzedText* t) {
  if (hyphens.empty()) return;
  std::vector<Token> out;
  out.reserve(t->tokens.size() + 2 * hyphens.size());
  std::vector<uint32_t> new_index(t->tokens.size() + 1, 0);  // old token -> first new token
  size_t h = 0;
  auto capitalized = [&](uint32_t off) {
    UChar32 c;
    int32_t i = static_cast<int32_t>(off);
    U8_NEXT(t->text.data(), i, static_cast<int32_t>(t->text.size()), c);
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
  };
  // The tokens that end before the first hyphen, and those after the last
  // one is taken, stay as they are: copied in one piece each (a document
  // splits a word or two among hundreds of tokens).
  const size_t n = t->tokens.size();
  const size_t first = static_cast<size_t>(
      std::partition_point(t->tokens.begin(), t->tokens.end(),
                           [&](const Token& tok) { return tok.span.end <= hyphens[0]; }) -
      t->tokens.begin());
  out.insert(out.end(), t->tokens.begin(), t->tokens.begin() + static_cast<std::ptrdiff_t>(first));
  for (size_t k = 0; k < first; ++k) new_index[k] = static_cast<uint32_t>(k);
  for (size_t k = first; k < n; ++k) {
    if (h == hyphens.size()) {
      const uint32_t shift = static_cast<uint32_t>(out.size() - k);
      for (size_t j = k; j < n; ++j) new_index[j] = static_cast<uint32_t>(j) + shift;
      out.insert(out.end(), t->tokens.begin() + static_cast<std::ptrdiff_t>(k), t->tokens.end());
      break;
    }
    new_index[k] = static_cast<uint32_t>(out.size());
    Token tok = t->tokens[k];
    while (h < hyphens.size() && hyphens[h] <= tok.span.begin) ++h;
    while (tok.kind == TokenKind::kWord && h < hyphens.size() && hyphens[h] + 1 < tok.span.end) {
      const uint32_t at = hyphens[h++];
      if (t->text[at] != '-') continue;
      Token head{{tok.span.begin, at}, TokenKind::kWord, tok.capitalized, false};
      for (uint32_t q = head.span.begin; q < head.span.end; ++q) head.hyphenated |= t->text[q] == '-';
      out.push_back(head);
      out.push_back(Token{{at, at + 1}, TokenKind::kPunct, false, false});
      tok.span.begin = at + 1;
      tok.capitalized = capitalized(tok.span.begin);
      tok.hyphenated = false;
      for (uint32_t q = tok.span.begin; q < tok.span.end; ++q) tok.hyphenated |= t->text[q] == '-';
    }
    out.push_back(tok);
  }
  new_index[t->tokens.size()] = static_cast<uint32_t>(out.size());
  for (Sentence& s : t->sentences) {
    s.first_token = new_index[std::min<size_t>(s.first_token, t->tokens.size())];
    s.end_token = new_index[std::min<size_t>(s.end_token, t->tokens.size())];
  }
  t->tokens = std::move(out);
}

}  // namespace sitrep::text

#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace sitrep::text {
namespace {

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(span.end);
  int32_t i = static_cast<int32_t>(span.begin);
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || u_isUWhiteSpace(c)) continue;
    if (u_isdigit(c)) {
      int32_t end = i;
      while (end < n) {
        int32_t j = end;
        UChar32 d;
        U8_NEXT(s, j, n, d);
        if (u_isdigit(d)) {
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
    if (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK) {
      bool cap = u_isupper(c) || u_istitle(c);
      int32_t end = i;
      while (end < n) {
        int32_t j = end;
        UChar32 d;
        U8_NEXT(s, j, n, d);
        if (d >= 0 && (u_isalnum(d) || u_charType(d) == U_NON_SPACING_MARK)) {
          end = j;
          continue;
        }
        // Inner apostrophe or hyphen joined to a letter: "Kimakovsky's" is
        // split at the apostrophe below; "Colonel-General" stays one token.
        if (d >= 0 && IsHyphen(d) && j < n) {
          int32_t k = j;
          UChar32 e;
          U8_NEXT(s, k, n, e);
          if (e >= 0 && u_isalpha(e)) {
            end = k;
            continue;
          }
        }
        break;
      }
      out->push_back(Token{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                           TokenKind::kWord, cap});
      i = end;
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

}  // namespace sitrep::text

#include "extract/number_parser.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace sitrep::extract {
namespace {

// Value of one number word ("seven", "forty"), or -1.
double WordValue(const Lexicon& lex, std::string_view w) {
  const std::string* tag = lex.numbers.TagOf(w);
  if (tag == nullptr) return -1;
  return std::strtod(tag->c_str(), nullptr);
}

// "twenty-four" -> 24; a plain number word -> its value; else -1.
double CompoundValue(const Lexicon& lex, std::string_view w) {
  double v = WordValue(lex, w);
  if (v >= 0) return v;
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return -1;
  double a = WordValue(lex, w.substr(0, dash));
  double b = WordValue(lex, w.substr(dash + 1));
  if (a < 20 || b < 1 || b > 9) return -1;
  return a + b;
}

}  // namespace

bool ParseDigits(std::string_view s, double* value) {
  if (s.empty() || s[0] < '0' || s[0] > '9') return false;
  // A decimal comma ("3,5 kilometres", as translations from Russian and
  // Ukrainian write it): one comma with one or two digits after it; a
  // thousands comma always has three.
  if (const size_t comma = s.find(','); comma != std::string_view::npos && s.size() - comma - 1 <= 2 &&
                                        s.size() - comma - 1 >= 1 && s.find_first_of(",.", comma + 1) == std::string_view::npos) {
    std::string dot(s);
    dot[comma] = '.';
    return ParseDigits(dot, value);
  }
  // Whole numbers ("1,500", "216"), the most of them, without strtod: up to
  // 15 digits are exact in a double, the value strtod would give.
  uint64_t whole = 0;
  int digits = 0;
  bool plain = true;
  for (char c : s) {
    if (c == ',') continue;
    if (c < '0' || c > '9' || ++digits > 15) {
      plain = false;
      break;
    }
    whole = whole * 10 + static_cast<uint64_t>(c - '0');
  }
  if (plain) {
    *value = static_cast<double>(whole);
    return true;
  }
  std::string clean;
  clean.reserve(s.size());
  for (char c : s) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.') return false;
    clean.push_back(c);
  }
  *value = std::strtod(clean.c_str(), nullptr);
  return true;
}

bool OrdinalSuffixAt(const DocView& v, size_t i) {
  if (i == 0 || i >= v.size() || !v.IsWord(i) || !v.IsNumber(i - 1)) return false;
  if (v.tok(i - 1).span.end != v.tok(i).span.begin) return false;
  std::string_view w = v.words[i];
  return w == "th" || w == "st" || w == "nd" || w == "rd";
}

bool ParseNumberFrom(const DocView& v, const Lexicon& lex, size_t i, size_t end, double* value, size_t* len) {
  if (i >= end) return false;
  double x;
  size_t n = 0;
  if (v.IsNumber(i)) {
    if (!ParseDigits(v.raw[i], &x)) return false;
    n = 1;
  } else if (v.IsWord(i)) {
    // Whole number words by vocabulary id; only hyphenated ones by text.
    const std::string* tag = lex.numbers.TagOf(v.ids[i]);
    x = tag ? std::strtod(tag->c_str(), nullptr)
            : !v.Hyphenated(i) ? -1 : CompoundValue(lex, v.words[i]);
    if (x < 0 || x >= 100) return false;  // "hundred" alone is not a count here
    n = 1;
  } else {
    return false;
  }
  // Multipliers: "two hundred", "1.5 million", "three thousand".
  while (i + n < end && v.IsWord(i + n)) {
    std::string_view w = v.words[i + n];
    double m = w == "hundred" ? 100 : w == "thousand" ? 1000 : w == "million" ? 1e6 : 0;
    if (m == 0) break;
    x *= m;
    ++n;
  }
  *value = x;
  *len = n;
  return true;
}

}  // namespace sitrep::extract

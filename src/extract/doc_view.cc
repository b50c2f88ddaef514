#include "extract/doc_view.h"

#include <algorithm>

#include "util/swar.h"

namespace sitrep::extract {

namespace {

// The Latin letter a Cyrillic look-alike stands for in mixed-script words
// ("aіr", "Censor.NЕТ"), or 0.
char LatinLookalike(char32_t c) {
  switch (c) {
    case U'\u0430': case U'\u0410': return 'a';
    case U'\u0432': case U'\u0412': return 'b';
    case U'\u0435': case U'\u0415': return 'e';
    case U'\u043A': case U'\u041A': return 'k';
    case U'\u043C': case U'\u041C': return 'm';
    case U'\u043D': case U'\u041D': return 'h';
    case U'\u043E': case U'\u041E': return 'o';
    case U'\u0440': case U'\u0420': return 'p';
    case U'\u0441': case U'\u0421': return 'c';
    case U'\u0442': case U'\u0422': return 't';
    case U'\u0443': case U'\u0423': return 'y';
    case U'\u0445': case U'\u0425': return 'x';
    case U'\u0456': case U'\u0406': return 'i';
    case U'\u0458': case U'\u0408': return 'j';
    case U'\u0455': case U'\u0405': return 's';
    default: return 0;
  }
}

// `w` (ASCII already lower-cased) with its Cyrillic look-alikes as Latin
// letters, when it mixes them with Latin ones; false when it does not, or
// holds any other non-ASCII letter (a Cyrillic word stays as it is).
bool FoldLookalikes(std::string_view w, std::string* out) {
  bool ascii_letter = false, other = false;
  for (char ch : w) other |= static_cast<unsigned char>(ch) >= 0x80;
  if (!other) return false;
  for (char ch : w) {
    const unsigned char c = static_cast<unsigned char>(ch);
    ascii_letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  if (!ascii_letter) return false;
  out->clear();
  for (size_t i = 0; i < w.size();) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    // Two-byte sequences only: Cyrillic lies in U+0400..U+04FF.
    if ((c & 0xE0) != 0xC0 || i + 1 >= w.size()) return false;
    const char32_t cp = (static_cast<char32_t>(c & 0x1F) << 6) | (static_cast<unsigned char>(w[i + 1]) & 0x3F);
    const char latin = LatinLookalike(cp);
    if (!latin) return false;
    out->push_back(latin);
    i += 2;
  }
  return true;
}

}  // namespace

DocView::DocView(const text::AnalyzedText& text, const geo::Resolution& res, const Vocabulary& vocab)
    : t(text), places(res) {
  lower = t.text;
  // Look-alike letters only in a text that has non-ASCII bytes at all
  // (most documents of a corpus need no second look at any word).
  const bool non_ascii = swar::LowerAscii(&lower);
  const size_t n = t.tokens.size();
  std::string_view lo(lower), orig(t.text);
  std::string f;
  // Filled by index, the views made without substr's range check (the
  // tokens lie in the text), and sentence_of below by std::fill: three
  // push_backs and two checked substrs per token, and a loop over tokens
  // testing two bounds, were a tenth of the constructor's instructions
  // (callgrind, 2500 documents: 47.6M -> 42.8M).
  // The ids are looked up in one pass after (StringIds::FindEach: most
  // words pass Find's inline shape test anyway, and the call a word cost
  // more than the lookup).
  words.resize(n);
  raw.resize(n);
  ids.resize(n);
  const text::Token* const tokens = t.tokens.data();
  std::string_view* const word = words.data();
  std::string_view* const raw_word = raw.data();
  for (size_t k = 0; k < n; ++k) {
    const text::Span sp = tokens[k].span;
    word[k] = std::string_view(lo.data() + sp.begin, sp.end - sp.begin);
    raw_word[k] = std::string_view(orig.data() + sp.begin, sp.end - sp.begin);
  }
  // The words that read as other text, in a pass of their own over the
  // documents that have non-ASCII bytes (both need them): the loop above,
  // without the calls and tests, is a few instructions a token.
  if (non_ascii) {
    for (size_t k = 0; k < n; ++k) {
      std::string_view& w = word[k];
      // A possessive typed with U+02BC ("Kyivʼs") reads as "'s".
      if (w == "\u02BCs") w = "'s";
      if (FoldLookalikes(w, &f)) {
        folded.push_back(std::make_unique<std::string>(f));
        w = *folded.back();
      }
    }
  }
  vocab.FindEach(words.data(), n, ids.data());
  mention_at.assign(n, -1);
  sentence_of.assign(n, 0);
  for (size_t s = 0; s < t.sentences.size(); ++s) {
    const size_t b = t.sentences[s].first_token, e = std::min<size_t>(t.sentences[s].end_token, n);
    if (b < e) std::fill(sentence_of.begin() + b, sentence_of.begin() + e, static_cast<int>(s));
  }
  // Mentions and tokens are both in text order: one merge pass.
  // (The first token of each mention by binary search: a document names
  // a few places among hundreds of tokens.)
  size_t k = 0;
  for (size_t m = 0; m < places.mentions.size(); ++m) {
    const text::Span sp = places.mentions[m].span;
    k = static_cast<size_t>(std::partition_point(tokens + k, tokens + n,
                                                 [&](const text::Token& tk) { return tk.span.end <= sp.begin; }) -
                            tokens);
    for (size_t j = k; j < n && tokens[j].span.begin < sp.end; ++j) mention_at[j] = static_cast<int>(m);
  }
}

bool DocView::IsQuoteMark(size_t i) const {
  if (!IsPunct(i)) return false;
  std::string_view w = raw[i];
  return w == "\"" || w == "'" || w == "\u2018" || w == "\u2019" || w == "\u201C" || w == "\u201D" ||
         w == "\u00AB" || w == "\u00BB" || w == "\u201E";
}

int DocView::SettlementAt(size_t i) const {
  int m = mention_at[i];
  if (m < 0) return -1;
  int p = places.mentions[m].place;
  if (p < 0 || p >= static_cast<int>(places.places.size())) return -1;
  return places.places[p].kind == geo::PlaceKind::kSettlement ? p : -1;
}

std::string_view DocView::Text(size_t a, size_t b) const {
  if (b <= a) return {};
  return t.Slice(SpanOf(a, b));
}

text::Span DocView::SpanOf(size_t a, size_t b) const {
  if (b <= a) return {};
  return text::Span{t.tokens[a].span.begin, t.tokens[b - 1].span.end};
}

}  // namespace sitrep::extract

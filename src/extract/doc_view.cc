#include "extract/doc_view.h"

#include "util/swar.h"

namespace sitrep::extract {

DocView::DocView(const text::AnalyzedText& text, const geo::Resolution& res, const Vocabulary& vocab)
    : t(text), places(res) {
  lower = t.text;
  swar::LowerAscii(&lower);
  size_t n = t.tokens.size();
  words.reserve(n);
  raw.reserve(n);
  ids.reserve(n);
  std::string_view lo(lower), orig(t.text);
  for (const auto& tk : t.tokens) {
    words.push_back(lo.substr(tk.span.begin, tk.span.size()));
    // A possessive typed with U+02BC ("Kyivʼs") reads as "'s".
    if (words.back() == "\u02BCs") words.back() = "'s";
    raw.push_back(orig.substr(tk.span.begin, tk.span.size()));
    ids.push_back(vocab.Find(words.back()));
  }
  mention_at.assign(n, -1);
  sentence_of.assign(n, 0);
  for (size_t s = 0; s < t.sentences.size(); ++s) {
    for (uint32_t k = t.sentences[s].first_token; k < t.sentences[s].end_token && k < n; ++k) {
      sentence_of[k] = static_cast<int>(s);
    }
  }
  // Mentions and tokens are both in text order: one merge pass.
  size_t k = 0;
  for (size_t m = 0; m < places.mentions.size(); ++m) {
    const text::Span sp = places.mentions[m].span;
    while (k < n && t.tokens[k].span.end <= sp.begin) ++k;
    for (size_t j = k; j < n && t.tokens[j].span.begin < sp.end; ++j) mention_at[j] = static_cast<int>(m);
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

#include "dedup/pair_aligner.h"

#include <algorithm>

namespace sitrep::dedup {
namespace {

// Sizes of the fact and word parts of a sorted feature set and of the
// intersection of two.
struct Overlap {
  int fa = 0, fb = 0, f_common = 0, wa = 0, wb = 0, w_common = 0;
  int na = 0, nb = 0, n_common = 0;  // numbers and dates, also counted in f*
};

bool IsQuantity(uint32_t f) { return KindOf(f) == FeatureKind::kNumber || KindOf(f) == FeatureKind::kDate; }

Overlap Count(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  Overlap o;
  for (uint32_t x : a) (IsFact(x) ? o.fa : o.wa)++, o.na += IsQuantity(x);
  for (uint32_t x : b) (IsFact(x) ? o.fb : o.wb)++, o.nb += IsQuantity(x);
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else {
      (IsFact(a[i]) ? o.f_common : o.w_common)++;
      o.n_common += IsQuantity(a[i]);
      ++i, ++j;
    }
  }
  return o;
}

double Dice(int common, int na, int nb) { return na + nb ? 2.0 * common / (na + nb) : 0; }

// Number of elements of a found in b (both sorted).
int Common(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  int n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

// One-to-one alignment, greedy by score; then a sentence left over may still
// share a counterpart when it scores well (rewriters split sentences).
void Match(const DocSignature& a, const DocSignature& b, const AlignOptions& o, std::vector<int>* ma,
           std::vector<int>* mb) {
  ma->assign(a.sentences.size(), -1);
  mb->assign(b.sentences.size(), -1);
  struct Cell { double s; int i, j; };
  std::vector<Cell> cells;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    for (size_t j = 0; j < b.sentences.size(); ++j) {
      double s = SentenceScore(a.sentences[i], b.sentences[j], o);
      if (s >= o.match_score) cells.push_back({s, static_cast<int>(i), static_cast<int>(j)});
    }
  }
  std::sort(cells.begin(), cells.end(), [](const Cell& x, const Cell& y) { return x.s > y.s; });
  for (const auto& c : cells) {
    if ((*ma)[c.i] < 0 && (*mb)[c.j] < 0) (*ma)[c.i] = c.j, (*mb)[c.j] = c.i;
  }
  for (const auto& c : cells) {
    if (c.s < o.split_score) break;
    if ((*ma)[c.i] < 0) (*ma)[c.i] = c.j;
    if ((*mb)[c.j] < 0) (*mb)[c.j] = c.i;
  }
}

// Quotes of a with no counterpart in b.
std::vector<int> QuotesOnly(const DocSignature& a, const DocSignature& b, const std::vector<uint32_t>& b_words) {
  std::vector<int> only;
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const auto& q = a.quotes[i].words;
    if (q.empty()) continue;
    bool found = false;
    for (const auto& r : b.quotes) {
      if (r.words.empty()) continue;
      int c = Common(q, r.words);
      if (c >= 0.5 * std::min(q.size(), r.words.size())) { found = true; break; }
    }
    // The other side uses the same words, just not as a quotation.
    if (!found && Common(q, b_words) >= 0.8 * q.size()) found = true;
    if (!found) only.push_back(static_cast<int>(i));
  }
  return only;
}

std::vector<uint32_t> AllFeatures(const DocSignature& d) {
  std::vector<uint32_t> v;
  for (const auto& s : d.sentences) v.insert(v.end(), s.features.begin(), s.features.end());
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

double SentenceScore(const SentenceSig& a, const SentenceSig& b, const AlignOptions& o) {
  if (a.denial != b.denial) return 0;
  Overlap c = Count(a.features, b.features);
  double wd = Dice(c.w_common, c.wa, c.wb);
  if (c.fa && c.fb) {
    double fd = Dice(c.f_common, c.fa, c.fb);
    if (fd < o.fact_gate) return 0;
    if (c.na && c.nb && !c.n_common) {
      // Different numbers and dates: the same sentence with a changed figure
      // only when every other fact and most words agree.
      double names = Dice(c.f_common, c.fa - c.na, c.fb - c.nb);
      if (names < o.changed_names || wd < o.changed_words) return 0;
    }
    // One shared fact (a place the whole article names) is weak evidence.
    double evidence = std::min(1.0, c.f_common / 2.0);
    return 0.6 * fd * evidence + 0.4 * wd;
  }
  return wd;
}

Alignment AlignPair(const DocSignature& a, const DocSignature& b, const AlignOptions& o) {
  Alignment r;
  Match(a, b, o, &r.match_of_a, &r.match_of_b);
  auto tally = [&o](const DocSignature& d, const std::vector<int>& m, std::vector<bool>* counted, int* n, int* matched) {
    counted->assign(d.sentences.size(), false);
    for (size_t i = 0; i < d.sentences.size(); ++i) {
      if (static_cast<int>(d.sentences[i].features.size()) < o.min_sentence_features) continue;
      (*counted)[i] = true;
      ++*n;
      if (m[i] >= 0) ++*matched;
    }
  };
  tally(a, r.match_of_a, &r.counted_a, &r.counted_n_a, &r.matched_a);
  tally(b, r.match_of_b, &r.counted_b, &r.counted_n_b, &r.matched_b);
  r.coverage_a = r.counted_n_a ? static_cast<double>(r.matched_a) / r.counted_n_a : 0;
  r.coverage_b = r.counted_n_b ? static_cast<double>(r.matched_b) / r.counted_n_b : 0;
  int n = r.counted_n_a + r.counted_n_b;
  r.similarity = n ? static_cast<double>(r.matched_a + r.matched_b) / n : 0;
  // Document level: the two must tell of mostly the same people, places,
  // numbers and dates (templates reused for another story share words only).
  std::vector<uint32_t> fa, fb;
  for (uint32_t f : AllFeatures(a)) if (IsFact(f)) fa.push_back(f);
  for (uint32_t f : AllFeatures(b)) if (IsFact(f)) fb.push_back(f);
  int common = Common(fa, fb);
  int uni = static_cast<int>(fa.size() + fb.size()) - common;
  r.fact_jaccard = uni ? static_cast<double>(common) / uni : 0;
  bool facts_agree = static_cast<int>(std::min(fa.size(), fb.size())) < o.min_doc_facts || r.fact_jaccard >= o.min_fact_jaccard;
  r.rewrite = facts_agree && r.matched_a >= o.min_matches && r.matched_b >= o.min_matches &&
              std::max(r.coverage_a, r.coverage_b) >= o.min_coverage &&
              std::min(r.coverage_a, r.coverage_b) >= o.min_coverage_other && r.similarity >= o.min_similarity;
  return r;
}

void FindQuotesOnly(const DocSignature& a, const DocSignature& b, Alignment* r) {
  r->quotes_only_a = QuotesOnly(a, b, AllFeatures(b));
  r->quotes_only_b = QuotesOnly(b, a, AllFeatures(a));
}

}  // namespace sitrep::dedup

#include "dedup/pair_explainer.h"

#include <algorithm>
#include <set>

namespace sitrep::dedup {
namespace {

std::string Slice(std::string_view text, text::Span s) {
  if (s.begin >= text.size() || s.end <= s.begin) return std::string();
  std::string_view v = text.substr(s.begin, std::min<size_t>(s.end, text.size()) - s.begin);
  while (!v.empty() && (v.front() == ' ' || v.front() == '\n' || v.front() == '\t' || v.front() == '\r')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\n' || v.back() == '\t' || v.back() == '\r')) v.remove_suffix(1);
  return std::string(v);
}

// The numbers written in digits in a sentence ("1,500" -> "1500").
std::set<std::string> Numbers(std::string_view s) {
  std::set<std::string> out;
  std::string cur;
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : ' ';
    if (c >= '0' && c <= '9') cur.push_back(c);
    else if ((c == ',' || c == '.') && !cur.empty() && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
      if (c == '.') cur.push_back(c);
    } else if (!cur.empty()) {
      out.insert(cur);
      cur.clear();
    }
  }
  return out;
}

std::string Join(const std::set<std::string>& xs) {
  std::string s;
  for (const auto& x : xs) s += (s.empty() ? "" : ", ") + x;
  return s;
}

std::string Lower(std::string_view s) {
  std::string o(s);
  for (auto& c : o) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return o;
}

void Added(const PairSide& side, const std::vector<int>& match, const std::vector<bool>& counted,
           std::vector<std::string>* out) {
  for (size_t i = 0; i < match.size(); ++i) {
    if (match[i] >= 0 || !counted[i]) continue;
    std::string s = Slice(side.text, side.sig->sentences[i].span);
    if (!s.empty()) out->push_back(std::move(s));
  }
}

}  // namespace

RewritePair ExplainPair(const PairSide& a, const PairSide& b, const Alignment& al_in, const RewriteLexicon& lex) {
  Alignment al = al_in;
  FindQuotesOnly(*a.sig, *b.sig, &al);
  RewritePair p;
  p.a = a.id;
  p.b = b.id;
  p.similarity = al.similarity;
  p.coverage_a = al.coverage_a;
  p.coverage_b = al.coverage_b;
  Added(a, al.match_of_a, al.counted_a, &p.added_in_a);
  Added(b, al.match_of_b, al.counted_b, &p.added_in_b);
  for (int q : al.quotes_only_a) p.quotes_only_in_a.push_back(Slice(a.text, a.sig->quotes[q].span));
  for (int q : al.quotes_only_b) p.quotes_only_in_b.push_back(Slice(b.text, b.sig->quotes[q].span));
  for (size_t i = 0; i < al.match_of_a.size(); ++i) {
    int j = al.match_of_a[i];
    if (j < 0 || al.match_of_b[j] != static_cast<int>(i)) continue;  // mutual best matches only
    std::string sa = Slice(a.text, a.sig->sentences[i].span), sb = Slice(b.text, b.sig->sentences[j].span);
    std::set<std::string> na = Numbers(sa), nb = Numbers(sb), only_a, only_b;
    std::set_difference(na.begin(), na.end(), nb.begin(), nb.end(), std::inserter(only_a, only_a.end()));
    std::set_difference(nb.begin(), nb.end(), na.begin(), na.end(), std::inserter(only_b, only_b.end()));
    if (only_a.empty() || only_b.empty()) continue;
    p.changed.push_back({Join(only_a), Join(only_b), sa, sb});
  }
  std::string la = Lower(a.text), lb = Lower(b.text);
  for (const auto& phrase : lex.anonymous_phrases()) {
    bool in_a = la.find(phrase) != std::string::npos, in_b = lb.find(phrase) != std::string::npos;
    if (in_a && !in_b) p.anonymous_in_a.push_back(phrase);
    if (in_b && !in_a) p.anonymous_in_b.push_back(phrase);
  }
  return p;
}

}  // namespace sitrep::dedup

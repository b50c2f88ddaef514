#include "geo/bracket_aliases.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace sitrep::geo {

namespace {

// Words that may open the bracket before the other name: "(formerly B)",
// "(now B)", "(also known as B)". The same set as extract's AliasAfter.
bool AliasWord(std::string_view k) {
  return k == "formerly" || k == "previously" || k == "now" || k == "or" || k == "also" || k == "known" ||
         k == "as" || k == "called";
}

}  // namespace

void AddWordMention(const text::AnalyzedText& t, const std::vector<KeyWord>& words, int first, int last, int place,
                    Resolution* out) {
  Mention m;
  m.span.begin = words[first].sbegin;
  m.span.end = words[last].send;
  m.surface = t.text.substr(m.span.begin, m.span.end - m.span.begin);
  m.place = place;
  ResolvedPlace& p = out->places[place];
  if (std::find(p.surface.begin(), p.surface.end(), m.surface) == p.surface.end()) p.surface.push_back(m.surface);
  out->mentions.push_back(std::move(m));
}

void ResolveBracketAliases(const text::AnalyzedText& t, const KeyedText& kt, const std::vector<KeyWord>& words,
                           const PersonSet& persons, const GeoLexicon& lex, Resolution* out,
                           std::vector<WordRun>* mention_words, std::vector<bool>* resolved_word) {
  if (t.text.find('(') == std::string::npos) return;
  std::vector<WordRun>& words_of = *mention_words;
  const int nw = static_cast<int>(words.size());
  auto key = [&](int w) { return std::string_view(kt.key).substr(words[w].kbegin, words[w].kend - words[w].kbegin); };
  // Only spaces and one `c` between source offsets a and b.
  auto only = [&](uint32_t a, uint32_t b, char c) {
    int n = 0;
    for (uint32_t x = a; x < b; ++x) {
      if (t.text[x] == c) ++n;
      else if (t.text[x] != ' ') return false;
    }
    return n == 1;
  };
  // A ")" is the next character after word w but spaces.
  auto closes = [&](int w) {
    uint32_t after = words[w].send;
    while (after < t.text.size() && t.text[after] == ' ') ++after;
    return after < t.text.size() && t.text[after] == ')';
  };
  // Words first..last could name a settlement nothing resolved.
  auto plausible = [&](int first, int last) {
    if (first < 0 || last - first > 2) return false;
    // The end of a longer name ("the Institute for the Study of War").
    if (first >= 2 && words[first].tight_before && words[first - 1].tight_before && words[first - 2].capitalized) {
      const std::string_view before = key(first - 1);
      if (before == "of" || before == "for" || before == "and" || before == "the") return false;
    }
    for (int w = first; w <= last; ++w) {
      const std::string_view k = key(w);
      if (!words[w].capitalized || (*resolved_word)[w] || persons.count(k) || lex.IsStopWord(k) ||
          lex.IsPersonMarker(k) || lex.IsNonSettlementHead(k) || k == "the") {
        return false;
      }
      for (uint32_t x = words[w].sbegin + 1; x < words[w].send; ++x) {
        if (t.text[x] >= 'A' && t.text[x] <= 'Z') return false;  // "DeepState", "ISW"
      }
    }
    return true;
  };
  auto mention_ending_at = [&](int w) {
    for (size_t j = 0; j < words_of.size(); ++j) {
      if (words_of[j].last == w) return static_cast<int>(j);
    }
    return -1;
  };
  auto settlement = [&](int mi) { return out->places[out->mentions[mi].place].kind == PlaceKind::kSettlement; };
  auto add_mention = [&](int first, int last, int place) {
    AddWordMention(t, words, first, last, place, out);
    words_of.push_back({first, last});
    for (int w = first; w <= last; ++w) (*resolved_word)[w] = true;
  };
  const size_t n = words_of.size();
  // B resolved: "A (B)".
  for (size_t j = 0; j < n; ++j) {
    if (!settlement(static_cast<int>(j))) continue;
    const int fw = words_of[j].first, lw = words_of[j].last;
    int p = fw;
    while (p > 0 && fw - p < 3 && AliasWord(key(p - 1))) --p;
    if (p == 0 || !only(words[p - 1].send, words[p].sbegin, '(')) continue;
    int q = lw;
    if (q + 2 < nw && key(q + 1) == "in" && (key(q + 2) == "ukrainian" || key(q + 2) == "russian")) q += 2;
    if (!closes(q)) continue;
    const int outer_last = p - 1;
    if (!words[outer_last].capitalized) continue;
    const int place = out->mentions[j].place;
    const int outer = mention_ending_at(outer_last);
    if (outer < 0) {
      int first = outer_last;
      while (first > 0 && outer_last - first < 2 && words[first].tight_before && words[first - 1].capitalized) --first;
      if (plausible(first, outer_last)) add_mention(first, outer_last, place);
      continue;
    }
    // Only to the larger place; between villages the name before the
    // brackets stays ("Sichneve (Zorianka)": no Zorianka elsewhere).
    const int old_place = out->mentions[outer].place;
    if (old_place == place || !settlement(outer) || out->places[old_place].population >= out->places[place].population) {
      continue;
    }
    // Every mention of that reading moves (one sense per document).
    ResolvedPlace& to = out->places[place];
    for (Mention& m : out->mentions) {
      if (m.place != old_place) continue;
      m.place = place;
      if (std::find(to.surface.begin(), to.surface.end(), m.surface) == to.surface.end()) to.surface.push_back(m.surface);
    }
    out->places[old_place].surface.clear();
  }
  // Only A resolved: "Sichneve (Yanvarske)".
  for (size_t j = 0; j < n; ++j) {
    if (!settlement(static_cast<int>(j))) continue;
    int w = words_of[j].last + 1;
    if (w >= nw || !only(words[w - 1].send, words[w].sbegin, '(')) continue;
    while (w < nw && AliasWord(key(w))) ++w;
    int last = w;
    while (last + 1 < nw && last - w < 2 && words[last + 1].tight_before && words[last + 1].capitalized) ++last;
    if (w >= nw || !closes(last) || !plausible(w, last)) continue;
    add_mention(w, last, out->mentions[j].place);
  }
  if (words_of.size() > n) {
    std::stable_sort(out->mentions.begin(), out->mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }
}

void DropUnmentionedPlaces(Resolution* out) {
  std::vector<int> used(out->places.size(), 0);
  for (const Mention& m : out->mentions) {
    if (m.place >= 0) used[m.place] = 1;
  }
  if (std::find(used.begin(), used.end(), 0) == used.end()) return;
  std::vector<int> renum(out->places.size(), -1);
  std::vector<ResolvedPlace> kept;
  for (size_t i = 0; i < out->places.size(); ++i) {
    if (!used[i]) continue;
    renum[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(out->places[i]));
  }
  out->places = std::move(kept);
  for (Mention& m : out->mentions) {
    if (m.place >= 0) m.place = renum[m.place];
  }
}

}  // namespace sitrep::geo

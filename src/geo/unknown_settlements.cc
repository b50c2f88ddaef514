#include "geo/unknown_settlements.h"

#include <algorithm>
#include <string_view>

#include "geo/bracket_aliases.h"

namespace sitrep::geo {

void AddUnknownSettlements(const text::AnalyzedText& t, const KeyedText& kt, const std::vector<KeyWord>& words,
                           const PersonSet& persons, const GeoLexicon& lex, const std::vector<UnknownRun>& runs,
                           const std::vector<RegionAt>& regions, Resolution* out, std::vector<bool>* resolved_word) {
  std::vector<bool>& resolved = *resolved_word;
  const int nw = static_cast<int>(words.size());
  auto word_key = [&](int w) {
    return std::string_view(kt.key).substr(words[w].kbegin, words[w].kend - words[w].kbegin);
  };
  bool added = false;
  std::vector<std::pair<WordRun, int>> accepted;  // runs and their place
  for (const UnknownRun& u : runs) {
    const WordRun& run = u.run;
    bool skip = false;
    for (int w = run.first; w <= run.last && !skip; ++w) {
      std::string_view k = word_key(w);
      // A lone common word is none: "the settlements Russians call liberated"
      // (not "Chervona" in "the village of Chervona Zirka").
      skip = resolved[w] || persons.count(k) || lex.IsPersonMarker(k) || lex.IsNonSettlementHead(k) ||
             (run.first == run.last && lex.IsStopWord(k));
    }
    if (skip || (run.last + 1 < nw && words[run.last + 1].tight_before &&
                 lex.IsNonSettlementHead(word_key(run.last + 1)))) {
      continue;
    }
    const std::string surface = t.text.substr(words[run.first].sbegin, words[run.last].send - words[run.first].sbegin);
    int pi = -1;
    for (size_t k = 0; k < out->places.size() && pi < 0; ++k) {
      if (!out->places[k].has_coords && out->places[k].code.empty() && out->places[k].name == surface) {
        pi = static_cast<int>(k);
      }
    }
    if (pi < 0) {
      ResolvedPlace p;
      p.name = surface;
      p.kind = PlaceKind::kSettlement;
      p.confidence = 0.2;
      p.admin1 = u.admin1;
      // The region stated after the name or its list is where it lies.
      for (const RegionAt& r : regions) {
        if (r.first_word <= run.last) continue;
        bool glued = r.first_word - run.last <= 12;
        for (int w = run.last + 1; w < r.first_word && glued; ++w) {
          std::string_view k = word_key(w);
          glued = words[w].capitalized || k == "and" || k == "or" || k == "in" || k == "the" || k == "of" || k == "s";
        }
        if (!glued) break;
        if (!r.admin1.empty()) {
          p.admin1 = r.admin1;
          break;
        }
      }
      out->places.push_back(std::move(p));
      pi = static_cast<int>(out->places.size()) - 1;
    }
    AddWordMention(t, words, run.first, run.last, pi, out);
    for (int w = run.first; w <= run.last; ++w) resolved[w] = true;
    accepted.push_back({run, pi});
    added = true;
  }
  // The same name elsewhere in the document, with no noun before it.
  for (const auto& [run, pi] : accepted) {
    const int len = run.last - run.first + 1;
    for (int w = 0; w + len <= nw; ++w) {
      if (resolved[w] || !words[w].capitalized) continue;
      bool same = true;
      for (int i = 0; i < len && same; ++i) {
        same = !resolved[w + i] && words[w + i].capitalized && word_key(w + i) == word_key(run.first + i) &&
               (i == 0 || words[w + i].tight_before);
      }
      if (!same) continue;
      const int last = w + len - 1;
      if ((w > 0 && words[w].tight_before && words[w - 1].capitalized) ||
          (last + 1 < nw && words[last + 1].tight_before && words[last + 1].capitalized)) {
        continue;
      }
      AddWordMention(t, words, w, last, pi, out);
      for (int i = w; i <= last; ++i) resolved[i] = true;
    }
  }
  if (added) {
    std::stable_sort(out->mentions.begin(), out->mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }
}

}  // namespace sitrep::geo

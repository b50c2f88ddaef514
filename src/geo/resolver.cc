// Resolver: matching (exact + fuzzy), guards (people, capitalisation,
// adjectives) and disambiguation of the place mentions of one text.
//
// Disambiguation scores every candidate entry of a spelling (all mentions of
// one spelling in a document name one place) with, from strongest to weakest:
//   rel     explicit relations ("16 km from X", "north of X", "near X") with
//           the best-fitting candidate of the other place
//   region  the candidate lies in a region the document names (DPR -> Donetsk),
//           much more so in one stated right after the mention ("X in the
//           Kharkov region")
//   coh     closeness to the places chosen for the document's other spellings,
//           and more so to those listed with it ("offensive actions near
//           A, B, C and D": a list names neighbours)
//   base    population and administrative rank; penalties for fuzzy matches
//           and for spellings known only as GeoNames alternates
// and iterates a few rounds so that choices inform each other.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "geo/bracket_aliases.h"
#include "geo/outlying_variants.h"
#include "geo/unknown_settlements.h"
#include "geo/fuzzy_index.h"
#include "geo/gazetteer.h"
#include "geo/geo_lexicon.h"
#include "geo/match_key.h"
#include "geo/place_context.h"

namespace sitrep::geo {
namespace {

// The output form of a gazetteer entry (no spellings yet).
ResolvedPlace PlaceOfEntry(const Entry& e) {
  ResolvedPlace p;
  p.name = e.name;
  p.kind = e.kind;
  p.admin1 = e.admin1;
  p.admin2 = e.admin2;
  p.lat = e.lat;
  p.lon = e.lon;
  p.has_coords = e.has_coords;
  p.code = e.code;
  p.population = e.population;
  return p;
}

struct Cand {
  uint32_t entry;
  uint32_t flags;
  int distance;  // edit distance of a fuzzy match, else 0
};

// Some candidate is spelt so officially (not only in a derived form).
// Spellings that are a place's own name (not a GeoNames alternate).
constexpr uint32_t kNamed = kVarOfficial | kVarTranslit | kVarRussian;

bool HasOfficialSpelling(const std::vector<Cand>& cands) {
  for (const Cand& c : cands) {
    if (c.flags & kVarOfficial) return true;
  }
  return false;
}

struct RawMention {
  uint32_t kbegin, kend;
  int first_word, last_word;
  std::string_view key;  // into the document's KeyedText
  std::vector<Cand> cands;
  bool fuzzy = false;
  bool region = false;  // resolved to a region or country
};

struct Group {
  std::string_view key;
  std::vector<int> mentions;  // indices into the selected mentions
  std::vector<Cand> cands;
  bool fuzzy = false;
  bool cue = false;
  std::vector<double> base, region, coh, rel, total;
  int chosen = -1;
};

constexpr int kRounds = 3;

// What a settlement of a raion the front ran through adds to its base score
// (data/geo/conflict_raions.txt): less than a region stated for the mention
// (3.0) or the document's region (1.5), and than a near neighbour named in
// the text, so that it only decides between namesakes the text leaves
// apart.
constexpr double kConflictPrior = 0.6;

// Two places a dash joins in a settlement noun's name ("the settlements of
// Strileche-Krasne") lie at most this far apart: neighbours on a front line.
constexpr double kLineOfPlacesKm = 30;
// Two oblasts whose centroids lie this close are neighbours (centroids of
// neighbouring oblasts are 130-250 km apart; of the country's far ends 1,000).
constexpr double kNeighbourRegionsKm = 300;

// The admin1 codes of a region entry's scope ("UA.14,UA.09").
std::vector<std::string> ScopeCodes(const std::string& scope) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= scope.size()) {
    size_t comma = scope.find(',', start);
    out.push_back(scope.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

// A romanised Slavic adjective ("Seversky", "Zeleny", "Novaya",
// "Staroye"): the first word of a two-word name.
bool SlavicAdjective(std::string_view k) {
  static constexpr std::string_view kEndings[] = {"sky", "skiy", "skyi", "skii", "skoy", "skoye", "ny",  "nyi",
                                                  "niy", "nii",  "noy",  "vy",   "vyi",  "ry",    "ryi", "aya",
                                                  "oye"};
  if (k.size() < 4) return false;
  for (std::string_view e : kEndings) {
    if (k.size() > e.size() + 1 && k.substr(k.size() - e.size()) == e) return true;
  }
  return false;
}

// In a country other than Ukraine (an admin1 code known and not "UA.").
bool Abroad(const Entry& e) { return !e.admin1_code.empty() && e.admin1_code.rfind("UA.", 0) != 0; }

double RelScore(const Relation& r, const Entry& subject, const Entry& anchor) {
  double d = DistanceKm(anchor.lat, anchor.lon, subject.lat, subject.lon);
  switch (r.kind) {
    case RelationKind::kDistance:
      return 4.0 * std::exp(-std::abs(d - r.km) / (0.25 * r.km + 2.0));
    case RelationKind::kNear:
      // "X, near the town of Y": a namesake 60 km or more from every Y is
      // not the X meant.
      if (d > 60) return -2.0;
      return 4.0 * std::exp(-d / 12.0);
    case RelationKind::kSector:  // a front runs some 30-60 km
      return 2.0 * std::exp(-d / 40.0);
    case RelationKind::kBearing: {
      if (d > 60) return -2.0;
      double b = BearingDeg(anchor.lat, anchor.lon, subject.lat, subject.lon);
      double delta = std::abs(b - r.bearing);
      if (delta > 180) delta = 360 - delta;
      double near = std::exp(-d / 30.0);
      if (delta <= 30) return 2.0 + 2.0 * near;
      if (delta <= 60) return 1.5 + 1.5 * near;
      if (delta <= 90) return 0.5;
      return -2.0;
    }
  }
  return 0;
}

std::string Describe(const Entry& e) {
  std::string s = e.name;
  if (!e.admin2.empty() || !e.admin1.empty()) s += " (" + e.admin1 + (e.admin2.empty() ? "" : ", " + e.admin2) + ")";
  char buf[64];
  std::snprintf(buf, sizeof(buf), " %.4f,%.4f", e.lat, e.lon);
  s += buf;
  if (e.population) s += " pop " + std::to_string(e.population);
  return s;
}

}  // namespace

namespace {

// A gazetteer key that words [first, last] of a text spell.
struct WordMatch {
  int first, last;
  uint32_t key_id;
};

// The keys that start at a capitalised word of `kt` (only such a word starts
// a mention; `capitals` lists those words in text order): each capitalised
// word, and each run of words after it that a key starting with it can
// span, looked up in the gazetteer's key index. In order of their last word,
// and of a last word's keys the shorter first, so that the longest (the one
// the overlap rule below keeps) comes right before the matches after it.
// (A Hyperscan pass over the capitalised words' ranges, which earlier
// versions ran, found the same keys at some 15 times the cost: most
// capitalised words are one lookup that the index's Bloom filter answers.)
std::vector<WordMatch> CapitalisedMatches(const Gazetteer& gaz, const KeyedText& kt, const std::vector<KeyWord>& words,
                                          const std::vector<int>& capitals) {
  const int n = static_cast<int>(words.size());
  auto span = [&](int first, int last) {
    return std::string_view(kt.key).substr(words[first].kbegin, words[last].kend - words[first].kbegin);
  };
  std::vector<WordMatch> out;
  out.reserve(capitals.size());
  bool ordered = true;  // in order of last word, shorter first, already
  for (int w : capitals) {
    const int last = std::min(w + gaz.MaxKeyWordsFrom(span(w, w)) - 1, n - 1);
    for (int l = w; l <= last; ++l) {
      const int64_t id = gaz.FindKey(span(w, l));
      if (id < 0) continue;
      ordered = ordered && (out.empty() || out.back().last < l);
      out.push_back({w, l, static_cast<uint32_t>(id)});
    }
  }
  if (!ordered) {
    std::sort(out.begin(), out.end(), [](const WordMatch& a, const WordMatch& b) {
      return a.last != b.last ? a.last < b.last : a.first > b.first;
    });
  }
  return out;
}

// Only spaces and quotation marks between source offsets a and b, and at
// least one mark.
bool QuotesBetween(std::string_view text, uint32_t a, uint32_t b) {
  bool quote = false;
  for (uint32_t p = a; p < b;) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (c == ' ') {
      ++p;
    } else if (c == '"' || c == '\'') {
      quote = true;
      ++p;
    } else if (text.substr(p, 3) == "\u2018" || text.substr(p, 3) == "\u2019" || text.substr(p, 3) == "\u201c" ||
               text.substr(p, 3) == "\u201d") {
      quote = true;
      p += 3;
    } else if (text.substr(p, 2) == "\u00ab" || text.substr(p, 2) == "\u00bb") {
      quote = true;
      p += 2;
    } else {
      return false;
    }
  }
  return quote;
}

// A name in capitals opening a line and followed by "," or " (": a dateline.
bool Dateline(std::string_view text, uint32_t begin, uint32_t end) {
  if (begin > 0 && text[begin - 1] != '\n') return false;
  if (end - begin < 4) return false;
  for (uint32_t p = begin; p < end; ++p) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) return false;  // capitals of other scripts: not worth the decoding here
  }
  std::string_view rest = text.substr(end, 2);
  return rest.starts_with(",") || rest == " (";
}

// Drops the mentions that are only parts of a name of two or more words
// (a WordRun) no single mention spans: "Novaya" of "the settlements of
// Novaya Sorochina". A run a mention spans, or one a region or a longer
// mention overlaps, keeps its mentions; so does a run its mentions tile
// with a dash or hyphen between each two that may lie near each other
// (`near`: of two readings; each part keeps the readings near a
// neighbour's), which names a line of places ("the
// settlements of Strileche-Krasne", "Orlivka - Tonenke - Berdychi"); not
// "Orekhovo-Vasilevka", whose halves name places far apart.
void DropPartsOfUnknownNames(std::string_view text, const std::vector<KeyWord>& words,
                             const std::vector<WordRun>& named,
                             const std::function<bool(const Cand&, const Cand&)>& near,
                             std::vector<RawMention>* sel) {
  // Some reading of a lies near some reading of b.
  auto near_mentions = [&](const RawMention& a, const RawMention& b) {
    for (const Cand& x : a.cands) {
      for (const Cand& y : b.cands) {
        if (near(x, y)) return true;
      }
    }
    return false;
  };
  std::vector<bool> drop(sel->size(), false);
  // Only spaces around one dash or hyphen between source offsets a and b.
  auto dash_between = [&](uint32_t a, uint32_t b) {
    std::string_view gap = text.substr(a, b - a);
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    return gap == "-" || gap == "\u2013" || gap == "\u2014";
  };
  for (const WordRun& run : named) {
    if (run.last == run.first) continue;
    bool keep = false;
    std::vector<size_t> parts;
    for (size_t i = 0; i < sel->size() && !keep; ++i) {
      const RawMention& r = (*sel)[i];
      if (r.last_word < run.first || r.first_word > run.last) continue;
      keep = r.region || r.first_word < run.first || r.last_word > run.last ||
             (r.first_word == run.first && r.last_word == run.last);
      parts.push_back(i);
    }
    if (!keep && parts.size() >= 2) {
      bool tiled = (*sel)[parts.front()].first_word == run.first && (*sel)[parts.back()].last_word == run.last;
      for (size_t j = 1; j < parts.size() && tiled; ++j) {
        const RawMention& a = (*sel)[parts[j - 1]];
        const RawMention& b = (*sel)[parts[j]];
        tiled = b.first_word == a.last_word + 1 && dash_between(words[a.last_word].send, words[b.first_word].sbegin) &&
                !a.region && !b.region && near_mentions(a, b);
      }
      keep = tiled;
      // The line's places are the readings that lie near a neighbour on it
      // (not a Strilche of Volyn and a Krasne of Lviv, whatever the scores).
      if (tiled) {
        std::vector<std::vector<Cand>> cut(parts.size());
        for (size_t j = 0; j < parts.size(); ++j) {
          for (const Cand& x : (*sel)[parts[j]].cands) {
            bool by = false;
            for (size_t o : {j - 1, j + 1}) {
              if (o >= parts.size()) continue;  // (j - 1 wraps past the front)
              for (const Cand& y : (*sel)[parts[o]].cands) by = by || near(x, y);
            }
            if (by) cut[j].push_back(x);
          }
        }
        for (size_t j = 0; j < parts.size(); ++j) (*sel)[parts[j]].cands = std::move(cut[j]);
      }
    }
    if (!keep) {
      for (size_t i : parts) drop[i] = true;
    }
  }
  size_t k = 0;
  for (size_t i = 0; i < sel->size(); ++i) {
    if (drop[i]) continue;
    if (k != i) (*sel)[k] = std::move((*sel)[i]);  // never onto itself: a moved-onto vector empties
    ++k;
  }
  sel->resize(k);
}

}  // namespace

void Resolver::Resolve(const text::AnalyzedText& t, Resolution* out) const {
  // Cleared, not replaced: a caller that resolves document after document
  // into one Resolution (Pipeline) keeps the vectors' capacity.
  out->places.clear();
  out->mentions.clear();
  // An empty gazetteer resolves nothing.
  if (gaz_.key_count() == 0) return;
  const GeoLexicon& lex = gaz_.lexicon();
  // Per thread, so that its two buffers (twice and eight times the text's
  // size) are not allocated and freed again for every document.
  // Buffers a very long text grew (past 1M offsets, a text of some 500 KB)
  // are not kept: they are dropped at the next document.
  thread_local KeyedText kt;
  if (kt.src.capacity() > (size_t{1} << 20)) kt = KeyedText();
  MakeKeyedText(t.text, &kt);
  std::vector<KeyWord> words = KeyWords(t.text, kt);
  if (words.empty()) return;
  // The capitalised words in text order, for the loops below that look at
  // those only.
  const std::vector<int> capitals = CapitalWords(words);
  PersonSet persons = PersonWords(kt, words, capitals, lex);
  AddAgedPersons(t.text, kt, words, capitals, &persons);
  // (No substr: without its range check the compiler inlines the hundreds
  // of calls below.)
  auto word_key = [&](int w) {
    return std::string_view(kt.key.data() + words[w].kbegin, words[w].kend - words[w].kbegin);
  };

  // 1. Exact matches of capitalised spellings.
  const std::vector<WordMatch> matches = CapitalisedMatches(gaz_, kt, words, capitals);
  std::vector<RawMention> raw;
  raw.reserve(matches.size());
  // Capitalised words whose key is a gazetteer key (a one-word match), for
  // step 2.
  std::vector<bool> word_is_key(words.size(), false);
  for (const WordMatch& m : matches) {
    const int fw = m.first, lw = m.last;
    if (lw == fw) word_is_key[fw] = true;
    const uint32_t kbegin = words[fw].kbegin, kend = words[lw].kend;
    RawMention r{kbegin, kend, fw, lw, std::string_view(kt.key).substr(kbegin, kend - kbegin), {}, false, false};
    int head = -1, noun = -1;
    const std::span<const Posting> postings = gaz_.postings(m.key_id);
    // (Reserved: grown one candidate at a time, these lists were 10 of the
    // 248 allocations a gen_corpus document cost.)
    r.cands.reserve(postings.size());
    for (const Posting& p : postings) {
      if (p.flags & kVarFarCity) continue;  // a spelling kept only to block misreadings
      if (p.flags & kVarStopWord) {
        // "the village of Mirnoye", "the settlement Pobeda": a common word
        // only when a settlement noun introduces it.
        if (noun < 0) {
          // ... or closes a list of places ("in the area of Novoyehorivka,
          // Serhiyivka, and Nadiya"): the mention before it, a comma or
          // "and" between, has candidates of its own.
          bool list_mate = false;
          if (!raw.empty() && !raw.back().cands.empty()) {
            const int pl = raw.back().last_word;
            const std::string_view between = pl + 2 == fw ? word_key(pl + 1) : std::string_view();
            list_mate = (pl + 1 == fw && !words[fw].tight_before) ||
                        (pl + 2 == fw && (between == "and" || between == "or"));
            // (not the subject of a clause: "Troops left A and Pobeda was declared")
            const std::string_view after = lw + 1 < static_cast<int>(words.size()) && words[lw + 1].tight_before
                                               ? word_key(lw + 1)
                                               : std::string_view();
            list_mate = list_mate && after != "was" && after != "is" && after != "were" && after != "are" &&
                        after != "has" && after != "had" && after != "will";
          }
          noun = SettlementNounBefore(kt, words, fw) || (fw == lw && SettlementNounAfter(kt, words, lw)) ||
                         ListedAfterSettlementNoun(t.text, kt, words, fw) ||
                         SettlementAppositiveAfter(t.text, kt, words, lw)
                     ? 1
                     : list_mate ? 2 : 0;
        }
        if (!noun) continue;
        // A list mate only near a candidate of the name before it (list
        // mates lie together: not a Crimean namesake of a Kursk village).
        if (noun == 2) {
          const Entry& e = gaz_.entry(p.entry);
          bool near = false;
          for (const Cand& c : raw.back().cands) {
            const Entry& o = gaz_.entry(c.entry);
            near = near || (e.has_coords && o.has_coords && DistanceKm(e.lat, e.lon, o.lat, o.lon) <= 100);
          }
          if (!near) continue;
        }
      }
      if ((p.flags & ~static_cast<uint32_t>(kVarAdjective)) == 0) {
        if (head < 0) head = HasAdjectiveHead(kt, words, lw, lex) ? 1 : 0;
        if (!head) continue;
      }
      r.cands.push_back({p.entry, p.flags, 0});
    }
    // Two words a hyphen joins may be one name split ("Gulyai-Pole":
    // Huliaipole, not only the village Guliai Pole): the one-word names of
    // the pair written together are candidates too.
    // (An en dash typed for the hyphen too: "Gulyai–Pole".)
    const bool dash_joined = words[lw].sbegin == words[fw].send + 3 &&
                             std::string_view(t.text).substr(words[fw].send, 3) == "\u2013";
    if (lw == fw + 1 && !r.cands.empty() && (HyphenJoined(t.text, words[fw], words[lw]) || dash_joined)) {
      const std::string joined = std::string(word_key(fw)) + std::string(word_key(lw));
      if (const int64_t id = gaz_.FindKey(joined); id >= 0) {
        for (const Posting& p : gaz_.postings(static_cast<uint32_t>(id))) {
          if (p.flags & (kVarFarCity | kVarStopWord)) continue;
          bool have = false;
          for (const Cand& c : r.cands) have = have || c.entry == p.entry;
          if (!have) r.cands.push_back({p.entry, p.flags, 0});
        }
      }
    }
    // A spelling known only as an exonym or former name ("New York") needs
    // the support a fuzzy match needs.
    bool exonym = !r.cands.empty();
    for (const Cand& c : r.cands) exonym = exonym && (c.flags & ~static_cast<uint32_t>(kVarExonym | kVarStopWord)) == 0;
    r.fuzzy = exonym;
    if (!r.cands.empty()) raw.push_back(std::move(r));
  }
  std::sort(raw.begin(), raw.end(), [](const RawMention& a, const RawMention& b) {
    return a.kbegin != b.kbegin ? a.kbegin < b.kbegin : a.kend > b.kend;
  });
  std::vector<RawMention> sel;
  sel.reserve(raw.size());
  std::vector<bool> covered(words.size(), false);
  for (RawMention& r : raw) {
    bool overlap = false;
    for (int w = r.first_word; w <= r.last_word; ++w) overlap |= covered[w];
    if (overlap) continue;
    for (int w = r.first_word; w <= r.last_word; ++w) covered[w] = true;
    sel.push_back(std::move(r));
  }

  // 2. Fuzzy candidates: capitalised words that matched nothing.
  const FuzzyIndex& fuzzy = gaz_.fuzzy();
  std::unordered_map<std::string_view, std::vector<FuzzyHit>> fuzzy_cache;
  // Candidates of the settlement keys among fuzzy hits (adjective variants
  // only before a head noun, see step 1), by entry, best distance first.
  auto fuzzy_cands = [&](const std::vector<FuzzyHit>& hits, int last_word, std::map<uint32_t, Cand>* best) {
    int head = -1;
    for (const FuzzyHit& h : hits) {
      for (const Posting& p : gaz_.postings(h.key_id)) {
        if (gaz_.entry(p.entry).kind != PlaceKind::kSettlement || (p.flags & (kVarStopWord | kVarFarCity))) continue;
        if ((p.flags & ~static_cast<uint32_t>(kVarAdjective)) == 0) {
          if (head < 0) head = HasAdjectiveHead(kt, words, last_word, lex) ? 1 : 0;
          if (!head) continue;
        }
        auto it = best->find(p.entry);
        if (it == best->end() || it->second.distance > h.distance) (*best)[p.entry] = {p.entry, p.flags, h.distance};
      }
    }
  };
  // Two capitalised words misspelt as a pair ("Chasaiv Yar"), also when the
  // second alone is another place ("Velyka Novoselka": not the Novosilka
  // that "Novoselka" names alone), or the first alone is another place
  // ("Novaya Sech": not the village Nova that "Novaya" names alone).
  auto single_at = [&](int w) {  // the one-word mention of word w, or -1
    for (size_t i = 0; i < sel.size(); ++i) {
      if (sel[i].first_word == w && sel[i].last_word == w) return static_cast<int>(i);
    }
    return -1;
  };
  for (int w : capitals) {
    if (w + 1 >= static_cast<int>(words.size())) break;
    if (!words[w + 1].capitalized || !words[w + 1].tight_before) continue;
    if (w > 0 && words[w].tight_before && words[w - 1].capitalized) continue;  // inside a longer name
    std::string_view k1 = word_key(w), k2 = word_key(w + 1);
    if (persons.count(k1) || persons.count(k2) || lex.IsPersonMarker(k1) || lex.IsStopWord(k1)) continue;
    int first = -1;  // the one-word mention of the first word
    if (covered[w]) {
      // (Also a place's own name: "Davydiv Brod" is Davydiv Brid, not
      // Davydiv near Lviv and a stray "Brod"; "Cherkasy Tyshky" is Cherkaski
      // Tyshky, not the city, or its region, and the village Tyshky.)
      first = single_at(w);
      if (first < 0) continue;
    }
    int single = -1;  // the one-word mention of the second word
    if (covered[w + 1]) {
      single = single_at(w + 1);
      if (single < 0) continue;
    }
    std::string_view k = std::string_view(kt.key).substr(words[w].kbegin, words[w + 1].kend - words[w].kbegin);
    if (k.size() < 8) continue;
    std::map<uint32_t, Cand> best;
    fuzzy_cands(fuzzy.Search(k, k.size() >= 10 ? 2 : 1), w + 1, &best);
    // A hyphen may split a one-word name ("Gulyai-Polye" for Gulyaypole):
    // the pair written together is compared with the one-word keys too.
    if (HyphenJoined(t.text, words[w], words[w + 1])) {
      std::string joined = std::string(k1) + std::string(k2);
      fuzzy_cands(fuzzy.Search(joined, joined.size() >= 10 ? 2 : 1), w + 1, &best);
    }
    if (best.empty() || best.size() > 300) continue;
    RawMention r{words[w].kbegin, words[w + 1].kend, w, w + 1, k, {}, true, false};
    for (auto& [e, c] : best) r.cands.push_back(c);
    if (std::max(first, single) >= 0) sel.erase(sel.begin() + std::max(first, single));
    if (std::min(first, single) >= 0) sel.erase(sel.begin() + std::min(first, single));
    covered[w] = covered[w + 1] = true;
    sel.push_back(std::move(r));
  }
  for (int w : capitals) {
    if (covered[w]) continue;
    std::string_view k = word_key(w);
    // (A common word only where a settlement noun calls it a name: "the
    // village of Progress" is Prohres, Russian Progress.)
    if (k.size() < 6 || persons.count(k) || lex.IsPersonMarker(k) ||
        (lex.IsStopWord(k) && !SettlementNounBefore(kt, words, w))) {
      continue;
    }
    // A word spelt exactly like a known name ("Munich", a city abroad kept
    // as a stop spelling) is no misspelling of another.
    if (word_is_key[w]) continue;
    // A Russian adjective in "-sky" ("the Vasilevsky and Orekhovsky
    // districts") names a district or a direction, not a misspelt village;
    // before a head noun it may be a town's adjective misspelt ("the
    // Kramatorsk-Slavyanovsky front"): adjective spellings only.
    const bool adjective = k.ends_with("sky") || k.ends_with("skiy") || k.ends_with("skyi") ||
                           k.ends_with("skii") || k.ends_with("skoy");
    if (adjective && !HasAdjectiveHead(kt, words, w, lex)) continue;
    // Part of a longer proper name ("Voenkory Russkoy"): a capitalised word
    // that is not a place right before it.
    // (Also after an adjective that opens names: "Novaya Sorochina".)
    if (w > 0 && words[w].tight_before && words[w - 1].capitalized &&
        (!covered[w - 1] || lex.IsNameOpener(word_key(w - 1)))) {
      continue;
    }

    int max_d = k.size() >= 9 ? 2 : 1;
    RawMention r{words[w].kbegin, words[w].kend, w, w, k, {}, true, false};
    std::map<uint32_t, Cand> best;
    auto cached = fuzzy_cache.find(k);
    if (cached == fuzzy_cache.end()) cached = fuzzy_cache.emplace(k, fuzzy.Search(k, max_d)).first;
    fuzzy_cands(cached->second, w, &best);
    if (adjective) std::erase_if(best, [](const auto& kv) { return (kv.second.flags & ~kVarAdjective) != 0; });
    if (best.empty() || best.size() > 300) continue;
    for (auto& [e, c] : best) r.cands.push_back(c);
    sel.push_back(std::move(r));
  }
  std::sort(sel.begin(), sel.end(), [](const RawMention& a, const RawMention& b) { return a.kbegin < b.kbegin; });

  // 3. Guards: people; rivers, units and outlets; regions and countries take
  // precedence over settlements.
  std::vector<RawMention> kept;
  // (This list and the mention lists below are reserved to the mentions:
  // grown one at a time, they were 13 of a gen_corpus document's 218
  // allocations.)
  kept.reserve(sel.size());
  const int nwords = static_cast<int>(words.size());
  // Words joined by a hyphen alone ("Nikolayevo-Daryino").
  auto hyphenated = [&](int a, int b) {
    return a >= 0 && b < nwords && HyphenJoined(t.text, words[a], words[b]);
  };
  // Names the text calls rivers ("the Oskil River", "the river Oskil"): a
  // bare mention of one elsewhere is the river too ("4 km west of Oskil"),
  // unless called a settlement or a city too big to be mistaken (Dnipro).
  std::vector<std::string_view> river_keys;
  for (const RawMention& r : sel) {
    const int nx = r.last_word + 1, b = r.first_word - 1;
    const bool river = (nx < nwords && words[nx].tight_before && word_key(nx) == "river") ||
                       (b >= 0 && words[r.first_word].tight_before && word_key(b) == "river");
    if (river && std::find(river_keys.begin(), river_keys.end(), r.key) == river_keys.end()) {
      river_keys.push_back(r.key);
    }
  }
  // A works named in an adjective ("the Kurakhivska Thermal Power Plant",
  // "the Tsentralna Mine"): a one-word mention in an adjective's ending,
  // not a place's official spelling (not "the Zarichne Mine", a village),
  // right before a capitalised plant, station or mine.
  auto works_name = [&](const RawMention& r) {
    if (r.first_word != r.last_word) return false;
    for (const Cand& c : r.cands) {
      if (c.flags & (kVarOfficial | kVarTranslit)) return false;
    }
    const std::string_view k = r.key;
    if (!(k.ends_with("ska") || k.ends_with("ske") || k.ends_with("sky") || k.ends_with("skyi") ||
          k.ends_with("skaya") || k.ends_with("skoye") || k.ends_with("na") || k.ends_with("ne"))) {
      return false;
    }
    for (int w = r.last_word + 1; w < nwords && w <= r.last_word + 3; ++w) {
      if (!words[w].tight_before || !words[w].capitalized) return false;
      const std::string_view n = word_key(w);
      if (n == "plant" || n == "station" || n == "mine" || n == "colliery" || n == "tpp" || n == "npp" || n == "hpp") {
        return true;
      }
      if (n != "thermal" && n != "nuclear" && n != "hydroelectric" && n != "power" && n != "coke" &&
          n != "chemical" && n != "coal") {
        return false;
      }
    }
    return false;
  };
  for (RawMention& r : sel) {
    if (works_name(r)) continue;
    // "a Ukrainian Marine spoke", "the Marines": the soldier, not one of
    // the villages named Marine (as "the village of Marine" is).
    if ((r.key == "marine" || r.key == "marines") && r.first_word > 0 && words[r.first_word].tight_before) {
      const std::string_view b = word_key(r.first_word - 1);
      if (b == "a" || b == "the" || b == "ukrainian" || b == "russian" || b == "american" || b == "british" ||
          b == "us") {
        continue;
      }
    }
    // An adjective that opens a name the gazetteer lacks ("Novaya
    // Sorochina"; Nova is also a village) is no place by itself.
    if (r.first_word == r.last_word && r.last_word + 1 < nwords && words[r.last_word + 1].tight_before &&
        words[r.last_word + 1].capitalized && lex.IsNameOpener(r.key)) {
      continue;
    }
    // ... nor is the name after it ("Kazachya Loknya", a Russian village:
    // not the Ukrainian Loknia).
    if (r.first_word > 0 && words[r.first_word].tight_before && words[r.first_word - 1].capitalized &&
        !covered[r.first_word - 1] && lex.IsNameOpener(word_key(r.first_word - 1))) {
      continue;
    }
    // A speaker named like villages: "Zaporozhets said", "Petrov told"
    // (Petriv's Russian form). A town's name stays ("Kyiv said" is its
    // government, for the extract stage to read).
    // (Not after a preposition: "a commander who led troops into X said".)
    const std::string_view before = r.first_word > 0 && words[r.first_word].tight_before
                                         ? word_key(r.first_word - 1)
                                         : std::string_view();
    const bool object = before == "in" || before == "into" || before == "of" || before == "from" || before == "to" ||
                        before == "at" || before == "near" || before == "for" || before == "on" ||
                        before == "the" || before == "around" || before == "outside" || before == "toward" ||
                        before == "towards" || before == "by" || before == "with";
    // (Past a comma after a full name: "the head of intelligence, Kyrillo
    // Budanov, predicted": a capitalised word tightly before, one comma
    // between the name and the verb.)
    auto comma_gap = [&](int w) {
      const std::string_view gap = std::string_view(t.text).substr(words[w - 1].send, words[w].sbegin - words[w - 1].send);
      return gap.size() >= 1 && gap.size() <= 3 && gap[0] == ',' && gap.find_first_not_of(' ', 1) == std::string_view::npos;
    };
    const bool verb_next =
        r.last_word + 1 < nwords &&
        (words[r.last_word + 1].tight_before ||
         (r.first_word > 0 && words[r.first_word].tight_before && words[r.first_word - 1].capitalized &&
          comma_gap(r.last_word + 1))) &&
        lex.IsSpeechVerb(word_key(r.last_word + 1));
    if (r.first_word == r.last_word && verb_next && !object) {
      bool villages = true;
      for (const Cand& c : r.cands) {
        const Entry& e = gaz_.entry(c.entry);
        villages = villages && e.kind == PlaceKind::kSettlement && e.population < 10000;
      }
      if (villages) continue;
    }
    // (Not a name a place preposition or a settlement noun goes with:
    // "fighting continues near Haichur", "Oskil village".)
    const std::string_view prev_word = r.first_word > 0 && words[r.first_word].tight_before
                                           ? word_key(r.first_word - 1)
                                           : std::string_view();
    const std::string_view next_word = r.last_word + 1 < nwords && words[r.last_word + 1].tight_before
                                           ? word_key(r.last_word + 1)
                                           : std::string_view();
    const bool settlement_use = prev_word == "near" || prev_word == "in" || prev_word == "around" ||
                                prev_word == "outside" || prev_word == "into" || prev_word == "entered" ||
                                next_word == "village" || next_word == "town" || next_word == "settlement";
    if (!river_keys.empty() && std::find(river_keys.begin(), river_keys.end(), r.key) != river_keys.end() &&
        !SettlementNounBefore(kt, words, r.first_word) && !SettlementNounAfter(kt, words, r.last_word) &&
        !SettlementAppositiveAfter(t.text, kt, words, r.last_word) && !settlement_use) {
      bool big = false;
      for (const Cand& c : r.cands) big |= gaz_.entry(c.entry).population >= 100000;
      // ... the city too when "the" goes before it ("a tributary of the
      // Dnipro", "on the Dnipro in the area of X"), not "the Dnipro
      // direction".
      // (Only in a river's positions: a preposition before "the", nothing
      // but punctuation or a preposition after the name; not "the Dnipro
      // city council", "the Dnipro, Zaporizhzhia and Kherson regions".)
      const std::string_view before_the =
          r.first_word >= 2 && words[r.first_word - 1].tight_before ? word_key(r.first_word - 2) : std::string_view();
      const bool river_preposition = before_the == "of" || before_the == "on" || before_the == "across" ||
                                     before_the == "along" || before_the == "over" || before_the == "to" ||
                                     before_the == "from" || before_the == "into" || before_the == "beyond" ||
                                     before_the == "behind";
      size_t q = words[r.last_word].send;
      while (q < t.text.size() && t.text[q] == ' ') ++q;
      const char after_char = q < t.text.size() ? t.text[q] : '.';
      const bool comma_name = after_char == ',' && r.last_word + 1 < nwords && words[r.last_word + 1].capitalized;
      const bool phrase_ends = next_word.empty() ? !comma_name
                                                 : next_word == "in" || next_word == "on" || next_word == "at" ||
                                                       next_word == "near" || next_word == "to" ||
                                                       next_word == "from" || next_word == "and" ||
                                                       next_word == "s";  // "the Dnipro's eastern bank"
      const int nn = r.last_word + 2;
      const bool name_pair = (next_word == "and" || next_word == "or") && nn < nwords && words[nn].tight_before &&
                             words[nn].capitalized;  // "the Dnipro and Zaporizhzhia regions"
      const bool article = prev_word == "the" && river_preposition && phrase_ends && !name_pair;
      if (!big || article) continue;
    }
    // "Nikolayevo-Daryino": one part of a hyphenated name whose other part
    // is no place, matched only in a derived spelling or misspelt, is no
    // mention of the namesake that spelling has (not "Pokrovsk-Myrnohrad",
    // two places).
    {
      const int before = r.first_word - 1, after = r.last_word + 1;
      const bool part = (hyphenated(before, r.first_word) && words[before].capitalized && !covered[before]) ||
                        (hyphenated(r.last_word, after) && words[after].capitalized && !covered[after]);
      if (part && (!HasOfficialSpelling(r.cands) || r.fuzzy)) continue;
    }
    // "the Seversky Donets", "near Zeleny Shlyakh": a name right after a
    // capitalised adjective in a Slavic form that no mention covers is the
    // second word of a longer name (a river, a village the gazetteer
    // lacks), not a place of its own.
    if (const int b = r.first_word - 1; b >= 0 && words[r.first_word].tight_before && words[b].capitalized &&
                                        !covered[b] && SlavicAdjective(word_key(b)) && !lex.IsStopWord(word_key(b))) {
      continue;
    }
    // "the Siverskyi Donets River", "the river Oskil", "the Azov unit": a
    // run of capitalised words right before a head word (geo lexicon) names
    // a feature, a unit or an outlet, and so does a name right after one.
    {
      int e = r.last_word + 1;
      // (A run of at most eight words: a page of capitalised words is no name.)
      while (e < nwords && e <= r.last_word + 8 && words[e].tight_before && !lex.IsNonSettlementHead(word_key(e))) {
        // (also a dam's lower-case kind: "the Kakhovka hydroelectric dam")
        if (words[e].capitalized || word_key(e) == "hydroelectric" || word_key(e) == "hydropower") {
          ++e;
        } else if (word_key(e) == "and" && e > r.last_word + 1 && e + 1 < nwords && words[e + 1].capitalized &&
                   words[e + 1].tight_before) {
          ++e;  // "the Luhansk Operational and Tactical Group" (not "Krynky and Nestyha Island": two names)
        } else {
          break;
        }
      }
      // (A lower-case "street" is a kind of fighting: "Vovchansk street fighting".)
      if (e < nwords && words[e].tight_before && lex.IsNonSettlementHead(word_key(e)) &&
          !(word_key(e) == "street" && !words[e].capitalized)) {
        continue;
      }
      // "the Khortytsia military unit": modifiers, then the head.
      {
        // Up to three, "and" between two ("the Khortytsia operational and
        // strategic grouping").
        int h = r.last_word + 1;
        while (h < nwords && h <= r.last_word + 3 && words[h].tight_before && !words[h].capitalized &&
               (lex.IsHeadModifier(word_key(h)) ||
                (word_key(h) == "and" && h > r.last_word + 1 && h + 1 < nwords && lex.IsHeadModifier(word_key(h + 1))))) {
          ++h;
        }
        if (h > r.last_word + 1 && h < nwords && words[h].tight_before && lex.IsNonSettlementHead(word_key(h))) {
          continue;
        }
      }
      // "the Operational Command 'Khortytsia'", "the grouping of troops
      // 'Khortytsia'": a head (and "of troops/forces"), then a quoted name.
      {
        const uint32_t open = words[r.first_word].sbegin + (t.text[words[r.first_word].sbegin] == '\'' ? 1 : 0);
        int hb = r.first_word - 1;
        // (past the head's abbreviation in brackets: "the grouping of troops
        // (OSUV) \"Khortytsia\"")
        uint32_t from = hb >= 0 ? words[hb].send : 0;
        if (hb >= 0 && from < t.text.size() && t.text[from] == ')' && lex.IsNonSettlementHead(word_key(hb))) ++from;
        if (hb >= 0 && QuotesBetween(t.text, from, open)) {
          if (hb >= 2 && (word_key(hb) == "troops" || word_key(hb) == "forces") && word_key(hb - 1) == "of") hb -= 2;
          if (lex.IsNonSettlementHead(word_key(hb))) continue;
        }
      }
      // "the 'Dnipro' formation", "the 'Khortytsia' Operational-Strategic
      // Grouping": a closing quote, modifiers, then the head.
      if (const int q = r.last_word + 1; q < nwords && QuotesBetween(t.text, words[q - 1].send, words[q].sbegin)) {
        int h = q;
        // (an "and" between two: "“Khortytsia” operational and strategic group")
        while (h < nwords && h < q + 4 &&
               (lex.IsHeadModifier(word_key(h)) ||
                (word_key(h) == "and" && h > q && h + 1 < nwords && lex.IsHeadModifier(word_key(h + 1))))) {
          ++h;
        }
        if (h < nwords && lex.IsNonSettlementHead(word_key(h))) continue;
      }
      // "the Azov and Black seas": a plural head shared by two names (not
      // "Krynky and Nestyha Island": the island is the second name's).
      if (e + 2 < nwords && e == r.last_word + 1 && word_key(e) == "and" && words[e + 1].capitalized &&
          words[e + 2].tight_before && lex.IsNonSettlementHead(word_key(e + 2)) && word_key(e + 2).ends_with("s")) {
        continue;
      }
      // "Kolosova and Lermontov streets", "Soborna Street", "the Tavriia
      // Defence Forces": a street, or a grouping, named after the place (not
      // "the streets of X", whose head comes first).
      {
        auto street = [&](int w) {
          const std::string_view k = word_key(w);
          return k == "street" || k == "streets" || k == "avenue" || k == "avenues" || k == "boulevard";
        };
        auto tight = [&](int w) { return w < nwords && words[w].tight_before; };
        const int a1 = r.last_word + 1;
        // (A capitalised "Street", "Avenue": not "Vovchansk street fighting".)
        if (tight(a1) && street(a1) && words[a1].capitalized) continue;
        if (tight(a1) && tight(a1 + 1) && (word_key(a1) == "defence" || word_key(a1) == "defense") &&
            word_key(a1 + 1) == "forces" && words[a1].capitalized) {
          continue;
        }
        if (tight(a1) && word_key(a1) == "and" && tight(a1 + 1) && words[a1 + 1].capitalized && tight(a1 + 2) &&
            street(a1 + 2)) {
          continue;
        }
      }
      // "MOSCOW, May 21. /TASS/.", "SIMFEROPOL (Sputnik) -": a dateline names
      // where the report was filed, not a place it is about.
      if (Dateline(t.text, words[r.first_word].sbegin, words[r.last_word].send)) continue;
      int b = r.first_word - 1;
      if (b >= 0 && words[r.first_word].tight_before && lex.IsNonSettlementHead(word_key(b))) continue;
      // "the operational-strategic group of forces Khortytsia": a head, "of
      // forces/troops", the name.
      if (b >= 2 && words[r.first_word].tight_before && (word_key(b) == "forces" || word_key(b) == "troops") &&
          word_key(b - 1) == "of" && lex.IsNonSettlementHead(word_key(b - 2))) {
        continue;
      }
      // "the Sea of Azov", "the Gulf of Finland": a feature named after "of".
      // Not "the districts of X" (Russian reports' "areas of X").
      if (b >= 1 && word_key(b) == "of" && lex.IsNonSettlementHead(word_key(b - 1)) &&
          !word_key(b - 1).starts_with("district") && !word_key(b - 1).starts_with("raion")) {
        continue;
      }
      // "the left bank of the Dnipro", "the right bank of Dnipro": a river.
      if (const int o = b >= 1 && word_key(b) == "the" ? b - 1 : b;
          o >= 1 && word_key(o) == "of" &&
          (word_key(o - 1) == "bank" || word_key(o - 1) == "banks" || word_key(o - 1) == "surface")) {
        continue;
      }
      // "crossings across the Oskil", "to cross the Dnipro": a river is
      // crossed, a town is entered.
      // Not regions listed so ("across the Chernihiv, Sumy and Kharkiv regions").
      if (b >= 1 && word_key(b) == "the" && words[r.first_word].tight_before && words[b].tight_before) {
        const std::string_view c = word_key(b - 1);
        const int nx = r.last_word + 1;
        size_t q = words[r.last_word].send;
        while (q < t.text.size() && t.text[q] == ' ') ++q;
        // (a comma before another name: "across the Chernihiv, Sumy and ...";
        // not "across the Oskil, but")
        const bool comma = q < t.text.size() && t.text[q] == ',' && nx < nwords && words[nx].capitalized;
        const std::string_view after = nx < nwords && words[nx].tight_before ? word_key(nx) : std::string_view();
        const bool name_next = nx + 1 < nwords && words[nx + 1].tight_before && words[nx + 1].capitalized;
        // (Nor a front: "across the Pokrovsk direction".)
        const bool listed = comma || ((after == "and" || after == "or") && name_next) || after == "region" ||
                            after == "regions" || after == "oblast" || after == "oblasts" || after == "province" ||
                            after == "provinces" || after == "direction" || after == "directions" ||
                            after == "front" || after == "area" || after == "sector" || after == "axis";
        if (!listed && (c == "across" || c == "cross" || c == "crossed" || c == "crossing" || c == "crosses")) continue;
      }
      // "crossings across Oskil": a crossing's river, without its article.
      if (b >= 1 && word_key(b) == "across" && words[r.first_word].tight_before && words[b].tight_before &&
          (word_key(b - 1) == "crossings" || word_key(b - 1) == "crossing" || word_key(b - 1) == "bridges" ||
           word_key(b - 1) == "bridge")) {
        continue;
      }
      // "the key Donetsk city of Toretsk": the first name only says where the
      // second lies.
      // (Also past one or two adjectives: "the Donetsk logistics hub of X",
      // "the Kharkiv frontline town of X".)
      auto place_noun = [&](int w) {
        const std::string_view k = word_key(w);
        return k == "city" || k == "town" || k == "village" || k == "hub" || k == "stronghold";
      };
      bool locates = false;
      for (int n = r.last_word + 1; n + 2 < nwords && n <= r.last_word + 3 && words[n].tight_before; ++n) {
        if (place_noun(n)) {
          locates = word_key(n + 1) == "of" && words[n + 2].capitalized;
          break;
        }
        const std::string_view k = word_key(n);
        if (words[n].capitalized || k == "of" || k == "the" || k == "and" || k == "or") break;
      }
      if (locates) continue;
    }
    bool has_region = false;
    for (const Cand& c : r.cands) has_region |= gaz_.entry(c.entry).kind != PlaceKind::kSettlement;
    if (has_region) {
      std::erase_if(r.cands, [&](const Cand& c) { return gaz_.entry(c.entry).kind == PlaceKind::kSettlement; });
      r.region = true;
      kept.push_back(std::move(r));
      continue;
    }
    if (r.first_word == r.last_word) {
      if (persons.count(r.key)) continue;
      // A given name followed by a surname ("Vladimir Putin"), also past an
      // editor's bracket ("[President Vladimir] Zelensky").
      int nw = r.last_word + 1;
      auto bracket_gap = [&]() {
        const std::string_view gap =
            std::string_view(t.text).substr(words[r.last_word].send, words[nw].sbegin - words[r.last_word].send);
        return !gap.empty() && (gap[0] == ']' || gap[0] == ')') && gap.find_first_not_of(' ', 1) == std::string_view::npos;
      };
      if (lex.IsPersonMarker(r.key) && nw < static_cast<int>(words.size()) && words[nw].capitalized &&
          (words[nw].tight_before || bracket_gap())) {
        continue;
      }
    }
    kept.push_back(std::move(r));
  }
  sel = std::move(kept);

  // Names a settlement noun introduces ("the settlements of Novaya Sorochina
  // and Pokrovsky"). A name of two or more words that only its parts matched
  // is no mention of those parts ("Novaya" alone is a Nova of Chernihiv); a
  // name no mention covers becomes a settlement the gazetteer lacks (step 8).
  const std::vector<WordRun> named = SettlementNameRuns(t.text, kt, words);
  DropPartsOfUnknownNames(t.text, words, named, [&](const Cand& x, const Cand& y) {
    const Entry& ex = gaz_.entry(x.entry);
    const Entry& ey = gaz_.entry(y.entry);
    return ex.has_coords && ey.has_coords && DistanceKm(ex.lat, ex.lon, ey.lat, ey.lon) <= kLineOfPlacesKm;
  }, &sel);

  // A bare oblast-centre name coordinated with a region ("Donetsk and
  // Luhansk", "Donetsk and Luhansk regions") or after "region of" ("the
  // border region of Belgorod") names the region. Not a national capital,
  // whose name with another is the two cities ("in Kyiv and Kharkiv").
  auto capital = [&](const RawMention& m) {
    for (const Cand& c : m.cands) {
      if (gaz_.entry(c.entry).rank == Rank::kCapital) return true;
    }
    return false;
  };
  // A word of a strike (a missile, a hit building; with `shelling`, shelling
  // too) before word fw in its sentence: the name there is the city struck,
  // not its region ("shelling went on across northern Donetsk" is the
  // region's front).
  auto struck_before = [&](int fw, bool shelling) {
    const int sentence = t.SentenceAt(words[fw].sbegin);
    for (int w = fw - 1; w >= 0 && w > fw - 40; --w) {
      if (t.SentenceAt(words[w].sbegin) != sentence) break;
      const std::string_view k = word_key(w);
      if (k == "missile" || k == "missiles" || k == "drone" || k == "drones" || k == "bomb" || k == "bombs" ||
          k == "explosion" || k == "explosions" || k == "blast" || k == "strike" || k == "strikes" || k == "struck" ||
          k == "hit" || k == "rocked" || k == "building" || k == "buildings" || k == "apartment" || k == "hotel" ||
          k == "office" || k == "residential" || (shelling && (k == "shelled" || k == "shelling"))) {
        return true;
      }
    }
    return false;
  };
  // Mentions a region word makes the region ("the province of Kursk",
  // "Luhansk Gov."): like "the Kursk region", they name the region as such.
  std::vector<bool> explicit_region(sel.size(), false);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < sel.size(); ++i) {
      if (sel[i].region) continue;
      int64_t reg = gaz_.RegionOfStem(sel[i].key);
      if (reg < 0) continue;
      const bool is_capital = capital(sel[i]);
      // The centre a bare oblast-centre name stands for (its most populous
      // settlement candidate) lies in a raion the front ran through
      // (conflict_raions.txt).
      auto front_centre = [&](const RawMention& m) {
        const Entry* centre = nullptr;
        for (const Cand& c : m.cands) {
          const Entry& e = gaz_.entry(c.entry);
          if (e.kind == PlaceKind::kSettlement && (centre == nullptr || e.population > centre->population)) centre = &e;
        }
        return centre != nullptr && lex.IsConflictRaion(centre->admin2);
      };
      // Mentions x < y next to each other, "and", "or" or a comma between,
      // each a region or a bare oblast centre.
      auto joined = [&](size_t x, size_t y) {
        if (y >= sel.size()) return false;
        const int gap = sel[y].first_word - sel[x].last_word - 1;
        if (gap > 2) return false;
        if (gap >= 1) {
          std::string_view g = word_key(sel[x].last_word + 1);
          if (g != "and" && g != "or") return false;
          // "Donetsk and neighbouring Luhansk"
          if (gap == 2) {
            std::string_view n = word_key(sel[x].last_word + 2);
            if (n != "neighboring" && n != "neighbouring") return false;  // ("Kherson and nearby Mykolaiv": cities)
          }
        }
        return (sel[x].region || gaz_.RegionOfStem(sel[x].key) >= 0) &&
               (sel[y].region || gaz_.RegionOfStem(sel[y].key) >= 0);
      };
      auto linked = [&](size_t j) {
        if (j >= sel.size()) return false;
        const size_t lo = std::min(i, j), hi = std::max(i, j);
        if (!joined(lo, hi)) return false;
        // A capital only with "regions" after the pair ("the Kyiv and Kharkiv
        // regions"; "Kyiv and the Kyiv region" is the city and its region).
        // Two bare centres name regions when the regions are neighbours
        // ("Donetsk and Luhansk", "Kherson and Zaporizhzhia"), both on the
        // front ("assaults in Sumy and Zaporizhzhia") or in a list of three
        // or more ("Donetsk, Kherson, Lugansk and Zaporizhzhia"); a pair
        // far apart with one centre off the front is the two cities ("in
        // Kharkiv and Lviv").
        if (!is_capital && !capital(sel[j])) {
          if (sel[j].region || (lo > 0 && joined(lo - 1, lo)) || joined(hi, hi + 1)) return true;
          const Entry& ra = gaz_.entry(static_cast<uint32_t>(reg));
          const Entry& rb = gaz_.entry(static_cast<uint32_t>(gaz_.RegionOfStem(sel[j].key)));
          if (!ra.has_coords || !rb.has_coords || DistanceKm(ra.lat, ra.lon, rb.lat, rb.lon) <= kNeighbourRegionsKm ||
              (front_centre(sel[i]) && front_centre(sel[j]))) {
            return true;
          }
        }
        auto plural = [&](int w) {
          return w < static_cast<int>(words.size()) && (word_key(w) == "regions" || word_key(w) == "oblasts");
        };
        return plural(sel[hi].last_word) || plural(sel[hi].last_word + 1);  // "Kharkiv regions" may be the mention
      };
      bool coordinated = linked(i + 1) || (i > 0 && linked(i - 1));
      // (Not a pair a settlement noun calls cities: "between the larger
      // settlements of Sumy and Kharkiv".)
      if (coordinated) {
        const size_t mate = linked(i + 1) ? i + 1 : i - 1;
        coordinated = sel[mate].region ||
                      !SettlementNounBefore(kt, words, std::min(sel[i].first_word, sel[mate].first_word));
      }
      int nw = sel[i].last_word + 1;
      // "Donetsk and Luhansk regions"; "two Kursk villages", "the Belgorod
      // governor": the name as an attribute of the region's things.
      bool regions_word = false, front_word = false;
      bool explicit_word = false;  // a word only a region takes: "Gov.", "RMA", "acting governor"
      if (nw < static_cast<int>(words.size()) && words[nw].tight_before) {
        const std::string_view k = word_key(nw);
        // ("the Luhansk regional prosecutor", "the Kharkiv regional
        // administration": the region's office.)
        regions_word = k == "regions" || k == "oblasts" || k == "villages" || k == "towns" || k == "settlements" ||
                       k == "hamlets" || k == "governor" || k == "militia" || k == "village" || k == "hamlet" ||
                       k == "regional";
        // "Luhansk Gov. Serhiy Haidai", "Kursk acting Governor", "the Kharkiv
        // RMA" (regional military administration), "the Luhansk settlement
        // of Bilohorivka", "the Donetsk town of Pokrovsk".
        const std::string_view k2 = nw + 1 < static_cast<int>(words.size()) && words[nw + 1].tight_before
                                        ? word_key(nw + 1)
                                        : std::string_view();
        explicit_word = k == "gov" || k == "rma" || (k == "acting" && k2 == "governor");
        regions_word = regions_word || explicit_word || ((k == "settlement" || k == "town") && k2 == "of");
        // "key Donetsk hubs": the region's towns; "the Kursk operation",
        // "the Kursk bridgehead": an operation across the region.
        regions_word = regions_word ||
                       (!is_capital && (k == "hubs" || k == "operation" || k == "bridgehead" || k == "incursion" ||
                                        k == "salient" || k == "campaign"));
        // "the Donetsk sector", "along the Donetsk front line": a front named
        // after the centre; the region's where the document names the region
        // (below). Not a capital's ("the Kyiv direction" is the city's).
        front_word = !is_capital && (k == "sector" || k == "sectors" || k == "front" || k == "frontline" ||
                                     k == "axis" || k == "direction" || k == "area");
      }
      // "Donetsk's Lyman": the region a settlement named next lies in.
      const uint32_t after = words[sel[i].last_word].send;
      const std::string_view rest = std::string_view(t.text).substr(after, 5);
      // Not a city's district ("Kharkiv's Saltivka district").
      auto district_after = [&](size_t m) {
        const int w = sel[m].last_word + 1;
        if (w >= static_cast<int>(words.size())) return false;
        const std::string_view k = word_key(w);
        return k == "district" || k == "microdistrict" || k == "neighbourhood" || k == "neighborhood" ||
               k == "quarter";
      };
      const bool possessive = i + 1 < sel.size() && !sel[i + 1].region &&
                              (rest.starts_with("'s ") || rest.starts_with("\u2019s ") || rest.starts_with("\u02BCs ")) &&
                              words[sel[i + 1].first_word].sbegin ==
                                  after + (rest[0] == '\'' ? 3 : rest.starts_with("\u02BC") ? 4 : 5) &&
                              !district_after(i + 1);
      // "the village of Malinovka in Zaporizhzhia": a village lies in the
      // region, not in the city.
      const int fw0 = sel[i].first_word;
      // ... when that settlement may lie in the region ("refugees from
      // Mariupol in Zaporizhzhia" are in the city).
      auto may_lie_in = [&](const RawMention& m) {
        const std::vector<std::string> scope = ScopeCodes(gaz_.entry(static_cast<uint32_t>(reg)).scope);
        for (const Cand& c : m.cands) {
          if (std::find(scope.begin(), scope.end(), gaz_.entry(c.entry).admin1_code) != scope.end()) return true;
        }
        return false;
      };
      const bool inside = !is_capital && i > 0 && !sel[i - 1].region && fw0 >= 2 && word_key(fw0 - 1) == "in" &&
                          sel[i - 1].last_word == fw0 - 2 && words[fw0 - 1].tight_before &&
                          sel[i - 1].key != sel[i].key && may_lie_in(sel[i - 1]);
      // "the border region of Belgorod", "the regions of Kursk and Belgorod",
      // "the Republic of Donetsk".
      const int fw = sel[i].first_word;
      // ("every meter of Luhansk", "every centimetre of Luhansk land": its
      // ground.)
      // (a measure of ground: not "every district of Kharkiv", the city's.)
      const std::string_view measure = fw >= 2 ? word_key(fw - 2) : std::string_view();
      const bool every_of = !is_capital && fw >= 3 && word_key(fw - 1) == "of" && word_key(fw - 3) == "every" &&
                            (measure == "meter" || measure == "metre" || measure == "centimeter" ||
                             measure == "centimetre" || measure == "inch" || measure == "kilometer" ||
                             measure == "kilometre" || measure == "piece" || measure == "bit" || measure == "part");
      const bool land_after = !is_capital && fw >= 1 && word_key(fw - 1) == "of" &&
                              nw < static_cast<int>(words.size()) && words[nw].tight_before &&
                              (word_key(nw) == "land" || word_key(nw) == "soil");
      // "the Kharkiv border region", "the Kursk frontier area": the region's
      // border lands.
      const bool border_region = !is_capital && nw + 1 < static_cast<int>(words.size()) && words[nw].tight_before &&
                                 words[nw + 1].tight_before &&
                                 (word_key(nw) == "border" || word_key(nw) == "frontier") &&
                                 (word_key(nw + 1) == "region" || word_key(nw + 1) == "regions" ||
                                  word_key(nw + 1) == "area" || word_key(nw + 1) == "areas" ||
                                  word_key(nw + 1) == "oblast");
      const bool region_of = every_of || land_after || border_region ||
                             (fw >= 2 && word_key(fw - 1) == "of" &&
                              (word_key(fw - 2) == "region" || word_key(fw - 2) == "regions" ||
                               word_key(fw - 2) == "oblast" || word_key(fw - 2) == "province" ||
                               word_key(fw - 2) == "provinces" || word_key(fw - 2) == "republic"));
      // "Donetsk's eastern region": the region's own part.
      bool own_region = false;
      if (rest.starts_with("'s ") || rest.starts_with("\u2019s ")) {
        for (int w = sel[i].last_word + 1; w < static_cast<int>(words.size()) && w <= sel[i].last_word + 3; ++w) {
          const std::string_view k = word_key(w);
          if (k == "s") continue;  // the key of "'s" when it stands apart
          if (k == "region" || k == "oblast" || k == "province") {
            own_region = true;
            break;
          }
          // "every centimetre of Luhansk's land", "all of Kharkiv's
          // territory west of the Oskil" (a capital's is the country's; a
          // whole or a share of it: not "missiles hit Kharkiv's territory").
          if (k == "land" || k == "lands" || k == "territory" || k == "territories" || k == "soil") {
            own_region = !is_capital && w == sel[i].last_word + 1 + (word_key(sel[i].last_word + 1) == "s") &&
                         fw >= 1 && word_key(fw - 1) == "of";
            break;
          }
          if (!IsRegionModifier(k)) break;
        }
      }
      // "in southeastern Zaporizhia", "across northern Kharkiv": a part of
      // the region by its compass point (not the capital's: "in western
      // Kyiv" is the city's districts).
      bool compass = false;
      if (!is_capital && fw >= 1 && words[fw].tight_before) {
        const std::string_view c = word_key(fw - 1);
        compass = c == "northern" || c == "southern" || c == "eastern" || c == "western" || c == "northeastern" ||
                  c == "northwestern" || c == "southeastern" || c == "southwestern" || c == "north-eastern" ||
                  c == "north-western" || c == "south-eastern" || c == "south-western";
        // Not where a strike hit: "a missile hit an apartment block in
        // northeastern Kharkiv" is the city.
        if (compass) {
          compass = !struck_before(fw, false);
        }
        // Not the city's parts: "the northern Donetsk suburbs".
        const int nx = sel[i].last_word + 1;
        if (compass && nx < static_cast<int>(words.size()) && words[nx].tight_before) {
          const std::string_view k = word_key(nx);
          compass = !(k == "suburbs" || k == "suburb" || k == "outskirts" || k == "district" || k == "districts" ||
                      k == "microdistrict" || k == "neighbourhood" || k == "neighborhood" || k == "quarter" ||
                      k == "city" || k == "airport" || k == "centre" || k == "center");
        }
      }
      // The region too: "west of the river in the Donetsk." (an article and
      // no noun after), "the governor of Luhansk", "regions such as
      // Donetsk", "Russia annexed Donetsk", "a town in Donetsk".
      bool named_region = false;
      {
        const int nx = sel[i].last_word + 1;
        const std::string_view after_word = nx < static_cast<int>(words.size()) && words[nx].tight_before
                                                ? word_key(nx)
                                                : std::string_view();
        // The words before, in the same clause: only spaces between them
        // (not "... were annexed. Kherson was", "the town. In Kherson,").
        const bool t1 = fw >= 1 && words[fw].tight_before, t2 = t1 && fw >= 2 && words[fw - 1].tight_before,
                   t3 = t2 && fw >= 3 && words[fw - 2].tight_before;
        const std::string_view b1 = t1 ? word_key(fw - 1) : std::string_view();
        const std::string_view b2 = t2 ? word_key(fw - 2) : std::string_view();
        const std::string_view b3 = t3 ? word_key(fw - 3) : std::string_view();
        // ("crossed the Dnipro in November" is the river: only an article
        // and the end of the clause.)
        // "the Donetsk and Zaporizhzia regions" (a misspelt second name).
        bool plural_after = false;
        if (after_word == "and" || after_word == "or") {
          for (int w = nx + 1; w < static_cast<int>(words.size()) && w <= nx + 3 && words[w].tight_before; ++w) {
            plural_after |= word_key(w) == "regions" || word_key(w) == "oblasts";
          }
        }
        const bool bare_after = after_word.empty() || plural_after;
        named_region = (!is_capital && b1 == "the" && bare_after && words[fw].tight_before) ||
                       (b1 == "of" && (b2 == "governor" || (b2 == "the" && b3 == "governor"))) ||
                       // "strategically important areas of Zaporizhzhia", "parts of
                       // Zaporizhzhia controlled by Moscow", "this swathe of Kursk",
                       // "Russia controls nearly all of Luhansk", "most of Donetsk"
                       // (Not "most of Kherson city", "all of Kharkiv's residents".)
                       (!is_capital && b1 == "of" &&
                        (b2 == "areas" || b2 == "territories" || b2 == "regions" || b2 == "parts" ||
                         b2 == "swathe" || b2 == "swath" || b2 == "swathes" || b2 == "chunk" || b2 == "stretch" ||
                         ((b2 == "all" || b2 == "most") && after_word != "city" && after_word != "airport" &&
                          after_word != "residents" && after_word != "mayor" && after_word != "s"))) ||
                       (b1 == "as" && b2 == "such" && (b3 == "regions" || b3 == "oblasts" || b3 == "provinces")) ||
                       b1 == "annexed" || b1 == "annex" || b1 == "annexing" ||
                       (!is_capital && b1 == "in" && (b2 == "town" || b2 == "village" || b2 == "city" ||
                                                      b2 == "settlement" || b2 == "villages" || b2 == "towns" ||
                                                      b2 == "hub" || b2 == "territory" || b2 == "territories"));
      }
      // A document that names the region as such ("the Kursk region",
      // "Zaporizhzhia Oblast") means it by the centre's bare name too ("the
      // advance in Kursk", "Zaporizhia is the location of the fiercest
      // fighting"); not a national capital, not a name the text calls a
      // city ("the city of X", "X city"), nor one a strike hit.
      bool doc_region = false;
      if (pass == 1 && !is_capital) {
        for (size_t j = 0; j < sel.size() && !doc_region; ++j) {
          doc_region = j != i && sel[j].region && !sel[j].cands.empty() &&
                       sel[j].cands[0].entry == static_cast<uint32_t>(reg) &&
                       (sel[j].last_word > sel[j].first_word || explicit_region[j]);
        }
        const int nx = sel[i].last_word + 1;
        const bool city_after = nx < static_cast<int>(words.size()) && words[nx].tight_before &&
                                (word_key(nx) == "city" || word_key(nx) == "residents" || word_key(nx) == "mayor");
        const bool city_before = fw >= 2 && word_key(fw - 1) == "of" &&
                                 (word_key(fw - 2) == "city" || word_key(fw - 2) == "town" ||
                                  word_key(fw - 2) == "capital" || word_key(fw - 2) == "centre" ||
                                  word_key(fw - 2) == "center");
        if (doc_region && (city_after || city_before)) doc_region = false;
        const bool named_front = doc_region && front_word;
        // Only where a region is meant by its position: after "in",
        // "across", "throughout", "into", "all", or opening its sentence;
        // not a point things lie from, near or towards ("30 km from
        // Kherson", "north of Kharkiv", "advancing towards Kharkiv").
        if (doc_region) {
          const std::string_view b1 = fw >= 1 && words[fw].tight_before ? word_key(fw - 1) : std::string_view();
          const bool opens = fw == 0 || t.SentenceAt(words[fw - 1].sbegin) != t.SentenceAt(words[fw].sbegin);
          // ... or a part of it by the compass ("in the north of Donetsk"),
          // or next to another region ("neighbouring Donetsk").
          const std::string_view b2 = fw >= 2 && words[fw - 1].tight_before ? word_key(fw - 2) : std::string_view();
          const std::string_view b3 = fw >= 3 && words[fw - 2].tight_before ? word_key(fw - 3) : std::string_view();
          const bool compass_of = b1 == "of" && b3 == "the" &&
                                  (b2 == "north" || b2 == "south" || b2 == "east" || b2 == "west" ||
                                   b2 == "northeast" || b2 == "northwest" || b2 == "southeast" || b2 == "southwest");
          // ... or a share of it ("60 percent of Luhansk").
          // ("75% of X": the sign is no word of the key text.)
          const uint32_t of_at = fw >= 1 ? words[fw - 1].sbegin : 0;
          const bool sign = of_at >= 2 && (t.text.substr(of_at - 2, 2) == "% " || t.text.substr(of_at - 1, 1) == "%");
          const bool share_of = b1 == "of" && (b2 == "percent" || b2 == "cent" || b2 == "%" || sign);
          doc_region = opens || b1 == "in" || b1 == "across" || b1 == "throughout" || b1 == "into" || b1 == "all" ||
                       b1 == "neighbouring" || b1 == "neighboring" || compass_of || share_of;
        }
        // "push deeper into Donetsk": a region wherever the document is.
        {
          const std::string_view b1 = fw >= 1 && words[fw].tight_before ? word_key(fw - 1) : std::string_view();
          const std::string_view b2 = fw >= 2 && words[fw - 1].tight_before ? word_key(fw - 2) : std::string_view();
          if ((b1 == "into" || b1 == "in") && (b2 == "deeper" || b2 == "further" || b2 == "farther")) doc_region = true;
        }
        if (doc_region) doc_region = !struck_before(fw, true);
        doc_region = doc_region || named_front;
      }
      // "Poltava, a central region in eastern Ukraine", "as Zaporizhzhia has
      // been a contested area": an appositive or a copula that calls it a
      // region ("area" only where the document names the region as such:
      // "Kherson remains a dangerous area for civilians" is the city). Not a
      // capital.
      bool called_region = false;
      if (!is_capital) {
        const int nwords_i = static_cast<int>(words.size());
        int a = sel[i].last_word + 1;
        const uint32_t from = words[sel[i].last_word].send;
        bool opens = false;  // an article follows, after a copula or a lone comma
        int c = a;
        if (c + 1 < nwords_i && words[c].tight_before && (word_key(c) == "has" || word_key(c) == "have") &&
            word_key(c + 1) == "been") {
          ++c;
        }
        if (c < nwords_i && words[c].tight_before &&
            (word_key(c) == "is" || word_key(c) == "was" || word_key(c) == "been" || word_key(c) == "remains")) {
          a = c + 1;
          opens = a < nwords_i && words[a].tight_before && (word_key(a) == "a" || word_key(a) == "an");
        } else if (a < nwords_i && words[a].sbegin > from) {
          const std::string_view gap = std::string_view(t.text).substr(from, words[a].sbegin - from);
          opens = gap.find(',') != std::string_view::npos && gap.find_first_not_of(" ,") == std::string_view::npos &&
                  (word_key(a) == "a" || word_key(a) == "an" || word_key(a) == "the");
        }
        bool named_in_doc = false;
        for (size_t j = 0; j < sel.size() && !named_in_doc; ++j) {
          named_in_doc = j != i && sel[j].region && !sel[j].cands.empty() &&
                         sel[j].cands[0].entry == static_cast<uint32_t>(reg) && sel[j].last_word > sel[j].first_word;
        }
        for (int w = a + 1; opens && w < nwords_i && w <= a + 3 && words[w].tight_before; ++w) {
          const std::string_view k = word_key(w);
          if (k == "region" || k == "province" || k == "oblast" || (k == "area" && named_in_doc)) {
            // (Not "the region's administrative centre": the city.)
            const uint32_t e = words[w].send;
            const std::string_view r = std::string_view(t.text).substr(e, 4);
            called_region = !(r.starts_with("'s") || r.starts_with("\u2019s") ||
                              (w + 1 < nwords_i && word_key(w + 1) == "s" && words[w + 1].sbegin <= e + 1));
            break;
          }
          if (k == "city" || k == "town" || k == "capital" || k == "centre" || k == "center" || k == "hub") break;
        }
      }
      if (coordinated || regions_word || region_of || own_region || possessive || inside || compass || named_region ||
          doc_region || called_region) {
        sel[i].cands = {{static_cast<uint32_t>(reg), kVarRegionName, 0}};
        sel[i].region = true;
        // (Not "the Kharkiv governor", "Kharkiv villages", "the Kharkiv
        // operation": the document may still name the city bare.)
        explicit_region[i] = region_of || own_region || explicit_word;
      }
    }
  }

  // 4. Group settlement mentions by spelling; collect document regions.
  std::unordered_set<std::string> doc_scopes;
  for (const RawMention& r : sel) {
    if (!r.region) continue;
    for (std::string& code : ScopeCodes(gaz_.entry(r.cands[0].entry).scope)) doc_scopes.insert(std::move(code));
  }
  // A region stated right after a mention ("Pershotravnevoye in the Kharkov
  // region", "Kurakhovka (DPR)") locates that spelling: admin1 codes per
  // mention, filled below for the groups.
  auto local_scopes = [&](size_t i, std::vector<std::string>* out) {
    // ... and so does one right before it in the possessive ("the Luhansk
    // region's Makiivka", "Kharkiv Oblast's Kupiansk").
    if (i > 0 && sel[i - 1].region && sel[i - 1].last_word + 1 <= sel[i].first_word &&
        sel[i - 1].last_word > sel[i - 1].first_word) {
      const uint32_t from = words[sel[i - 1].last_word].send, to = words[sel[i].first_word].sbegin;
      const std::string_view gap = from < to ? std::string_view(t.text).substr(from, to - from) : std::string_view();
      if (gap == "'s " || gap == "\u2019s ") {
        for (std::string& code : ScopeCodes(gaz_.entry(sel[i - 1].cands[0].entry).scope)) out->push_back(std::move(code));
        return;
      }
    }
    for (size_t j = i + 1; j < sel.size() && j < i + 3; ++j) {
      int gap = sel[j].first_word - sel[i].last_word - 1;
      if (gap < 0 || gap > 6) break;
      if (t.SentenceAt(words[sel[j].first_word].sbegin) != t.SentenceAt(words[sel[i].last_word].sbegin)) break;
      // "in the", "of", words that qualify the region ("in the
      // northeastern Sumy region", "in the north-eastern Sumy region"), an
      // appositive settlement noun ("Kamensk, a town in the Zaporizhzhia
      // region") and words that say where it lies ("X, located just inside
      // the Y region").
      bool glue = true;
      int modifiers = 0, nouns = 0, where = 0;
      for (int w = sel[i].last_word + 1; w < sel[j].first_word && glue; ++w) {
        std::string_view k = word_key(w);
        const bool noun = k == "town" || k == "village" || k == "city" || k == "settlement" || k == "a" || k == "an";
        const bool lies = k == "located" || k == "situated" || k == "inside" || k == "within" || k == "just";
        glue = k == "in" || k == "the" || k == "of" || (IsRegionModifier(k) && ++modifiers <= 2) ||
               (noun && ++nouns <= 2) || (lies && ++where <= 3);
      }
      if (gap > 3 + std::min(modifiers, 1) + nouns + where) glue = false;
      if (!glue) break;
      if (!sel[j].region) continue;
      // "in Ukraine's Donetsk region": the region the country's possessive
      // introduces.
      size_t r = j;
      if (gaz_.entry(sel[j].cands[0].entry).kind == PlaceKind::kCountry && j + 1 < sel.size() && sel[j + 1].region &&
          sel[j + 1].first_word > sel[j].last_word) {
        const uint32_t from = words[sel[j].last_word].send, to = words[sel[j + 1].first_word].sbegin;
        const std::string_view between = std::string_view(t.text).substr(from, to - from);
        if (between == "'s " || between == "\u2019s ") r = j + 1;
      }
      for (std::string& code : ScopeCodes(gaz_.entry(sel[r].cands[0].entry).scope)) out->push_back(std::move(code));
      break;
    }
  };
  // A region fronted in the mention's sentence, right before it but for its
  // clause ("In the Donetsk region, troops took X", "in the Donetsk region -
  // in the areas of X and Y"): "in" before the region, a comma, dash or
  // colon after it, no other place between.
  auto fronted_region = [&](size_t i, std::vector<std::string>* out) {
    if (i == 0 || !sel[i - 1].region) return;
    const RawMention& r = sel[i - 1];
    if (gaz_.entry(r.cands[0].entry).kind != PlaceKind::kRegion) return;
    if (t.SentenceAt(words[r.first_word].sbegin) != t.SentenceAt(words[sel[i].first_word].sbegin)) return;
    if (sel[i].first_word - r.last_word > 12) return;
    int b = r.first_word - 1;
    if (b >= 0 && words[r.first_word].tight_before && word_key(b) == "the") --b;
    if (b < 0 || word_key(b) != "in") return;
    const uint32_t from = words[r.last_word].send;
    size_t x = from;
    while (x < t.text.size() && t.text[x] == ' ') ++x;
    const std::string_view rest = std::string_view(t.text).substr(x);
    // (Or no break, up to a capture verb: "his forces in Kherson had
    // liberated the settlements of A and B".)
    bool capture_verb = false;
    for (int w = r.last_word + 1; w < sel[i].first_word && !capture_verb; ++w) {
      const std::string_view k = word_key(w);
      capture_verb = k == "liberated" || k == "captured" || k == "retook" || k == "recaptured" || k == "seized" ||
                     k == "took" || k == "occupied" || k == "cleared" || k == "freed";
    }
    if (!(rest.starts_with(",") || rest.starts_with("-") || rest.starts_with(":") || rest.starts_with("\u2013") ||
          rest.starts_with("\u2014") || capture_verb)) {
      return;
    }
    // (Not a speaker's appositive: "Name, an official in the Zaporizhzhia
    // region, insisted that X ...".)
    for (int w = r.last_word + 1; w < sel[i].first_word; ++w) {
      if (lex.IsSpeechVerb(word_key(w))) return;
    }
    for (std::string& code : ScopeCodes(gaz_.entry(r.cands[0].entry).scope)) out->push_back(std::move(code));
  };
  std::vector<Group> groups;
  std::vector<std::vector<std::string>> group_local;  // parallel to groups
  std::unordered_map<std::string_view, int> group_of_key;
  group_of_key.reserve(sel.size());
  std::vector<int> group_of(sel.size(), -1);
  for (size_t i = 0; i < sel.size(); ++i) {
    if (sel[i].region) continue;
    auto [it, inserted] = group_of_key.emplace(sel[i].key, static_cast<int>(groups.size()));
    if (inserted) {
      Group g;
      g.key = sel[i].key;
      g.cands = sel[i].cands;
      g.fuzzy = sel[i].fuzzy;
      groups.push_back(std::move(g));
      group_local.emplace_back();
    }
    Group& g = groups[it->second];
    local_scopes(i, &group_local[it->second]);
    fronted_region(i, &group_local[it->second]);
    g.mentions.push_back(static_cast<int>(i));
    g.cue |= HasPlaceCue(kt, words, sel[i].first_word, lex);
    group_of[i] = it->second;
  }

  // 5. Relations between mentions.
  std::vector<MentionWords> mw;
  mw.reserve(sel.size());
  for (const RawMention& r : sel) mw.push_back({r.first_word, r.last_word, t.SentenceAt(words[r.first_word].sbegin)});
  std::vector<Relation> relations = FindRelations(kt, words, mw);
  // The groups each group is listed with ("near A, B, C and D"), its list mates.
  std::vector<std::vector<int>> mates(groups.size());
  std::vector<std::vector<int>> lists;                 // mention indices
  std::vector<std::pair<WordRun, int>> list_gaps;      // unresolved names and their list
  {
    std::vector<bool> listable(sel.size());
    for (size_t i = 0; i < sel.size(); ++i) listable[i] = group_of[i] >= 0;
    std::vector<std::string> list_scopes;
    for (const std::vector<int>& list : FindLists(t.text, kt, words, mw, listable)) {
      for (int i : list) {
        for (int j : list) {
          const int a = group_of[i], b = group_of[j];
          if (a != b && std::find(mates[a].begin(), mates[a].end(), b) == mates[a].end()) mates[a].push_back(b);
        }
      }
      // Names between its items that resolved to nothing are settlements
      // the gazetteer lacks ("near Mikhaylovka, Nikolayevo-Daryino, Sudzha"),
      // unless they name a person or are common words.
      for (size_t k = 0; k + 1 < list.size(); ++k) {
        // Runs of capitalised words, a comma between two runs ("Oleshnya,
        // Kositsa" are two names).
        auto add_gap = [&](int first, int last) {
          bool ok = last - first < 3;
          for (int x = first; x <= last && ok; ++x) {
            const std::string_view wk = word_key(x);
            ok = !persons.count(wk) && !lex.IsPersonMarker(wk) && !lex.IsStopWord(wk);
          }
          if (ok) list_gaps.push_back({{first, last}, static_cast<int>(lists.size())});
        };
        const int from = sel[list[k]].last_word + 1, to = sel[list[k + 1]].first_word;
        int first = -1;
        for (int w = from; w < to; ++w) {
          const bool name = words[w].capitalized;
          if (first >= 0 && (!name || !words[w].tight_before)) {
            add_gap(first, w - 1);
            first = -1;
          }
          if (name && first < 0) first = w;
        }
        if (first >= 0) add_gap(first, to - 1);
      }
      lists.push_back(list);
      // A region stated after the list locates every item ("in the areas
      // of A, B, C and D in the Zaporozhye region").
      list_scopes.clear();
      local_scopes(static_cast<size_t>(list.back()), &list_scopes);
      fronted_region(static_cast<size_t>(list[0]), &list_scopes);
      // So does one named in the clause a colon closes right before it
      // ("settlements of the Kherson region have been liberated: A, B, C").
      if (const int f = sel[list[0]].first_word; f > 0) {
        uint32_t x = words[f].sbegin;
        while (x > 0 && t.text[x - 1] == ' ') --x;
        if (x > 0 && t.text[x - 1] == ':') {
          const int s0 = t.SentenceAt(words[f].sbegin);
          for (int j = list[0] - 1; j >= 0 && t.SentenceAt(words[sel[j].first_word].sbegin) == s0; --j) {
            if (!sel[j].region) continue;
            for (std::string& code : ScopeCodes(gaz_.entry(sel[j].cands[0].entry).scope)) list_scopes.push_back(code);
            break;
          }
        }
      }
      for (int i : list) {
        std::vector<std::string>& local = group_local[group_of[i]];
        for (const std::string& code : list_scopes) {
          if (std::find(local.begin(), local.end(), code) == local.end()) local.push_back(code);
        }
      }
    }
  }

  // Raions the document names anywhere ("villages in the Synelnykove
  // district"): the raion of the town named (the most populous settlement
  // of that spelling: a raion is named after its centre), whose villages the
  // text is then likely about.
  std::vector<std::string> doc_raions;
  for (int c : capitals) {
    const size_t w = static_cast<size_t>(c) + 1;
    if (w >= words.size()) break;
    const std::string_view k = word_key(w);
    if (k != "district" && k != "raion") continue;
    const int64_t key = gaz_.FindKey(word_key(w - 1));
    if (key < 0) continue;
    const Entry* centre = nullptr;
    for (const Posting& p : gaz_.postings(static_cast<uint32_t>(key))) {
      const Entry& e = gaz_.entry(p.entry);
      if (e.kind == PlaceKind::kSettlement && !e.admin2.empty() &&
          (centre == nullptr || e.population > centre->population)) {
        centre = &e;
      }
    }
    if (centre != nullptr && centre->population >= 5000 &&
        std::find(doc_raions.begin(), doc_raions.end(), centre->admin2) == doc_raions.end()) {
      doc_raions.push_back(centre->admin2);
    }
  }

  // Raions stated right after a mention: "X in the Pokrovsk district", "X
  // (Kupiansk raion)": the stem of the name before "district"/"raion"
  // ("pokrovsk" matches the raion "Pokrovskyi").
  std::vector<std::vector<std::string>> group_raions(groups.size());
  for (size_t i = 0; i < sel.size(); ++i) {
    if (group_of[i] < 0) continue;
    const int lw = sel[i].last_word;
    for (int w = lw + 1; w < static_cast<int>(words.size()) && w <= lw + 4; ++w) {
      if (!words[w].tight_before && w > lw + 1) break;
      const std::string_view k = word_key(w);
      if ((k == "district" || k == "raion") && w - 1 > lw && words[w - 1].capitalized) {
        std::string stem(word_key(w - 1));
        if (stem.size() >= 5) {
          stem.resize(stem.size() - 1);  // "pokrovsk" -> "pokrovs", "bakhmut" -> "bakhmu"
          group_raions[group_of[i]].push_back(stem);
        }
        break;
      }
      if (!(k == "in" || k == "the" || k == "of" || words[w].capitalized)) break;
    }
  }

  // A region stated right after a spelling that names no place there
  // ("Orekhovo, Zaporizhzhya Region": Orekhovo is a Crimean village's
  // Russian name; Orikhiv, Russian Orekhov, lies in that region): the
  // region's settlements one or two edits away are candidates too. Not
  // when the spelling names a town: "70% of Pokrovsk in Kharkiv Oblast"
  // misplaces the town rather than misspelling a village.
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    Group& g = groups[gi];
    const std::vector<std::string>& local = group_local[gi];
    if (local.empty() || g.fuzzy || g.key.size() < 6 || g.key.find(' ') != std::string_view::npos) continue;
    auto in_local = [&](uint32_t entry) {
      return std::find(local.begin(), local.end(), gaz_.entry(entry).admin1_code) != local.end();
    };
    bool placed = false;
    for (const Cand& c : g.cands) placed |= in_local(c.entry) || gaz_.entry(c.entry).population >= 20000;
    if (placed) continue;
    std::map<uint32_t, Cand> best;
    fuzzy_cands(fuzzy.Search(g.key, g.key.size() >= 9 ? 2 : 1), sel[g.mentions[0]].last_word, &best);
    for (auto& [e, c] : best) {
      if (c.distance > 0 && in_local(e)) g.cands.push_back(c);
    }
  }

  // Spellings the text calls a village ("the village of X"): no town; and
  // a city ("the eastern city of X"): no village without a population.
  // ... and a town ("the key road intersection town of X"): less likely a
  // hamlet of under 2,000 people.
  std::vector<bool> village(groups.size(), false), city(groups.size(), false), town(groups.size(), false);
  for (size_t i = 0; i < sel.size(); ++i) {
    const int f = sel[i].first_word;
    if (group_of[i] < 0) continue;
    // In the same clause only: "Drones hit a village. X was quiet." is no village X.
    std::string_view noun = f >= 1 && words[f].tight_before ? word_key(f - 1) : std::string_view();
    if (noun == "of" && f >= 2 && words[f - 1].tight_before) noun = word_key(f - 2);
    if (noun == "village" || noun == "villages" || noun == "hamlet") village[group_of[i]] = true;
    if (noun == "city" || noun == "cities") city[group_of[i]] = true;
    if (noun == "town" || noun == "towns") town[group_of[i]] = true;
    const int after = sel[i].last_word + 1;  // "the Pryluky village", not "the X village of Y"
    if (after < static_cast<int>(words.size()) && words[after].tight_before && word_key(after) == "village" &&
        !(after + 1 < static_cast<int>(words.size()) && word_key(after + 1) == "of")) {
      village[group_of[i]] = true;
    }
  }
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    Group& g = groups[gi];
    const std::vector<std::string>& local = group_local[gi];
    size_t n = g.cands.size();
    g.base.assign(n, 0);
    g.region.assign(n, 0);
    // A spelling that is one place's own Ukrainian name and only another's
    // alternate (GeoNames lists "Hrodivka", a village's name, among a town's
    // old names): the alternate yields to the name, whatever the populations.
    // Not a Russian form derived by rule: "Krasny Liman", derived from a
    // village's name, is what Russian reports still call the town of Lyman.
    bool someones_name = false;
    for (const Cand& c : g.cands) someones_name |= c.distance == 0 && (c.flags & (kVarOfficial | kVarTranslit)) != 0;
    // "The town of X" against a namesake of a town's size (not a city of
    // 340,000): the hamlets of that name yield.
    bool town_sized = false;
    for (const Cand& c : g.cands) {
      const uint32_t pop = town[gi] && !village[gi] && !city[gi] ? gaz_.entry(c.entry).population : 0;
      town_sized |= pop >= 2000 && pop < 100000;
    }
    for (size_t c = 0; c < n; ++c) {
      const Entry& e = gaz_.entry(g.cands[c].entry);
      double b = 0.3 * std::log10(1.0 + e.population) + 0.25 * static_cast<int>(e.rank);
      if ((g.cands[c].flags & kNamed) == 0) b -= someones_name && g.cands[c].distance == 0 ? 2.0 : 0.3;
      b -= 0.8 * g.cands[c].distance;
      // Places outside Ukraine need the document's help (a region it names).
      if (Abroad(e)) b -= 1.0;
      if (village[gi] && e.population >= 20000) b -= 2.0;
      if (city[gi] && !village[gi] && e.population < 10000 && e.kind == PlaceKind::kSettlement) b -= 2.0;
      if (town_sized && e.population < 2000 && e.kind == PlaceKind::kSettlement) b -= 1.0;
      // A settlement of a raion the front ran through (conflict_raions.txt).
      // (Spelt right: a misspelling needs the text's support, not this.)
      if (e.kind == PlaceKind::kSettlement && g.cands[c].distance == 0 && lex.IsConflictRaion(e.admin2)) {
        b += kConflictPrior;
      }
      g.base[c] = b;
      g.region[c] = doc_scopes.count(e.admin1_code) ? 1.5 : 0;
      if (std::find(local.begin(), local.end(), e.admin1_code) != local.end()) g.region[c] += 3.0;
      // "X in the Pokrovsk district": the raion named after a town (its
      // name is no mention of the town) locates X.
      for (const std::string& raion : group_raions[gi]) {
        if (!e.admin2.empty() && MatchKey(e.admin2).starts_with(raion)) {
          g.region[c] += 3.0;
          break;
        }
      }
      if (!e.admin2.empty() && std::find(doc_raions.begin(), doc_raions.end(), e.admin2) != doc_raions.end()) {
        g.region[c] += 1.5;
      }
    }
    g.coh.assign(n, 0);
    g.rel.assign(n, 0);
    g.total.assign(n, 0);
    int best = 0;
    for (size_t c = 0; c < n; ++c) {
      if (g.base[c] + g.region[c] > g.base[best] + g.region[best]) best = static_cast<int>(c);
    }
    g.chosen = n ? best : -1;
  }
  // Sines and cosines of candidate c of group gi (the gazetteer computed
  // them at load: the rounds measure each candidate against every other
  // group's choice).
  auto sphere = [&](size_t gi, size_t c) -> const SpherePoint& { return gaz_.sphere(groups[gi].cands[c].entry); };
  std::vector<int> min_distance(groups.size(), 0);  // of each group's candidates
  // Groups with one candidate at their least edit distance: a misspelt name
  // with one reading only.
  std::vector<bool> unique_reading(groups.size(), false);
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    int d = groups[gi].cands.empty() ? 0 : groups[gi].cands[0].distance;
    for (const Cand& c : groups[gi].cands) d = std::min(d, c.distance);
    min_distance[gi] = d;
    int readings = 0;
    for (const Cand& c : groups[gi].cands) readings += c.distance == d;
    unique_reading[gi] = readings == 1;
  }
  // The closeness term of each candidate (row) to each other group's
  // choice (column), kept across rounds with the choice it was measured
  // to: choices mostly settle in the first round, and each term costs an
  // arcsine and an exponential.
  struct Closeness {
    int chosen = -1;   // the other group's choice measured to; -1: none yet
    double h = 0;      // haversine term
    double near = 0;   // exp(-km / 40)
  };
  // (The cache grows with groups x candidates x groups: a document listing
  // hundreds of distinct names measures afresh each round instead.)
  constexpr size_t kMaxCachedGroups = 300;
  const bool cached = groups.size() <= kMaxCachedGroups;
  std::vector<std::vector<Closeness>> closeness(cached ? groups.size() : 0);
  for (size_t gi = 0; gi < closeness.size(); ++gi) closeness[gi].resize(groups[gi].cands.size() * groups.size());
  // The relations' term of each candidate: the best fit of the other
  // place's candidates, whatever it chooses; the same in every round.
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    Group& g = groups[gi];
    for (size_t c = 0; c < g.cands.size(); ++c) {
      const Entry& e = gaz_.entry(g.cands[c].entry);
      double rel = 0;
      for (const Relation& r : relations) {
        int sg = r.subject >= 0 ? group_of[r.subject] : -1, ag = r.anchor >= 0 ? group_of[r.anchor] : -1;
        if (sg < 0 || ag < 0 || sg == ag || (sg != static_cast<int>(gi) && ag != static_cast<int>(gi))) continue;
        const Group& other = groups[sg == static_cast<int>(gi) ? ag : sg];
        double best = -1e9;
        for (size_t o = 0; o < other.cands.size(); ++o) {
          const Entry& oe = gaz_.entry(other.cands[o].entry);
          double s = sg == static_cast<int>(gi) ? RelScore(r, e, oe) : RelScore(r, oe, e);
          // A far subject rules out the subject's namesake, not the
          // anchor's: in "crossed into Dnipropetrovsk near the village of
          // X" the subject is the region, misread as its old capital.
          if (r.kind == RelationKind::kNear && sg != static_cast<int>(gi)) s = std::max(s, 0.0);
          best = std::max(best, s + 0.3 * (other.base[o] + other.region[o]));
        }
        if (best > -1e9) rel += best;
      }
      g.rel[c] = rel;
    }
  }
  // The rounds, until no choice changes (a round that changes none leaves
  // the next one the same inputs; the first round measures list mates
  // differently from the later ones, so the second always runs).
  for (int round = 0; round < kRounds; ++round) {
    bool changed = false;
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      Group& g = groups[gi];
      for (size_t c = 0; c < g.cands.size(); ++c) {
        double hmin = 2;  // haversine terms are at most 1
        double near_min = 0;  // the closeness term at hmin
        double others = 0;  // closeness to the other places, the nearest included
        for (size_t gj = 0; gj < groups.size(); ++gj) {
          if (gj == gi || groups[gj].chosen < 0) continue;
          // A misspelt name with one reading only ("Maly Shcherbaky") places
          // the others too; one with several readings does not.
          if (groups[gj].fuzzy && !unique_reading[gj]) continue;
          // A misspelling closer to another place is no second name of one
          // the text spells right elsewhere ("Lischansk" in a text that
          // names Luhansk is Lysychansk, one edit away, not Luhansk, two).
          if (g.fuzzy && g.cands[c].distance > min_distance[gi] &&
              groups[gj].cands[groups[gj].chosen].entry == g.cands[c].entry) {
            continue;
          }
          // Nor is a spelling that is only an alternate name of a place
          // the text names by its own name ("Hrodivka and Myrnohrad": the
          // village, not Myrnohrad a second time).
          if ((g.cands[c].flags & kNamed) == 0 && groups[gj].cands[groups[gj].chosen].entry == g.cands[c].entry) {
            continue;
          }
          Closeness fresh;
          Closeness& cl = cached ? closeness[gi][c * groups.size() + gj] : fresh;
          if (cl.chosen != groups[gj].chosen) {
            cl.chosen = groups[gj].chosen;
            cl.h = HaversineTerm(sphere(gi, c), sphere(gj, cl.chosen));
            cl.near = std::exp(-HaversineToKm(cl.h) / 40.0);
          }
          if (cl.h < hmin) {
            hmin = cl.h;
            near_min = cl.near;
          }
          others += cl.near;
        }
        const double nearest = hmin <= 1 ? near_min : 0;
        // The nearest place most; the rest of the document's places, at
        // half weight: a place among several of the text's (a front sector)
        // rather than near one alone.
        g.coh[c] = 2.0 * nearest + std::min(1.5, 0.5 * (others - nearest));
        // Listed places lie together. In the first round, the nearest
        // candidate of any list mate, whichever that mate ends up as
        // ("Dobropillia, Pryluky and Varvarivka": three villages 3 km apart,
        // not the towns of those names 300 km from each other; namesakes
        // rarely lie within a few km of each other by chance); then the
        // mates' choices.
        // Each mate near adds: three villages of a list within a few km of
        // each other outweigh a region the document names elsewhere.
        double mate_sum = 0;
        for (int gj : mates[gi]) {
          if (groups[gj].fuzzy || groups[gj].chosen < 0) continue;
          double hmate = 2;
          if (round == 0) {
            for (size_t q = 0; q < groups[gj].cands.size(); ++q) {
              if ((g.cands[c].flags & kNamed) == 0 && groups[gj].cands[q].entry == g.cands[c].entry) continue;
              hmate = std::min(hmate, HaversineTerm(sphere(gi, c), sphere(gj, q)));
            }
          } else if ((g.cands[c].flags & kNamed) != 0 ||
                     groups[gj].cands[groups[gj].chosen].entry != g.cands[c].entry) {
            hmate = HaversineTerm(sphere(gi, c), sphere(gj, groups[gj].chosen));
          }
          if (hmate <= 1) mate_sum += 1.5 * std::exp(-HaversineToKm(hmate) / 25.0);
        }
        g.coh[c] += std::min(3.0, mate_sum);
        g.total[c] = g.base[c] + g.region[c] + g.coh[c] + g.rel[c];
      }
      int best = 0;
      for (size_t c = 0; c < g.cands.size(); ++c) {
        if (g.total[c] > g.total[best]) best = static_cast<int>(c);
      }
      if (!g.cands.empty()) {
        changed |= g.chosen != best;
        g.chosen = best;
      }
    }
    if (round >= 1 && !changed) break;
  }

  // 7. Output: places (one per entry) and mentions in text order.
  std::unordered_map<uint32_t, int> place_of_entry;
  auto place_index = [&](uint32_t entry) {
    auto it = place_of_entry.find(entry);
    if (it != place_of_entry.end()) return it->second;
    out->places.push_back(PlaceOfEntry(gaz_.entry(entry)));
    int idx = static_cast<int>(out->places.size()) - 1;
    place_of_entry[entry] = idx;
    return idx;
  };
  // Groups with a mention a settlement noun introduces ("the village of X").
  std::vector<bool> introduced(groups.size(), false);
  for (const WordRun& run : named) {
    for (size_t i = 0; i < sel.size(); ++i) {
      if (group_of[i] >= 0 && sel[i].first_word >= run.first && sel[i].last_word <= run.last) {
        introduced[group_of[i]] = true;
      }
    }
  }
  std::vector<int> place_of_group(groups.size(), -1);
  // The document names a region abroad ("Russia's Kursk region").
  bool doc_abroad = false;
  for (const std::string& code : doc_scopes) {
    doc_abroad |= code.find('.') != std::string::npos && code.rfind("UA.", 0) != 0;
  }
  // Mentions left to step 8 as settlements the gazetteer lacks, with the
  // admin1 they lie in when known.
  std::vector<std::pair<WordRun, std::string>> orphans;
  // Listed with a place abroad ("near Mikhaylovka, Oleshni, Sudzha and
  // Ozerki": Sudzha is in Russia) and 40 km or more from it, in a document
  // that names a region abroad, a Ukrainian village no region stated after
  // it locates is that country's, not a namesake (GeoNames spells Crimea's
  // villages in Russian, so the spelling tells nothing): the place abroad.
  std::vector<const Entry*> abroad_mate(groups.size(), nullptr);
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Group& g = groups[gi];
    if (g.chosen < 0) continue;
    const Entry& e = gaz_.entry(g.cands[g.chosen].entry);
    if (e.kind != PlaceKind::kSettlement || e.population >= 10000 || Abroad(e) || g.region[g.chosen] >= 3.0 ||
        !doc_abroad) {
      continue;
    }
    for (int gj : mates[gi]) {
      if (groups[gj].chosen < 0 || groups[gj].fuzzy) continue;
      const Entry& m = gaz_.entry(groups[gj].cands[groups[gj].chosen].entry);
      if (m.kind == PlaceKind::kSettlement && Abroad(m) &&
          (groups[gj].cands[groups[gj].chosen].flags & kVarOfficial) != 0 &&
          DistanceKm(e.lat, e.lon, m.lat, m.lon) >= 40.0) {
        abroad_mate[gi] = &m;
      }
    }
  }
  // A village (under 10,000 people) outside every region the document
  // names, with no relation to support it.
  auto far_village_at = [&](size_t gi) {
    const Group& g = groups[gi];
    if (g.chosen < 0) return false;
    const int c = g.chosen;
    const Entry& e = gaz_.entry(g.cands[c].entry);
    return !doc_scopes.empty() && e.kind == PlaceKind::kSettlement && g.region[c] == 0 && e.population < 10000 &&
           g.rel[c] <= 1.0;
  };
  // 100 km or more from every other place that stays (not those listed
  // with a place abroad, which may have chosen namesakes of each other; nor,
  // in a report on a region abroad, other far villages, which may have
  // chosen namesakes near each other: "Bogdanovka, Bondarevka, Mikhailovka"
  // in the Kursk region are no villages of one Ukrainian raion).
  auto alone = [&](size_t gi) {
    const Entry& e = gaz_.entry(groups[gi].cands[groups[gi].chosen].entry);
    for (size_t gj = 0; gj < groups.size(); ++gj) {
      if (gj == gi || groups[gj].chosen < 0 || groups[gj].fuzzy || abroad_mate[gj] != nullptr) continue;
      if (doc_abroad && far_village_at(gj)) continue;
      const Entry& o = gaz_.entry(groups[gj].cands[groups[gj].chosen].entry);
      if (DistanceKm(e.lat, e.lon, o.lat, o.lon) < 100.0) return false;
    }
    return true;
  };
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    Group& g = groups[gi];
    if (g.chosen < 0) continue;
    int c = g.chosen;
    const Entry& e = gaz_.entry(g.cands[c].entry);
    if (abroad_mate[gi] != nullptr) {
      for (int i : g.mentions) orphans.push_back({{sel[i].first_word, sel[i].last_word}, abroad_mate[gi]->admin1});
      continue;
    }
    // A village (under 10,000 people) outside every region the document
    // names and 100 km or more from its other places: far off.
    const bool far_village = !doc_scopes.empty() && e.kind == PlaceKind::kSettlement && g.region[c] == 0 &&
                             e.population < 10000 && g.rel[c] <= 1.0;
    const bool far_off = far_village && g.coh[c] < 2.0 * std::exp(-100.0 / 40.0);
    const bool derived = (g.cands[c].flags & kVarOfficial) == 0;
    if (!g.fuzzy && ((far_off && derived && introduced[gi]) || (far_village && doc_abroad && alone(gi)))) {
      // A far-off village the text calls one, spelt only in a derived form
      // (Russian, a romanisation), or any far-off village in a report on a
      // region abroad, is a namesake the gazetteer has, not the one the
      // document means ("the settlements of Darino, Lyubimovka" or "in the
      // direction of Martynovka" in a report on the Kursk region: no
      // Liubymivka of Kherson, no Martynivka of Crimea): a settlement it
      // lacks (step 8).
      for (int i : g.mentions) orphans.push_back({{sel[i].first_word, sel[i].last_word}, ""});
      continue;
    }
    if (g.fuzzy) {
      // A fuzzy spelling needs support: a cue, a relation, a region of the
      // document, or a chosen place nearby.
      // An exonym ("New York") is no misspelling: a cue such as "in" says
      // nothing about which New York.
      const bool exonym = (g.cands[c].flags & ~static_cast<uint32_t>(kVarExonym | kVarStopWord)) == 0;
      // A cue says that a place is meant, not which: a far-off village has
      // no support from the cue alone ("the village of Gordeevka" in a
      // report on the Kursk region is no Hordiivka of Vinnytsia; a town
      // misspelt keeps it).
      bool support = (g.cue && !exonym && !far_off) || g.rel[c] > 1.0 || g.coh[c] > 2.0 * std::exp(-60.0 / 40.0) ||
                     (g.region[c] > 0 && (e.population >= 10000 || exonym));
      if (!support) continue;
    }
    // Confidence: softmax share of the chosen candidate.
    double z = 0;
    for (double s : g.total) z += std::exp(s - g.total[c]);
    double conf = 1.0 / z;
    if (g.fuzzy) conf *= 1.0 - 0.15 * g.cands[c].distance;
    int pi = place_index(g.cands[c].entry);
    ResolvedPlace& p = out->places[pi];
    p.confidence = std::max(p.confidence, conf);
    place_of_group[gi] = pi;
    if (options_.verbose) {
      std::vector<size_t> order(g.cands.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return g.total[a] > g.total[b]; });
      for (size_t i = 0; i < order.size() && i < 8; ++i) {
        size_t o = order[i];
        char buf[160];
        std::snprintf(buf, sizeof(buf), "%s: total %.2f = base %.2f + region %.2f + near %.2f + relation %.2f%s",
                      o == static_cast<size_t>(c) ? "chosen" : "beaten", g.total[o], g.base[o], g.region[o],
                      g.coh[o], g.rel[o], g.cands[o].distance ? " (fuzzy)" : "");
        p.beaten.push_back(Describe(gaz_.entry(g.cands[o].entry)) + " " + buf);
      }
    }
  }
  std::vector<bool> resolved_word(words.size(), false);
  std::vector<WordRun> mention_words;  // the words of each mention (not in their order after step 7b)
  mention_words.reserve(sel.size());
  for (size_t i = 0; i < sel.size(); ++i) {
    const RawMention& r = sel[i];
    int pi = -1;
    if (r.region) {
      pi = place_index(r.cands[0].entry);
      out->places[pi].confidence = 1.0;
    } else {
      pi = place_of_group[group_of[i]];
      if (pi < 0) continue;
    }
    Mention m;
    m.span.begin = kt.src[r.kbegin];
    m.span.end = kt.SourceEnd(t.text, r.kend - 1);
    m.place = pi;
    m.surface = t.text.substr(m.span.begin, m.span.end - m.span.begin);
    ResolvedPlace& p = out->places[pi];
    if (std::find(p.surface.begin(), p.surface.end(), m.surface) == p.surface.end()) p.surface.push_back(m.surface);
    out->mentions.push_back(std::move(m));
    mention_words.push_back({r.first_word, r.last_word});
    for (int w = r.first_word; w <= r.last_word; ++w) resolved_word[w] = true;
  }
  ResolveBracketAliases(t, kt, words, persons, lex, out, &mention_words, &resolved_word);

  // Unresolved names listed with settlements, in the country of a listed
  // place abroad when there is one.
  for (const auto& [run, li] : list_gaps) {
    std::string admin1;
    for (int i : lists[li]) {
      const int gi = group_of[i];
      if (gi < 0 || place_of_group[gi] < 0) continue;
      const Entry& e = gaz_.entry(groups[gi].cands[groups[gi].chosen].entry);
      if (e.kind == PlaceKind::kSettlement && Abroad(e)) {
        admin1 = e.admin1;
      }
    }
    orphans.push_back({run, admin1});
  }

  // 8. Settlements the gazetteer lacks: a name a settlement noun introduces
  // that no mention covers ("the border towns of Gordeevka and Vnezapnoye"),
  // then the orphans above.
  std::vector<UnknownRun> runs;
  for (const WordRun& run : named) runs.push_back({run, ""});
  for (auto& [run, admin1] : orphans) runs.push_back({run, std::move(admin1)});
  std::vector<RegionAt> regions;
  for (const RawMention& r : sel) {
    if (!r.region) continue;
    const Entry& e = gaz_.entry(r.cands[0].entry);
    regions.push_back({r.first_word, e.kind == PlaceKind::kRegion ? e.admin1 : std::string()});
  }
  AddUnknownSettlements(t, kt, words, persons, lex, runs, regions, out, &resolved_word);
  MergeOutlyingVariants(out);
  ReplaceOutliersByNearbyTowns(
      [&](std::string_view key) {
        std::vector<ResolvedPlace> found;
        if (key.size() < 6) return found;
        for (const FuzzyHit& h : gaz_.fuzzy().Search(key, 1)) {
          if (h.distance != 1) continue;
          for (const Posting& p : gaz_.postings(h.key_id)) {
            const Entry& e = gaz_.entry(p.entry);
            if (e.kind == PlaceKind::kSettlement && e.has_coords) found.push_back(PlaceOfEntry(e));
          }
        }
        return found;
      },
      out);
  DropUnmentionedPlaces(out);
}

}  // namespace sitrep::geo

#include "extract/claim_finder.h"

#include <algorithm>

#include "extract/metonym_filter.h"
#include "extract/number_parser.h"
#include "extract/sourcing_finder.h"

namespace sitrep::extract {
namespace {

bool HasWord(const std::string& tag, std::string_view w) {
  size_t p = tag.find(w);
  while (p != std::string::npos) {
    bool left = p == 0 || tag[p - 1] == ' ';
    bool right = p + w.size() == tag.size() || tag[p + w.size()] == ' ';
    if (left && right) return true;
    p = tag.find(w, p + 1);
  }
  return false;
}

bool ListGlue(const DocView& v, size_t i) {
  std::string_view w = v.words[i];
  // "A and neighbouring B", "A and nearby B"
  if ((w == "neighboring" || w == "neighbouring" || w == "nearby" || w == "adjacent") && i > 0 &&
      v.words[i - 1] == "and") {
    return true;
  }
  // "A-B" (two places one hyphen joins, split apart by the pipeline).
  if (v.raw[i] == "-" && i > 0 && i + 1 < v.size() && v.tok(i - 1).span.end == v.tok(i).span.begin &&
      v.tok(i).span.end == v.tok(i + 1).span.begin) {
    return true;
  }
  return w == "," || w == "and" || w == "or" || w == "nor" || v.IsQuoteMark(i);
}

}  // namespace

// A generic noun for a settlement: "city", "villages", "hamlet".
namespace {

// A word between a count and its settlement noun: "four border villages",
// "two Ukrainian settlements".
bool SettlementModifier(const DocView& v, size_t k) {
  const std::string_view w = v.words[k];
  if (v.Cap(k)) return v.IsWord(k);  // "Ukrainian", "Donetsk"
  return w == "border" || w == "frontline" || w == "front-line" || w == "nearby" || w == "small" ||
         w == "other" || w == "key" || w == "strategic" || w == "eastern" || w == "western" || w == "northern" ||
         w == "southern" || w == "neighbouring" || w == "neighboring" || w == "adjacent" || w == "additional" ||
         w == "new" || w == "further" || w == "important" || w == "large" || w == "larger";
}

// Past up to two modifiers at token k before a settlement noun ("four
// border villages"): the token after them.
size_t PastSettlementModifiers(const DocView& v, size_t k, size_t end) {
  for (int mods = 0; mods < 2 && k + 1 < end && !SettlementNoun(v.words[k]) && SettlementModifier(v, k); ++mods) ++k;
  return k;
}

// A fight ("fighting", "combat", ...) and a verb saying it goes on
// ("continues", "is still ongoing").
bool FightWord(std::string_view w) {
  return w == "fighting" || w == "combat" || w == "battles" || w == "clashes" || w == "hostilities";
}
bool GoesOnWord(std::string_view u) {
  return u == "continues" || u == "continue" || u == "continuing" || u == "ongoing" || u == "underway" ||
         u == "persists" || u == "rages";
}

// A part of a settlement named after it: "the city limits of X".
bool CityPartNoun(std::string_view w) {
  return w == "limits" || w == "outskirts" || w == "centre" || w == "center" || w == "boundaries" ||
         w == "boundary" || w == "borders" || w == "edge" || w == "edges" || w == "suburbs" || w == "territory";
}

}  // namespace

bool SettlementNoun(std::string_view w) {
  // Every token meets this test: most are rejected by length and first letter.
  if (w.size() < 4 || w.size() > 11) return false;
  switch (w[0]) {
    case 'c':
      return w == "city" || w == "cities" || w == "community" || w == "communities";
    case 't':
      return w == "town" || w == "towns";
    case 'v':
      return w == "village" || w == "villages";
    case 'h':
      return w == "hamlet" || w == "hamlets";
    case 's':
      return w == "settlement" || w == "settlements";
    case 'l':
      return w == "locality" || w == "localities";
    default:
      return false;
  }
}

namespace {

// "as well as [the city of]" ending right before token k: its first token,
// else k.
size_t AsWellAsBefore(const DocView& v, size_t begin, size_t k) {
  size_t j = k;
  if (j >= begin + 2 && v.words[j - 1] == "of" && SettlementNoun(v.words[j - 2])) {
    j -= 2;
    if (j > begin && v.words[j - 1] == "the") --j;
  }
  if (j >= begin + 3 && v.words[j - 1] == "as" && v.words[j - 2] == "well" && v.words[j - 3] == "as") return j - 3;
  return k;
}

bool CompassOf(const DocView& v, size_t k, size_t end);

// A compass point: "north", "south-west", "northeast", "east", "west".
bool CompassWord(std::string_view w) {
  if (w.starts_with("north") || w.starts_with("south")) {
    w.remove_prefix(5);
    if (!w.empty() && w.front() == '-') w.remove_prefix(1);
    return w.empty() || w == "east" || w == "west";
  }
  return w == "east" || w == "west";
}

// Past a compass locator at token k ("to the south", "further north", "to
// the north-east"), or k.
size_t CompassLocatorAfter(const DocView& v, size_t k, size_t end) {
  if (k + 2 < end && v.words[k] == "to" && v.words[k + 1] == "the" && CompassWord(v.words[k + 2])) return k + 3;
  if (k + 1 < end && (v.words[k] == "further" || v.words[k] == "farther") && CompassWord(v.words[k + 1])) return k + 2;
  return k;
}

// A plural settlement noun right before token a, with or without "of"
// ("the settlements of A", "the line of villages A").
bool SettlementsNounBefore(const DocView& v, size_t a) {
  auto plural = [&](size_t k) {
    const std::string_view w = v.words[k];
    return w == "settlements" || w == "villages" || w == "towns" || w == "localities" || w == "hamlets";
  };
  if (a >= 1 && plural(a - 1)) return true;
  return a >= 2 && v.words[a - 1] == "of" && plural(a - 2);
}

// Token k past "the" and a settlement noun's "<noun> of" that introduce a
// name ("the village of X", "the towns of A and B"), else k.
size_t PastSettlementIntro(const DocView& v, size_t k, size_t end) {
  if (k < end && v.words[k] == "the") ++k;
  if (k + 1 < end && SettlementNoun(v.words[k]) && v.words[k + 1] == "of") k += 2;
  return k;
}

// A locator after a list's item and the next item it leads to: at token k
// (right after the item), "[,] [to the] <compass> of X[,] and B", "near
// X and the village of B" or "near the border with X region, as well as
// B": the token where B starts, else k. X only says
// where the item lies ("captured A, to the northeast of X, and B, to the
// south of X").
size_t ItemLocatorAfter(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                        const std::vector<int>& occ_at, size_t k, size_t end) {
  size_t c = k;
  if (c < end && v.raw[c] == ",") ++c;
  if (c + 1 < end && v.words[c] == "to" && v.words[c + 1] == "the") c += 2;
  if (c + 2 < end && CompassWord(v.words[c]) && v.words[c + 1] == "of") {
    c += 2;
  } else if (c + 1 < end && v.words[c] == "near") {
    ++c;
    // "near the (administrative) border with X region"
    size_t b = c;
    if (b < end && v.words[b] == "the") ++b;
    if (b < end && v.words[b] == "administrative") ++b;
    if (b + 1 < end && (v.words[b] == "border" || v.words[b] == "borders") &&
        (v.words[b + 1] == "with" || v.words[b + 1] == "of")) {
      c = b + 2;
    }
  } else {
    return k;
  }
  if (c < end && v.words[c] == "the") ++c;
  size_t n = c;
  if (c < end && occ_at[c] >= 0) {
    n = occ[occ_at[c]].b;
  } else {
    // (a region is no occurrence: "near the border with Donetsk region")
    while (n < end && n < c + 3 && v.Cap(n)) ++n;
    if (n == c || n >= end) return k;
  }
  if (n < end && (v.words[n] == "region" || v.words[n] == "oblast" || v.words[n] == "province")) {
    ++n;
  } else if (n == c || occ_at[c] < 0) {
    return k;
  }
  const size_t after_locator = n;
  const bool comma = n < end && v.raw[n] == ",";
  if (comma) ++n;
  if (n < end && v.words[n] == "and") {
    ++n;
  } else if (n + 2 < end && v.words[n] == "as" && v.words[n + 1] == "well" && v.words[n + 2] == "as") {
    n += 3;
  }
  if (n == after_locator) return k;  // no list glue: the locator ends the list
  if (n < end && v.words[n] == "the") ++n;
  // (Not "A near X and B", where both may locate A: a comma, or the next
  // item's own noun, "and the village of B".)
  bool noun = false;
  if (n + 1 < end && SettlementNoun(v.words[n]) && v.words[n + 1] == "of") {
    n += 2;
    noun = true;
  }
  if (n >= end || occ_at[n] < 0 || !(comma || noun)) return k;
  // The next item is one of the list, not the subject of another clause
  // ("captured A, south of X, and Kherson came under shelling"): its name
  // ends there, or a locator of its own follows.
  size_t e = n;
  while (e < end && occ_at[e] == occ_at[n]) ++e;
  const bool closes = e >= end || v.raw[e] == "," || v.raw[e] == ";" || v.raw[e] == "." || v.raw[e] == ")" ||
                      v.words[e] == "and" || v.words[e] == "or";
  const bool located = e + 1 < end && (v.words[e] == "near" || v.words[e] == "to" || CompassWord(v.words[e]));
  return closes || located ? n : k;
}

// A trigger that ends in a preposition, repeated for more places after a
// time ("retreated from A near X, and on 27 February, from the villages of
// B and C"): at token k (after the first item, its locator "near X" or time
// "on <date>" included), "[,] and <on <date>|then|later> [,] <prep> [the
// <noun> of]" before a place; the place's token, else k.
size_t RepeatedPreposition(const DocView& v, const Lexicon& lex, const std::vector<int>& occ_at,
                           const ClaimFinder::Trigger& t, size_t k, size_t end) {
  if (t.b == 0 || t.b <= t.a) return k;
  // (the trigger's last word, or the word right after it: "withdrew" "from")
  auto preposition = [](std::string_view w) {
    return w == "from" || w == "of" || w == "in" || w == "into" || w == "near";
  };
  std::string_view prep = v.words[t.b - 1];
  if (!preposition(prep) && t.b < end) prep = v.words[t.b];
  if (!preposition(prep)) return k;
  // "then", "later", "on 27 February", "on Tuesday" at c: past it.
  auto time_at = [&](size_t c) {
    if (c < end && (v.words[c] == "then" || v.words[c] == "later")) return c + 1;
    if (c + 1 < end && v.words[c] == "on") {
      size_t e = c + 1;
      while (e < end && e < c + 5 &&
             (v.IsNumber(e) || lex.months.Has(v.ids[e]) || lex.weekdays.Has(v.ids[e]) || OrdinalSuffixAt(v, e))) {
        ++e;
      }
      if (e > c + 1) return e;
    }
    return c;
  };
  size_t c = k;
  // The first item's own locator or time ("A near X", "A on 26 February").
  if (c + 1 < end && v.words[c] == "near" && occ_at[c + 1] >= 0) {
    c += 2;
    while (c < end && occ_at[c] == occ_at[c - 1]) ++c;
  }
  c = time_at(c);
  if (c < end && v.raw[c] == ",") ++c;
  if (c >= end || v.words[c] != "and") return k;
  ++c;
  const size_t time_from = c;
  c = time_at(c);
  if (c == time_from) return k;  // no time: "from A and from B" is the plain list's
  if (c < end && v.raw[c] == ",") ++c;
  if (c >= end || v.words[c] != prep) return k;
  ++c;
  c = PastSettlementIntro(v, c, end);
  if (c >= end || occ_at[c] < 0) return k;
  // The place as an item of its own (not "from Kyiv officials").
  size_t e = c;
  while (e < end && occ_at[e] == occ_at[c]) ++e;
  // (After a comma another place or "and" goes on: not "from Kyiv,
  // Zelensky ordered ...".)
  const bool comma_list = e + 1 < end && v.raw[e] == "," && (occ_at[e + 1] >= 0 || v.words[e + 1] == "and");
  const bool item = e >= end || comma_list || v.raw[e] == ";" || v.raw[e] == "." || v.raw[e] == ")" ||
                    v.words[e] == "and" || v.words[e] == "or";
  return item ? c : k;
}

// "near", "around", "outside" or "close to" right before token j, past
// "the", up to two adjectives and "town of" ("around the embattled town of
// X"), but not before token `from`; with `compass`, "east of" too.
bool NearWordBefore(const DocView& v, size_t from, size_t j, bool compass) {
  size_t k = j;
  // "in several villages, including X": the villages the fighting is in.
  // Also past a phrase that locates them ("in several villages within the
  // region, including X").
  if (k >= from + 4 && v.words[k - 1] == "including" && v.raw[k - 2] == ",") {
    for (size_t n = k - 3; n > from && n + 6 > k - 3 && v.raw[n] != ","; --n) {
      const std::string_view noun = v.words[n];
      if (noun != "villages" && noun != "settlements" && noun != "towns" && noun != "localities") continue;
      for (size_t b = n; b-- > from && b + 3 > n;) {
        if (v.words[b] == "in" || v.words[b] == "near" || v.words[b] == "around") return true;
        if (v.raw[b] == ",") break;
      }
      break;
    }
  }
  // ", including in A and B" after a fight's locative noun or verb
  // ("repelled 11 assaults, including in A"): the places where (not after
  // strikes from the air: "repelled drone and missile attacks in the west,
  // including in X").
  if (k >= from + 3 && (v.words[k - 1] == "in" || v.words[k - 1] == "at") && v.words[k - 2] == "including" &&
      v.raw[k - 3] == ",") {
    for (size_t q = k - 3; q-- > 0 && q + 16 > k && v.sentence_of[q] == v.sentence_of[k];) {
      const std::string_view w = v.words[q];
      if (w == "drone" || w == "drones" || w == "missile" || w == "missiles" || w == "air" || w == "rocket" ||
          w == "rockets" || w == "aerial" || w == "airstrikes" || w == "strikes") {
        return false;
      }
    }
    return true;
  }
  // "near settlements such as X", "around villages like X": the noun the
  // list gives examples of.
  if (k >= from + 3 && v.words[k - 1] == "as" && v.words[k - 2] == "such" && SettlementNoun(v.words[k - 3])) {
    k -= 3;
  } else if (k >= from + 2 && v.words[k - 1] == "like" && SettlementNoun(v.words[k - 2])) {
    k -= 2;
  }
  // ("around the strategic logistics hub of X": a hub's name too; "near
  // the settlements in X", a translation's "of" before a village: see
  // Occurrences.)
  if (k >= from + 2 && v.words[k - 1] == "of" && SettlementNoun(v.words[k - 2])) {
    k -= 2;
  } else if (k >= from + 2 && v.words[k - 1] == "in" &&
             (v.words[k - 2] == "settlements" || v.words[k - 2] == "villages")) {
    k -= 2;
  } else if (k >= from + 2 && v.words[k - 1] == "of" &&
             (v.words[k - 2] == "hub" || v.words[k - 2] == "stronghold" || v.words[k - 2] == "centre" ||
              v.words[k - 2] == "center")) {
    k -= 2;
    // (with its own adjectives: "the strategic logistics hub of X")
    for (int a = 0; a < 2 && k > from && v.IsWord(k - 1) && !v.Cap(k - 1) && v.words[k - 1] != "near" &&
                    v.words[k - 1] != "around" && v.words[k - 1] != "outside" && v.words[k - 1] != "the";
         ++a) {
      --k;
    }
    if (k > from && v.words[k - 1] == "the") --k;
  }
  // "near the Luhansk region's X": the region only locates X.
  if (k >= from + 3 && v.IsPossessive(k - 1) &&
      (v.words[k - 2] == "region" || v.words[k - 2] == "oblast" || v.words[k - 2] == "province")) {
    size_t r = k - 2;
    while (r > from && r + 2 > k - 2 && v.Cap(r - 1)) --r;
    if (r < k - 2) k = r;
  }
  for (int adjectives = 0; k > from && adjectives < 3 && !v.Cap(k - 1) && v.IsWord(k - 1); ++adjectives) {
    const std::string_view w = v.words[k - 1];
    if (w == "near" || w == "around" || w == "outside") return true;
    // "south of X in the nearby village of A": a bearing from a place, then
    // the settlement the fight is in.
    if (w == "in" && k >= from + 2) {
      size_t q = k - 1;
      while (q > from && v.InPlace(q - 1)) --q;
      if (q < k - 1 && q >= from + 2 && v.words[q - 1] == "of" && CompassWord(v.words[q - 2])) return true;
    }
    // "an assault at X", "an assault was reported at X" (not "the reserves
    // waited at X": the battle's place is not where others wait)
    if (w == "at" && adjectives == 0 &&
        (k - 1 <= from + 2 || (k >= from + 2 && (v.words[k - 2] == "reported" || v.words[k - 2] == "observed" ||
                                            v.words[k - 2] == "recorded" || v.words[k - 2] == "underway" ||
                                            v.words[k - 2] == "launched" || v.words[k - 2] == "continued" ||
                                            v.words[k - 2] == "continues" || v.words[k - 2] == "ongoing")))) {
      return true;
    }
    // "repelled attacks east of X" (not "an offensive west of X", which lies beyond it)
    if (compass && w == "of" && k >= from + 2 && CompassOf(v, k - 2, k)) return true;
    // "repulsed enemy attacks in X [area]": the attacks were in X (not
    // "drone attacks in X", "missile attacks in X": from the air).
    if (w == "in" && adjectives == 0 && k >= from + 2 &&
        (v.words[k - 2] == "attacks" || v.words[k - 2] == "attack" || v.words[k - 2] == "assaults" ||
         v.words[k - 2] == "assault" || v.words[k - 2] == "attempts")) {
      // Ground attacks only: "enemy attacks", "Russian attacks", "12
      // attacks", and no air defence, drone or missile in the sentence
      // ("Air defense repelled enemy attacks in Kyiv, downing 40 drones").
      const std::string_view by = k >= from + 3 ? v.words[k - 3] : std::string_view();
      const bool ground = by == "enemy" || by == "russian" || by == "ukrainian" || by == "ground" ||
                          by == "infantry" || by == "repeated" || by == "several" || by == "numerous" ||
                          (k >= from + 3 && v.IsNumber(k - 3));
      bool air = false;
      for (size_t q = from; q < v.size() && q < j + 12 && !air && v.sentence_of[q] == v.sentence_of[j]; ++q) {
        const std::string_view u = v.words[q];
        air = u == "drone" || u == "drones" || u == "missile" || u == "missiles" || u == "air" || u == "shahed" ||
              u == "shaheds" || u == "downing" || u == "downed" || u == "intercepted" || u == "ballistic";
      }
      if (ground && !air) return true;
    }
    // "in the area(s) of [the villages of] X", "in the vicinity of X"
    if ((w == "area" || w == "areas" || w == "vicinity") && k >= from + 2 && v.words[k - 2] == "the") return true;
    // "repelled 11 attacks in the directions (of) A — B": a front report's lines of attack
    if ((w == "direction" || w == "directions") && k >= from + 2 && v.words[k - 2] == "the") return true;
    if (w == "to" && k >= from + 2 && v.words[k - 2] == "close") return true;
    --k;
  }
  return false;
}

// Where the places after "[to the] northwest of X near" (or "in the
// [nearby] village of") start, when tokens from k read so (k at the
// bearing: "northwest of Avdiivka near A"), else k.
size_t NearAfterBearing(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                        const std::vector<int>& occ_at, size_t k, size_t end) {
  size_t j = k;
  if (j + 2 < end && v.words[j] == "to" && v.words[j + 1] == "the") j += 2;
  if (j + 1 >= end || !CompassWord(v.words[j]) || v.words[j + 1] != "of") return k;
  j += 2;
  if (j < end && v.words[j] == "the") ++j;
  // ("west of the city near A": the place just named, by its noun.)
  if (j + 1 < end && occ_at[j] < 0 && v.words[j - 1] == "the" && SettlementNoun(v.words[j]) &&
      (v.words[j + 1] == "near" || v.words[j + 1] == "around")) {
    ++j;
  } else {
    if (j >= end || occ_at[j] < 0) return k;
    j = occ[occ_at[j]].b;
  }
  if (j + 1 < end && (v.words[j] == "near" || v.words[j] == "around")) {
    ++j;
    // ("near the settlements of A and B")
    if (j + 2 < end && v.words[j] == "the" && SettlementNoun(v.words[j + 1]) && v.words[j + 2] == "of") j += 3;
    if (j < end && occ_at[j] >= 0) return j;
  } else if (j + 3 < end && v.words[j] == "in") {
    // "south of X in the nearby village of A": the settlement the bearing
    // leads to, by its noun.
    ++j;
    if (v.words[j] == "the") ++j;
    if (j + 2 < end && (v.words[j] == "nearby" || v.words[j] == "neighbouring" || v.words[j] == "neighboring")) ++j;
    if (j + 1 < end && SettlementNoun(v.words[j]) && v.words[j + 1] == "of") {
      j += 2;
      if (j < end && occ_at[j] >= 0) return j;
    }
  }
  return k;
}

size_t NextFrontItemStart(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                          const std::vector<int>& occ_at, size_t k, size_t end);
bool DashToken(const DocView& v, size_t k);
bool ItemClosesAt(const DocView& v, size_t k, size_t end);
bool CompassOf(const DocView& v, size_t k, size_t end);

// Past "in (the) X direction" at token j ("sector", "axis"; X up to three
// capitalised words), else j.
size_t PastDirectionPhrase(const DocView& v, size_t j, size_t end) {
  if (j + 2 >= end || v.words[j] != "in") return j;
  size_t p = j + 1;
  if (v.words[p] == "the") ++p;
  const size_t names = p;
  while (p < end && p < names + 3 && v.Cap(p)) ++p;
  return p > names && p < end && (v.words[p] == "direction" || v.words[p] == "sector" || v.words[p] == "axis") ? p + 1
                                                                                                                 : j;
}

// A front report's next item after the list glue at token k: ", near B",
// "and near B", ", and in the areas of B", ", and south of X near B" (each
// place fought at brings its own preposition or bearing), when the list's
// first place, at token `first`, came so too (after "near", "around", "in
// the area(s) of" or "in A area": "in A, near X" and "attacked A, near X"
// only say where A lies). Where that item's place starts, else k; also k
// when no list item ends after the place (", and around B the situation is
// calm": a clause of its own).
size_t PrepositionItemAfterGlue(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                                const std::vector<int>& occ_at, size_t first, size_t k, size_t end) {
  {
    size_t a = first;
    if (a >= 3 && v.words[a - 1] == "of" && SettlementNoun(v.words[a - 2]) && v.words[a - 3] == "the") a -= 3;
    const bool near = a >= 1 && (v.words[a - 1] == "near" || v.words[a - 1] == "around");
    const size_t b = occ_at[first] >= 0 ? occ[occ_at[first]].b : first + 1;
    const bool area = (a >= 2 && v.words[a - 1] == "of" &&
                       (v.words[a - 2] == "area" || v.words[a - 2] == "areas" || v.words[a - 2] == "vicinity")) ||
                      (b < end && (v.words[b] == "area" || v.words[b] == "district") &&
                       ((a >= 1 && v.words[a - 1] == "in") || (a >= 2 && v.words[a - 1] == "the" && v.words[a - 2] == "in")));
    if (!near && !area) return k;
  }
  auto past_direction = [&](size_t j) { return PastDirectionPhrase(v, j, end); };
  size_t j = k;
  // Past what locates the item before: "in the A area in the B direction,
  // and in the areas of C" (not a place fought at, only where).
  if (j < end && (v.words[j] == "area" || v.words[j] == "district")) ++j;
  j = past_direction(j);
  // (", north of X," where the item before lies: "near A, north of X, and near B")
  if (j + 4 < end && v.raw[j] == "," && CompassOf(v, j + 1, end) && occ_at[j + 3] >= 0 &&
      occ[occ_at[j + 3]].b < end && v.raw[occ[occ_at[j + 3]].b] == ",") {
    j = occ[occ_at[j + 3]].b;
  }
  if (j < end && v.raw[j] == ",") ++j;
  if (j < end && v.words[j] == "and") ++j;
  if (j == k || j + 1 >= end || (v.raw[j - 1] != "," && v.words[j - 1] != "and")) return k;
  auto item = [&](size_t p) {
    const size_t b = occ[occ_at[p]].b;
    const size_t after = past_direction(b);  // ("near B in the X direction.")
    // ("near B (northeast of X), and near C": where B lies, read by the list)
    return ItemClosesAt(v, after, end) || (after < end && v.raw[after] == "(") ? p : k;
  };
  if (const size_t near = NearAfterBearing(v, occ, occ_at, j, end); near > j) return item(near);
  size_t p = j;
  if (v.words[p] == "near" || v.words[p] == "around") {
    ++p;
  } else if (v.words[p] == "in" && p + 3 < end && v.words[p + 1] == "the" &&
             (v.words[p + 2] == "area" || v.words[p + 2] == "areas" || v.words[p + 2] == "vicinity") &&
             v.words[p + 3] == "of") {
    p += 4;
  } else {
    return k;
  }
  // ("near the village of B", "near the settlements of B and C")
  if (p + 2 < end && v.words[p] == "the" && SettlementNoun(v.words[p + 1]) && v.words[p + 2] == "of") p += 3;
  return p < end && occ_at[p] >= 0 ? item(p) : k;
}


// Past "in (the) X direction [–|,|:]" at token j, where its item's places
// start ("in the Orikhiv direction – near A and B": the "near"; "– in the
// areas of A": A), else j.
size_t DirectionItem(const DocView& v, const std::vector<int>& occ_at, size_t j, size_t end) {
  if (j + 3 >= end) return j;
  size_t p = PastDirectionPhrase(v, j, end);
  if (p == j) return j;
  if (p < end && (DashToken(v, p) || v.raw[p] == "," || v.raw[p] == ":")) ++p;
  if (p + 3 < end && v.words[p] == "in" && v.words[p + 1] == "the" &&
      (v.words[p + 2] == "area" || v.words[p + 2] == "areas") && v.words[p + 3] == "of") {
    p += 4;
    if (p + 2 < end && v.words[p] == "the" && SettlementNoun(v.words[p + 1]) && v.words[p + 2] == "of") p += 3;
    return p < end && occ_at[p] >= 0 ? p : j;
  }
  return p < end && (v.words[p] == "near" || v.words[p] == "around") ? p : j;
}

// Where the places of the next item of a front report start, when token k
// is the semicolon before it ("...; to the west of X near A; and near B"),
// else k.
size_t NextFrontItem(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                     const std::vector<int>& occ_at, size_t k, size_t end) {
  // The item's places close it ("; near A and B;"), no clause of its own
  // follows ("; near A the front was quiet").
  // (Or a comma closes them, or the next front's "in the X direction".)
  auto closes = [&](size_t j) {
    size_t last = j;
    while (j < end && (occ_at[j] >= 0 || v.words[j] == "and" || v.raw[j] == ",")) {
      last = j;
      j = occ_at[j] >= 0 ? occ[occ_at[j]].b : j + 1;
    }
    if (j >= end || v.raw[j] == ";" || v.raw[j] == ".") return true;
    // ", with the aim of ...", ", with the goal of ..."
    if (v.raw[last] == "," && v.words[j] == "with" && j + 2 < end && v.words[j + 1] == "the" &&
        (v.words[j + 2] == "aim" || v.words[j + 2] == "goal" || v.words[j + 2] == "intention")) {
      return true;
    }
    return v.words[j] == "in" && DirectionItem(v, occ_at, j, end) > j;
  };
  const size_t item = NextFrontItemStart(v, occ, occ_at, k, end);
  return item > k && closes(item) ? item : k;
}

size_t NextFrontItemStart(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                          const std::vector<int>& occ_at, size_t k, size_t end) {
  // An item that names no settlement ("; near the X coke plant in the
  // northwest;") is passed over, up to two of them.
  // An item may name its front first: "..., in the Orikhiv direction –
  // near A and B", "; in the X direction – in the areas of A, B" (after a
  // comma too, which the caller may have passed).
  if (k > 0 && k + 3 < end && (v.raw[k - 1] == "," || v.raw[k - 1] == ";" || v.words[k - 1] == "and") &&
      v.words[k] == "in") {
    const size_t d = DirectionItem(v, occ_at, k, end);
    if (d > k) {
      if (occ_at[d] >= 0) return d;
      if (d + 1 < end && occ_at[d + 1] >= 0) return d + 1;  // past "near"
    }
    return k;
  }
  for (int items = 0; items < 3; ++items) {
    if (k + 2 >= end || (v.raw[k] != ";" && v.raw[k] != ",")) return k;
    size_t j = k + 1;
    if (v.words[j] == "and") ++j;
    // "; northwest — near A; north — near B and C": a bearing and a dash
    // open the item.
    if (v.raw[k] == ";" && j + 2 < end && CompassWord(v.words[j]) && (DashToken(v, j + 1) || v.raw[j + 1] == ":")) {
      j += 2;
    }
    if (const size_t d = DirectionItem(v, occ_at, j, end); d > j) {
      if (occ_at[d] >= 0) return d;
      j = d;  // "near ..." below
    } else if (v.raw[k] == ",") {
      return k;
    }
    if (const size_t near = NearAfterBearing(v, occ, occ_at, j, end); near > j) return near;
    const bool bearing = (j + 1 < end && CompassWord(v.words[j]) && v.words[j + 1] == "of") ||
                         (j + 3 < end && v.words[j] == "to" && v.words[j + 1] == "the" && CompassWord(v.words[j + 2]));
    if (j + 1 < end && (v.words[j] == "near" || v.words[j] == "around")) {
      ++j;
      if (j + 2 < end && v.words[j] == "the" && SettlementNoun(v.words[j + 1]) && v.words[j + 2] == "of") j += 3;
      // (Not a name that a longer one holds: "near the Avdiivka Coke plant".)
      if (j < end && occ_at[j] >= 0 && (occ[occ_at[j]].b >= end || !v.Cap(occ[occ_at[j]].b))) return j;
    } else if (!bearing) {
      return k;
    }
    // On to the next item's semicolon.
    size_t next = j;
    while (next < end && next < j + 12 && v.raw[next] != ";" && v.raw[next] != ".") ++next;
    if (next >= end || v.raw[next] != ";") return k;
    k = next;
  }
  return k;
}

bool DashToken(const DocView& v, size_t k);

// The insertion the dash or bracket at token `open` opens closes within a
// few words of trigger t ("— now under Russian occupation —", "(captured
// in May)"), and no capitalised or plain noun follows the trigger at once
// ("(captured Russian soldiers ...)").
bool InsertionClosesAt(const DocView& v, size_t open, size_t k) {
  return v.raw[open] == "(" ? v.raw[k] == ")" : DashToken(v, k);
}
bool InsertionClosesAfter(const DocView& v, const ClaimFinder::Trigger& t, size_t open, size_t end) {
  if (t.b < end && !InsertionClosesAt(v, open, t.b) && v.IsWord(t.b)) {
    const std::string_view w = v.words[t.b];
    if (!(w == "in" || w == "by" || w == "since" || w == "on" || w == "last" || w == "this" || w == "earlier" ||
          w == "at" || w == "during" || w == "after" || w == "two" || w == "three" || w == "a" || w == "weeks" ||
          w == "months" || w == "years" || w == "days")) {
      return false;
    }
  }
  for (size_t k = t.b; k < end && k < t.b + 7; ++k) {
    if (InsertionClosesAt(v, open, k)) return true;
  }
  return false;
}

// A front report's "direction(s)" stands in [from, to): "in the directions
// A — B" (lines of attack, not "fighting near A — B residents are leaving").
bool DirectionsBefore(const DocView& v, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (v.words[k] == "direction" || v.words[k] == "directions") return true;
  }
  return false;
}

// A list item ends at token k: punctuation, "and"/"or" or the end.
bool ItemClosesAt(const DocView& v, size_t k, size_t end) {
  return k >= end || v.raw[k] == "," || v.raw[k] == ";" || v.raw[k] == "." || v.raw[k] == ")" ||
         v.words[k] == "and" || v.words[k] == "or";
}

// A preposition at token k ("... - Pitomnyk with assault actions").
bool PrepositionAt(const DocView& v, size_t k, size_t end) {
  if (k >= end) return false;
  const std::string_view w = v.words[k];
  return w == "with" || w == "in" || w == "on" || w == "at" || w == "by" || w == "from" || w == "near" ||
         w == "during" || w == "over";
}

// "north of" (any compass bearing) at token k.
bool CompassOf(const DocView& v, size_t k, size_t end) {
  return k + 1 < end && v.words[k + 1] == "of" && CompassWord(v.words[k]);
}

// Where "north of B" at token k (after a list comma or "and") ends, when it
// is an item of a list of places ("near A, north of B, west of C and D"):
// closing it after "and", or followed by more items. Else k: "near A, south
// of B." only says where A is.
size_t CompassListItem(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                       const std::vector<int>& occ_at, size_t k, size_t end) {
  if (k == 0 || !CompassOf(v, k, end) || k + 2 >= end || occ_at[k + 2] < 0) return k;
  const size_t after = occ[occ_at[k + 2]].b;
  if (v.words[k - 1] == "and") return k + 2;
  if (v.raw[k - 1] != ",") return k;
  if (after + 1 < end && v.words[after] == "and" && (occ_at[after + 1] >= 0 || CompassOf(v, after + 1, end))) {
    return k + 2;
  }
  if (after + 1 < end && v.raw[after] == "," && (occ_at[after + 1] >= 0 || CompassOf(v, after + 1, end))) return k + 2;
  return k;
}

// Whether tokens [from, to) are all adverbs of time ("recently", "already";
// not "previously": "X, previously held by Ukrainian forces," changed hands).
bool TimeAdverbsOnly(const DocView& v, size_t from, size_t to) {
  if (from >= to || to - from > 2) return false;
  for (size_t k = from; k < to; ++k) {
    const std::string_view w = v.words[k];
    if (!(w == "recently" || w == "already" || w == "finally" ||
          w == "eventually" || w == "since" || w == "subsequently" || w == "later" || w == "now")) {
      return false;
    }
  }
  return true;
}

// Past a time phrase at token k when a list goes on after it (a comma or
// "and" next), else k: "the fall of A in December 2023 and B in February
// 2024", "took A on Monday and B on Tuesday", "A last week, B ...".
size_t TimeAfterItem(const DocView& v, const Lexicon& lex, size_t k, size_t end) {
  if (k + 2 >= end) return k;
  auto month = [&](size_t i) { return i < end && v.Cap(i) && lex.months.TagOf(v.ids[i]) != nullptr; };
  auto year = [&](size_t i) {
    return i < end && v.IsNumber(i) && v.words[i].size() == 4 && (v.words[i][0] == '1' || v.words[i][0] == '2');
  };
  size_t j = k + 1;
  const std::string_view w = v.words[k];
  if (w == "in") {
    if (v.words[j] == "early" || v.words[j] == "late" || v.words[j] == "mid") ++j;
    if (month(j)) {
      ++j;
      if (year(j)) ++j;
    } else if (year(j)) {
      ++j;
    } else {
      return k;
    }
  } else if (w == "on" || w == "by") {
    // ("deoccupied A by September 24, B by October 9": a date's "by" too.)
    if (w == "on" && v.Cap(j) && lex.weekdays.TagOf(v.ids[j]) != nullptr) {
      ++j;
    } else if (month(j) && j + 1 < end && v.IsNumber(j + 1)) {
      j += 2;
    } else if (v.IsNumber(j) && month(j + 1)) {
      j += 2;
    } else {
      return k;
    }
  } else if (w == "last" && (v.words[j] == "week" || v.words[j] == "month" || v.words[j] == "year")) {
    ++j;
  } else {
    return k;
  }
  return j + 1 < end && (v.raw[j] == "," || v.words[j] == "and") ? j : k;
}

// A time phrase at token k closes the clause: "... and B in February 2024.",
// or only a locator follows it: "... and B on May 13 in the X direction".
bool TimeEndsAt(const DocView& v, const Lexicon& lex, size_t k, size_t end) {
  if (k + 1 >= end) return false;
  const std::string_view w = v.words[k];
  if (w != "in" && w != "on" && w != "last" && w != "by") return false;
  size_t j = k + 1;
  while (j < end && j < k + 4 && (v.IsNumber(j) || (v.Cap(j) && (lex.months.TagOf(v.ids[j]) != nullptr ||
                                                               lex.weekdays.TagOf(v.ids[j]) != nullptr)) ||
                                  v.words[j] == "week" || v.words[j] == "month" || v.words[j] == "year" ||
                                  v.words[j] == "early" || v.words[j] == "late" || v.words[j] == "mid")) {
    ++j;
  }
  return j > k + 1 &&
         (j >= end || v.raw[j] == "." || v.raw[j] == "," || v.raw[j] == ";" || v.words[j] == "in" || v.words[j] == "near");
}

// Past "in (the) (northeastern) X region" at token k when a list goes on
// after it (a comma or "and" next), else k: where a listed place lies.
size_t RegionLocatorAfter(const DocView& v, size_t k, size_t end) {
  if (k >= end || v.words[k] != "in") return k;
  for (size_t r = k + 1; r < end && r <= k + 5; ++r) {
    const std::string_view w = v.words[r];
    if (w == "region" || w == "oblast" || w == "province") {
      return r + 1 < end && (v.raw[r + 1] == "," || v.words[r + 1] == "and") ? r + 1 : k;
    }
    if (!v.IsWord(r)) return k;
  }
  return k;
}

// Whether tokens [from, to) close a list with a count of unnamed
// settlements: "(A, B, C,) and several other settlements", "and two more
// villages".
bool UnnamedListTail(const DocView& v, size_t from, size_t to) {
  if (from + 2 > to || to - from > 6 || (v.words[from] != "and" && v.words[from] != "or")) return false;
  for (size_t k = from + 1; k + 1 < to; ++k) {
    const std::string_view w = v.words[k];
    if (!(v.IsNumber(k) || w == "several" || w == "many" || w == "some" || w == "a" || w == "few" ||
          w == "number" || w == "of" || w == "other" || w == "more" || w == "nearby" || w == "neighbouring" ||
          w == "neighboring" || w == "smaller" || w == "small" || w == "two" || w == "three" || w == "four" ||
          w == "five" || w == "dozens" || w == "dozen")) {
      return false;
    }
  }
  const std::string_view noun = v.words[to - 1];
  return noun == "settlements" || noun == "villages" || noun == "towns" || noun == "hamlets" || noun == "localities";
}

// Past "<count> villages <where they lie> —" at token k, when the names
// the count announces follow the dash ("liberated five villages in
// Ukraine's Kharkiv region near the Russian border — A, B and C"): the
// first name's token, else k. The names must close the clause (a dash,
// comma, semicolon or the end), so "two villages — Kupiansk officials said"
// names none.
size_t CountedNamesAfterDash(const DocView& v, const Lexicon& lex, const std::vector<int>& occ_at, size_t k,
                             size_t end) {
  size_t c = k;
  if (c < end && v.IsQuoteMark(c)) ++c;  // "had «liberated» five villages"
  if (c < end && (v.words[c] == "the" || v.words[c] == "another")) ++c;
  double value;
  size_t nl;
  if (c < end && (v.words[c] == "several" || v.words[c] == "some")) {
    ++c;
  } else if (c < end && ParseNumberAt(v, lex, c, end, &value, &nl)) {
    c += nl;
  } else {
    return k;
  }
  if (c < end && v.words[c] == "more") ++c;
  if (c < end && v.IsWord(c) && !v.Cap(c) && c + 1 < end && !SettlementNoun(v.words[c])) ++c;  // "border villages"
  if (c >= end || !SettlementNoun(v.words[c]) || occ_at[c] >= 0) return k;
  for (size_t j = c + 1; j + 1 < end && j <= c + 12; ++j) {
    if (DashToken(v, j)) {
      if (occ_at[j + 1] < 0) return k;
      size_t e = j + 1;
      while (e < end && (occ_at[e] >= 0 || ListGlue(v, e) || (v.Cap(e) && ListGlue(v, e - 1)))) ++e;
      const bool closed = e >= end || DashToken(v, e) || v.raw[e] == "." || v.raw[e] == ";" || v.raw[e] == ",";
      return closed ? j + 1 : k;
    }
    if (v.IsPunct(j) || v.IsQuoteMark(j)) return k;
  }
  return k;
}

// Past "(the) Luhansk region's" at token k when a settlement follows ("near
// A and the Luhansk region's B"): the settlement's token, else k.
size_t RegionPossessiveAt(const DocView& v, const std::vector<int>& occ_at, size_t k, size_t end) {
  size_t c = k;
  if (c < end && v.words[c] == "the") ++c;
  const size_t names = c;
  while (c < end && c < names + 2 && v.Cap(c)) ++c;
  if (c == names || c + 2 >= end) return k;
  const std::string_view noun = v.words[c];
  if (noun != "region" && noun != "oblast" && noun != "province") return k;
  if (!v.IsPossessive(c + 1)) return k;
  return occ_at[c + 2] >= 0 ? c + 2 : k;
}

// Tokens [from, to) name a region as a locator: "Kharkiv region", "in the
// Kharkiv region", "also in the Donetsk region", "Donetsk Oblast" ("X,
// Kharkiv region, was liberated").
bool RegionAppositive(const DocView& v, size_t from, size_t to) {
  if (from + 2 > to || to - from > 7) return false;
  const std::string_view last = v.words[to - 1];
  if (last != "region" && last != "oblast" && last != "province") return false;
  size_t k = from;
  if (v.words[k] == "also" && k + 1 < to && v.words[k + 1] == "in") ++k;
  if (v.words[k] == "in") ++k;
  if (k < to && v.words[k] == "the") ++k;
  if (k + 1 >= to) return false;
  for (; k + 1 < to; ++k) {
    if (!v.Cap(k)) return false;
  }
  return true;
}

// A distance opens at token k: "12 km", "some 120 kilometers", "about 5 miles".
bool DistanceAt(const DocView& v, size_t k, size_t end) {
  if (k < end && (v.words[k] == "some" || v.words[k] == "about" || v.words[k] == "around" ||
                  v.words[k] == "roughly" || v.words[k] == "nearly" || v.words[k] == "approximately" ||
                  v.words[k] == "almost" || v.words[k] == "just")) {
    ++k;
  }
  return k + 1 < end && v.IsNumber(k) &&
         (v.words[k + 1] == "km" || v.words[k + 1] == "kilometres" || v.words[k + 1] == "kilometers" ||
          v.words[k + 1] == "miles");
}

// The comma opening an indefinite appositive that the comma at token j
// closes ("X, a hub for the supply of Y, has ..."), or j.
size_t AppositiveStart(const DocView& v, size_t begin, size_t j) {
  int counted = 0;  // tokens outside parentheses
  for (size_t k = j; k-- > begin && counted++ < 16;) {
    if (v.raw[k] == ")") {
      // A parenthesis inside it is passed over whole: "X, about 12 km (7
      // miles) south of Y, was liberated".
      size_t o = k;
      while (o > begin && o + 12 > k && v.raw[o - 1] != "(" && v.raw[o - 1] != ")") --o;
      if (o == begin || v.raw[o - 1] != "(") return j;
      k = o - 1;
      continue;
    }
    if (v.raw[k] == ";" || v.raw[k] == "(") return j;
    if (v.raw[k] != ",") continue;
    if (k + 1 < j && k > begin &&
        (v.words[k + 1] == "a" || v.words[k + 1] == "an" || v.words[k + 1] == "located" ||
         // "X, which was previously controlled by Ukrainian forces, has
         // been occupied": a relative clause between a named subject and
         // its verb (not "The city, which had 480 people, was captured").
         (v.words[k + 1] == "which" && v.SettlementAt(k - 1) >= 0) ||
         v.words[k + 1] == "situated" || v.words[k + 1] == "lying" || v.words[k + 1] == "home" ||
         v.words[k + 1] == "once" || v.words[k + 1] == "formerly" || v.words[k + 1] == "one" ||
         // "X, further north, has been occupied", "X, to the west, ..."
         CompassLocatorAfter(v, k + 1, j) == j ||
         // "X, west of Kyiv, was back under control", "X, near Y,", "X, 12 km
         // from Y,": where it lies.
         (k + 2 < j && CompassWord(v.words[k + 1]) && v.words[k + 2] == "of") || v.words[k + 1] == "near" ||
         (k + 2 < j && v.words[k + 1] == "close" && v.words[k + 2] == "to") ||
         v.words[k + 1] == "outside" || RegionAppositive(v, k + 1, j) ||
         DistanceAt(v, k + 1, j))) {
      // "X, a hub ...,", "A and B, located on the border of ...,", "X, home
      // to 2,000 people,", "X, once a town of 30,000,", "X, one of the ...,"
      return k;
    }
    return j;
  }
  return j;
}

// Past "from [the occupied town of] X" or "from the direction of X" at
// token j ("from"), or j: where an advance started.
size_t PastOrigin(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ, const std::vector<int>& occ_at,
                  size_t j, size_t end) {
  // Only "the", "a", a settlement noun, "of", "direction" and the words
  // that say who holds it stand between: not "positions near X".
  for (size_t k = j + 1; k < end && k < j + 7; ++k) {
    if (occ_at[k] >= 0) return occ[occ_at[k]].b;
    const std::string_view w = v.words[k];
    if (!(w == "the" || w == "a" || w == "of" || w == "direction" || w == "directions" || w == "occupied" ||
          w == "captured" || w == "liberated" || w == "nearby" || w == "neighbouring" || w == "neighboring" ||
          w.ends_with("-occupied") || w.ends_with("-held") || w.ends_with("-controlled") || SettlementNoun(w))) {
      return j;
    }
  }
  return j;
}

// A withdrawal names the settlement it left before a locator ("withdrew
// from the village of A, near X", "withdraws from a village near X"), not
// only the area ("pulled back from areas around X", "from near X").
bool LeftASettlementBefore(const DocView& v, const std::vector<int>& occ_at, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (occ_at[k] >= 0 || SettlementNoun(v.words[k])) return true;
  }
  return false;
}

// "would", "could", "might" between tokens [from, to): the consequence of
// a condition that is itself hypothetical ("If confirmed, it would mean
// forces have taken X").
bool HypotheticalBefore(const DocView& v, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (v.words[k] == "would" || v.words[k] == "could" || v.words[k] == "might") return true;
  }
  return false;
}

// "in the X area" around the place at tokens [a, b) (the "in" may end the
// trigger: "attacked in"); also the first of a list before "areas" ("in
// the A, B, and C areas").
bool InTheAreaOf(const DocView& v, size_t a, size_t b, size_t end) {
  if (!(a >= 2 && v.words[a - 1] == "the" &&
        (v.words[a - 2] == "in" || v.words[a - 2] == "near" || v.words[a - 2] == "around"))) {
    return false;
  }
  if (b < end && (v.words[b] == "area" || v.words[b] == "areas" || v.words[b] == "district")) return true;
  size_t e = b;
  while (e < end && e < b + 16 && (v.InPlace(e) || v.raw[e] == "," || v.words[e] == "and")) ++e;
  return e > b && e < end && v.words[e] == "areas" && v.InPlace(e - 1);
}

bool HardStop(const DocView& v, size_t i);

// Token k is a dash standing between words: an en or em dash, "-" or "--".
bool DashToken(const DocView& v, size_t k) {
  const std::string_view w = v.raw[k];
  return w == "\u2013" || w == "\u2014" || w == "-" || w == "--";
}

// Token j is a dash that closes a run of settlement names (with commas,
// "and", "or") that a dash opened: "two villages – A and B – fell".
bool DashClosesNames(const DocView& v, const std::vector<int>& occ_at, size_t begin, size_t j) {
  auto dash = [&](size_t k) { return DashToken(v, k); };
  // (Names the gazetteer lacks count as names: "- A, B and Maslyakivka -".)
  if (!dash(j) || j <= begin || (occ_at[j - 1] < 0 && !v.Cap(j - 1))) return false;
  bool place = false;
  for (size_t k = j - 1; k > begin && k + 12 > j; --k) {
    if (dash(k)) return place;
    place = place || occ_at[k] >= 0;
    if (!(occ_at[k] >= 0 || v.Cap(k) || v.raw[k] == "," || v.words[k] == "and" || v.words[k] == "or")) return false;
  }
  return false;
}

// "A, a town on strategic heights, and B": an appositive of the list item
// that ends before token k, opened by the comma at k. Where the next item
// starts (past the closing comma and an "and"/"or"), or k when no item
// follows or the appositive holds a trigger, a stop or a quotation.
size_t AppositiveAfterItem(const DocView& v, const Lexicon& lex, const std::vector<int>& occ_at,
                           const std::vector<uint8_t>& trigger_tok, size_t k, size_t end) {
  if (k == 0 || k + 3 >= end || v.raw[k] != "," || occ_at[k - 1] < 0) return k;
  const std::string_view w = v.words[k + 1];
  if (w != "a" && w != "an" && w != "the") return k;
  for (size_t j = k + 2; j < end && j < k + 14; ++j) {
    if (trigger_tok[j] || v.raw[j] == ";" || v.raw[j] == "." || v.IsQuoteMark(j) || v.raw[j] == "(") return k;
    // "A, a local official said, and B was quiet": an attribution, no appositive.
    if (lex.reporting_verbs.Longest(v.ids, j, j + 1).len) return k;
    if (v.raw[j] == ",") {
      size_t n = j + 1;
      if (n < end && (v.words[n] == "and" || v.words[n] == "or")) ++n;
      return n < end && occ_at[n] >= 0 ? n : k;
    }
  }
  return k;
}

// "A and several nearby villages, including B and C": more places the
// trigger governs, counted by a plural settlement noun after the list glue
// at token k ("and"), then named after "including". Where the first of them
// starts, or k.
size_t IncludedAfterItem(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                         const std::vector<int>& occ_at, const std::vector<uint8_t>& trigger_tok, size_t k,
                         size_t end) {
  if (k + 3 >= end || v.words[k] != "and") return k;
  size_t j = k + 1;
  // ("a number of nearby settlements", "two more villages", "other towns")
  auto counting = [&](size_t i) {
    const std::string_view w = v.words[i];
    return v.IsNumber(i) || w == "a" || w == "number" || w == "of" || w == "several" || w == "some" || w == "many" ||
           w == "other" || w == "more" || w == "few" || w == "dozen" || w == "nearby" || w == "neighbouring" ||
           w == "neighboring" || w == "adjacent" || w == "surrounding" || w == "small" || w == "smaller" ||
           w == "two" || w == "three" || w == "four" || w == "five";
  };
  while (j < end && j < k + 6 && !trigger_tok[j] && counting(j)) ++j;
  if (j + 2 >= end || !SettlementNoun(v.words[j]) || !v.words[j].ends_with("s")) return k;
  ++j;
  if (v.raw[j] == ",") ++j;
  if (j + 1 >= end || v.words[j] != "including") return k;
  ++j;
  if (occ_at[j] < 0) return k;
  // The names end the clause ("..., including B and C."), not open one of
  // their own ("several villages, including B, came under shelling"; "B,
  // Kupiansk officials said").
  size_t e = j;
  while (e < end && (occ_at[e] >= 0 || v.raw[e] == "," || v.words[e] == "and")) {
    e = occ_at[e] >= 0 ? occ[occ_at[e]].b : e + 1;
  }
  const bool closes = e >= end || v.raw[e] == "." || v.raw[e] == ";" ||
                      (v.raw[e - 1] == "," && v.words[e] == "according");
  return closes ? j : k;
}

// Armed men or a side: the subject a troop movement needs.
bool MilitaryNoun(const DocView& v, const Lexicon& lex, size_t k) {
  return ArmedMenNoun(v.words[k]) || lex.sides.Has(v.ids[k]);
}

// The verb at token a is a participle right after a comma ("..., fleeing
// the shelling"): its subject is the main clause's.
bool ParticipleAfterComma(const DocView& v, size_t begin, size_t a) {
  return a > begin + 1 && v.raw[a - 1] == "," && v.words[a].ends_with("ing");
}

// A civilian noun: the subject of a flight that is no military retreat.
bool CivilianNoun(std::string_view w) {
  return w == "civilians" || w == "residents" || w == "people" || w == "collaborators" || w == "families" ||
         w == "refugees" || w == "children" || w == "inhabitants" || w == "locals" || w == "population" ||
         w == "evacuees";
}

// The subject of a retreat right before token a names civilians or
// collaborators, not troops: "Collaborators from A and B are fleeing",
// "Residents fled X", "In X residents have two weeks to leave". Read back
// over its clause (to a comma, a semicolon or an "and" that joins no
// places); the nearer of a civilian and a military noun decides (not
// "Troops evacuated civilians and withdrew"). A participle after a comma
// has the main clause's subject, its first civilian or military noun
// ("Civilians sought a way out of X, fleeing the shelling"; not "Troops
// evacuated civilians from X, fleeing the encirclement").
bool CivilianSubject(const DocView& v, const Lexicon& lex, size_t begin, size_t a) {
  if (ParticipleAfterComma(v, begin, a)) {
    for (size_t k = a > begin + 20 ? a - 20 : begin; k + 1 < a; ++k) {
      if (v.raw[k] == ";") return false;
      if (MilitaryNoun(v, lex, k)) return false;
      if (CivilianNoun(v.words[k])) return true;
    }
    return false;
  }
  for (size_t k = a; k-- > begin && k + 10 > a;) {
    if (v.raw[k] == "," || v.raw[k] == ";") return false;
    if (v.words[k] == "and" && !(k > begin && v.InPlace(k - 1))) return false;
    if (MilitaryNoun(v, lex, k)) return false;
    if (CivilianNoun(v.words[k])) return true;
  }
  return false;
}

// An army or a side is the subject of the verb at token a: among the words
// back to the clause's start (a comma, a semicolon or "and"), at most ten.
bool MilitarySubject(const DocView& v, const Lexicon& lex, size_t begin, size_t a) {
  // A participle after a comma has the main clause's subject: "Russian
  // forces continue their advances, nearing X" (twenty words back then).
  const bool participle = ParticipleAfterComma(v, begin, a);
  for (size_t k = a; k-- > begin && k + (participle ? 20 : 10) > a;) {
    if (participle && k + 1 == a) continue;
    if (v.raw[k] == "," || v.raw[k] == ";" || v.words[k] == "and") return false;
    if (MilitaryNoun(v, lex, k)) return true;
  }
  return false;
}

// The words of an attack that may be a strike on a city.
bool StrikeWord(std::string_view w) {
  return w == "attack" || w == "attacks" || w == "attacked" || w == "attacking" || w == "struck" || w == "hit";
}

// Weapons from afar are the attack verb's subject at token a ("Russian
// drones attacked X", "airstrikes hit X"): a strike, no fight at X. The
// weapon heads the subject: right before the verb, or before an adverb
// ("drones also attacked"); not one that supports the troops ("assault
// groups supported by artillery attacked X").
bool WeaponSubject(const DocView& v, size_t begin, size_t a) {
  size_t k = a;
  // (past a modal and adverbs: "artillery can directly attack X")
  for (int skipped = 0; skipped < 2 && k > begin + 1; ++skipped) {
    const std::string_view w = v.words[k - 1];
    if (!(w == "also" || w == "again" || w == "then" || w == "can" || w == "could" || w == "will" ||
          w == "would" || w == "may" || w == "might" || (w.size() > 4 && w.ends_with("ly")))) {
      break;
    }
    --k;
  }
  if (k == begin) return false;
  // ("supported by artillery attacked", "backed with drones attacked")
  if (k >= begin + 2 && (v.words[k - 2] == "by" || v.words[k - 2] == "with" || v.words[k - 2] == "of")) return false;
  const std::string_view w = v.words[k - 1];
  return w == "drone" || w == "drones" || w == "missile" || w == "missiles" || w == "rocket" || w == "rockets" ||
         w == "airstrike" || w == "airstrikes" || w == "aircraft" || w == "bombers" || w == "warplanes" ||
         w == "jets" || w == "uavs" || w == "shaheds" || w == "artillery" ||
         (w == "strikes" && k >= begin + 2 && (v.words[k - 2] == "air" || v.words[k - 2] == "missile"));
}

// The clause of the attack at token a counts people killed or wounded
// ("three people had been killed in attacks on X", "nine people were killed
// as Russian forces attacked X"): read over the sentence [begin, end) up to
// a clause joined by ", and" or a semicolon (not "Troops attacked X, and
// two people were killed there").
bool CiviliansHurt(const DocView& v, size_t begin, size_t end, size_t a) {
  size_t from = begin, to = end;
  for (size_t k = a; k-- > begin;) {
    if (v.raw[k] == ";" || (v.raw[k] == "," && k + 1 < end && v.words[k + 1] == "and")) {
      from = k + 1;
      break;
    }
  }
  for (size_t k = a; k < end; ++k) {
    if (v.raw[k] == ";" || (v.raw[k] == "," && k + 1 < end && v.words[k + 1] == "and")) {
      to = k;
      break;
    }
  }
  bool people = false, hurt = false;
  for (size_t k = from; k < to; ++k) {
    const std::string_view w = v.words[k];
    // ("those killed in the attack on X", "a day of mourning for ...")
    const bool those = w == "those" && k + 1 < to &&
                       (v.words[k + 1] == "killed" || v.words[k + 1] == "injured" || v.words[k + 1] == "wounded" ||
                        v.words[k + 1] == "dead" || v.words[k + 1] == "who");
    people = people || CivilianNoun(w) || w == "civilian" || w == "person" || those || w == "mourning";
    hurt = hurt || w == "killed" || w == "injured" || w == "wounded" || w == "dead" || w == "died" || w == "mourning";
  }
  return people && hurt;
}

// A name made the first part of a modifier: "X-area", "X-based",
// "Russian-held".
bool HyphenModifier(std::string_view w) {
  const size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  const std::string_view tail = w.substr(dash + 1);
  return tail == "area" || tail == "region" || tail == "based" || tail == "held" || tail == "controlled" ||
         tail == "occupied" || tail == "backed" || tail == "bound";
}

// Where a forward trigger's settlements start when its object is a noun
// phrase of settlements that a colon closes in the same clause: "liberated
// nine villages that had been held by the other side for months: A, B, C"
// reaches A. Else `from`. A settlement named before the colon keeps the
// usual scan.
size_t ColonListStart(const DocView& v, const std::vector<int>& occ_at, size_t from, size_t end) {
  for (size_t k = from; k < end && k < from + 25; ++k) {
    // A place that locates the noun: "four settlements near Pokrovsk over
    // the past week: A, B".
    if (occ_at[k] >= 0 && k > from &&
        (v.words[k - 1] == "near" || v.words[k - 1] == "around" || v.words[k - 1] == "outside")) {
      while (k + 1 < end && occ_at[k + 1] == occ_at[k]) ++k;
      continue;
    }
    // Within the trigger's clause: no place, comma or stop before the colon
    // (a relative clause may hold a trigger: "... that had been under the
    // control of the army: A, B").
    if (occ_at[k] >= 0 || v.raw[k] == "," || HardStop(v, k)) return from;
    if (v.raw[k] == ":") {
      // (The first name after it is an item: not ": Kharkiv officials deny it".)
      size_t e = k + 1;
      while (e < end && occ_at[e] >= 0 && occ_at[e] == occ_at[k + 1]) ++e;
      if (e == k + 1 || !(e >= end || v.raw[e] == "," || v.raw[e] == ";" || v.raw[e] == "." ||
                          v.words[e] == "and" || v.words[e] == "or")) {
        return from;
      }
      for (size_t j = from; j < k; ++j) {
        if (SettlementNoun(v.words[j])) return k + 1 < end ? k + 1 : from;
      }
      return from;
    }
  }
  return from;
}

// Troops that entered a place, then "but were pushed back" ("entered the
// town of X for the first time but were pushed back", "entered X, but they
// were dislodged"): from token k (after the place), within its sentence.
bool RepulsedAfter(const DocView& v, size_t k, size_t end) {
  size_t b = k;
  while (b < end && b < k + 10 && v.words[b] != "but" && v.raw[b] != ";" && v.raw[b] != ".") ++b;
  if (b >= end || v.words[b] != "but") return false;
  // (A passive only: "but repelled a counterattack" is the entering troops'
  // own act.)
  size_t c = b + 1;
  if (c < end && v.words[c] == "they") ++c;
  bool passive = false;
  if (c < end && (v.words[c] == "were" || v.words[c] == "was")) {
    passive = true;
    ++c;
  } else if (c + 1 < end && (v.words[c] == "had" || v.words[c] == "have") && v.words[c + 1] == "been") {
    passive = true;
    c += 2;
  }
  if (c < end && (v.words[c] == "quickly" || v.words[c] == "later" || v.words[c] == "soon" || v.words[c] == "then")) ++c;
  if (c >= end || !passive) return false;
  const std::string_view w = v.words[c];
  return w == "pushed" || w == "dislodged" || w == "repelled" || w == "repulsed" || w == "driven" ||
         w == "knocked" || w == "thrown" || w == "ousted" || w == "expelled" || w == "kicked" || w == "beaten" ||
         w == "destroyed" || w == "eliminated" || (w == "forced" && c + 1 < end && v.words[c + 1] == "out");
}

// A list bullet opening a line ("• A;", "* B"); not a dash, which opens
// lines of dialogue too.
bool IsBullet(std::string_view raw) {
  return raw == "\u2022" || raw == "\u00b7" || raw == "\u25aa" || raw == "\u25cf" || raw == "*";
}

// The object of a denial that refers to a claim made before: "rejected the
// claim", "denied it", "dismissed these reports".
bool ClaimObject(std::string_view w) {
  return w == "claim" || w == "claims" || w == "report" || w == "reports" || w == "statement" ||
         w == "statements" || w == "allegation" || w == "allegations" || w == "assertion" || w == "it" ||
         w == "this";
}

// The trigger of `kind` at tokens [a, b) of sentence s, for a list of settlements.
ClaimFinder::CountedTrigger CountedAt(size_t s, size_t a, size_t b, std::string_view kind) {
  ClaimFinder::CountedTrigger c;
  c.sentence = static_cast<int>(s);
  c.trigger.a = a;
  c.trigger.b = b;
  c.trigger.kind = kind;
  return c;
}

// Makes *c (a new claim) one of `kind` about place p in sentence s, before
// attribution.
void SetClaimAbout(const DocView& v, const geo::ResolvedPlace& p, std::string_view kind, size_t s, Claim* c) {
  c->kind = kind;
  c->place = p.name;
  c->place_code = p.code;
  c->lat = p.lat;
  c->lon = p.lon;
  c->has_coords = p.has_coords;
  c->aliases = p.surface;
  c->span = v.t.sentences[s].span;
  c->sentence = std::string(v.t.Slice(c->span));
}

// A claim of `kind` about place p in sentence s, before attribution.
Claim ClaimAbout(const DocView& v, const geo::ResolvedPlace& p, std::string_view kind, size_t s) {
  Claim c;
  SetClaimAbout(v, p, kind, s, &c);
  return c;
}

// Past a parenthesis after a list item that holds only another name of it,
// or k: "Sichneve (Yanvarske)", "Toretsk (formerly Dzerzhinsk)".
size_t AliasAfter(const DocView& v, size_t k, size_t end) {
  if (k >= end || v.words[k] != "(") return k;
  size_t j = k + 1;
  bool name = false;
  for (; j < end && j < k + 6 && v.words[j] != ")"; ++j) {
    std::string_view w = v.words[j];
    // The same alias words as geo's bracket aliases, and "(B in Ukrainian)".
    const bool alias = w == "formerly" || w == "previously" || w == "now" || w == "or" || w == "also" ||
                       w == "known" || w == "as" || w == "called";
    const bool language = (w == "in" && name) || ((w == "ukrainian" || w == "russian") && j > k + 1 &&
                                                   v.words[j - 1] == "in");
    if (v.IsWord(j) && v.Cap(j) && !language) {
      name = true;
    } else if (!alias && !language && w != "-" && w != "'" && !v.IsQuoteMark(j)) {
      return k;
    }
  }
  return name && j < end && v.words[j] == ")" ? j + 1 : k;
}

// A word that relates a settlement to the one named before ("its twin
// city of B", "their sister town of B").
bool KinWord(std::string_view w) { return w == "its" || w == "their" || w == "twin" || w == "sister"; }

// Past a locative after a list item, or k: "settlement", "in the LPR",
// "(Donetsk People's Republic)": generic settlement nouns, "in"/"of"/"the",
// and regions (mentions that are not settlements), with a parenthesis
// around them.
size_t Locative(const DocView& v, const Lexicon& lex, const std::vector<int>& occ_at, size_t k, size_t end) {
  size_t j = k;
  bool region = false;
  int depth = 0;
  while (j < end && j < k + 10) {
    std::string_view w = v.words[j];
    PhraseTable::Match m = lex.claim_modifiers.Longest(v.ids, j, end);
    if (region && m.len && lex.claim_modifiers.tag(m.tag) == "region") {
      j += m.len;  // "Donetsk region", "Donetsk People's Republic"
      continue;
    }
    if (v.mention_at[j] >= 0 && occ_at[j] < 0 && v.SettlementAt(j) < 0) {
      region = true;
    } else if (v.IsWord(j) && v.Cap(j) && occ_at[j] < 0 && j + 1 < end &&
               (v.words[j + 1] == "community" || v.words[j + 1] == "hromada" || v.words[j + 1] == "district" ||
                v.words[j + 1] == "raion" || v.words[j + 1] == "municipality")) {
      region = true;  // "A of the Yunakivska community and B"
      ++j;
    } else if (w == "(" && depth == 0) {
      ++depth;
    } else if (w == ")" && depth == 1) {
      --depth;
    } else if (!(w == "in" || w == "of" || w == "the" || SettlementNoun(w) || KinWord(w) ||
                 (depth == 1 && v.IsWord(j) && v.Cap(j)))) {
      break;
    }
    ++j;
  }
  if (depth != 0) return k;
  // Without a region only generic nouns and "the" ("the Nevske settlement
  // and the Krasny Yar settlement", "A and its twin city of B").
  if (!region) {
    for (size_t i = k; i < j; ++i) {
      std::string_view w = v.words[i];
      // ("and the town of B": "of" after the noun)
      if (!SettlementNoun(w) && w != "the" && !KinWord(w) && !(w == "of" && i > k && SettlementNoun(v.words[i - 1]))) {
        return i;
      }
    }
  }
  return j;
}

// "Near X," / "Around the city of X," / "around A and B," opening a
// sentence before token `before`: the occurrences of the places, else none.
// With `fighting` also "In X," / "In the suburbs of X and nearby," when the
// trigger (tokens [after, ...) up to `end`) is fighting that goes on there
// right after that comma ("In X, heavy fighting is ongoing").
std::vector<int> FrontedPlaces(const DocView& v, const std::vector<int>& occ_at, size_t begin, size_t before,
                               bool fighting, size_t after, size_t end, bool positions_left = false) {
  size_t k = begin;
  while (k < before && v.IsQuoteMark(k)) ++k;
  // "In some areas, around X, ...": past a short opening phrase with no place.
  for (size_t c = k; c < before && c < k + 4; ++c) {
    if (occ_at[c] >= 0) break;
    if (v.raw[c] == "," && c > k) {
      k = c + 1;
      break;
    }
  }
  // "But near X, ...": past a conjunction opening the sentence.
  if (k + 1 < before && (v.words[k] == "but" || v.words[k] == "and" || v.words[k] == "yet" ||
                         v.words[k] == "meanwhile" || v.words[k] == "however")) {
    ++k;
  }
  if (k >= before) return {};
  std::string_view w = v.words[k];
  // "In the vicinity of X," / "Close to X," read as "Near X,".
  const bool vicinity = k + 3 < before && w == "in" && v.words[k + 1] == "the" &&
                        (v.words[k + 2] == "vicinity" || v.words[k + 2] == "environs") && v.words[k + 3] == "of";
  const bool close_to = k + 1 < before && w == "close" && v.words[k + 1] == "to";
  // ("In X, the enemy has abandoned positions": positions left there.)
  const bool via_in = (fighting || positions_left) && (w == "in" || w == "on") && !vicinity;
  if (vicinity || close_to) {
    k += vicinity ? 3 : 1;  // (on the name or "the", past the preposition below)
  } else if (CompassOf(v, k, before)) {
    ++k;  // "Northwest of X, troops took new positions"
  } else if (via_in) {
    // "In X, heavy fighting is ongoing", "In the suburbs of the city of X
    // and nearby, fighting continues" (fighting only: "In Kyiv, officials
    // said ..." is where the speakers sit).
    ++k;
    if (k < before && v.words[k] == "the") ++k;
    const std::string_view part = k < before ? v.words[k] : std::string_view();
    if (k + 1 < before && v.words[k + 1] == "of" &&
        (part == "suburbs" || part == "outskirts" || part == "area" || part == "areas" || part == "vicinity" ||
         part == "centre" || part == "center" || part == "streets")) {
      k += 2;
      if (k < before && v.words[k] == "the") ++k;
      if (k + 2 < before && v.IsWord(k) && SettlementNoun(v.words[k + 1]) && v.words[k + 2] == "of") ++k;  // "the Russian city of"
    }
    --k;
  } else if (w != "near" && w != "around" && w != "outside") {
    return {};
  }
  ++k;
  k = PastSettlementIntro(v, k, before);
  std::vector<int> out;
  // The places, joined by ",", "and", ", and", up to the comma that closes them.
  while (k < before && occ_at[k] >= 0) {
    const int o = occ_at[k];
    out.push_back(o);
    while (k < before && occ_at[k] == o) ++k;
    size_t j = k;
    if (j < before && v.raw[j] == ",") ++j;
    if (j < before && (v.words[j] == "and" || v.words[j] == "or")) ++j;
    if (j == k || j >= before || occ_at[j] < 0) break;
    k = j;
  }
  // "... of X and nearby,"
  if (fighting && k + 1 < before && v.words[k] == "and" && (v.words[k + 1] == "nearby" || v.words[k + 1] == "around")) {
    k += 2;
  }
  if (out.empty() || k >= before || v.raw[k] != ",") return {};
  // After "in", the fighting comes right after the comma and goes on there
  // ("In X, heavy fighting is ongoing", "fierce battles continue"), not in
  // what someone there did or expects ("In Kyiv, fighting is expected to
  // resume in the east", "In Kharkiv, combat veterans gathered").
  if (via_in && positions_left) return before <= k + 5 ? out : std::vector<int>();
  if (via_in) {
    if (before > k + 3) return {};
    bool goes_on = false;
    for (size_t x = after; x < end && x < after + 3 && !goes_on; ++x) {
      const std::string_view w = v.words[x];
      goes_on = w == "continues" || w == "continue" || w == "continued" || w == "ongoing" || w == "rages" ||
                w == "rage" || w == "raged" || w == "raging" || w == "underway" || w == "persists" || w == "persist" ||
                (w == "under" && x + 1 < end && v.words[x + 1] == "way") ||
                (w == "going" && x + 1 < end && v.words[x + 1] == "on") ||
                (w == "goes" && x + 1 < end && v.words[x + 1] == "on");
    }
    if (!goes_on) return {};
    // ... and has no place of its own after it ("... continues in the east").
    for (size_t x = after; x < end && x < after + 4; ++x) {
      if (v.words[x] == "in" && x + 2 < end && v.words[x + 1] == "the" &&
          (v.words[x + 2] == "east" || v.words[x + 2] == "west" || v.words[x + 2] == "north" ||
           v.words[x + 2] == "south")) {
        return {};
      }
    }
  }
  return out;
}

// Words in "-ing" that name an activity, not a hypothetical action:
// "Fighting in X will continue".
bool GerundNoun(std::string_view w) {
  return w == "fighting" || w == "shelling" || w == "bombing" || w == "bombardment" || w == "building" ||
         w == "morning" || w == "evening" || w == "meeting" || w == "training" || w == "offering" ||
         // prepositions in "-ing": "During the offensive troops may have ..."
         w == "during" || w == "according" || w == "following" || w == "including" || w == "regarding" ||
         w == "concerning";
}

// "taking control of X would ...", "Capturing X could ...": a gerund
// opening its clause (the trigger or the word before it), whose clause goes
// on past `after` to a modal verb. The capture is a subject of discussion.
bool GerundSubjectOfModal(const DocView& v, const ClaimFinder::Trigger& t, size_t after, size_t begin, size_t end) {
  size_t g = t.a;
  if (!v.words[g].ends_with("ing") && g > begin && v.words[g - 1].ends_with("ing")) --g;
  if (!v.words[g].ends_with("ing") || v.words[g].size() < 6 || GerundNoun(v.words[g])) return false;
  size_t k = g;
  while (k > begin && v.IsQuoteMark(k - 1)) --k;
  if (k > begin && v.raw[k - 1] != ",") return false;
  for (size_t j = after; j < end && j < after + 8; ++j) {
    if (v.raw[j] == "," || v.raw[j] == ";" || v.raw[j] == ".") return false;
    std::string_view w = v.words[j];
    if (w == "would" || w == "could" || w == "might" || w == "will" || w == "may") return true;
  }
  return false;
}

bool HardStop(const DocView& v, size_t i) {
  std::string_view w = v.raw[i];
  return w == ";" || w == "." || w == "\u2014" || w == "\u2013" || w == "(" || w == ")";
}

// The place a relative clause that holds the trigger at token a is about:
// "Avdiivka, which they took last February", "Toretsk, which Moscow
// claimed it captured", "Robotyne, a village in Zaporizhzhia that Kyiv
// secured last week", "Avdiivka, which Russian troops -- backed by
// aircraft -- captured". Its occurrence index, or -1 (another place, a
// comma or a stop between the pronoun and the trigger).
int RelativeAntecedent(const DocView& v, const std::vector<int>& occ_at, const std::vector<uint8_t>& trigger_tok,
                       size_t begin, size_t a, size_t* subject, size_t* subject_end) {
  auto dash = [&](size_t k) { return DashToken(v, k); };
  size_t pron = SIZE_MAX;
  bool inserted = false;  // inside a dash-enclosed insertion, read backwards
  *subject_end = a;
  for (size_t k = a; k > begin && k + 16 > a;) {
    --k;
    if (dash(k)) {
      inserted = !inserted;
      *subject_end = k;
      continue;
    }
    if (inserted) continue;
    if (v.words[k] == "which" || v.words[k] == "that") {
      pron = k;
      break;
    }
    if (occ_at[k] >= 0 || trigger_tok[k] || v.raw[k] == "," || HardStop(v, k) || v.IsQuoteMark(k)) return -1;
  }
  if (pron == SIZE_MAX || pron <= begin) return -1;
  *subject = pron + 1;
  // "the town X that Russia captured"; not "60 km northeast of X that has
  // seen heavy battles", where the clause may be the town's before.
  if (const int o = occ_at[pron - 1]; o >= 0) {
    size_t f = pron - 1;
    while (f > begin && occ_at[f - 1] == o) --f;
    if (f > begin && v.words[f - 1] == "of" && f > begin + 1) --f;
    return f > begin && SettlementNoun(v.words[f - 1]) ? o : -1;
  }
  if (v.raw[pron - 1] == ",") return pron >= begin + 2 ? occ_at[pron - 2] : -1;
  // "X -- an important railway junction -- which ...": the place before the insertion.
  if (dash(pron - 1)) {
    for (size_t k = pron - 1; k-- > begin && k + 16 > pron;) {
      if (dash(k)) return k > begin ? occ_at[k - 1] : -1;
      if (HardStop(v, k) && !dash(k)) return -1;
    }
    return -1;
  }
  // "X, a village in the region that ...": the appositive's place; not "In
  // X, a city official said that ...", a complement after a verb.
  bool noun = false;
  for (size_t k = pron; k-- > begin && k + 10 > pron;) {
    if (v.raw[k] == ",") return noun && k > begin ? occ_at[k - 1] : -1;
    if (HardStop(v, k) || v.IsQuoteMark(k) || trigger_tok[k]) return -1;
    if (v.IsWord(k) && !v.Cap(k) && k + 1 == pron && v.words[k].size() > 3 && !SettlementNoun(v.words[k]) &&
        (v.words[k].ends_with("ed") || v.words[k].ends_with("id") || v.words[k].ends_with("s"))) {
      return -1;  // "said that", "reported that", "claims that" (not "two cities that")
    }
    noun = noun || SettlementNoun(v.words[k]) || v.words[k] == "hub" || v.words[k] == "stronghold";
  }
  return -1;
}

// The object slot of a verb in a relative clause is empty when the clause
// goes on with a date or a circumstance, or ends: "which they took last
// February", "that Kyiv secured in May", "which Russia captured." Not
// "which took heavy shelling", "which lost power", "which took in
// thousands of refugees".
bool ObjectSlotEmpty(const DocView& v, const Lexicon& lex, size_t b, size_t end) {
  if (b >= end || v.IsPunct(b)) return true;
  const std::string_view w = v.words[b];
  if (w == "last" || w == "earlier" || w == "this" || w == "back" || w == "shortly" || w == "after" ||
      w == "before" || w == "during" || w == "over" || w == "by" || w == "with" || w == "from" || w == "months" ||
      w == "weeks" || w == "days" || w == "years" || w == "already" || w == "again" || w == "only" ||
      w == "recently" || w == "late" || w == "early") {
    return true;
  }
  // "that fell to Moscow in the summer": the side that took it.
  if (w == "to" && b + 1 < end && IsCapital(v, lex, b + 1)) return true;
  if (w == "in" || w == "on" || w == "at") {
    if (b + 1 >= end) return true;
    const std::string_view n = v.words[b + 1];
    return v.IsNumber(b + 1) || lex.months.TagOf(v.ids[b + 1]) != nullptr || lex.weekdays.TagOf(v.ids[b + 1]) != nullptr ||
           n == "early" || n == "late" || n == "mid" || n == "the" || n == "spring" || n == "summer" ||
           n == "autumn" || n == "fall" || n == "winter";
  }
  return false;
}

// The object of a capture verb at token k is people or materiel, not a
// place: "civilians captured and disarmed Russian soldiers", "troops seized
// two enemy tanks in X". Read past a joined verb ("and disarmed"), numbers,
// determiners, quantifiers and a side; the noun's unit category
// (quantity_units.txt) decides: personnel, prisoners or equipment, but not
// the equipment words that are places held ("positions", "strongholds").
bool PeopleOrMaterielObject(const DocView& v, const Lexicon& lex, size_t k, size_t end) {
  if (k + 1 < end && v.words[k] == "and" && v.IsWord(k + 1) && !v.Cap(k + 1) && v.words[k + 1].ends_with("ed")) k += 2;
  for (size_t n = 0; k < end && n < 6; ++k, ++n) {
    const std::string_view w = v.words[k];
    if (v.IsNumber(k) || lex.numbers.Has(v.ids[k]) || lex.sides.Has(v.ids[k]) || w == "a" || w == "an" ||
        w == "the" || w == "more" || w == "than" || w == "over" || w == "about" || w == "some" || w == "several" ||
        w == "dozens" || w == "hundreds" || w == "of" || w == "enemy" || w == "many" || w == "their" ||
        w == "its" || w == "his") {
      continue;
    }
    break;
  }
  // (not "cleared Russian soldiers from X": the place is freed of them; nor
  // "the soldiers' dormitory": a possessive modifies the object)
  if (k >= end || (k + 1 < end && (v.words[k + 1] == "from" || v.words[k + 1] == "out" || v.IsPossessive(k + 1) ||
                                   v.raw[k + 1] == "'" || v.raw[k + 1] == "\u2019"))) {
    return false;
  }
  const std::string* tag = lex.quantity_units.TagOf(v.ids[k]);
  if (tag == nullptr || (*tag != "personnel" && *tag != "equipment" && *tag != "captured")) return false;
  const std::string_view w = v.words[k];
  return !(w == "positions" || w == "strongholds" || w == "depots" || w == "dugouts" || w == "warehouses" ||
           w == "command" || w == "firing" || w == "systems");
}

}  // namespace

size_t ClaimFinder::LineEnd(const DocView& v, const std::vector<Occurrence>& occ, const std::vector<int>& occ_at,
                            int o, size_t end) const {
  size_t k = occ[o].b;
  for (int items = 0; items < 12 && k < end; ++items) {
    // "Berdyansk (the border area) and Melitopol directions": past a bracket.
    if (v.raw[k] == "(") {
      size_t c = k + 1;
      while (c < end && c < k + 12 && v.raw[c] != ")") ++c;
      if (c >= end || v.raw[c] != ")") return 0;
      k = c + 1;
      if (k >= end) return 0;
    }
    const std::string* tag = lex_.claim_modifiers.TagOf(v.ids[k]);
    if (tag != nullptr && *tag == "line") return k + 1;
    size_t j = k;  // the next item of a list: ", B", "and B", ", and B", "-B"
    if (v.raw[j] == "," || v.raw[j] == "-") ++j;
    if (j < end && (v.words[j] == "and" || v.words[j] == "or")) ++j;
    if (j == k || j >= end) return 0;
    if (occ_at[j] >= 0) {
      k = occ[occ_at[j]].b;
    } else if (v.Cap(j)) {
      // A name the gazetteer lacks ("the A and Hulyaipil directions"): one or two words.
      k = j + 1;
      if (k < end && v.Cap(k)) ++k;
    } else {
      return 0;
    }
  }
  return 0;
}

bool ClaimFinder::ArmySubjectOnly(const DocView& v, size_t from, size_t to) const {
  if (from >= to || to - from > 8) return false;
  bool side = false;
  for (size_t k = from; k < to; ++k) {
    const std::string_view w = v.words[k];
    // "which Russia claimed to have captured"
    if (w == "claimed" || w == "claims" || w == "claim" || w == "said" || w == "says" || w == "to" ||
        w == "reportedly" || w == "allegedly" || (w == "it" && side)) {  // "which Moscow claimed it captured"
      continue;
    }
    // ("which the pro-Russian separatists claimed to have conquered": an
    // armed group is the army's subject too.)
    if (lex_.sides.Has(v.ids[k]) || (MilitaryNoun(v, lex_, k) && w != "military")) {
      side = true;
    } else if (w.starts_with("pro-") || w == "defence" || w == "defense" || w == "ministry" || w == "earlier") {
      continue;  // "the pro-Russian separatists", "Russia's Defence Ministry had earlier claimed"
    } else if (w == "they" && k == from) {
      // "Russian forces advanced from X, which they took in May": the
      // pronoun stands for the side named before in the sentence.
      for (size_t b = from; b-- > 0 && b + 40 > from && v.sentence_of[b] == v.sentence_of[from] && !side;) {
        side = lex_.sides.Has(v.ids[b]);
      }
      if (!side) return false;
    } else if (!(w == "the" || w == "its" || w == "their" || w == "'s" || w == "\u2019s" || w == "forces" ||
                 w == "troops" || w == "army" || w == "units" || w == "military" || w == "had" || w == "have" ||
                 w == "has" || w == "eventually" || w == "later" || w == "finally" || w == "been" ||
                 w == "trying" || w == "pushing" || w == "attempting" || w == "seeking" || w == "struggling")) {
      return false;
    }
  }
  return side;
}

bool ClaimFinder::AuxiliariesOnly(const DocView& v, size_t from, size_t to) const {
  for (size_t k = from; k < to; ++k) {
    const std::string* tag = lex_.modality.TagOf(v.ids[k]);
    if (tag == nullptr || !(*tag == "aux" || *tag == "past" || *tag == "present" || *tag == "future")) return false;
  }
  return true;
}

bool ClaimFinder::VerbGroupOnly(const DocView& v, size_t from, size_t to) const {
  for (size_t k = from; k < to; ++k) {
    const std::string* tag = lex_.modality.TagOf(v.ids[k]);
    if (tag != nullptr && (*tag == "aux" || *tag == "past" || *tag == "present" || *tag == "future" ||
                           *tag == "negation" || *tag == "partial")) {
      continue;  // "has also been almost completely occupied"
    }
    if (v.IsWord(k) && !v.Cap(k) && v.words[k].size() > 4 && v.words[k].ends_with("ly")) continue;
    return false;
  }
  return true;
}

namespace {
// "part" (streets, outskirts) and "share" (half of, the eastern part of):
// modifiers naming a part of a place.
bool IsPartTag(std::string_view tag) { return tag == "part" || tag == "share"; }

// After "[a/another] village near" (the locator ending before token k, the
// trigger's object from b): the occurrence the village is named by, "X, Y"
// closing the clause or "X named/called Y"; else -1.
int NamedAfterLocator(const DocView& v, const std::vector<ClaimFinder::Occurrence>& occ,
                      const std::vector<int>& occ_at, size_t b, size_t k, size_t end) {
  // The object is a settlement noun ("another village", "a small town").
  bool noun = false;
  for (size_t q = b; q < k && !noun; ++q) {
    noun = v.words[q] == "village" || v.words[q] == "town" || v.words[q] == "settlement";
  }
  if (!noun) return -1;
  size_t f = k;
  if (f < end && v.words[f] == "the") ++f;
  if (f + 1 < end && v.words[f + 1] == "of" && SettlementNoun(v.words[f])) f += 2;
  if (f >= end || occ_at[f] < 0) return -1;
  size_t after = occ[occ_at[f]].b;
  if (after + 1 >= end) return -1;
  const bool comma = v.raw[after] == ",";
  if (!comma && v.words[after] != "named" && v.words[after] != "called") return -1;
  const int named = occ_at[after + 1];
  if (named < 0 || named == occ_at[f]) return -1;
  const size_t close = occ[named].b;
  // (After a comma only the clause's last item: not "near X, Y and Z".)
  if (comma && close < end && !(v.IsPunct(close) && v.raw[close] != "-")) return -1;
  return named;
}

// "the northern part of B" at k, a list's item: the first token of B, else k.
size_t PartBeforeItem(const DocView& v, const Lexicon& lex, const std::vector<int>& occ_at, size_t k, size_t end) {
  size_t f = k < end && v.words[k] == "the" ? k + 1 : k;
  PhraseTable::Match m = lex.claim_modifiers.Longest(v.ids, f, end);
  if (!m.len || !IsPartTag(lex.claim_modifiers.tag(m.tag))) return k;
  f += m.len;
  if (f < end && v.words[f] == "of") ++f;
  if (f < end && v.words[f] == "the") ++f;
  return f < end && occ_at[f] >= 0 ? f : k;
}
}  // namespace

long ClaimFinder::ModifierEndingAt(const DocView& v, size_t at, size_t begin, std::string_view tag) const {
  // "the eastern part of the X settlement": past "of the" to the modifier.
  if (at >= begin + 3 && v.words[at - 1] == "the" && v.words[at - 2] == "of") {
    if (const long k = ModifierEndingAt(v, at - 2, begin, tag); k >= 0) return k;
  }
  for (size_t k = at > begin + 4 ? at - 4 : begin; k < at; ++k) {
    PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, k, at);
    if (m.len && k + m.len == at && lex_.claim_modifiers.tag(m.tag) == tag) return static_cast<long>(k);
  }
  return -1;
}

bool ClaimFinder::PastClauseBefore(const DocView& v, const Trigger& t, size_t begin) const {
  if (t.a <= begin) return false;
  // "..., liberating X", "took control of an area while liberating X": the
  // clause ends at token `at` (the comma or "while").
  size_t at = t.a - 1;
  // "..., capturing several positions and taking control of X": the second
  // participle shares the first one's comma.
  if (v.words[at] == "and") {
    // Not "capturing no ground near X".
    if (t.b < v.size() && (v.words[t.b] == "no" || v.words[t.b] == "nothing")) return false;
    for (size_t g = at; g-- > begin + 1 && g + 8 > at;) {
      if (v.raw[g] == "," || v.raw[g] == ";") break;
      if (v.IsWord(g) && !v.Cap(g) && v.words[g].size() > 5 && v.words[g].ends_with("ing") && v.raw[g - 1] == ",") {
        at = g - 1;
        break;
      }
    }
  }
  // "broke through the line by capturing X": the means of a past action.
  const bool conj = v.words[at] == "while" || v.words[at] == "when" || v.words[at] == "by";
  // ("planned to cut the road by capturing X", "tried to break through by
  // capturing X": the means of an aim, no outcome.)
  if (v.words[at] == "by") {
    for (size_t i = at; i-- > begin && v.raw[i] != "," && v.raw[i] != ";";) {
      if (v.words[i] == "to" || lex_.modality.TagOf(v.ids[i]) != nullptr) {
        const std::string* tag = lex_.modality.TagOf(v.ids[i]);
        if (v.words[i] == "to" || *tag == "attempt" || *tag == "future" || *tag == "predict") return false;
      }
    }
  }
  if (!conj && v.raw[at] != ",") return false;
  if (conj && at > begin && v.raw[at - 1] == ",") --at;
  // "soldiers were killed while liberating X": what befell them, no outcome.
  if (conj) {
    for (size_t i = at; i-- > begin && v.raw[i] != "," && v.raw[i] != ";";) {
      if (v.words[i] == "was" || v.words[i] == "were" || v.words[i] == "been") return false;
    }
  }
  // The clause before the comma, back to the sentence start or an earlier
  // comma: a past-tense verb ("carried", "launched", "completed") and no
  // progressive or present auxiliary ("are advancing, capturing").
  bool past = false;
  for (size_t i = at; i-- > begin;) {
    if (v.raw[i] == "," || v.raw[i] == ";") break;
    const std::string* tag = lex_.modality.TagOf(v.ids[i]);
    std::string_view w = v.words[i];
    if (w == "failed" || w == "stalled") return false;  // "The assault failed, costing ... and capturing"
    // "have pushed forward, capturing X": a perfect reports what was done.
    if (tag != nullptr && *tag == "present" && w != "have" && w != "has") return false;
    if ((tag != nullptr && *tag == "past") || (v.IsWord(i) && !v.Cap(i) && w.size() > 4 && w.ends_with("ed"))) {
      past = true;
    }
  }
  return past;
}

void ClaimFinder::Occurrences(const DocView& v, const Sources& src, std::vector<Occurrence>* occ,
                              std::vector<int>* occ_at) const {
  occ_at->assign(v.size(), -1);
  occ->reserve(v.places.mentions.size());  // (most occurrences are mentions)
  // Salience for references ("the city"): the one settlement of the latest
  // sentence naming any, else the settlement named most often so far.
  std::vector<int> count(v.places.places.size(), 0), last_seen(v.places.places.size(), -1);
  std::vector<int> cur, prev;  // distinct settlements of this / the latest earlier sentence
  // ... and the noun each was introduced with ("the front-line town of X").
  std::vector<std::pair<int, std::string_view>> cur_noun, prev_noun;
  int cur_sentence = -1;
  // "the town" after "the village of A, near the town of B": B, whatever
  // else was named more often. The noun stripped of a plural "s".
  auto noun_key = [](std::string_view w) {
    if (w.size() > 4 && w.back() == 's' && w != "cities") w.remove_suffix(1);
    return w == "cities" ? std::string_view("city") : w;
  };
  auto referent = [&](bool small, std::string_view noun) -> int {
    // "the village" is no town of 15,000 people or more (GeoNames
    // population; villages have none); nor is "the town" a city of half a
    // million or more (Kyiv).
    auto fits = [&](int p) {
      return !(small && v.places.places[p].population >= 15000) &&
             !(noun == "town" && v.places.places[p].population >= 500000);
    };
    const std::vector<int>& c = cur.empty() ? prev : cur;
    const auto& c_noun = cur.empty() ? prev_noun : cur_noun;
    int same = -1, n_same = 0;
    for (const auto& [p, w] : c_noun) {
      if (w == noun && fits(p) && p != same) {
        same = p;
        ++n_same;
      }
    }
    if (n_same == 1) return same;
    int best = -1;
    for (size_t p = 0; p < count.size(); ++p) {
      if (count[p] == 0 || !fits(static_cast<int>(p))) continue;
      if (best < 0 || count[p] > count[best] || (count[p] == count[best] && last_seen[p] > last_seen[best])) {
        best = static_cast<int>(p);
      }
    }
    if (c.size() == 1 && fits(c[0])) return c[0];
    return best;
  };
  const size_t n = v.size();
  const int* mention_at = v.mention_at.data();
  const int32_t* ids = v.ids.data();
  const PhraseTable& references = lex_.references;
  for (size_t i = 0; i < n;) {
    // Most tokens are in no place mention and start no reference phrase:
    // nothing below happens at them, and the sentence bookkeeping may wait
    // for the next token that counts (cur and prev are read only there).
    // (A reference's first word is common, "the": only a whole phrase counts.)
    while (i < n && mention_at[i] < 0 &&
           !(references.StartsPhrase(ids[i]) && v.IsWord(i) && references.Longest(v.ids, i, n).len)) {
      ++i;
    }
    if (i >= n) break;
    if (v.sentence_of[i] != cur_sentence) {
      if (!cur.empty()) {  // (swapped, not copied: cur is cleared below)
        prev.swap(cur);
        prev_noun.swap(cur_noun);
      }
      cur.clear();
      cur_noun.clear();
      cur_sentence = v.sentence_of[i];
    }
    int p = v.SettlementAt(i);
    if (p >= 0) {
      size_t j = i + 1;
      while (j < v.size() && v.mention_at[j] == v.mention_at[i]) ++j;
      // "Moscow claimed", "Kyiv said", "according to Khortytsia,", "the
      // spokesman of 'Khortytsia'": a government or a grouping, not a place.
      // (Not a place a settlement noun introduces: "officials in the
      // Russia-controlled city of X said"; "authorities in X reported" are
      // where they sit.)
      const bool introduced = i >= 2 && v.words[i - 1] == "of" && SettlementNoun(v.words[i - 2]);
      if (SourceMention(v, lex_, i, j) ||
          (!introduced && j < v.size() && v.sentence_of[j] == v.sentence_of[i] &&
           lex_.reporting_verbs.Longest(v.ids, j, j + 1).len)) {
        i = j;
        continue;
      }
      // "Kyiv had withdrawn from three villages", "Kiev's attempts", "the
      // Kiev regime": a capital standing for its government.
      if (IsCapital(v, lex_, i) && GovernmentMention(v, lex_, src, i, j)) {
        i = j;
        continue;
      }
      // "The Defense Ministry in Moscow (earlier) said", "TASS in Moscow
      // reported": where the institution, outlet or speaker that speaks sits.
      if (i >= 2 && v.words[i - 1] == "in" && src.taken[i - 2]) {
        bool speaks = false;
        for (size_t k = j; k < j + 3 && k < v.size() && v.sentence_of[k] == v.sentence_of[i] && !speaks; ++k) {
          speaks = lex_.reporting_verbs.Longest(v.ids, k, k + 1).len > 0;
        }
        if (speaks) {
          i = j;
          continue;
        }
      }
      if (i >= 2 && v.words[i - 1] == "by" && lex_.reporting_verbs.Longest(v.ids, i - 2, i - 1).len) {
        i = j;
        continue;
      }
      // "Both cities in Zaporizhzhia have been occupied": the name after
      // "<settlements> in" only says where they are; but "near the
      // settlements in" a village are near it ("near the settlements in
      // Lyptsi and Vovchansk": a translation's "of").
      // (Only after "near the settlements in": "captured two villages in
      // the X area" still only locates them.)
      const bool near_the = i >= 4 && (v.words[i - 3] == "the" ? (v.words[i - 4] == "near" || v.words[i - 4] == "around")
                                                               : (v.words[i - 3] == "near" || v.words[i - 3] == "around"));
      if (i >= 2 && v.words[i - 1] == "in" &&
          (v.words[i - 2] == "cities" || v.words[i - 2] == "towns" ||
           ((v.words[i - 2] == "villages" || v.words[i - 2] == "settlements") &&
            (v.places.places[p].population >= 50000 || !near_the)))) {
        i = j;
        continue;
      }
      // "the key Donetsk city of Toretsk": the first name only says where.
      if (j + 2 < v.size() && v.words[j + 1] == "of" && v.Cap(j + 2) &&
          (SettlementNoun(v.words[j]) || v.words[j] == "hub" || v.words[j] == "hubs" || v.words[j] == "stronghold" ||
           v.words[j] == "strongholds")) {
        i = j;
        continue;
      }
      if (j + 1 < v.size() && v.IsPossessive(j)) {
        const std::string* tag = lex_.claim_modifiers.TagOf(v.ids[j + 1]);
        if (tag != nullptr && *tag == "metonym") {
          i = j;
          continue;
        }
      }
      // "the Dobropillia-Kramatorsk highway", "the Pokrovsk road": a route, not the place.
      {
        // Past "-B" (a dash, then names or capitalised words).
        size_t k = j;
        if (k + 1 < v.size() && (v.raw[k] == "-" || v.raw[k] == "\u2013" || v.raw[k] == "\u2014")) {
          // ("A-B-C line": past every name and hyphen.)
          for (++k; k < v.size() && k < j + 16 && v.sentence_of[k] == v.sentence_of[i] &&
                    (v.mention_at[k] >= 0 || v.Cap(k) || v.raw[k] == "-");) {
            ++k;
          }
        }
        while (k < j + 3 && k < v.size() && v.mention_at[k] >= 0 && v.mention_at[k] != v.mention_at[i]) ++k;
        // (Within the sentence: not a headline's place and the next line's "Plant workers".)
        const bool same = k < v.size() && v.sentence_of[k] == v.sentence_of[i];
        const std::string* tag = same ? lex_.claim_modifiers.TagOf(v.ids[k]) : nullptr;
        if (tag == nullptr && same) {  // "the Zaporizhzhia nuclear power plant"
          size_t e = k;
          while (e < v.size() && e < k + 4 && v.sentence_of[e] == v.sentence_of[i]) ++e;
          PhraseTable::Match f = lex_.claim_modifiers.Longest(v.ids, k, e);
          if (f.len) tag = &lex_.claim_modifiers.tag(f.tag);
        }
        if (tag != nullptr && (*tag == "route" || *tag == "facility")) {
          i = j;
          continue;
        }
      }
      // "Donetsk People's Republic", "Kharkiv Oblast": a region, whatever the resolver said.
      PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, j, std::min(v.size(), j + 3));
      bool region = m.len && lex_.claim_modifiers.tag(m.tag) == "region";
      if (!region) {
        for (size_t k = i; k < j; ++k) (*occ_at)[k] = static_cast<int>(occ->size());
        occ->push_back(Occurrence{i, j, p});
        ++count[p];
        last_seen[p] = static_cast<int>(i);
        if (std::find(cur.begin(), cur.end(), p) == cur.end()) cur.push_back(p);
        if (i >= 2 && v.words[i - 1] == "of" && SettlementNoun(v.words[i - 2])) {
          cur_noun.emplace_back(p, noun_key(v.words[i - 2]));
        }
      }
      i = j;
      continue;
    }
    if (v.IsWord(i)) {
      PhraseTable::Match m = lex_.references.Longest(v.ids, i, v.size());
      // "the city of Mirnograd" names its city, known to the gazetteer or not.
      // So does "the settlement Stepovoe".
      // So does "the city limits of Siversk", "the town centre of X" (not
      // "the town ahead of Russia's offensive").
      const bool named = m.len && i + m.len + 1 < v.size() &&
                         ((v.words[i + m.len] == "of" && v.Cap(i + m.len + 1)) || v.Cap(i + m.len) ||
                          (i + m.len + 2 < v.size() && CityPartNoun(v.words[i + m.len]) &&
                           v.words[i + m.len + 1] == "of" && v.Cap(i + m.len + 2)));
      const std::string* tag = m.len ? &lex_.references.tag(m.tag) : nullptr;
      // "the city administration in Kyiv", "the town council": the noun
      // qualifies an office, which may be another place's.
      bool office = false;
      if (m.len && i + m.len < v.size()) {
        const std::string_view w = v.words[i + m.len];
        office = w == "administration" || w == "administrations" || w == "council" || w == "authorities" ||
                 w == "officials" || w == "mayor" || w == "head" || w == "hall" || w == "government" ||
                 w == "military" || w == "police" || w == "prosecutor" || w == "prosecutor's";
      }
      if (m.len && !named && !office && tag->rfind("place", 0) == 0 &&
          v.sentence_of[i + m.len - 1] == v.sentence_of[i]) {
        int r = referent(*tag == "place small", noun_key(v.words[i + m.len - 1]));
        if (r >= 0) {
          for (size_t k = i; k < i + m.len; ++k) (*occ_at)[k] = static_cast<int>(occ->size());
          occ->push_back(Occurrence{i, i + m.len, r});
        }
        i += m.len;
        continue;
      }
    }
    ++i;
  }
}

std::vector<int> ClaimFinder::Governed(const DocView& v, const std::vector<Occurrence>& occ,
                                       const std::vector<int>& occ_at, const std::vector<uint8_t>& trigger_tok,
                                       const Trigger& t, size_t begin, size_t end) const {
  std::vector<int> out;
  bool blocked = false;
  if (t.forward) {
    size_t first = t.b;
    if (t.adjacent && first + 1 < end) {
      // "took the village of X", "take a village called X", "the
      // Russia-controlled city of X": still right next to it.
      size_t f = first;
      // "\"fully control\" the city of X": past the quotation's close.
      if (f + 2 < end && v.IsQuoteMark(f)) ++f;
      // "controlled either A or B", "hold both A and B"
      if (f + 2 < end && (v.words[f] == "either" || v.words[f] == "both") && occ_at[f + 1] >= 0) first = ++f;
      // "hold only the western part of X"
      if (f + 2 < end && (v.words[f] == "only" || v.words[f] == "almost" || v.words[f] == "nearly" ||
                          v.words[f] == "roughly" || v.words[f] == "approximately" || v.words[f] == "just")) {
        ++f;
      }
      if (f + 2 < end && (v.words[f] == "the" || v.words[f] == "a")) ++f;
      if (f + 1 < end && v.words[f] == "nearby" && occ_at[f + 1] >= 0) first = ++f;  // "to take nearby X"
      // "control about 40% of X", "took more than 60 percent of X": a
      // number before a share ("% of", claim_modifiers.txt).
      {
        size_t c = f;
        while (c < end && c < f + 3 &&
               (v.IsNumber(c) || v.words[c] == "about" || v.words[c] == "over" || v.words[c] == "around" ||
                v.words[c] == "some" || v.words[c] == "more" || v.words[c] == "than" || v.words[c] == "up" ||
                v.words[c] == "to")) {
          ++c;
        }
        if (c > f && c + 1 < end && v.IsNumber(c - 1)) {
          PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, c, end);
          if (m.len && lex_.claim_modifiers.tag(m.tag) == "share") f = c;
        }
      }
      // "secured the eastern portion of X": a part of it (fighting, below).
      if (PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, f, end);
          m.len && IsPartTag(lex_.claim_modifiers.tag(m.tag)) && f + m.len + 1 < end) {
        f += m.len;
        if (v.words[f] == "of") ++f;
        first = f;
        if (f + 2 < end && v.words[f] == "the") ++f;
      }
      // "control eastern and southeastern X": compass adjectives before the name.
      {
        size_t c = f;
        while (c < end && c < f + 4 && (v.words[c] == "and" || (v.IsWord(c) && !v.Cap(c) && v.words[c].ends_with("ern")))) ++c;
        if (c > f && c < end && occ_at[c] >= 0 && v.words[c - 1] != "and") first = f = c;
      }
      // "the eastern Ukrainian cities of A and B", "the eastern Ukrainian
      // town X": up to two modifiers before a settlement noun.
      // "took the industrial hub of X", "the strategic southern port of X",
      // "the Russian-occupied ruins of X": the place too (only with "of").
      auto head = [&](size_t k) {
        const std::string_view w = v.words[k];
        return SettlementNoun(w) || ((w == "hub" || w == "stronghold" || w == "port" || w == "ruins") && k + 2 < end &&
                                     v.words[k + 1] == "of" && occ_at[k + 2] >= 0);
      };
      for (size_t m = 1; m <= 2 && f + m + 1 < end; ++m) {
        if (!v.IsWord(f + m - 1) || occ_at[f + m - 1] >= 0 || trigger_tok[f + m - 1]) break;
        if (head(f + m) && (v.words[f + m + 1] == "of" || occ_at[f + m + 1] >= 0)) {
          f += m;
          break;
        }
      }
      // (not "the city" itself standing for the place named before)
      if (head(f) && occ_at[f] < 0) {
        first = f + 1;
        if (first < end && (v.words[first] == "of" || v.words[first] == "called" || v.words[first] == "named")) ++first;
      }
    }
    // "to retake the province", "took the region": the object is a region
    // named before, which carries no claim; what follows is not the object.
    // (Not "the region's town X", "the region near X", "the region,
    // including A": the region only locates the place then.)
    if (first + 2 < end && v.words[first] == "the" &&
        (v.words[first + 1] == "province" || v.words[first + 1] == "region" || v.words[first + 1] == "oblast") &&
        !v.IsPossessive(first + 2) && v.IsWord(first + 2) && !v.Cap(first + 2)) {
      const std::string_view next = v.words[first + 2];
      if (next != "of" && next != "near" && next != "around" && next != "outside" && next != "surrounding" &&
          next != "close" && next != "including" && !CompassWord(next)) {
        return out;
      }
    }
    // Names that resolved to nothing and list commas before the first
    // settlement widen the window: "in the areas of P, Q, R, A and ..."
    // (P, Q, R unknown to the gazetteer) reaches A.
    if (!t.adjacent) first = ColonListStart(v, occ_at, first, end);
    if (t.kind == "captured" || t.kind == "withdrawal" || t.kind == "fighting") {
      first = CountedNamesAfterDash(v, lex_, occ_at, first, end);
    }
    // "advance from X to A": past where the advance started.
    if (t.kind == "fighting" && t.b > t.a && v.words[t.b - 1] == "from") {
      if (size_t past = PastOrigin(v, occ, occ_at, t.b - 1, end); past > t.b - 1) first = past;
    }
    size_t widen = 0;
    size_t shielded_until = 0;  // tokens of a "fighting" modifier ("positions near")
    // A bare noun or verb whose place follows "near" or "in the area of"
    // reaches further ("the intensity of fighting has decreased compared to
    // other sectors near A and B"); "repelled" also past other triggers
    // ("repelled ten attacks by the army in the areas of the villages of A").
    const size_t window = t.adjacent ? 1 : t.locative ? 20 : 12;
    for (size_t j = first; j < end && j < first + window + widen; ++j) {
      // "attacked on six axes: A, B, C": the names that follow are lines
      // of advance, not places fought for.
      if ((v.words[j] == "axes" || v.words[j] == "directions" || v.words[j] == "sectors") && j + 1 < end &&
          v.raw[j + 1] == ":") {
        break;
      }
      if (size_t settlement = RegionPossessiveAt(v, occ_at, j, end); settlement > j) {
        widen += settlement - j;  // (an adjacent trigger's one-token window too: "took the X region's B")
        j = settlement - 1;  // "near the Luhansk region's B": the region only locates B
        continue;
      }
      if (occ_at[j] < 0 && widen < 12 && (v.Cap(j) || v.raw[j] == ",") && j > first && v.words[first] != ",") ++widen;
      if (occ_at[j] < 0) {
        // "occupied a town south of X": X only says where the town is.
        PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, j, end);
        // Fighting "south of X" is fighting near X: the modifier right after the trigger.
        // "in the southeast of the village" is a part of it, not elsewhere ("advanced to the southeast of X" is).
        // (a compass point's part only: not "on the road to X")
        const bool part = j >= 2 && v.words[j - 1] == "the" && (v.words[j - 2] == "in" || v.words[j - 2] == "on") &&
                          CompassWord(v.words[j]);
        // A retreat west of X ("withdrew west of the settlements of A and
        // B") left X; one "to the west of X", like one "to positions near
        // X", only says where the troops went.
        // "repelled four attacks east of X": the attacks came near X.
        const bool beyond = ((t.kind == "fighting" || t.kind == "withdrawal") && j == t.b) ||
                            (t.reach && CompassOf(v, j, end));
        // "battles continued northwest of X near A and B", "attacked
        // northwest of X near A" (a front report's bearing, then the places
        // fought at): on past X.
        if (m.len && lex_.claim_modifiers.tag(m.tag) == "elsewhere" && !part && t.kind == "fighting") {
          if (const size_t near = NearAfterBearing(v, occ, occ_at, j, end); near > j) {
            j = near - 1;
            continue;
          }
        }
        if (m.len && lex_.claim_modifiers.tag(m.tag) == "elsewhere" && !part && !beyond) {
          break;
        }
        if (m.len && lex_.claim_modifiers.tag(m.tag) == "fighting") shielded_until = j + m.len;
        // "captured another village near X", "entered near the town of X",
        // "withdrew from a village near X": what was taken or left lies near
        // X; X only locates it (but "captured positions near X" is fighting
        // near X, above).
        if (m.len && lex_.claim_modifiers.tag(m.tag) == "locator" &&
            (t.kind == "captured" || (t.kind == "withdrawal" && LeftASettlementBefore(v, occ_at, t.b, j))) &&
            j >= shielded_until) {
          // "the capture of another village near X, Y", "a village outside
          // the city of X named Y": the settlement's own name after its
          // locator's place.
          if (const int named = NamedAfterLocator(v, occ, occ_at, t.b, j + m.len, end); named >= 0) {
            out.push_back(named);
          }
          break;
        }
      }
      if (t.kind == "fighting" && v.words[j] == "from" && j >= t.b) {
        if (size_t past = PastOrigin(v, occ, occ_at, j, end); past > j) {
          j = past - 1;  // "advance from the occupied town of X to A": where they came from
          continue;
        }
      }
      if (occ_at[j] >= 0 && occ[occ_at[j]].b == j + 1 && HyphenModifier(v.words[j])) {
        continue;  // "reclaimed X-area hamlets including A": it qualifies what follows
      }
      // Compass bearings locate attacks ("16 assaults west of X"), not an
      // offensive, which may lie beyond X.
      if (occ_at[j] >= 0 && t.locative &&
          !NearWordBefore(v, first, j, t.reach || (t.b == t.a + 1 && v.words[t.a] != "offensive")) &&
          !InTheAreaOf(v, j, occ[occ_at[j]].b, end)) {
        // "fighting ... in the Kharkiv region": a bare noun's place comes
        // after "near" or "around" ("fighting has been heavy for days
        // around the town of X").
        j = occ[occ_at[j]].b - 1;
        continue;
      }
      // "offensive actions in the A and B directions in the areas of C and
      // D": the lines of advance are passed over, on to the places.
      if (occ_at[j] >= 0 && t.forward) {
        if (const size_t line_end = LineEnd(v, occ, occ_at, occ_at[j], end); line_end > 0) {
          widen += line_end - j;
          j = line_end - 1;
          continue;
        }
      }
      if (occ_at[j] >= 0) {
        // "retreated to Kreminna": where they went, not what they left.
        // The same for a trigger that ends in "to" ("pushed back to X").
        const bool ends_to = v.words[t.b - 1] == "to";
        if (t.kind == "withdrawal" && (ends_to || (t.b < end && (v.words[t.b] == "to" || v.words[t.b] == "into")))) {
          // ("withdrawn to the small town of X", "to the nearby village of X":
          // adjectives before the settlement noun.)
          bool destination = true;
          for (size_t k = ends_to ? t.b : t.b + 1; k < j && destination; ++k) {
            const std::string_view w = v.words[k];
            // ("pushed back to a new defensive line between A, B and C".)
            const bool line = w == "line" || w == "lines" || w == "positions" || w == "position" || w == "new" ||
                              w == "defensive" || w == "defense" || w == "defence" || w == "fortified" ||
                              w == "prepared" || w == "between" || w == "along";
            destination = w == "the" || w == "a" || w == "of" || SettlementNoun(w) || line ||
                          (v.IsWord(k) && !v.Cap(k) && k + 1 < j && SettlementNoun(v.words[k + 1]));
          }
          if (destination) break;
        }
        // "withdraws the remnants of its forces to the X area": where the
        // forces went, "to" right before the name (past "the").
        if (t.kind == "withdrawal" && j > t.b) {
          size_t d = j;
          if (d > t.b && v.words[d - 1] == "the") --d;
          if (d > t.b && (v.words[d - 1] == "to" || v.words[d - 1] == "into" || v.words[d - 1] == "towards" ||
                          v.words[d - 1] == "toward")) {
            break;
          }
        }
        // The first settlement, then the list it heads: "A, B, and C".
        int o = occ_at[j];
        out.push_back(o);
        size_t k = occ[o].b;
        int loose = 0;
        while (k < end) {
          if (occ_at[k] >= 0 && (out.empty() || occ_at[k] != out.back())) {
            // "taken under control: A, B, and the settlement of C was
            // partially surrounded": an item with a verb of its own opens
            // a clause of its own.
            const size_t after = occ[occ_at[k]].b;
            // (After a verb only: "fighting for A and B is ongoing", "the
            // capture of A and B was a prerequisite" have the list as subject.)
            auto verb = [&] {
              for (size_t w = t.a; w < t.b; ++w) {
                if (v.words[w].ends_with("ed") || v.words[w] == "taken" || v.words[w] == "took") return true;
              }
              return false;
            };
            if (j >= t.b && after + 1 < end &&
                (v.words[after] == "was" || v.words[after] == "were" || v.words[after] == "is" ||
                 v.words[after] == "are" || v.words[after] == "has" || v.words[after] == "have") &&
                verb() && [&] {
                  size_t g = k;
                  while (g > 0 && (v.words[g - 1] == "of" || v.words[g - 1] == "the" || SettlementNoun(v.words[g - 1]))) {
                    --g;
                  }
                  return g > 0 && v.words[g - 1] == "and";
                }()) {
              break;
            }
            out.push_back(occ_at[k]);
            k = occ[occ_at[k]].b;
            loose = 0;
          } else if (size_t next = AppositiveAfterItem(v, lex_, occ_at, trigger_tok, k, end); next > k) {
            k = next;  // "A, a town on strategic heights, and B"
          } else if (size_t included = IncludedAfterItem(v, occ, occ_at, trigger_tok, k, end); included > k) {
            k = included;  // "A and several nearby villages, including B and C"
          } else if (size_t settlement = RegionPossessiveAt(v, occ_at, k, end); settlement > k) {
            k = settlement;  // "A and the Luhansk region's B"
          } else if (size_t after_region = RegionLocatorAfter(v, k, end); after_region > k) {
            k = after_region;  // "A in the southeastern Zaporizhzhia region, B in Kharkiv region, and C"
          } else if (size_t after_time = TimeAfterItem(v, lex_, k, end),
                     nx = after_time + (after_time + 2 < end && v.raw[after_time] == "," &&
                                                v.words[after_time + 1] == "and"
                                            ? 2
                                            : 1);
                     after_time > k && nx < end && occ_at[nx] >= 0 &&
                     (ItemClosesAt(v, occ[occ_at[nx]].b, end) ||
                      TimeAfterItem(v, lex_, occ[occ_at[nx]].b, end) > occ[occ_at[nx]].b ||
                      TimeEndsAt(v, lex_, occ[occ_at[nx]].b, end))) {
            // "the fall of A in December 2023 and B in February 2024" (not
            // "captured A last week, Kherson officials said")
            k = after_time;
          } else if (size_t again = RepeatedPreposition(v, lex_, occ_at, t, k, end); again > k) {
            k = again;  // "retreated from A on 26 February, and on 27 February, from B"
          } else if (DashToken(v, k) && k + 2 < end && v.words[k + 1] == "and" && out.size() >= 2 &&
                     occ[out.front()].a > 0 && DashToken(v, occ[out.front()].a - 1)) {
            // "two more settlements – A and B – and the village of C": a
            // dash closes the counted names a dash opened, the list goes on
            // (with an item of its own: not "– and C is now in range").
            size_t c = k + 2;
            c = PastSettlementIntro(v, c, end);
            if (c >= end || occ_at[c] < 0 || !ItemClosesAt(v, occ[occ_at[c]].b, end)) break;
            k = c;
          } else if (v.words[k] == "itself" && k + 1 < end && ListGlue(v, k + 1)) {
            ++k;  // "in the area of A itself, B and C"
          } else if (size_t close = v.raw[k] == "(" ? k + 1 : k;
                     close > k && t.kind == "fighting" && [&] {
                       while (close < end && close < k + 12 && v.raw[close] != ")" && v.raw[close] != "(") ++close;
                       return close < end && v.raw[close] == ")" && close + 2 < end && ListGlue(v, close + 1);
                     }()) {
            k = close + 1;  // "near A (13 km northeast of X) and B (10 km south of Y)": where A lies
          } else if (size_t near = t.kind == "fighting" && v.raw[k] == "," && k + 1 < end
                                       ? NearAfterBearing(v, occ, occ_at, k + 1, end)
                                       : k + 1;
                     near > k + 1) {
            k = near;  // "attacks on A itself, west of the city near B; ..."
          } else if (size_t item = t.kind == "fighting"
                                       ? PrepositionItemAfterGlue(v, occ, occ_at, occ[out.front()].a, k, end)
                                       : k;
                     item > k) {
            k = item;  // "near A, near B and C, and south of X near D"
          } else if (ListGlue(v, k)) {
            ++k;
          } else if (DashToken(v, k) && occ_at[k - 1] >= 0 && k + 1 < end && occ_at[k + 1] >= 0 &&
                     SettlementsNounBefore(v, occ[out.front()].a)) {
            ++k;  // "near the settlements of A – B – C": a line of places a dash joins
          } else if (size_t next = t.kind == "fighting" ? NextFrontItem(v, occ, occ_at, k, end) : k; next > k) {
            k = next;  // "...; to the west of X near C; and near D": a front report's items
          } else if (t.kind == "fighting" && DashToken(v, k) && k + 1 < end && occ_at[k + 1] >= 0 &&
                     (occ_at[k - 1] >= 0 || v.raw[k - 1] == ")") && DirectionsBefore(v, t.a, k) &&
                     (ItemClosesAt(v, occ[occ_at[k + 1]].b, end) ||
                      PrepositionAt(v, occ[occ_at[k + 1]].b, end))) {
            // A front report's lines of attack: "in the directions A — B, C — D"
            // run from where the attackers are (A, C) to what they fight for (B, D).
            // (The item before the dash is the last one listed: "A (country) — B" too.)
            if (!out.empty()) out.pop_back();
            ++k;
          } else if (k + 1 < end && v.words[k - 1] == "and" &&
                     (v.words[k] == "near" || v.words[k] == "around" || v.words[k] == "in") && t.kind == "fighting") {
            ++k;  // "near A and near the villages of B and C", "around A and in B"
            if (k < end && v.words[k] == "the") ++k;
            if (k + 1 < end && v.words[k + 1] == "of" && SettlementNoun(v.words[k])) k += 2;
            // "around A and in nearby towns, including B, C and D"
            if (k + 3 < end && (v.words[k] == "nearby" || v.words[k] == "neighbouring" ||
                                v.words[k] == "neighboring" || v.words[k] == "several" || v.words[k] == "other")) {
              if (SettlementNoun(v.words[k + 1]) && v.raw[k + 2] == "," && v.words[k + 3] == "including") k += 4;
            }
          } else if (size_t next = ItemLocatorAfter(v, occ, occ_at, k, end); next > k) {
            k = next;  // "captured A, to the northeast of X, and B"
          } else if (size_t after = CompassLocatorAfter(v, k, end); after > k && t.kind == "fighting") {
            k = after;  // "engulfed A to the south, B further south and C to the north"
          } else if (k + 3 < end && v.words[k] == "as" && v.words[k + 1] == "well" && v.words[k + 2] == "as") {
            k += 3;  // "A, B, as well as the city of C", "..., as well as near the cities of C and D"
            if (k < end && (v.words[k] == "near" || v.words[k] == "in" || v.words[k] == "around")) ++k;
            // "..., as well as in several places near C and D"
            if (k + 2 < end && (v.words[k] == "several" || v.words[k] == "some" || v.words[k] == "other") &&
                (v.words[k + 1] == "places" || v.words[k + 1] == "areas" || v.words[k + 1] == "spots") &&
                (v.words[k + 2] == "near" || v.words[k + 2] == "around")) {
              k += 3;
            }
            if (k < end && v.words[k] == "the") ++k;
            if (k + 1 < end && v.words[k + 1] == "of" && SettlementNoun(v.words[k])) k += 2;
          } else if (size_t item = CompassListItem(v, occ, occ_at, k, end); t.kind == "fighting" && item > k) {
            k = item;  // "near A, north of B, west of C and D": a front report's list
          } else if (size_t alias = AliasAfter(v, k, end); alias > k) {
            k = alias;  // "A (B), C and D": B is another name of A
          } else if (size_t skip = Locative(v, lex_, occ_at, k, end); skip > k && ++loose <= 3) {
            k = skip;  // "A in the LPR (DPR) and B": the region locates A
            // A report grouped by region goes on after a semicolon: "A,
            // Kharkiv region; B and C in Luhansk region".
            if (k + 1 < end && v.raw[k] == ";" && occ_at[k + 1] >= 0) {
              // Only when a list goes on: "; B and C", "; B, C", "; B in ...".
              const size_t after = occ[occ_at[k + 1]].b;
              if (after >= end || v.raw[after] == "," || v.raw[after] == ";" || v.raw[after] == "." ||
                  v.words[after] == "and" || v.words[after] == "in") {
                ++k;
              }
            }
          } else if (size_t part = t.kind == "fighting" && k > 1 &&
                                           (ListGlue(v, k - 1) || (v.words[k - 1] == "the" && ListGlue(v, k - 2)))
                                       ? PartBeforeItem(v, lex_, occ_at, k, end)
                                       : k;
                     part > k) {
            k = part;  // "attacked A, the northern part of B and C"
          } else if (v.Cap(k) && ++loose <= 3) {
            ++k;  // an unresolved name in the list
            // "A, the Serebrianske forestry and B": a named feature in the list.
            if (k < end && (v.words[k] == "forest" || v.words[k] == "forestry" || v.words[k] == "woods" ||
                            v.words[k] == "heights" || v.words[k] == "forests")) {
              ++k;
            }
          } else {
            break;
          }
        }
        return out;
      }
      if (t.kind == "withdrawal") {
        // "retreated to the western outskirts of X", "fled positions on the
        // outskirts of X", "fleeing from positions near X": a retreat from
        // (part of) X. Not "withdrew to positions near X".
        PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, j, end);
        const std::string* tag = m.len ? &lex_.claim_modifiers.tag(m.tag) : nullptr;
        const bool to = t.b < end && (v.words[t.b] == "to" || v.words[t.b] == "towards" || v.words[t.b] == "toward");
        if (tag != nullptr && (IsPartTag(*tag) || (*tag == "fighting" && !to))) {
          j += m.len - 1;
          if (j + 1 < end && v.words[j + 1] == "of") ++j;  // "outskirts" + "of" (the "outskirts of" trigger)
          continue;
        }
        if (tag != nullptr && *tag == "fighting" && to) break;  // "withdrew to positions near X"
      }
      // "Krasnoarmeysk (Pokrovsk in Ukrainian)": a name, then the place it is.
      if (v.raw[j] == "(" && j > t.b && v.Cap(j - 1) && j + 1 < end && occ_at[j + 1] >= 0) continue;
      // A locative's place is the one after "near" or "in the area of":
      // another trigger on the way ("repelled four attacks by ... in the
      // area of X") does not end its reach.
      if (trigger_tok[j] && t.reach) continue;
      // "retreating from the besieged eastern city of X", "the takeover of
      // the nearby besieged X": a participle used as an adjective, after a
      // determiner and before the settlement noun or the name.
      // So is a control adjective: "attacked the Ukrainian-held town of X".
      if (trigger_tok[j] && j >= t.b && v.IsWord(j) && HyphenModifier(v.words[j]) && j + 1 < end &&
          (occ_at[j + 1] >= 0 || SettlementNoun(v.words[j + 1]))) {
        continue;
      }
      if (trigger_tok[j] && j > t.b && v.IsWord(j) && v.words[j].ends_with("ed")) {
        size_t d = j;
        while (d > t.b && d + 3 > j && v.IsWord(d - 1) && !v.Cap(d - 1) && !trigger_tok[d - 1] &&
               v.words[d - 1] != "the" && v.words[d - 1] != "a") {
          --d;
        }
        size_t h = j + 1;
        while (h < end && h < j + 3 && v.IsWord(h) && !v.Cap(h) && !SettlementNoun(v.words[h]) && !trigger_tok[h]) ++h;
        if (d > t.b && (v.words[d - 1] == "the" || v.words[d - 1] == "a") && h < end &&
            (SettlementNoun(v.words[h]) || occ_at[h] >= 0)) {
          continue;
        }
      }
      if (trigger_tok[j] && j < t.b + 3) {
        // "liberated 40% of X": the next trigger holds the object; nothing
        // before the trigger is its object either.
        blocked = true;
        break;
      }
      // "clashes with Armed Forces (AF) units in ...": an
      // abbreviation in parentheses is passed over.
      if (v.raw[j] == "(" && j + 2 < end && v.raw[j + 2] == ")" && v.IsWord(j + 1) && v.Cap(j + 1) &&
          occ_at[j + 1] < 0) {
        j += 2;
        continue;
      }
      // "captured two settlements in the region—A and B—": the names a dash
      // opens right after the counted settlements.
      // (The names run to a closing dash or to the clause's end: not
      // "captured two villages — Kupiansk officials said ...".)
      if (DashToken(v, j) && j > t.b && j + 1 < end && occ_at[j + 1] >= 0) {
        // (A count a locator away, "five villages in Ukraine's Kharkiv
        // region near the border — A, B", CountedNamesAfterDash passed.)
        bool counted = false;
        for (size_t b = j; b-- > t.b && b + 6 > j && !v.IsPunct(b) && !counted;) {
          const std::string_view w = v.words[b];
          counted = w == "villages" || w == "settlements" || w == "towns" || w == "localities" || w == "hamlets";
        }
        size_t k = j + 1;
        while (k < end && (occ_at[k] >= 0 || ListGlue(v, k) || (v.Cap(k) && k > j + 1 && ListGlue(v, k - 1)))) ++k;
        const bool closed = k >= end || DashToken(v, k) || v.raw[k] == "." || v.raw[k] == ";" || v.raw[k] == ",";
        if (counted && closed) continue;
      }
      if (trigger_tok[j] || HardStop(v, j)) break;
      if (v.raw[j] == ",") {
        // Only a list introduction may stand between: ", including A"; or
        // the comma of a list of names that resolved to nothing: "P, A".
        const std::string* tag = j + 1 < end ? lex_.claim_modifiers.TagOf(v.ids[j + 1]) : nullptr;
        if (tag == nullptr && j + 2 < end) {  // ", in particular A"
          PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, j + 1, end);
          if (m.len > 1) tag = &lex_.claim_modifiers.tag(m.tag);
        }
        const bool name_list = j > t.b && v.Cap(j - 1) && j + 1 < end && (v.Cap(j + 1) || v.words[j + 1] == "and");
        // "occupied two villages, A and B", "two villages within the region, A": the names
        // right after the comma are the villages counted before it.
        bool counted_names = false;
        if (j + 1 < end && occ_at[j + 1] >= 0) {
          for (size_t b = j; b-- > t.b && b + 6 > j && !v.IsPunct(b);) {
            const std::string_view w = v.words[b];
            if (w == "villages" || w == "settlements" || w == "towns" || w == "localities" || w == "hamlets" ||
                w == "cities") {
              counted_names = true;
              break;
            }
          }
        }
        // The comma that closes the introduction: ", in particular, A and B".
        bool closes_intro = false;
        for (size_t len = 1; len <= 3 && len + 1 <= j - t.a && !closes_intro; ++len) {
          PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, j - len, j);
          closes_intro = m.len == static_cast<int>(len) && lex_.claim_modifiers.tag(m.tag) == "list" &&
                         v.raw[j - len - 1] == ",";
        }
        // "took the regional capital, the city of X": the object named
        // again after the comma.
        // ("seized another village in the region, X": past where it lies.)
        bool renamed = false;
        const std::string_view det = v.words[t.b];
        size_t head_end = j;
        if (head_end >= t.b + 4 && v.words[head_end - 2] == "the" && v.words[head_end - 3] == "in" &&
            (v.words[head_end - 1] == "region" || v.words[head_end - 1] == "area" ||
             v.words[head_end - 1] == "oblast" || v.words[head_end - 1] == "province")) {
          head_end -= 3;
        }
        // ("advancing towards their next target, X": a fighting trigger's
        // goal, named after the comma.)
        const bool goal_det = det == "their" || det == "its" || det == "the";
        if (j >= t.b + 2 && head_end <= t.b + 5 && j + 1 < end &&
            (det == "the" || det == "a" || det == "an" || det == "another" || det == "one" ||
             (goal_det && t.kind == "fighting"))) {
          const std::string_view head = v.words[head_end - 1];
          renamed = head == "capital" || head == "hub" || head == "stronghold" || head == "centre" ||
                    head == "center" || SettlementNoun(head) ||
                    (goal_det && t.kind == "fighting" &&
                     (head == "target" || head == "objective" || head == "goal" || head == "prize"));
          for (size_t b = t.b + 1; b < head_end && renamed; ++b) renamed = v.IsWord(b) && !v.Cap(b) && occ_at[b] < 0;
          // (the name alone, not "Pokrovsk's mayor said", "Kupiansk residents said")
          const bool named_next = (occ_at[j + 1] >= 0 && ItemClosesAt(v, occ[occ_at[j + 1]].b, end)) ||
                                  (j + 3 < end && v.words[j + 1] == "the" && SettlementNoun(v.words[j + 2]) &&
                                   v.words[j + 3] == "of");
          renamed = renamed && named_next;
        }
        // "battles are under way in the south, near A and B": a fighting
        // trigger's broad location, then the places near which it goes on.
        bool narrowed = false;
        if (t.kind == "fighting" && tag != nullptr && *tag == "locator" && j > t.b && j <= t.b + 6) {
          // (the preposition ends the trigger, "taking place in", or follows it)
          auto prep = [&](size_t k) { return v.words[k] == "in" || v.words[k] == "on" || v.words[k] == "along"; };
          const size_t from = prep(t.b - 1) ? t.b : prep(t.b) ? t.b + 1 : j;
          narrowed = from < j;
          for (size_t b = from; b < j && narrowed; ++b) {
            // (a line of advance may stand there: "in the Zaporizhzhia direction, near A")
            if (occ_at[b] >= 0) {
              if (const size_t line_end = LineEnd(v, occ, occ_at, occ_at[b], end); line_end > b && line_end <= j) {
                b = line_end - 1;
                continue;
              }
            }
            narrowed = !v.IsPunct(b) && v.SettlementAt(b) < 0;
          }
        }
        if ((tag == nullptr || *tag != "list") && !name_list && !closes_intro && !counted_names && !renamed &&
            !narrowed) {
          break;
        }
      }
    }
  }
  // "X, the last fully Ukrainian-controlled city in Y": a control adjective
  // in an appositive of the place before it (its noun names no place).
  if (out.empty() && t.forward && t.adjacent && t.hold && HyphenModifier(v.words[t.a]) && t.b + 1 < end &&
      SettlementNoun(v.words[t.b]) && v.words[t.b + 1] != "of" && occ_at[t.b + 1] < 0) {
    size_t k = t.a;
    while (k > begin && k + 4 > t.a && v.IsWord(k - 1) && !v.Cap(k - 1) && v.words[k - 1] != "the") --k;
    if (k >= begin + 3 && v.words[k - 1] == "the" && v.raw[k - 2] == "," && occ_at[k - 3] >= 0) {
      out.push_back(occ_at[k - 3]);
    }
  }
  // "the town of X which Russian troops are on the brink of capturing": a
  // forward trigger that closes a relative clause takes the place the
  // clause is about.
  if (t.forward && !t.locative && !t.nominal && out.empty() && t.a > begin && (t.b >= end || v.IsPunct(t.b))) {
    for (size_t k = t.a; k-- > begin && k + 9 > t.a;) {
      if (v.IsPunct(k)) break;
      if (v.words[k] != "which" && v.words[k] != "that") continue;
      size_t p = k;
      if (p > begin && v.raw[p - 1] == ",") --p;
      if (p > begin && occ_at[p - 1] >= 0 && !trigger_tok[p - 1]) out.push_back(occ_at[p - 1]);
      break;
    }
  }
  // "X, a factory town Russia captured in February": a relative clause
  // without its pronoun, a side as its subject, in an appositive whose
  // settlement noun stands for X.
  if (t.backward && out.empty() && t.a >= begin + 5 && !blocked && t.kind == "captured") {
    size_t k = t.a - 1;
    if (k > begin && (v.words[k] == "forces" || v.words[k] == "troops")) --k;
    if (lex_.sides.Longest(v.ids, k, k + 1).len == 1 && k > begin && SettlementNoun(v.words[k - 1])) {
      size_t j = k - 1;
      while (j > begin && j + 4 > k && !v.IsPunct(j - 1) && v.words[j - 1] != "a" && v.words[j - 1] != "an") --j;
      if (j >= begin + 3 && (v.words[j - 1] == "a" || v.words[j - 1] == "an") && v.raw[j - 2] == "," &&
          occ_at[j - 3] >= 0) {
        out.push_back(occ_at[j - 3]);
        return out;
      }
    }
  }
  if (t.backward && out.empty() && t.a > begin && !blocked) {
    // Nine words back; quotation marks do not count ("X and Y are
    // "badly overstretched" and could fall").
    size_t stop = t.a - 1;
    if (!t.adjacent) {
      for (int words = 0; stop > begin && words < 8; --stop) words += v.IsQuoteMark(stop) ? 0 : 1;
    }
    bool relative = false;
    bool comma_passed = false;  // the comma right before the trigger, or before adverbs of time
    for (size_t j = t.a; j-- > stop;) {
      // "X, a hub for the supply of Y, has passed under control": an
      // appositive between subject and verb is passed over whole.
      if (!t.adjacent && v.raw[j] == "," && (j + 1 == t.a || VerbGroupOnly(v, j + 1, t.a))) {
        // "the town, X, is now under Russian control": the name between
        // the commas is the subject's.
        if (j > begin + 1 && occ_at[j - 1] >= 0) {
          const size_t a0 = occ[occ_at[j - 1]].a;
          if (a0 > begin && v.raw[a0 - 1] == ",") continue;
        }
        if (size_t k = AppositiveStart(v, begin, j); k < j) {
          j = k;
          stop = std::min(stop, k > begin + 9 ? k - 9 : begin);
          continue;
        }
      }
      if (occ_at[j] >= 0) {
        int o = occ_at[j];
        // "the village of A which is one of X's suburbs is under control": a
        // possessor inside a relative clause is no subject; the walk goes on
        // to the clause's antecedent.
        if (const size_t after = occ[o].b; after < t.a && v.IsPossessive(after)) {
          size_t rel = occ[o].a;
          while (rel > begin && rel + 6 > occ[o].a && v.words[rel - 1] != "which" && v.words[rel - 1] != "that" &&
                 !v.IsPunct(rel - 1)) {
            --rel;
          }
          if (rel > begin && (v.words[rel - 1] == "which" || v.words[rel - 1] == "that")) {
            j = rel - 1;
            stop = std::min(stop, j > begin + 4 ? j - 4 : begin);
            continue;
          }
        }
        // "the situation in (and around) (the city of) X is under control",
        // "the fire at the plant in X is under control": what is in hand is
        // no capture of X.
        if (t.kind == "captured") {
          bool in_hand = false;
          for (size_t k = occ[o].a; k-- > begin && k + 8 > occ[o].a;) {
            const std::string_view w = v.words[k];
            if (w == "situation" || w == "fire" || w == "blaze" || w == "fires") {
              in_hand = true;
              break;
            }
            if (v.IsPunct(k) || !(w == "in" || w == "around" || w == "near" || w == "and" || w == "the" ||
                                  w == "at" || w == "of" || w == "plant" || w == "city" || w == "town" ||
                                  w == "village" || w == "area")) {
              break;
            }
          }
          if (in_hand) break;
        }
        // "X, recently captured by ...", "X, captured by ...": the name heads
        // the subject (not "Two soldiers from X, recently captured near Y").
        if (comma_passed) {
          // People captured somewhere ("recently captured near Y", "already
          // captured once"); a name that only says where people are from
          // ("Two soldiers from X", "A resident of X", "the brigade
          // defending X"). Not "near the eastern town of X, recently
          // captured by ...".
          const std::string_view next = t.b < end ? v.words[t.b] : std::string_view();
          if (next == "near" || next == "in" || next == "at" || next == "outside" || next == "on" ||
              next == "during" || next == "while" || next == "once" || next == "twice") {
            break;
          }
          const size_t a = occ[o].a;
          const std::string_view prev = a > begin ? v.words[a - 1] : std::string_view();
          if (prev == "from" || prev == "defending" || prev == "defend" ||
              (prev == "of" && !(a >= begin + 2 && SettlementNoun(v.words[a - 2])))) {
            break;
          }
        }
        // "a town near X has been recaptured": X only locates the town.
        if (const size_t a = occ[o].a; a >= begin + 3 &&
                                       (v.words[a - 1] == "near" || v.words[a - 1] == "outside" ||
                                        v.words[a - 1] == "around") &&
                                       SettlementNoun(v.words[a - 2]) &&
                                       (v.words[a - 3] == "a" || v.words[a - 3] == "an" ||
                                        v.words[a - 3] == "another" || v.words[a - 3] == "one")) {
          break;
        }
        // "Dozens of civilians from X remain in Russian hands": people from
        // the place are held, not the place.
        if (const size_t a = occ[o].a; a >= begin + 2 && v.words[a - 1] == "from") {
          const std::string_view who = v.words[a - 2];
          if (who == "civilians" || who == "residents" || who == "people" || who == "prisoners" || who == "soldiers" ||
              who == "servicemen" || who == "children" || who == "refugees" || who == "evacuees" ||
              who == "inhabitants" || who == "troops" || who == "defenders" || who == "men" || who == "women") {
            break;
          }
        }
        // "the X settlement in Y has fallen", "A near Y has been recaptured":
        // Y only locates X.
        if (const size_t a = occ[o].a;
            a >= begin + 2 && (v.words[a - 1] == "in" || v.words[a - 1] == "near" || v.words[a - 1] == "outside")) {
          size_t p = a - 2;
          if (SettlementNoun(v.words[p]) && p > begin) --p;
          if (occ_at[p] >= 0 && occ_at[p] != o) {
            o = occ_at[p];
            j = occ[o].a;
          }
        }
        // "A and B south of C came under control": C only locates them.
        if (long l = ModifierEndingAt(v, occ[o].a, begin, "elsewhere"); l >= 0 && !relative) {
          j = static_cast<size_t>(l);
          if (j <= stop) break;
          continue;
        }
        out.push_back(o);
        // Back over a list: "A and B were captured", "A, B, as well as the city of C, came under".
        size_t k = occ[o].a;
        while (k > begin && (ListGlue(v, k - 1) || AsWellAsBefore(v, begin, k) < k)) {
          size_t g = AsWellAsBefore(v, begin, k);
          if (g == k) --g;
          while (g > begin && ListGlue(v, g - 1)) --g;
          if (g > begin && occ_at[g - 1] >= 0 && occ_at[g - 1] != out.back()) {
            out.push_back(occ_at[g - 1]);
            k = occ[occ_at[g - 1]].a;
          } else {
            break;
          }
        }
        break;
      }
      // A comma right before the trigger may close the subject: "A, as well as B, came under control";
      // so may one before a relative pronoun: "north of A, which was recaptured".
      // Also with its subject: "the city of A, which Russian forces captured in May".
      if (v.raw[j] == "," && j + 1 < t.a && (v.words[j + 1] == "which" || v.words[j + 1] == "that") &&
          (AuxiliariesOnly(v, j + 2, t.a) || (t.kind == "captured" && ArmySubjectOnly(v, j + 2, t.a)))) {
        relative = true;  // the clause is about the name right before the comma
        continue;
      }
      // "two villages – A and B – are said to have fallen": a dash that
      // closes a list of names a dash opened.
      if (DashClosesNames(v, occ_at, begin, j)) continue;
      // "Bakhmut — now under Russian occupation — links ...", "X (now
      // under Russian control)": an insertion the name right before opens.
      // (The insertion closes soon after the trigger with no noun of its own:
      // not "(captured Russian soldiers were held there)", "– occupied
      // Crimea lies across".)
      if ((DashToken(v, j) || v.raw[j] == "(") && j > begin && occ_at[j - 1] >= 0 &&
          (j + 1 == t.a || TimeAdverbsOnly(v, j + 1, t.a)) && InsertionClosesAfter(v, t, j, end)) {
        continue;
      }
      // "X, recently captured by ...": a comma, adverbs of time, the trigger.
      // ("A, B, and several other settlements have been liberated": the
      // comma before the list's unnamed tail.)
      if (trigger_tok[j] || HardStop(v, j) ||
          (v.raw[j] == "," && j + 1 != t.a && !TimeAdverbsOnly(v, j + 1, t.a) && !UnnamedListTail(v, j + 1, t.a))) {
        break;
      }
      // (a participle's comma: "X, (recently) captured by", not a list's
      // "A, as well as B, came under")
      if (v.raw[j] == "," && !t.adjacent &&
          (v.words[t.a].ends_with("ed") || v.words[t.a].ends_with("en") || v.words[t.a] == "held")) {
        comma_passed = true;
      }
    }
  }
  // "X, where fierce fighting is taking place, ...", "A and B, where forces
  // are reportedly surrounded": fighting in a "where" clause is in the
  // places before it (past a region: "X, Kharkiv Oblast, where ...").
  if (out.empty() && !blocked && t.kind == "fighting") {
    size_t w = t.a;
    while (w > begin && w + 12 > t.a && v.words[w - 1] != "where" && !HardStop(v, w - 1) && v.raw[w - 1] != ",") --w;
    if (w > begin + 1 && v.words[w - 1] == "where") {
      size_t k = w - 1;  // "where"
      // (past the comma and a closing quotation mark: '... in Yampil," where')
      while (k > begin && k + 3 > w && (v.raw[k - 1] == "," || v.IsQuoteMark(k - 1))) --k;
      // ("A and B are where the most intense fighting is happening": the
      // places are the subject, opening the sentence; not "the key question
      // in X is where the fighting will spread".)
      bool copula = false;
      if (k == w - 1 && k > begin + 1 &&
          (v.words[k - 1] == "is" || v.words[k - 1] == "are" || v.words[k - 1] == "was" || v.words[k - 1] == "were")) {
        --k;
        copula = true;
      }
      // Past a region that locates the place: "X in Donetsk region, where".
      if (k > begin + 3 && (v.words[k - 1] == "region" || v.words[k - 1] == "oblast")) {
        size_t r = k - 1;
        while (r > begin && r + 4 > k && v.Cap(r - 1)) --r;
        if (r > begin && r < k - 1 && v.words[r - 1] == "the") --r;
        if (r > begin + 1 && v.words[r - 1] == "in" && occ_at[r - 2] >= 0) k = r - 1;
      }
      // Past a region that locates the place: ", Kharkiv Oblast".
      if (k > begin + 2) {
        size_t c = k;
        while (c > begin && c + 6 > k && v.raw[c - 1] != ",") --c;
        if (c > begin && c < k && v.raw[c - 1] == "," && RegionAppositive(v, c, k)) k = c - 1;
      }
      if (k > begin && occ_at[k - 1] >= 0) {
        out.push_back(occ_at[k - 1]);
        size_t a = occ[occ_at[k - 1]].a;
        while (a > begin && ListGlue(v, a - 1)) {
          size_t g = a - 1;
          while (g > begin && ListGlue(v, g - 1)) --g;
          if (g > begin && occ_at[g - 1] >= 0 && occ_at[g - 1] != out.back()) {
            out.push_back(occ_at[g - 1]);
            a = occ[occ_at[g - 1]].a;
          } else {
            break;
          }
        }
        if (copula) {
          size_t f = begin;
          while (f < a && (!v.IsWord(f) || v.words[f] == "the" || SettlementNoun(v.words[f]) || v.words[f] == "of")) ++f;
          if (f < a) out.clear();
        }
      }
    }
  }
  // "Russian troops stationed in the village of X, ..., had withdrawn": the
  // troops' station is the place left.
  if (out.empty() && !blocked && t.kind == "withdrawal" && (t.b >= end || occ_at[t.b] < 0)) {
    for (size_t k = t.a; k-- > begin && k + 18 > t.a && !HardStop(v, k);) {
      const std::string_view w = v.words[k];
      if (w != "stationed" && w != "based" && w != "deployed" && w != "positioned" && w != "garrisoned") continue;
      size_t j = k + 1;
      if (j < end && (v.words[j] == "in" || v.words[j] == "at")) ++j;
      j = PastSettlementIntro(v, j, end);
      if (j < t.a && occ_at[j] >= 0) out.push_back(occ_at[j]);
      break;
    }
  }
  // "Four settlements were now under its control, including A and B": a
  // plural settlement noun heads the subject, the names follow the trigger.
  if (t.backward && out.empty() && !blocked) {
    bool counted = false;
    // (past an appositive: "four settlements in the region, the focal
    // point of the push, were now under its control"; the noun heads the
    // subject: only a locator, an appositive in commas, auxiliaries and
    // "now" stand between, not "fires broke out in several towns but are")
    bool in_commas = false;
    for (size_t k = t.a; k-- > begin && k + 20 > t.a && !HardStop(v, k);) {
      const std::string_view w = v.words[k];
      if (v.raw[k] == ",") {
        in_commas = !in_commas;
        continue;
      }
      if (w == "settlements" || w == "villages" || w == "towns" || w == "localities") {
        counted = !in_commas;
        break;
      }
      if (in_commas) continue;
      if (!(v.Cap(k) || w == "in" || w == "the" || w == "region" || w == "oblast" || w == "were" || w == "are" ||
            w == "was" || w == "is" || w == "have" || w == "has" || w == "been" || w == "now" || w == "all" ||
            w == "also" || w == "reportedly" || w == "of" || w == "its" || w == "their")) {
        break;
      }
    }
    size_t k = t.b;
    while (counted && k + 2 < end && k < t.b + 4 && v.raw[k] != ",") ++k;
    if (counted && k + 2 < end && v.raw[k] == "," && v.words[k + 1] == "including" && occ_at[k + 2] >= 0) {
      size_t j = k + 2;
      while (j < end) {
        if (occ_at[j] >= 0) {
          if (out.empty() || out.back() != occ_at[j]) out.push_back(occ_at[j]);
          j = occ[occ_at[j]].b;
        } else if (ListGlue(v, j)) {
          ++j;
        } else {
          break;
        }
      }
    }
  }
  return out;
}

ClaimFinder::Markers ClaimFinder::MarkersAround(const DocView& v, const Trigger& t, size_t begin,
                                                size_t end) const {
  Markers mk;
  size_t a = t.a;
  while (a > begin && a + 10 > t.a && !(v.IsPunct(a - 1) && (v.raw[a - 1] == "," || v.raw[a - 1] == ";"))) --a;
  // A denial reaches further over its clause: "Kiev denies that the town of
  // X in the region is wholly under the control of ...".
  for (size_t d = a; d > begin && d + 22 > t.a && !(v.IsPunct(d - 1) && (v.raw[d - 1] == "," || v.raw[d - 1] == ";"));) {
    --d;
    PhraseTable::Match m = lex_.modality.Longest(v.ids, d, t.a);
    if (m.len && lex_.modality.tag(m.tag) == "deny" && d + m.len < t.a && v.words[d + m.len] == "that") {
      mk.deny = mk.negation = true;
      break;
    }
  }
  for (size_t i = a; i < t.a; ++i) {
    PhraseTable::Match m = lex_.modality.Longest(v.ids, i, t.a);
    if (!m.len) continue;
    const std::string_view tag = lex_.modality.tag(m.tag);  // (tested against a dozen names below)
    if (tag == "negation" || tag == "partial") {
      // Right before the trigger, past auxiliaries and adverbs only:
      // "is not under", "has not yet been taken", "almost completely occupied".
      // "neither A nor B is under Russian control": past the places too.
      const bool neither = v.words[i] == "neither" || v.words[i] == "nor";
      bool direct = i + m.len + 3 >= t.a || neither;
      for (size_t k = i + m.len; k < t.a && direct; ++k) {
        const std::string* kt = lex_.modality.TagOf(v.ids[k]);
        direct = AuxiliariesOnly(v, k, k + 1) || (kt != nullptr && *kt == "partial") ||
                 (neither && (v.InPlace(k) || v.words[k] == "nor"));
      }
      if (direct && tag == "negation") {
        mk.direct_negation = true;
        // "failed to take", "cannot capture", "could not seize": an attempt
        // that failed.
        // (Not "cannot capture X", an assessment of what may come.)
        const std::string_view w = v.words[i];
        mk.inability = mk.inability || w == "failed" || w == "failing" ||
                       (w == "not" && i > begin && v.words[i - 1] == "could");
      }
      if (direct && tag == "partial") mk.partial = true;
    }
    if (tag == "predict") mk.predict = true;
    if (tag == "future") mk.future = true;
    if (tag == "hedge") mk.hedge = true;
    // A modal right before the verb looks ahead: "may capture X", "could
    // take X" (not "may have taken X", "reportedly captured X").
    if (tag == "hedge" && i + m.len == t.a && (v.words[i] == "may" || v.words[i] == "might" || v.words[i] == "could") &&
        v.words[t.a] != "have" && v.words[t.a] != "has" && v.words[t.a] != "had") {
      mk.future = true;
    }
    // ... and so does "likely to" right before it: "are likely to liberate
    // X" (not "likely to have taken X", "likely to claim that it took X").
    if (tag == "hedge" && v.words[i] == "likely" && i + 2 == t.a && v.words[i + 1] == "to" &&
        v.words[t.a] != "have" && v.words[t.a] != "has" && v.words[t.a] != "had" && v.words[t.a] != "been") {
      mk.future = true;
    }
    if (tag == "negation") mk.negation = true;
    if (tag == "deny") mk.deny = mk.negation = true;
    if (tag == "presuppose" && i + m.len + 1 >= t.a) mk.presuppose = true;
    // ... also past a possessive: "follows Russia's seizure of X".
    if (tag == "presuppose" && i + m.len + 3 >= t.a && t.a >= 2 &&
        v.IsPossessive(t.a - 1) && v.Cap(t.a - 2)) {
      mk.presuppose = true;
    }
    // Right before the trigger, or before a gerund that leads to it: "with
    // the aim of establishing control of X".
    if (tag == "attempt" && (i + m.len == t.a || (i + m.len + 1 == t.a && v.words[i + m.len].ends_with("ing")))) {
      mk.attempt = true;
    }
    if (tag == "conditional") mk.conditional = true;
    // "urged Kyiv to withdraw from X", "called on Name to order troops to
    // withdraw": a demand is no claim.
    // (Not what was asked for: "asked for weapons to retake X".)
    // (Only the demand's own infinitive: not "proposed a ceasefire after
    // forces had managed to seize X", "asked how the army managed to
    // liberate X", "pressed on to capture X".)
    if (tag == "demand" && i + m.len < t.a && t.a > begin && v.words[t.a - 1] == "to" && t.a <= i + m.len + 6) {
      bool other = false;
      for (size_t k = i + m.len; k < t.a && !other; ++k) {
        const std::string_view w = v.words[k];
        other = w == "for" || w == "after" || w == "how" || w == "that" || w == "when" || w == "because" ||
                w == "as" || w == "since" || w == "before" || w == "while" || w == "managed" || w == "able" ||
                w == "on" || w == "ahead" || w == "forward" || w == "know" || w == "why";
      }
      if (!other) mk.hypothetical = true;
    }
    // A capture disavowed is no claim; a withdrawal disavowed ("does not
    // intend to withdraw its troops from X") says X is held: contested.
    if (tag == "disavow" && i + m.len + 2 >= t.a) {
      if (t.kind == "withdrawal") {
        mk.negation = mk.direct_negation = true;
      } else {
        mk.hypothetical = true;
      }
    }
    // Only a noun follows "potential"; quotation marks may stand between
    // ('the possible "capture of X').
    if (tag == "hypothetical") {
      size_t n = i + m.len;
      while (n < t.a && v.IsQuoteMark(n)) ++n;
      if (n == t.a) mk.hypothetical = true;
    }
    // "the alleged capture of X", "allegedly took X": the reporter's hedge
    // on a claim; a capture so hedged is disputed.
    if (tag == "disputed") {
      mk.hedge = true;
      // (the capture itself: "the alleged (complete) capture", "allegedly
      // captured", "the alleged transfer of X under the control of"; not
      // "the alleged war crimes ... after they captured X")
      bool itself = i + m.len + 1 >= t.a;
      if (!itself && i + m.len + 6 >= t.a) {
        itself = true;
        for (size_t k = i + m.len; k < t.a && itself; ++k) {
          const std::string_view w = v.words[k];
          itself = v.InPlace(k) || w == "transfer" || w == "handover" || w == "of" || w == "the" || w == "complete" ||
                   w == "full" || w == "final" || w == "total";
        }
      }
      if (t.kind == "captured" && itself) mk.disputed = true;
    }
    i += m.len - 1;
  }
  // An infinitive joined to an attempt's: "trying to break through the
  // defences and capture the settlements of X" (not "tried to break
  // through and captured X").
  if (!mk.attempt && t.a > a + 2 && v.words[t.a - 1] == "and" && !v.words[t.a].ends_with("ed")) {
    const std::string* own = lex_.modality.TagOf(v.ids[t.a]);
    if (own == nullptr || *own != "past") {
      for (size_t i = a; i + 1 < t.a; ++i) {
        PhraseTable::Match m = lex_.modality.Longest(v.ids, i, t.a - 1);
        if (m.len && lex_.modality.tag(m.tag) == "attempt") {
          mk.attempt = true;
          break;
        }
      }
    }
  }
  // A purpose infinitive: "advancing to (swiftly) liberate X" is an attempt;
  // "managed to take X", "were able to take X" report the outcome.
  if (!mk.attempt && !mk.future && !mk.predict && t.a > begin + 1) {
    size_t k = t.a - 1;
    if (v.IsWord(k) && !v.Cap(k) && v.words[k].size() > 4 && v.words[k].ends_with("ly") && k > begin + 1) --k;
    std::string_view prev = v.words[k - 1];
    // "and advanced east to take control of X": an active past verb of the
    // narrative, not a plan ("an operation was launched to enter X").
    size_t pv = k - 1;
    if (pv > begin && (prev == "east" || prev == "west" || prev == "north" || prev == "south" || prev == "further" ||
                       prev == "forward" || prev == "on" || prev == "in")) {
      --pv;
    }
    const bool narrative = v.IsWord(pv) && v.words[pv].size() > 4 && v.words[pv].ends_with("ed") && pv > begin &&
                           v.words[pv - 1] != "was" && v.words[pv - 1] != "were" && v.words[pv - 1] != "been" &&
                           v.words[pv - 1] != "be";
    // Nor a report's infinitive: "is said to have fallen", "are believed
    // to control X" (a perfect infinitive is never a purpose).
    const bool reported = prev == "said" || prev == "reported" || prev == "believed" || prev == "thought" ||
                          prev == "claimed" || prev == "understood" || prev == "alleged" || prev == "known" ||
                          prev == "seem" || prev == "seems" || prev == "seemed" || prev == "appear" ||
                          prev == "appears" || prev == "appeared" || v.words[t.a] == "have";
    if (v.words[k] == "to" && !narrative && !reported && prev != "managed" && prev != "able" &&
        prev != "succeeded" && prev != "due") {
      mk.attempt = true;
    }
  }
  // "last year's capture of X", "Sunday's fall of X": a time's possessive
  // before a capture noun dates it in the past.
  if (t.nominal && t.a >= begin + 2 && v.IsPossessive(t.a - 1)) {
    const std::string_view when = v.words[t.a - 2];
    const bool last = t.a >= begin + 3 && v.words[t.a - 3] == "last";
    if (((when == "year" || when == "month" || when == "week" || when == "summer" || when == "winter" ||
          when == "spring" || when == "autumn") && last) ||
        when == "yesterday" || (v.Cap(t.a - 2) && lex_.weekdays.TagOf(v.ids[t.a - 2]) != nullptr)) {
      mk.past = true;
    }
  }
  // A finite past-tense verb near the trigger: "marked", "briefed him on".
  size_t lo = t.a > begin + 6 ? t.a - 6 : begin, hi = std::min(end, t.b + 8);
  for (size_t i = lo; i < hi && !mk.past; ++i) {
    if (i >= t.a && i < t.b) continue;
    std::string_view w = v.words[i];
    const std::string* tag = lex_.modality.TagOf(v.ids[i]);
    if ((tag != nullptr && *tag == "past") ||
        (v.IsWord(i) && !v.Cap(i) && w.size() > 4 && w.substr(w.size() - 2) == "ed")) {
      mk.past = true;
    }
  }
  return mk;
}

namespace {

// Whether sentence s counts settlements at all ("five villages were
// shelled"): a number, up to two modifiers, a plural settlement noun.
bool CountsSettlements(const DocView& v, const Lexicon& lex, size_t s) {
  const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
  for (size_t i = begin; i < end; ++i) {
    double value;
    size_t nl;
    if (!ParseNumberAt(v, lex, i, end, &value, &nl)) continue;
    size_t k = i + nl;
    k = PastSettlementModifiers(v, k, end);
    if (k < end && SettlementNoun(v.words[k]) && v.words[k].ends_with("s")) return true;
  }
  return false;
}

}  // namespace

ClaimFinder::CountedTrigger ClaimFinder::CountedSettlements(const DocView& v, size_t s) const {
  const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
  for (size_t i = begin; i < end; ++i) {
    PhraseTable::Match m = lex_.claim_triggers.Longest(v.ids, i, end);
    if (!m.len) continue;
    const std::string_view kind = specs_[m.tag].proto.kind;
    if (kind != "captured" && kind != "withdrawal" && kind != "fighting") {
      i += m.len - 1;
      continue;
    }
    // "<trigger> [the|another] <number> [more] villages", "<trigger> a
    // number of / several settlements": a count of settlements.
    size_t k = i + m.len;
    if (k < end && v.IsQuoteMark(k)) ++k;  // '"liberated" four villages'
    if (k < end && (v.words[k] == "the" || v.words[k] == "another")) ++k;
    double value;
    size_t nl;
    if (k + 2 < end && v.words[k] == "a" && v.words[k + 1] == "number" && v.words[k + 2] == "of") {
      k += 3;
    } else if (k < end && (v.words[k] == "several" || v.words[k] == "some" || v.words[k] == "following")) {
      ++k;
    } else if (k < end && ParseNumberAt(v, lex_, k, end, &value, &nl)) {
      k += nl;
    } else {
      continue;
    }
    if (k < end && v.words[k] == "more") ++k;
    // "four border villages", "two more Ukrainian settlements": a modifier
    // or two before the noun (not "three soldiers from villages").
    k = PastSettlementModifiers(v, k, end);
    if (k < end && SettlementNoun(v.words[k])) return CountedAt(s, i, i + m.len, kind);
  }
  return CountedTrigger();
}

size_t ClaimFinder::FalseReportAround(const DocView& v, size_t begin, size_t from, size_t end) const {
  // The sentence opens with the report: "(The) information/reports/claims
  // that ...".
  size_t k = begin;
  while (k < end && !v.IsWord(k)) ++k;
  // "At present, the information ...": past a short opening phrase.
  for (size_t c = k; c < end && c < k + 4; ++c) {
    if (v.raw[c] != ",") continue;
    bool words_only = true;
    for (size_t w = k; w < c && words_only; ++w) words_only = v.IsWord(w) && (w == k || !v.Cap(w));
    if (words_only && c + 1 < end) k = c + 1;
    break;
  }
  if (k < end && v.words[k] == "the") ++k;
  // "Moscow's claims that": a possessor before the noun.
  if (k + 2 < end && v.Cap(k) && v.IsPossessive(k + 1)) k += 2;
  // "Recent reports that", "the latest claims that".
  for (int adjectives = 0; adjectives < 2 && k + 1 < end && v.IsWord(k) && v.words[k + 1] != "that" &&
                           (v.words[k] == "recent" || v.words[k] == "latest" || v.words[k] == "new" ||
                            v.words[k] == "earlier" || v.words[k] == "russian" || v.words[k] == "ukrainian");
       ++adjectives) {
    ++k;
  }
  if (k + 1 >= end) return end;
  const std::string_view noun = v.words[k];
  if (!(noun == "information" || noun == "reports" || noun == "report" || noun == "claims" || noun == "claim" ||
        noun == "statements" || noun == "allegations" || noun == "rumors" || noun == "rumours" || noun == "news")) {
    return end;
  }
  // ("Information disseminated by Russians about ...": past who spread it.)
  if (k + 3 < end && v.IsWord(k + 1) && v.words[k + 1].ends_with("ed") && v.words[k + 2] == "by") {
    size_t q = k + 3;
    while (q < end && q < k + 7 && v.words[q] != "about" && v.words[q] != "that" && v.words[q] != "of" &&
           !v.IsPunct(q)) {
      ++q;
    }
    if (q < end && (v.words[q] == "about" || v.words[q] == "that" || v.words[q] == "of")) k = q - 1;
  }
  // ("reports from the Kremlin about", "claims from April 21 that": where
  // or when from, up to five words.)
  if (k + 2 < end && v.words[k + 1] == "from") {
    size_t q = k + 2;
    while (q < end && q < k + 7 && v.words[q] != "about" && v.words[q] != "that" && v.words[q] != "of" &&
           !v.IsPunct(q)) {
      ++q;
    }
    if (q < end && (v.words[q] == "about" || v.words[q] == "that" || v.words[q] == "of")) k = q - 1;
  }
  if (v.words[k + 1] != "that" && v.words[k + 1] != "about" && v.words[k + 1] != "of") return end;
  // ... and a verb of being calls it false after the place, in the report
  // noun's own clause (not after ", and", "as", "but" or a second "that").
  for (size_t j = from; j + 1 < end; ++j) {
    const std::string_view w = v.words[j];
    if (v.raw[j] == ";" || w == "but" || w == "while" || w == "as" || w == "that" || w == "which" ||
        (w == "and" && j > from && v.raw[j - 1] == ",")) {
      return end;
    }
    // (Also unconfirmed: "are not confirmed by facts", "remain
    // unconfirmed", "have not been verified".)
    if (w != "is" && w != "are" && w != "was" && w != "were" && w != "remain" && w != "remains" &&
        w != "remained" && w != "have" && w != "has") {
      continue;
    }
    size_t n = j + 1;
    {
      size_t q = n;
      const bool negated = v.words[q] == "not";
      if (negated) ++q;
      if (q < end && v.words[q] == "been") ++q;
      if (q < end && negated &&
          (v.words[q] == "true" || v.words[q] == "confirmed" || v.words[q] == "verified")) {
        return j;
      }
      if (q < end && (v.words[q] == "unconfirmed" || v.words[q] == "unverified")) return j;
    }
    if (v.words[n] == "a" && n + 1 < end) ++n;
    const std::string_view x = v.words[n];
    if (x == "untrue" || x == "false" || x == "fake" || x == "unreliable" || x == "lie" || x == "unfounded" ||
        x == "groundless" || x == "baseless") {
      return j;
    }
  }
  return end;
}

size_t ClaimFinder::DenialOfAClaim(const DocView& v, size_t from, size_t end) const {
  for (size_t k = from; k < end; ++k) {
    PhraseTable::Match m = lex_.modality.Longest(v.ids, k, end);
    if (!m.len || lex_.modality.tag(m.tag) != "deny") continue;
    // "..., a claim denied by Ukrainian officials", "... - a claim
    // immediately denied by Kyiv": the claim before, the denier after.
    const std::string_view adverb = k > from ? v.words[k - 1] : std::string_view();
    const size_t c = (adverb.size() > 3 && adverb.ends_with("ly")) || adverb == "later" ? k - 1 : k;
    const std::string_view sep = c >= 3 ? v.raw[c - 3] : std::string_view();
    if (c >= from + 2 && c >= 3 && ClaimObject(v.words[c - 1]) && v.words[c - 1] != "it" && v.words[c - 1] != "this" &&
        k + m.len < end && v.words[k + m.len] == "by" &&
        (v.words[c - 2] == "a" || v.words[c - 2] == "an" || v.words[c - 2] == "the") &&
        (sep == "," || sep == "-" || sep == "\u2013" || sep == "\u2014")) {
      return k;
    }
    // The phrase names the claim ("rejected the claim") or one follows it.
    for (size_t j = k; j < end && j < k + m.len + 3; ++j) {
      if ((v.words[j] == "this" || v.words[j] == "it") && j + 1 < end && ClaimObject(v.words[j + 1]) &&
          v.words[j + 1] != "it" && v.words[j + 1] != "this") {
        continue;  // "denied this claim": a determiner
      }
      if (ClaimObject(v.words[j])) {
        // "denied it", "denied it and said": not "denied it was a surprise";
        // "denied reports that it struck a hospital", "reports of a
        // breakthrough": another claim.
        const bool pronoun = v.words[j] == "it" || v.words[j] == "this";
        if (!pronoun && j + 1 < end &&
            (v.words[j + 1] == "that" || v.words[j + 1] == "of" || v.words[j + 1] == "about")) {
          break;
        }
        const std::string_view next = j + 1 < end ? v.words[j + 1] : std::string_view(".");
        if (!pronoun || v.IsPunct(j + 1 < end ? j + 1 : j) || next == "." || next == "and" || next == "but" ||
            next == "as" || next == "on") {
          return k;
        }
        break;
      }
      if (j >= k + m.len && v.words[j] != "the" && v.words[j] != "these" && v.words[j] != "those" &&
          v.words[j] != "such" && !ClaimObject(v.words[j]) && v.words[j] != "russian" && v.words[j] != "ukrainian") {
        break;
      }
    }
    k += m.len - 1;
  }
  return end;
}

ClaimFinder::CountedTrigger ClaimFinder::ColonListHead(const DocView& v, size_t s) const {
  const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
  if (end <= begin || v.raw[end - 1] != ":") return CountedTrigger();
  // The noun closes the sentence, its trigger not far before or after it:
  // "liberated the following settlements:", "the following villages were
  // liberated:", "liberated, established, and restored the state flag in
  // eight settlements of the X district:". The trigger nearest the end
  // counts ("captured A and shelled the following villages:" lists none).
  const size_t tail = end - 1 > begin + 5 ? end - 1 - 5 : begin;
  bool noun = false;
  for (size_t i = tail; i + 1 < end; ++i) noun = noun || SettlementNoun(v.words[i]);
  if (!noun) return CountedTrigger();
  CountedTrigger last;
  bool found = false;
  // (Nothing that opens another clause between the trigger and the noun:
  // no place of the trigger's own, no ", and": "captured A in February,
  // and this is what people in nearby villages told us:" lists none.)
  for (size_t i = end - 1 > begin + 20 ? end - 1 - 20 : begin; i + 1 < end; ++i) {
    if (v.raw[i] == ";" || v.raw[i] == "." || v.SettlementAt(i) >= 0 ||
        (v.raw[i] == "," && i + 2 < end && (v.words[i + 1] == "and" || v.words[i + 1] == "but") &&
         (v.words[i + 2] == "this" || v.words[i + 2] == "that" || v.words[i + 2] == "it" || v.words[i + 2] == "they" ||
          v.words[i + 2] == "we" || v.words[i + 2] == "he" || v.words[i + 2] == "she" || v.words[i + 2] == "there" ||
          v.words[i + 2] == "the" || v.words[i + 2] == "people"))) {
      found = false;  // another clause
    }
    PhraseTable::Match m = lex_.claim_triggers.Longest(v.ids, i, end);
    if (!m.len) continue;
    const std::string_view kind = specs_[m.tag].proto.kind;
    found = kind == "captured" || kind == "withdrawal" || kind == "fighting";
    if (found) last = CountedAt(s, i, i + m.len, kind);
    i += m.len - 1;
  }
  return found ? last : CountedTrigger();
}

void ClaimFinder::ClaimsOfTheNamedList(const DocView& v, const Sources& src, const std::vector<Occurrence>& occ,
                                       const std::vector<int>& occ_at, size_t s,
                                       SeenClaims* seen, Record* rec) const {
  const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
  size_t k = begin;
  while (k < end && !v.IsWord(k)) ++k;
  // "These are A, B and C", "They include A and B", "Namely, A and B".
  const bool opener = k + 1 < end && ((v.words[k] == "these" || v.words[k] == "they" || v.words[k] == "those") &&
                                      (v.words[k + 1] == "are" || v.words[k + 1] == "include" ||
                                       v.words[k + 1] == "were"));
  // "• A;" on its own line, one of the items a line ending in a colon
  // announces ("liberated the following settlements:").
  // A dash opens such an item too when the line is short ("- A"): lines
  // of dialogue are longer, and none follows a list's head.
  auto bulleted = [&v](size_t x) {
    const size_t b = v.t.sentences[x].first_token, e = v.t.sentences[x].end_token;
    return b < e && !v.IsWord(b) && (IsBullet(v.raw[b]) || (DashToken(v, b) && e - b <= 8));
  };
  if (bulleted(s)) {
    size_t head = s - 1;
    while (head > 0 && bulleted(head)) --head;
    const CountedTrigger listed = ColonListHead(v, head);
    if (listed.sentence >= 0) {
      // The line's first name only: "• A (15 km from B);" is about A.
      if (k < end && occ_at[k] >= 0) ClaimsOfTheList(v, src, occ, occ_at, s, k, listed, seen, rec, occ[occ_at[k]].b);
      return;
    }
  }
  if (!opener && !(k < end && v.words[k] == "namely")) {
    // "According to its sources, the villages in question are A, B and C",
    // "The two villages are A and B", "The village in question is A": a
    // definite settlement noun names the ones counted before, in the
    // sentence before or, "in question", up to six sentences back (not past
    // a sentence that counts settlements without a claim: "five villages
    // were shelled"). The list must follow at once and be names only.
    for (size_t x = k; x + 2 < end && x < k + 12; ++x) {
      if (v.words[x] != "the" && v.words[x] != "these") continue;
      size_t y = x + 1;
      double count;
      size_t nl;
      if (ParseNumberAt(v, lex_, y, end, &count, &nl)) y += nl;
      if (y >= end) return;
      const std::string_view noun = v.words[y];
      const bool plural = noun == "villages" || noun == "settlements" || noun == "towns" || noun == "localities";
      if (!plural && noun != "village" && noun != "settlement" && noun != "town") continue;
      ++y;
      const bool in_question = y + 1 < end && v.words[y] == "in" && v.words[y + 1] == "question";
      if (in_question) y += 2;
      if (y >= end) return;
      const std::string_view verb = v.words[y];
      if (plural ? (verb != "are" && verb != "were" && verb != "include") : (verb != "is" && verb != "was")) return;
      const size_t list = y + 1;
      if (list >= end || occ_at[list] < 0) return;
      size_t list_end = list;
      while (list_end < end && (occ_at[list_end] >= 0 || v.raw[list_end] == "," || v.words[list_end] == "and")) {
        ++list_end;
      }
      if (list_end < end && !v.IsPunct(list_end)) return;  // "... are Lisne and Stavky's neighbours"
      for (size_t back = 1; back <= ((in_question || v.words[x] == "these") ? 6u : 1u) && back <= s; ++back) {
        const CountedTrigger counted = CountedSettlements(v, s - back);
        if (counted.sentence >= 0) {
          ClaimsOfTheList(v, src, occ, occ_at, s, list, counted, seen, rec, list_end);
          return;
        }
        if (CountsSettlements(v, lex_, s - back)) return;
      }
      return;
    }
    return;
  }
  ClaimsOfTheList(v, src, occ, occ_at, s, k, CountedSettlements(v, s - 1), seen, rec);
}

void ClaimFinder::ClaimsOfTheList(const DocView& v, const Sources& src, const std::vector<Occurrence>& occ,
                                  const std::vector<int>& occ_at, size_t s, size_t k,
                                  const CountedTrigger& counted, SeenClaims* seen, Record* rec, size_t end) const {
  end = std::min<size_t>(end, v.t.sentences[s].end_token);
  if (counted.sentence < 0) return;
  const size_t cs = static_cast<size_t>(counted.sentence);
  const size_t cbegin = v.t.sentences[cs].first_token, cend = v.t.sentences[cs].end_token;
  const Markers mk = MarkersAround(v, counted.trigger, cbegin, cend);
  std::string_view kind = counted.trigger.kind;
  if (mk.deny || mk.direct_negation) kind = "contested";
  else if (kind == "captured" && (mk.predict || mk.future)) kind = "prediction";
  for (size_t i = k; i < end; ++i) {
    if (occ_at[i] < 0) continue;
    const Occurrence& o = occ[occ_at[i]];
    i = o.b - 1;
    const geo::ResolvedPlace& p = v.places.places[o.place];
    if (p.kind != geo::PlaceKind::kSettlement || !seen->Insert(o.place, kind, s)) continue;
    Claim c = ClaimAbout(v, p, kind, s);
    Describe(v, src, *rec, cs, counted.trigger, mk, &c);
    rec->claims.push_back(std::move(c));
  }
}

ClaimFinder::ClaimFinder(const Lexicon& lex) : lex_(lex) {
  specs_.resize(lex_.claim_triggers.tag_count());
  for (int i = 0; i < lex_.claim_triggers.tag_count(); ++i) {
    const std::string& tag = lex_.claim_triggers.tag(i);
    Trigger& t = specs_[i].proto;
    t.a = t.b = 0;
    t.kind = std::string_view(tag).substr(0, tag.find(' '));
    t.forward = HasWord(tag, "fwd") || HasWord(tag, "both");
    t.backward = HasWord(tag, "back") || HasWord(tag, "both");
    t.nominal = HasWord(tag, "nominal");
    t.result = HasWord(tag, "result");
    t.adjacent = HasWord(tag, "adjacent");
    t.ousted = HasWord(tag, "ousted");
    t.loser = HasWord(tag, "loser");
    t.entry = HasWord(tag, "entry");
    t.hold = HasWord(tag, "hold");
    t.situation = HasWord(tag, "situation");
    t.troops = HasWord(tag, "troops");
    t.undecided = HasWord(tag, "undecided");
    t.locative = HasWord(tag, "locative");
    t.reach = t.locative && HasWord(tag, "reach");
    specs_[i].share = HasWord(tag, "share");
    specs_[i].transparent = HasWord(tag, "transparent");
  }
}

void ClaimFinder::Find(const DocView& v, const Sources& src, Record* rec) const {
  std::vector<Occurrence> occ;
  std::vector<int> occ_at;
  Occurrences(v, src, &occ, &occ_at);
  if (occ.empty()) return;
  // Room for about one claim per occurrence, so that the claims (a dozen
  // strings each) are not moved again and again as the vector grows.
  rec->claims.reserve(rec->claims.size() + occ.size());
  std::vector<uint8_t> trigger_tok(v.size(), 0);
  std::vector<Trigger> triggers;  // of the sentence (one vector for all of them)
  SeenClaims seen;
  std::vector<int> captured;  // places sentence `captured_in` says were taken
  size_t captured_in = SIZE_MAX;
  for (size_t s = 0; s < v.t.sentences.size(); ++s) {
    const size_t begin = v.t.sentences[s].first_token, end = v.t.sentences[s].end_token;
    // "The ministry said it took X. Kyiv denied the claim.": what the sentence
    // before says was taken is contested too.
    if (s > 0 && captured_in == s - 1 && !captured.empty()) {
      // (The denial opens the sentence; its object may come after the
      // eighth word: "However, officials have firmly denied the claim".)
      const size_t opening = std::min(end, begin + 9);
      if (size_t d = DenialOfAClaim(v, begin, end); d < opening) AddContested(v, src, captured, s, d, &seen, rec);
    }
    // (Occurrences are disjoint and in text order: the first that ends
    // past `begin` is in the sentence if it starts before its end.)
    const auto first_occ =
        std::partition_point(occ.begin(), occ.end(), [&](const Occurrence& o) { return o.b <= begin; });
    if (begin >= end || first_occ == occ.end() || first_occ->a >= end) continue;
    // "Russian troops liberated four villages." names them in the next
    // sentence ("These are A, B and C.").
    if (s > 0) ClaimsOfTheNamedList(v, src, occ, occ_at, s, &seen, rec);
    // "If they take X, they will ...": every clause of the sentence is hypothetical.
    size_t first_word = begin;
    while (first_word < end && !v.IsWord(first_word)) ++first_word;
    const std::string* first_tag = first_word < end ? lex_.modality.TagOf(v.ids[first_word]) : nullptr;
    const bool conditional_sentence = first_tag != nullptr && *first_tag == "conditional";
    // Its main clause, after the condition's comma, may still predict: "If
    // all goes to plan, X will fall within a week."
    size_t condition_end = end;
    if (conditional_sentence) {
      for (size_t k = first_word; k < end; ++k) {
        if (v.raw[k] == "," || v.raw[k] == ";") {
          condition_end = k;
          break;
        }
      }
    }
    // "Once the army takes full control of X, it will ...": a clause that
    // opens with "Once" and has no past-tense verb looks ahead (not "Once
    // the villages were captured, ..."); the main clause keeps its claims.
    size_t once_end = begin;
    if (first_word + 1 < end && v.words[first_word] == "once" && v.words[first_word + 1] != "again" &&
        v.words[first_word + 1] != "more") {
      size_t k = first_word + 1;
      bool past = false;
      for (; k < end && v.raw[k] != "," && v.raw[k] != ";"; ++k) {
        const std::string* tag = lex_.modality.TagOf(v.ids[k]);
        past |= (tag != nullptr && *tag == "past") || (v.IsWord(k) && v.words[k].size() > 4 && v.words[k].ends_with("ed"));
      }
      if (!past && k < end) once_end = k;  // (no comma: no clause of its own)
    }
    // "Seizing X would allow the troops to advance to A and B": what a
    // hypothetical gerund subject would bring about is hypothetical too.
    // Not a noun in "-ing" ("Fighting in X will continue").
    size_t consequence_from = end, consequence_end = end;
    if (first_word < end && v.words[first_word].size() >= 6 && v.words[first_word].ends_with("ing") &&
        !GerundNoun(v.words[first_word])) {
      for (size_t k = first_word + 1; k < end && k < first_word + 12; ++k) {
        if (v.raw[k] == "," || v.raw[k] == ";") break;
        const std::string_view w = v.words[k];
        if (w == "would" || w == "could" || w == "might" || w == "will" || w == "may") {
          consequence_from = k;
          consequence_end = k;
          while (consequence_end < end && v.raw[consequence_end] != "," && v.raw[consequence_end] != ";") {
            ++consequence_end;
          }
          break;
        }
      }
    }
    triggers.clear();
    bool quoted = false;  // the sentence has a quote mark (for scare quotes in a trigger)
    for (size_t k = begin; k < end && !quoted; ++k) quoted = v.IsQuoteMark(k);
    for (size_t i = begin; i < end; ++i) {
      if (occ_at[i] >= 0) continue;
      PhraseTable::Match m = lex_.claim_triggers.Longest(v.ids, i, end);
      // Scare quotes inside a trigger ("claimed \u201Cfull control\u201D over
      // X", "\"took control\" of X"): the phrase matched with its quote marks
      // left out, spanning them.
      if (quoted && !v.IsQuoteMark(i)) {
        const PhraseTable::Match q = TriggerPastQuotes(v, i, end);
        // (A held "control" in quotes only after a claim or an act of
        // taking: 'claimed "full control" over X', not 'demanded "full
        // control" over X', 'seeks "full control" of X'.)
        const bool held = q.len && specs_[q.tag].proto.hold;
        const std::string_view before = i > begin + 1 ? v.words[i - 2] : std::string_view();
        if (q.len > m.len &&
            (!held || before == "claimed" || before == "claims" || before == "claiming" || before == "announced" ||
             before == "declared" || before == "established" || before == "took" || before == "taken" ||
             before == "gained" || before == "seized")) {
          m = q;
        }
      }
      if (!m.len) continue;
      // "claimed" takes a place only as its object ("claimed the village of
      // X", "claimed X"): not "claimed to have captured", "claimed that".
      if (m.len == 1 && (v.words[i] == "claimed" || v.words[i] == "claims") &&
          (i + 1 >= end || (occ_at[i + 1] < 0 && v.words[i + 1] != "the"))) {
        continue;
      }
      // "Russia's seizure of X": a possessive capture noun after no place is
      // the noun phrase "seizure of X".
      if (v.IsPossessive(i) && (i == begin || occ_at[i - 1] < 0) && i + 1 < end) {
        PhraseTable::Match inner = lex_.claim_triggers.Longest(v.ids, i + 1, end);
        if (!inner.len) continue;
        ++i;
        m = inner;
      }
      // "the territory surrounding X", "the villages surrounding X": a
      // preposition after its noun, no encirclement.
      if (v.words[i] == "surrounding" && i > begin) {
        const std::string_view p = v.words[i - 1];
        if (p == "territory" || p == "territories" || p == "area" || p == "areas" || p == "villages" ||
            p == "settlements" || p == "towns" || p == "fields" || p == "forests" || p == "heights" ||
            p == "hills" || p == "countryside" || p == "region") {
          continue;
        }
      }
      // "near X, on the outskirts of Y", "X, a town on the outskirts of Y",
      // "located on the outskirts of Y": where X lies, no fighting at Y.
      if (v.words[i] == "outskirts" && i >= begin + 3) {
        size_t k = i;
        if (v.words[k - 1] == "the") --k;
        if (k > begin + 1 && (v.words[k - 1] == "on" || v.words[k - 1] == "at")) --k;
        const std::string_view p = v.words[k - 1];
        // (located: of a place, "X, located on the outskirts of Y", "a
        // village located ..."; not "forces were located on the outskirts of Y")
        const bool placed = (p == "located" || p == "situated" || p == "lying" || p == "lies") && k >= begin + 2 &&
                            (v.raw[k - 2] == "," || occ_at[k - 2] >= 0 || SettlementNoun(v.words[k - 2]));
        if (k < i && ((v.raw[k - 1] == "," && k >= begin + 2 && occ_at[k - 2] >= 0) || placed ||
                      (k >= begin + 2 && SettlementNoun(p) && (v.words[k - 2] == "a" || v.words[k - 2] == "an")))) {
          i += m.len - 1;
          continue;
        }
      }
      // "Advanced air defence systems", "the most advanced weapons": an
      // adjective, no advance.
      if (v.words[i] == "advanced" &&
          (i == first_word || (i > begin && (v.words[i - 1] == "the" || v.words[i - 1] == "an" ||
                                             v.words[i - 1] == "a" || v.words[i - 1] == "most" ||
                                             v.words[i - 1] == "more" || v.words[i - 1] == "its" ||
                                             v.words[i - 1] == "their")))) {
        continue;
      }
      // "Satellite imagery captures X in ruins", "the film captures X": a
      // picture's subject, no capture.
      if ((v.words[i] == "captures" || v.words[i] == "captured" || v.words[i] == "capture") && i > begin) {
        const std::string_view p = v.words[i - 1];
        if (p == "imagery" || p == "image" || p == "images" || p == "video" || p == "videos" || p == "footage" ||
            p == "photo" || p == "photos" || p == "photograph" || p == "photographs" || p == "film" ||
            p == "documentary" || p == "camera" || p == "cameras" || p == "picture" || p == "pictures") {
          continue;
        }
      }
      // "the abandoned houses", "an abandoned village": an adjective, no
      // retreat.
      if (v.words[i] == "abandoned" && i > begin) {
        const std::string_view p = v.words[i - 1];
        if (p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "these" || p == "this" ||
            p == "several") {
          continue;
        }
      }
      // "units are (steadfastly) defending X", "Ukrainians defending X";
      // not "the brigade defending X", a unit named by its task, nor air
      // defences ("air defences defending Odesa shot down drones"), nor a
      // plan defended ("defended Kharkiv's evacuation plan").
      if (v.words[i] == "defending" || v.words[i] == "defended") {
        const std::string_view p = i > begin ? v.words[i - 1] : std::string_view();
        if (p == "brigade" || p == "brigades" || p == "battalion" || p == "battalions" || p == "regiment" ||
            p == "regiments" || p == "unit" || p == "division" || p == "corps" || p == "company" || p == "group" ||
            p == "garrison" || p == "defences" || p == "defenses" || p == "defence" || p == "defense" ||
            p == "systems" || p == "system") {
          continue;
        }
        size_t n = i + m.len;
        while (n < end && occ_at[n] >= 0) ++n;
        if (n > i + static_cast<size_t>(m.len) && n < end && v.IsPossessive(n)) continue;
      }
      // "trying to advance near X" (a locative) yields to a trigger its last
      // word starts ("trying to advance on X", "to advance from A to B").
      if (m.len > 1 && specs_[m.tag].proto.locative) {
        const size_t last = i + m.len - 1;
        PhraseTable::Match inner = lex_.claim_triggers.Longest(v.ids, last, end);
        if (inner.len > 1) {
          i = last;
          m = inner;
        }
      }
      const TriggerSpec& spec = specs_[m.tag];
      Trigger t = spec.proto;
      t.a = i;
      t.b = i + m.len;
      // "80 percent of X's energy infrastructure": a share of what X owns.
      if (spec.share && i + m.len < end && occ_at[i + m.len] >= 0) {
        const size_t after = occ[occ_at[i + m.len]].b;
        if (after < end && v.IsPossessive(after)) {
          i += m.len - 1;
          continue;
        }
      }
      // "control about 40% of X", "liberated 60 percent of X": a share after
      // a capture verb, with only its number (and "about", "over") between,
      // is the verb's object; the verb governs X through it (a share:
      // claim_modifiers.txt).
      // (Only when the place follows the share at once: "60 percent of the
      // territory of X" keeps the share's own trigger.)
      if (spec.share && !triggers.empty() && triggers.back().kind == "captured" &&
          triggers.back().b < t.a && t.a <= triggers.back().b + 3 && i + m.len < end &&
          occ_at[i + m.len] >= 0) {
        bool only_number = false;
        for (size_t k = triggers.back().b; k < t.a; ++k) {
          const std::string_view w = v.words[k];
          if (v.IsNumber(k)) {
            only_number = true;
          } else if (!(w == "about" || w == "over" || w == "some" || w == "more" || w == "than" || w == "up" ||
                       w == "to" || w == "nearly" || w == "almost" || w == "around" || w == "roughly" ||
                       w == "approximately" || v.raw[k] == "," || v.raw[k] == ".")) {
            only_number = false;
            break;
          }
        }
        if (only_number) {
          i += m.len - 1;
          continue;
        }
      }
      // "Among the areas now under Russian control are the villages of A
      // and B": a backward trigger, a copula, then its places (none before
      // it in the clause).
      // So does a colon: "17 settlements in the region are under Russian
      // control: A, B, C".
      if (t.backward && !t.forward && t.b + 1 < end &&
          (v.words[t.b] == "are" || v.words[t.b] == "is" || v.words[t.b] == "were" || v.words[t.b] == "was" ||
           (v.raw[t.b] == ":" && occ_at[t.b + 1] >= 0))) {
        bool place_before = false;
        for (size_t k = t.a; k-- > begin && !ClauseBreak(v, k);) place_before = place_before || occ_at[k] >= 0;
        if (!place_before) {
          t.forward = true;
          t.backward = false;
          t.b += 1;
        }
      }
      // A transparent phrase ("their occupied positions") only keeps its
      // words from triggering: another trigger's object runs through it.
      if (!(t.kind == "none" && spec.transparent)) {
        for (size_t k = t.a; k < t.b; ++k) trigger_tok[k] = 1;
      }
      triggers.push_back(std::move(t));
      i += m.len - 1;
    }
    captured.clear();
    captured_in = s;
    bool result_captured = false;  // the sentence's last capture participle reported an outcome
    size_t result_places_end = 0;  // ... and the token after the places it governs
    size_t captured_end = begin;  // past the last place taken
    for (Trigger& t : triggers) {
      if (t.kind == "none") continue;  // "contested a statement": no claim, and no other trigger there
      // "Nine people were killed as Russian forces attacked the cities of A
      // and B", "killed in Russian attacks on X": in a sentence that counts
      // civilian dead or wounded, an attack is a strike.
      if (t.kind == "fighting" && StrikeWord(v.words[t.a]) &&
          (CiviliansHurt(v, begin, end, t.a) || WeaponSubject(v, begin, t.a))) {
        continue;
      }
      if (t.kind == "withdrawal" && CivilianSubject(v, lex_, begin, t.a)) continue;
      if (t.troops && !MilitarySubject(v, lex_, begin, t.a)) continue;
      // "In the direction of X, the occupiers are trying to ...": a report's
      // heading names its front (as "In the X direction,"), no fight at X.
      if (t.kind == "fighting") {
        size_t d = t.a;
        while (d + 1 < t.b && v.words[d] != "direction" && v.words[d] != "directions") ++d;
        const bool heading = (v.words[d] == "direction" || v.words[d] == "directions") && d == first_word + 2 &&
                             v.words[first_word] == "in" && v.words[first_word + 1] == "the";
        if (heading && t.b < end && occ_at[t.b] >= 0) {
          const size_t after = occ[occ_at[t.b]].b;
          // (one place: not "In the direction of A, B and C, ...", a list)
          if (after + 1 < end && v.raw[after] == "," && occ_at[after + 1] < 0) continue;
        }
      }
      // "This capture marks a gain for X": a verb form after a determiner is
      // a noun, and without "of" it has no object.
      if (t.kind == "captured" && t.forward && !t.backward && !t.nominal && !t.locative && t.b == t.a + 1 &&
          t.a > begin && v.words[t.a].find('-') == std::string_view::npos && (t.b >= end || v.words[t.b] != "of")) {
        const std::string_view d = v.words[t.a - 1];
        if (d == "the" || d == "this" || d == "a" || d == "an" || d == "its" || d == "their" ||
            d == "his" || d == "her" || d == "our" || d == "such") {
          continue;
        }
      }
      // "civilians captured and disarmed Russian soldiers": people or
      // materiel taken, no place.
      if (t.kind == "captured" && !t.nominal && t.b == t.a + 1 && PeopleOrMaterielObject(v, lex_, t.b, end)) continue;
      // "carried out airstrikes against civilian infrastructure in X": a
      // strike on a town's civilians, no fight there.
      if (t.kind == "fighting" && t.b > t.a &&
          (v.words[t.b - 1] == "strikes" || v.words[t.b - 1] == "airstrikes") && t.b + 1 < end &&
          v.words[t.b] == "against") {
        const std::string_view w = v.words[t.b + 1];
        if (w == "civilian" || w == "civilians" || w == "residential" || w == "infrastructure" || w == "energy") continue;
      }
      // "the supply road towards X": the road leads there, nobody advances.
      if (t.a > begin && t.kind == "fighting" && (v.words[t.a] == "towards" || v.words[t.a] == "toward")) {
        const std::string* before = lex_.claim_modifiers.TagOf(v.ids[t.a - 1]);
        if (before != nullptr && *before == "route") continue;
      }
      std::vector<int> governed = Governed(v, occ, occ_at, trigger_tok, t, begin, end);
      // "The situation near X remains difficult" (not "X remains difficult
      // to reach"): "situation" and a preposition of place before the place.
      if (t.situation) {
        std::erase_if(governed, [&](int o) {
          const size_t a = occ[o].a;
          for (size_t k = a; k-- > begin && k + 6 > a;) {
            if (v.words[k] == "situation" || v.words[k] == "situations") {
              // (Not "the humanitarian situation in X is difficult": a
              // situation of another kind than the battle's.)
              const std::string_view kind = k > begin && v.IsWord(k - 1) ? v.words[k - 1] : std::string_view("the");
              if (!(kind == "the" || kind == "this" || kind == "that" || kind == "a" || kind == "operational" ||
                    kind == "military" || kind == "combat" || kind == "tactical" || kind == "frontline" ||
                    kind == "front-line" || kind == "battlefield" || kind == "overall" || kind == "current" ||
                    kind == "general")) {
                return true;
              }
              if (!(k + 1 < a && (v.words[k + 1] == "near" || v.words[k + 1] == "around" ||
                                  v.words[k + 1] == "in" || v.words[k + 1] == "at" || v.words[k + 1] == "on"))) {
                return true;
              }
              // Only words that lead to the place between ("in the
              // area of X", not "on the roads near X"), and not a
              // possessive place ("in Kherson's hospitals").
              for (size_t q = k + 2; q < a; ++q) {
                const std::string_view u = v.words[q];
                if (!(u == "the" || u == "of" || u == "and" || u == "in" || u == "around" || u == "near" ||
                      u == "area" || u == "areas" || u == "vicinity" ||
                      u == "outskirts" || u == "direction" || u == "sector" || SettlementNoun(u))) {
                  return true;
                }
              }
              return occ[o].b < v.size() && v.IsPossessive(occ[o].b);
            }
          }
          return true;
        });
      }
      if (governed.empty() && (t.kind == "fighting" || t.kind == "withdrawal")) {
        // "Near X, the army tried to counterattack twice", "In some areas,
        // around A and B, ... units moved to more advantageous positions": a
        // fronted place, or a list of them.
        bool positions_left = false;
        for (size_t k = t.a; t.kind == "withdrawal" && k < end && k < t.b + 2 && !positions_left; ++k) {
          positions_left = v.words[k] == "positions";
        }
        governed = FrontedPlaces(v, occ_at, begin, t.a, t.kind == "fighting", t.b, end, positions_left);
      }
      if (governed.empty()) {
        // "Toretsk, which Moscow claimed it captured in February"
        // (Not "X, which has taken on symbolic value", "X, which lost
        // power": the verb's own object follows.) The clause's subject
        // is an army or a side, or none ("a city that fell"); not "X,
        // which they attacked", which may be a strike, nor "Prices rose in
        // X, which they captured" with no side named.
        size_t subj = 0, subj_end = 0;
        const int o = ObjectSlotEmpty(v, lex_, t.b, end)
                          ? RelativeAntecedent(v, occ_at, trigger_tok, begin, t.a, &subj, &subj_end)
                          : -1;
        if (o >= 0 && !StrikeWord(v.words[t.a]) &&
            (AuxiliariesOnly(v, subj, subj_end) || ArmySubjectOnly(v, subj, subj_end))) {
          governed.push_back(o);
          // "A and B, two large cities that fell to Moscow": a plural
          // appositive is about the whole list before it.
          bool plural = false;
          for (size_t k = occ[o].b; k < t.a && !plural; ++k) {
            plural = v.words[k] == "cities" || v.words[k] == "towns" || v.words[k] == "villages" ||
                     v.words[k] == "settlements";
          }
          for (size_t a = occ[o].a; plural && a > begin && ListGlue(v, a - 1);) {
            size_t g = a - 1;
            while (g > begin && ListGlue(v, g - 1)) --g;
            if (g <= begin || occ_at[g - 1] < 0 || occ_at[g - 1] == governed.back()) break;
            governed.push_back(occ_at[g - 1]);
            a = occ[occ_at[g - 1]].a;
          }
        }
      }
      // "offensive actions in the Kupiansk and Lyman directions": lines of
      // advance, not places fought over.
      std::erase_if(governed, [&](int o) { return LineEnd(v, occ, occ_at, o, end) > 0; });
      // "Russia claimed the village of X" takes it; "Russia claimed X was
      // shelled" reports a clause whose subject X is.
      if (const std::string_view w = v.words[t.a]; w == "claimed" || w == "claims" || w == "claim") {
        std::erase_if(governed, [&](int o) {
          const size_t after = occ[o].b;
          if (after >= end) return false;
          const std::string* tag = lex_.modality.TagOf(v.ids[after]);
          return (tag != nullptr && (*tag == "aux" || *tag == "past" || *tag == "present" || *tag == "future")) ||
                 v.words[after] == "had" || v.words[after] == "has" || v.words[after] == "is" ||
                 v.words[after] == "was" || v.words[after] == "were" || v.words[after] == "are" ||
                 v.words[after] == "remains" || v.words[after] == "fell";
        });
      }
      if (governed.empty()) continue;
      Markers mk = MarkersAround(v, t, begin, end);
      // "captured neither A nor B"
      if (const size_t f = occ[governed.front()].a; f > t.b && f >= 1 && v.words[f - 1] == "neither") {
        mk.negation = mk.direct_negation = true;
      }
      // "only a few days remained until X's liberation", "until the
      // capture of X": the capture lies ahead.
      if (t.nominal && t.kind == "captured") {
        size_t first = std::min(t.a, occ[governed.front()].a);
        if (first > begin && v.words[first - 1] == "the") --first;
        if (first > begin && (v.words[first - 1] == "until" || v.words[first - 1] == "till")) mk.predict = true;
      }
      if (t.nominal && !mk.predict) {
        // "the fall of X is only a matter of time": the marker follows.
        // "The seizure of X allows troops to approach Y": the capture, as the
        // subject of what it brought about, took place.
        const size_t place_end = occ[governed.back()].b;
        size_t from = place_end;
        // (Past where the place lies: "the liberation of X in the north of
        // the Donetsk People's Republic (DPR) opens the road to Y".)
        if (from < end && (v.words[from] == "in" || v.words[from] == "near")) {
          size_t k = from + 1;
          while (k < end && k < from + 14 && (v.IsWord(k) || v.raw[k] == "(" || v.raw[k] == ")" || v.IsQuoteMark(k)) &&
                 !(v.IsWord(k) && !v.Cap(k) && v.words[k].size() > 3 && v.words[k].ends_with("s") &&
                   !v.IsPossessive(k))) {
            ++k;
          }
          if (k < end && v.IsWord(k)) from = k;
        }
        if (from < end) {
          const std::string_view w = v.words[from];
          if (w == "allows" || w == "allowed" || w == "opens" || w == "opened" || w == "enables" ||
              w == "enabled" || w == "paves" || w == "paved" || w == "gives" || w == "gave" || w == "brought" ||
              w == "brings" || w == "marks" || w == "marked") {
            mk.presuppose = true;
          }
        }
        // (The marker may stand right after the place: "the capture of X in
        // a matter of days is expected".)
        for (size_t k = place_end; k < end && k < std::max(from, place_end) + 5 && v.raw[k] != "," && v.raw[k] != ";";
             ++k) {
          const std::string* tag = lex_.modality.TagOf(v.ids[k]);
          PhraseTable::Match m = tag == nullptr ? lex_.modality.Longest(v.ids, k, end) : PhraseTable::Match();
          if ((tag != nullptr && *tag == "predict") || (m.len && lex_.modality.tag(m.tag) == "predict")) {
            mk.predict = true;
            break;
          }
        }
      }
      // "all approaches to the city", "the outskirts of": fighting, not capture
      // (before the place only: not "captured A as part of the push on B").
      // (A later item with its own settlement noun is taken whole: "took the
      // eastern part of A and the settlement of B".)
      const std::string_view verb_kind = t.kind;
      const bool verb_share = t.share;
      bool part_after_trigger = false;
      for (size_t k = t.b; k < end && k < t.b + 3 && occ_at[k] < 0 && v.raw[k] != ","; ++k) {
        PhraseTable::Match m = lex_.claim_modifiers.Longest(v.ids, k, end);
        if (m.len && t.kind == "captured") {
          const std::string& tag = lex_.claim_modifiers.tag(m.tag);
          if (tag == "fighting" || tag == "part" || tag == "facility" || tag == "share") {
            t.kind = "fighting";
            part_after_trigger = true;
          }
          if (tag == "share") t.share = true;
        }
      }
      // "even if the city were captured", "If they take X, ..."
      if (mk.conditional || mk.hypothetical || (conditional_sentence && t.a < condition_end) || t.a < once_end ||
          (t.a > consequence_from && t.a < consequence_end)) {
        continue;
      }
      // "a breakthrough could occur after the defenders liberate X": a
      // plain verb in a clause of time or condition looks ahead.
      if (const std::string_view w = v.words[t.a];
          w == "liberate" || w == "capture" || w == "seize" || w == "occupy" || w == "retake" || w == "recapture" ||
          w == "take" || w == "enter" || w == "free" || w == "encircle" || w == "surround") {
        // (A verb, not the noun: "after the capture of X" reports it.)
        const std::string_view det = t.a > begin ? v.words[t.a - 1] : std::string_view();
        bool ahead = false;
        bool matter_of_time = false;  // "it is only a matter of time before troops take X"
        for (size_t k = t.a; det != "the" && det != "its" && det != "their" && det != "a" && det != "this" &&
                             k-- > begin && k + 8 > t.a && !v.IsPunct(k) && !ahead;) {
          const std::string_view c = v.words[k];
          if (c == "to") break;  // an infinitive: its own reading (attempts, plans)
          ahead = c == "after" || c == "once" || c == "when" || c == "until" || c == "before" || c == "if" ||
                  c == "unless" || c == "whenever";
          matter_of_time = c == "before" && k >= begin + 3 && v.words[k - 1] == "time" && v.words[k - 2] == "of" &&
                           v.words[k - 3] == "matter";
        }
        // (A main clause in the future after it predicts: "after we
        // liberate X, we will mop up ..."; so does "a matter of time".)
        if (ahead) {
          bool future_after = matter_of_time;
          for (size_t k = t.b; k < end && !future_after; ++k) {
            future_after = v.words[k] == "will" || v.words[k] == "'ll" || v.words[k] == "shall";
          }
          if (!future_after) continue;
          t.kind = "prediction";
        }
      }
      const bool consequence = conditional_sentence;  // only a prediction counts there
      if (GerundSubjectOfModal(v, t, governed.empty() ? t.b : occ[governed.back()].b, begin, end)) {
        continue;  // "For Russia, taking control of X would bring it closer to ...": a hypothetical
      }
      // A capture noun in scare quotes is disputed: "the 'capture' of X is
      // another psychological operation" (a quoted verb only quotes the
      // ministry: Russia had "liberated" the village).
      const bool scare_quoted = t.a > begin && v.IsQuoteMark(t.a - 1) && t.a + 1 < end && v.IsQuoteMark(t.a + 1);
      const bool noun = t.nominal || (scare_quoted && t.a + 2 < end && v.words[t.a + 2] == "of");  // 'capture' of
      if (scare_quoted && noun && t.kind == "captured") mk.deny = true;
      if (mk.deny || mk.direct_negation) {
        // "denied that Russians have taken X", "X is not under the control of",
        // "deny Russian claims of capturing X".
        // "denied that troops had entered X" too: the place is said to hold.
        if (t.kind == "captured" || t.kind == "withdrawal" || t.kind == "prediction" || (t.result && mk.deny) ||
            (t.entry && mk.deny)) {
          t.kind = "contested";
        } else if (t.kind == "fighting" && mk.direct_negation) {
          continue;  // "no threat of encirclement of X"
        }
      }
      if (mk.partial && t.kind == "captured") t.kind = "fighting";  // "almost completely occupied"
      if (mk.attempt && t.kind == "captured") t.kind = "fighting";  // "efforts to capture X"
      // "took half of X", "control the eastern part of X": asserted, the
      // capture of a share leaves the rest not yet taken. Not an attempt or
      // a plan ("plans to capture parts of X"), nor a share won back
      // ("retaking part of X": fighting).
      const bool share_taken = !mk.attempt && !mk.future && !mk.predict && !mk.hypothetical && !mk.conditional &&
                               !mk.negation && !mk.deny && !t.ousted && !t.loser;
      if (t.share && t.kind == "fighting" && share_taken) t.kind = "contested";
      if (t.result && t.kind == "fighting" && PastClauseBefore(v, t, begin) && !mk.future && !mk.predict) {
        t.kind = "captured";  // "carried out an offensive, liberating X"
      }
      // "..., seizing A and securing B": the second participle reports the
      // same outcome as the first.
      // Not across a clause ("capturing A; Kyiv focuses on reinforcing and
      // securing B"): no punctuation between the first one's places and "and".
      bool same_clause = result_captured && t.a > begin + 1 && v.words[t.a - 1] == "and" && result_places_end < t.a;
      for (size_t k = result_places_end; same_clause && k + 1 < t.a; ++k) same_clause = !v.IsPunct(k);
      if (t.result && t.kind == "fighting" && same_clause) t.kind = "captured";
      if (t.result) {
        result_captured = t.kind == "captured";
        result_places_end = occ[governed.back()].b;
      }
      // ("After successfully taking control of X": past an adverb.)
      const size_t pre = t.a > begin + 1 && v.IsWord(t.a - 1) && v.words[t.a - 1].size() > 4 &&
                                 v.words[t.a - 1].ends_with("ly")
                             ? t.a - 1
                             : t.a;
      if (t.result && t.kind == "fighting" && pre > begin &&
          (v.words[pre - 1] == "before" || v.words[pre - 1] == "after" || v.words[pre - 1] == "since")) {
        t.kind = "captured";  // "struggled for weeks before capturing X": the capture happened
      }
      if (mk.presuppose) mk.future = false;  // "expected to ... following the capture of X"
      // (A control adjective states who holds the place now: "less shelling
      // on the nearby Russian-held city of X" after "would".)
      const bool control_adjective = t.hold && HyphenModifier(v.words[t.a]);
      if ((t.kind == "captured" || t.kind == "fighting") && !control_adjective) {
        if (mk.predict || (t.kind == "captured" && mk.future && !t.nominal)) t.kind = "prediction";
        // Troops that "will enter X" are forecast to take it.
        if (t.entry && mk.future && !mk.negation) t.kind = "prediction";
      }
      // "After liberating X, the army will enter Y": a capture the main
      // clause's future follows is itself ahead.
      if (t.kind == "captured" && t.result && t.a == first_word + 1 &&
          (v.words[first_word] == "after" || v.words[first_word] == "upon")) {
        size_t k = t.b;
        while (k < end && v.raw[k] != "," && v.raw[k] != ";") ++k;
        // Not a capture the clause dates ("After capturing X in February,
        // troops will now target Y").
        bool dated = false;
        for (const auto& d : rec->dates) dated |= d.span.begin >= v.t.tokens[first_word].span.begin &&
                                                  k < v.size() && d.span.begin < v.t.tokens[k].span.begin;
        // ("in February": a month with no day is no date of the finder)
        for (size_t m = first_word; m < k && m < end && !dated; ++m) {
          dated = (v.Cap(m) && lex_.months.Longest(v.ids, m, m + 1).len > 0) || v.words[m] == "ago" ||
                  v.words[m] == "last" || v.words[m] == "earlier";
        }
        if (dated) k = end;
        for (size_t j = k + 1; j < end && j < k + 12 && v.raw[j] != ";" && v.raw[j] != "."; ++j) {
          if (v.words[j] == "will" || v.words[j] == "shall" || v.words[j] == "'ll") {
            t.kind = "prediction";
            break;
          }
        }
      }
      // "after we liberate X, we will ...", "once they take X": a present
      // tense after a time conjunction looks ahead; the main clause says
      // whether it is forecast.
      if ((t.kind == "captured" || t.kind == "withdrawal") && t.a >= begin + 2) {
        const std::string_view subj = v.words[t.a - 1], conj = v.words[t.a - 2], verb = v.words[t.a];
        // (a present tense: not "once they withdrew", "when they lost X")
        const bool present = verb == "liberate" || verb == "take" || verb == "capture" || verb == "seize" ||
                             verb == "occupy" || verb == "retake" || verb == "recapture" || verb == "free" ||
                             verb == "clear" || verb == "enter" || verb == "withdraw" || verb == "leave" ||
                             verb == "surround" || verb == "encircle" || verb == "storm" || verb == "lose";
        if ((subj == "we" || subj == "they") && present &&
            (conj == "after" || conj == "once" || conj == "when" || conj == "until" || conj == "before")) {
          bool will = false;
          for (size_t k = t.b; k < end && !will; ++k) will = v.words[k] == "will" || v.words[k] == "'ll" || v.words[k] == "shall";
          if (!will) continue;
          t.kind = "prediction";
        }
      }
      if (t.kind == "withdrawal" && mk.predict) t.kind = "prediction";  // "are about to withdraw from X"
      if (consequence && (t.kind != "prediction" || HypotheticalBefore(v, condition_end, t.a))) continue;
      // "in the fall of 2022": a season, not a capture.
      if (t.nominal && t.b < end && v.IsNumber(t.b)) continue;
      // "control over X would allow ...", "X's capture would be a blow": a
      // modal right after a capture noun's phrase makes it hypothetical.
      // Not a verb's object ("took control of X, which will allow"): the
      // noun after nothing, a determiner or "that"; not past a comma,
      // "which" or "and"; not when the sentence dates the capture ("the
      // capture of X last week will allow ...").
      const bool control_noun = (v.words[t.a] == "control" || (t.a + 1 < t.b && v.words[t.a + 1] == "control")) &&
                                (t.a == begin || v.words[t.a - 1] == "that" || v.words[t.a - 1] == "the" ||
                                 v.words[t.a - 1] == "of" || v.words[t.a - 1] == "'s");
      if (t.kind == "captured" && (t.nominal || control_noun)) {
        const size_t after = std::max(occ[governed.back()].b, t.b);
        bool modal = false;
        // (Past where the place lies: "the liberation of X in the Donetsk
        // People's Republic (DPR) could serve as ...".)
        size_t reach = after + 3;
        for (size_t k = after; k < end && k < reach && !modal; ++k) {
          const std::string_view w = v.words[k];
          if (v.raw[k] == "(") {
            while (k + 1 < end && v.raw[k] != ")") ++k;
            reach = std::min(after + 12, reach + 3);
            continue;
          }
          if (k == after && w == "in") reach = after + 10;
          if (v.IsPunct(k) || w == "which" || w == "and" || w == "that") break;
          // ("can" looks ahead, not "can be explained by": a past event's cause)
          const bool can = w == "can" && !(k + 2 < end && v.words[k + 1] == "be" &&
                                           (v.words[k + 2] == "explained" || v.words[k + 2] == "attributed" ||
                                            v.words[k + 2] == "traced" || v.words[k + 2] == "linked" ||
                                            v.words[k + 2] == "blamed" || v.words[k + 2] == "seen"));
          modal = w == "would" || w == "could" || w == "might" || w == "will" || can ||
                  (w == "may" && !v.Cap(k));  // not "on May 4"
        }
        bool dated = false;
        for (const auto& d : rec->dates) dated = dated || SentenceHolds(v.t, s, d.span.begin);
        if (modal && !dated) continue;
      }
      if (t.nominal && t.kind == "captured") {
        bool dated = false;
        for (const auto& d : rec->dates) dated = dated || SentenceHolds(v.t, s, d.span.begin);
        if (!(dated || mk.presuppose || mk.past)) continue;
      }
      for (int o : governed) {
        const geo::ResolvedPlace& p = v.places.places[occ[o].place];
        std::string_view kind = t.kind;
        bool share = t.share;
        if (part_after_trigger && !mk.attempt && !mk.deny && !mk.negation && !mk.future && !mk.predict &&
            !mk.partial && kind != verb_kind && o != governed.front() && occ[o].a >= begin + 2 &&
            ((v.words[occ[o].a - 1] == "of" && SettlementNoun(v.words[occ[o].a - 2])) ||
             (SettlementNoun(v.words[occ[o].a - 1]) && v.words[occ[o].a - 2] == "the"))) {
          kind = verb_kind;
          share = verb_share;
        }
        // "more than half of X is under Russian control": a part was taken.
        // Not the territory taken "in the areas of X": where the ground lies.
        for (const char* part_tag : {"part", "share"}) {
          const long m = kind == "captured" ? ModifierEndingAt(v, occ[o].a, begin, part_tag) : -1;
          if (m < 0) continue;
          const size_t at = static_cast<size_t>(m);
          const bool territory = at >= begin + 3 && v.words[at - 1] == "the" && v.words[at - 2] == "in" &&
                                 (v.words[at - 3] == "territory" || v.words[at - 3] == "territories");
          if (territory) continue;
          share = share || std::string_view(part_tag) == "share";
          kind = share && share_taken ? "contested" : "fighting";
        }
        // Troops said to have entered X: a denial of that report makes X
        // contested too ("Claims that troops have entered X are false").
        if (kind == "captured" || (t.entry && kind == "fighting" && !mk.negation)) {
          if (std::find(captured.begin(), captured.end(), occ[o].place) == captured.end()) captured.push_back(occ[o].place);
          captured_end = std::max(captured_end, occ[o].b);
        }
        if (!seen.Insert(occ[o].place, kind, s)) continue;
        // Built where it is kept (a Claim holds a dozen strings, each copied
        // again by a move); dropped below if its hold makes it one made before.
        Claim& c = rec->claims.emplace_back();
        SetClaimAbout(v, p, kind, s, &c);
        Describe(v, src, *rec, s, t, mk, &c);
        // Ukraine's forces said to hold a place of Ukraine ("Ukrainian
        // forces control 60% of X", "the Kyiv-controlled village of X")
        // have not taken it: they still hold it, the place is contested.
        // Russia's said to still hold one has taken it ("Russia still
        // controls Kherson").
        // Ukraine's hold only contests a place when it goes on or is
        // partial ("still", "continue holding", "60% under the control
        // of"): "X is under the control of Ukrainian troops" after a
        // recapture reports the recapture.
        // (Within the trigger's own clause: a few words either side, no
        // comma or "and" between. A control adjective is a state itself:
        // "the Ukrainian-held town of X".)
        // (and the verb "control(s)", a state; not the noun "control of")
        // ("fully control the city of X": the verb with its object.)
        // (the verb alone or after "fully"/"effectively": not "came under
        // Ukrainian control", a recapture.)
        // (and a present passive: "the settlement is controlled by the Armed
        // Forces of Ukraine")
        const bool present_passive = t.b >= t.a + 3 && v.words[t.b - 1] == "by" && v.words[t.b - 2] == "controlled" &&
                                     (v.words[t.a] == "is" || v.words[t.a] == "are");
        // (a relative clause that describes the place: "X, which is under
        // Kyiv's control")
        const bool described = t.a >= begin + 2 && v.words[t.a - 1] == "is" &&
                               (v.words[t.a - 2] == "which" || v.words[t.a - 2] == "that");
        bool ongoing = HyphenModifier(v.words[t.a]) || present_passive || described ||
                       ((v.words[t.b - 1] == "control" || v.words[t.b - 1] == "controls") &&
                        (t.b == t.a + 1 || v.words[t.a] == "fully" || v.words[t.a] == "effectively") &&
                        (t.b >= end || (v.words[t.b] != "of" && v.words[t.b] != "over")));
        for (size_t k = t.a; k-- > begin && k + 6 > t.a && !ongoing;) {
          const std::string_view w = v.words[k];
          if ((v.IsPunct(k) && w != "%") || w == "and" || w == "but") break;
          ongoing = w == "still" || w == "continue" || w == "continues" || w == "continued" || w == "remain" ||
                    w == "remains" || w == "remained" || w == "keep" || w == "keeps" || w == "maintain" ||
                    w == "maintains" || w == "retain" || w == "retains" || w == "%" ||
                    w == "percent" || w == "per" || w.ends_with("%");
        }
        for (size_t k = t.b; k < end && k < t.b + 4 && !ongoing && !v.IsPunct(k); ++k) {
          const std::string_view w = v.words[k];
          ongoing = w == "%" || w == "percent" || w.ends_with("%");
        }
        // "keeping X, a city in ..., under control": the verb before the
        // place the trigger looks back to.
        if (!ongoing && !t.forward && occ[o].a > begin && occ[o].b <= t.a) {
          const std::string_view w = v.words[occ[o].a - 1];
          ongoing = w == "keeping" || w == "keep" || w == "keeps" || w == "kept" || w == "maintaining";
        }
        if (t.hold && p.code.starts_with("UA") && !mk.negation && !mk.deny && !share) {
          const std::string held = c.side == "UA" && c.kind == "captured" && ongoing ? "contested"
                                   : c.side == "RU" && c.kind == "contested" ? "captured"
                                                                              : c.kind;
          if (held != c.kind) {
            c.kind = held;
            if (!seen.Insert(occ[o].place, c.kind, s)) {
              rec->claims.pop_back();
              continue;
            }
          }
        }
        // A share taken is also fighting in the place: the front runs
        // through it ("Russian forces control 40% of X").
        // So is a capture troops failed at ("failed to take X").
        // (Not a hold lost: "could not keep control of X".)
        const bool also_fighting = (share || (mk.inability && !mk.deny && !t.hold)) && c.kind == "contested" &&
                                   seen.Insert(occ[o].place, "fighting", s);
        // A capture the reporter calls alleged is disputed: contested too.
        // So is a place fought over whose outcome is open ("still battling
        // for control of X").
        // So is a place troops entered but were pushed back from.
        const bool also_contested = ((mk.disputed && c.kind == "captured") ||
                                     (t.undecided && c.kind == "fighting" && !mk.negation) ||
                                     (t.entry && c.kind == "fighting" && !mk.negation &&
                                      RepulsedAfter(v, occ[o].b, end))) &&
                                    seen.Insert(occ[o].place, "contested", s);
        // (c is not used past here: the copies below may move the claims.)
        if (also_fighting) {
          rec->claims.push_back(rec->claims.back());
          rec->claims.back().kind = "fighting";
        }
        if (also_contested) {
          rec->claims.push_back(rec->claims.back());
          rec->claims.back().kind = "contested";
        }
      }
    }
    // "... completed the capture of X, but Ukraine rejected the claim": the
    // denial after a clause boundary makes X contested as well, by whoever
    // denied it (not the sentence's speaker).
    if (!captured.empty()) {
      size_t k = captured_end;
      // (A dash sets the denial off too: "seized X - a claim immediately
      // denied by Kyiv".)
      while (k < end && v.raw[k] != "," && v.raw[k] != ";" && v.raw[k] != "\u2013" && v.raw[k] != "\u2014" &&
             !(v.raw[k] == "-" && !v.Hyphenated(k)) && v.words[k] != "but" && v.words[k] != "while") {
        ++k;
      }
      size_t d = k < end ? DenialOfAClaim(v, k + 1, end) : end;
      if (d >= end) d = FalseReportAround(v, begin, captured_end, end);
      // "..., though Kyiv contends that combat in the area is still
      // ongoing": a counter-claim that the fight goes on disputes it too.
      if (d >= end) d = CounterClaimOfFighting(v, occ, occ_at, captured, captured_end, end);
      if (d < end) {
        const size_t before = rec->claims.size();
        AddContested(v, src, captured, s, d, &seen, rec, FightGoesOn(v, d, end));
        for (size_t c = before; c < rec->claims.size(); ++c) rec->claims[c].speaker.clear();
      }
    }
    for (const Trigger& t : triggers) {
      for (size_t k = t.a; k < t.b; ++k) trigger_tok[k] = 0;
    }
  }
}

void ClaimFinder::AddContested(const DocView& v, const Sources& src, const std::vector<int>& places, size_t s,
                               size_t at, SeenClaims* seen, Record* rec, size_t fight) const {
  auto add = [&](std::string_view kind, size_t tok, const Markers& mk) {
    Trigger t;
    t.a = tok;
    t.b = tok + 1;
    t.kind = kind;
    for (int place : places) {
      const geo::ResolvedPlace& p = v.places.places[place];
      if (!seen->Insert(place, kind, s)) continue;
      Claim c = ClaimAbout(v, p, kind, s);
      Describe(v, src, *rec, s, t, mk, &c);
      rec->claims.push_back(std::move(c));
    }
  };
  Markers denied;
  denied.deny = true;
  add("contested", at, denied);
  // "Moscow says it seized X, but Kyiv has denied this, saying fighting
  // continues": the denier's fight is at X.
  if (fight < v.size()) add("fighting", fight, Markers());
}

PhraseTable::Match ClaimFinder::TriggerPastQuotes(const DocView& v, size_t i, size_t end) const {
  constexpr size_t kMaxWords = 10;
  std::vector<int32_t> ids;
  size_t at[kMaxWords];
  bool skipped = false;
  for (size_t k = i; k < end && ids.size() < kMaxWords; ++k) {
    if (v.IsQuoteMark(k)) {
      skipped = true;
      continue;
    }
    at[ids.size()] = k;
    ids.push_back(v.ids[k]);
  }
  if (!skipped) return PhraseTable::Match();
  PhraseTable::Match m = lex_.claim_triggers.Longest(ids, 0, ids.size());
  if (m.len) m.len = static_cast<int>(at[m.len - 1] - i + 1);  // in the document's tokens
  return m;
}

size_t ClaimFinder::CounterClaimOfFighting(const DocView& v, const std::vector<Occurrence>& occ,
                                           const std::vector<int>& occ_at, const std::vector<int>& captured,
                                           size_t from, size_t end) const {
  for (size_t k = from; k < end; ++k) {
    const std::string_view w = v.words[k];
    if (w != "though" && w != "although" && w != "but" && w != "however" && w != "yet") continue;
    // Another claimer, then its verb within a few words: "though Kyiv
    // contends that", "but Ukrainian officials say" (not "but said": the
    // claimer's own addendum).
    for (size_t j = k + 2; j < end && j < k + 6; ++j) {
      const PhraseTable::Match m = lex_.reporting_verbs.Longest(v.ids, j, end);
      if (!m.len) continue;
      const std::string& tag = lex_.reporting_verbs.tag(m.tag);
      if (tag != "say" && tag != "hedge") return end;
      // The fight word, then its verb within six words, with nothing but
      // words between; the fight goes on now ("will continue as long as"
      // looks ahead).
      size_t fight = j + m.len;
      while (fight < end && fight < j + m.len + 6 && !FightWord(v.words[fight])) ++fight;
      if (fight >= end || fight >= j + m.len + 6) return end;
      size_t q = fight + 1;
      for (; q < end && q < fight + 7 && v.IsWord(q); ++q) {
        const std::string_view u = v.words[q];
        if (u == "will" || u == "would" || u == "could" || u == "may" || u == "might") return end;
        if (GoesOnWord(u)) {
          break;
        }
      }
      if (q >= end || q >= fight + 7 || !v.IsWord(q)) return end;
      // ... in the place taken: nothing after the verb, "there", "in the
      // town", "in X" (not "elsewhere", "along the front", "across the
      // region", "on the approaches to Y").
      ++q;
      if (q >= end || !v.IsWord(q) || v.words[q] == "there") return j;
      if (v.words[q] == "in" || v.words[q] == "inside" || v.words[q] == "within") {
        const size_t x = q + 1;
        if (x + 1 < end && v.words[x] == "the" && SettlementNoun(v.words[x + 1])) return j;
        if (x < end && occ_at[x] >= 0 &&
            std::find(captured.begin(), captured.end(), occ[occ_at[x]].place) != captured.end()) {
          return j;
        }
      }
      return end;
    }
    return end;
  }
  return end;
}

size_t ClaimFinder::FightGoesOn(const DocView& v, size_t from, size_t end) {
  for (size_t k = from; k < end; ++k) {
    const std::string_view w = v.words[k];
    if (!FightWord(w)) continue;
    // The verb within six words, with nothing but words between: "fighting
    // continues", "battles are still ongoing", "combat in the area is still
    // ongoing" (not a place after it: "fighting continues near Y" is Y's).
    for (size_t q = k + 1; q < end && q < k + 7 && v.IsWord(q); ++q) {
      const std::string_view u = v.words[q];
      if (GoesOnWord(u)) {
        const bool place_after = q + 2 < end && (v.words[q + 1] == "near" || v.words[q + 1] == "in" ||
                                                 v.words[q + 1] == "around" || v.words[q + 1] == "for");
        return place_after ? end : k;
      }
    }
  }
  return end;
}

}  // namespace sitrep::extract

#include "geo/place_context.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <map>

#include "util/swar.h"

namespace sitrep::geo {
namespace {

std::string_view Word(const KeyedText& kt, const KeyWord& w) {
  return std::string_view(kt.key).substr(w.kbegin, w.kend - w.kbegin);
}

bool IsUnit(std::string_view w) {
  return w == "km" || w == "kilometers" || w == "kilometres" || w == "kilometer" || w == "kilometre" ||
         w == "kms" || w == "miles" || w == "mile";
}

// Compass bearing of a direction word, or -1.
double Bearing(std::string_view w) {
  static const std::map<std::string_view, double> kDirs = {
      {"north", 0},       {"northeast", 45},  {"east", 90},       {"southeast", 135},
      {"south", 180},     {"southwest", 225}, {"west", 270},      {"northwest", 315},
      {"northern", 0},    {"eastern", 90},    {"southern", 180},  {"western", 270},
      {"northeastern", 45}, {"southeastern", 135}, {"southwestern", 225}, {"northwestern", 315}};
  auto it = kDirs.find(w);
  return it == kDirs.end() ? -1 : it->second;
}

bool ParseNumber(std::string_view w, double* v, bool* had_unit) {
  *had_unit = false;
  size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
  if (i == 0) return false;
  *v = std::atof(std::string(w.substr(0, i)).c_str());
  std::string_view rest = w.substr(i);
  if (rest.empty()) return true;
  if (IsUnit(rest)) {
    *had_unit = true;
    return true;
  }
  return false;
}

}  // namespace

bool IsRegionModifier(std::string_view w) {
  if (Bearing(w) >= 0) return true;
  // "north-eastern", "south-west"
  size_t dash = w.find('-');
  if (dash != std::string_view::npos && Bearing(w.substr(0, dash)) >= 0 && Bearing(w.substr(dash + 1)) >= 0) return true;
  return w == "neighbouring" || w == "neighboring" || w == "border" || w == "frontline" || w == "front-line" ||
         w == "occupied";
}

std::vector<KeyWord> KeyWords(std::string_view text, const KeyedText& kt) {
  std::vector<KeyWord> out;
  out.reserve(kt.key.size() / 3 + 1);  // words average 5+ key bytes with their space: no regrowth
  const std::string& k = kt.key;
  uint32_t i = 0, n = static_cast<uint32_t>(k.size());
  while (i < n) {
    if (k[i] == ' ') {
      ++i;
      continue;
    }
    // The next space, eight key bytes at a time: a byte loop mispredicts
    // its exit at every word, and a memchr call per word cost more than the
    // word (KeyWords with its memchr calls: 1.9% of extract CPU over gen_corpus
    // text; 1.7% without).
    uint32_t j = i + 1;  // k[i] is no space
    for (;;) {
      if (j + 8 > n) {
        while (j < n && k[j] != ' ') ++j;
        break;
      }
      const uint64_t x = swar::Load8(k.data() + j) ^ (swar::kLow * ' ');
      const uint64_t space = (x - swar::kLow) & ~x & swar::kHigh;  // lowest set bit: the first space
      if (space) {
        j += static_cast<uint32_t>(std::countr_zero(space)) >> 3;
        break;
      }
      j += 8;
    }
    // The source end of the word's last key byte: one past it for ASCII.
    const uint32_t last = kt.src[j - 1];
    const uint32_t send = last < text.size() && static_cast<unsigned char>(text[last]) < 0x80
                              ? last + 1
                              : kt.SourceEnd(text, j - 1);
    const uint32_t sbegin = kt.src[i];
    bool capitalized;
    unsigned char first = static_cast<unsigned char>(text[sbegin]);
    if (first < 0x80) {
      capitalized = first >= 'A' && first <= 'Z';
    } else {
      int32_t off = static_cast<int32_t>(sbegin);
      UChar32 c;
      U8_NEXT(text.data(), off, static_cast<int32_t>(text.size()), c);
      capitalized = c > 0 && (u_isupper(c) || u_istitle(c));
    }
    bool tight = false;
    if (!out.empty()) {
      const uint32_t from = out.back().send;
      // (Most words follow the one before after a single space: that case
      // without the byte loop, whose exit mispredicts.)
      tight = sbegin == from + 1 && text[from] == ' ';
      if (!tight) {
        tight = true;
        for (uint32_t p = from; p < sbegin && tight; ++p) {
          char ch = text[p];
          if (ch != ' ' && ch != '-') tight = false;
        }
      }
    }
    // (Built whole in place: a word assembled field by field went through
    // the stack, where reading its two flags back stalled on their stores.)
    out.push_back(KeyWord{i, j, sbegin, send, capitalized, tight});
    i = j + 1;  // past the space that ends the word (or the end)
  }
  return out;
}

std::vector<int> CapitalWords(const std::vector<KeyWord>& words) {
  // Gathered without a branch (a branch per word on its capital mispredicts).
  std::vector<int> capitals(words.size());
  size_t n = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    capitals[n] = static_cast<int>(w);
    n += words[w].capitalized;
  }
  capitals.resize(n);
  return capitals;
}

int WordAt(const std::vector<KeyWord>& words, uint32_t kbegin) {
  auto it = std::lower_bound(words.begin(), words.end(), kbegin,
                             [](const KeyWord& w, uint32_t k) { return w.kbegin < k; });
  if (it == words.end() || it->kbegin != kbegin) return -1;
  return static_cast<int>(it - words.begin());
}

PersonSet PersonWords(const KeyedText& kt, const std::vector<KeyWord>& words, const std::vector<int>& capitals,
                      const GeoLexicon& lex) {
  PersonSet out;
  // Only the words a capitalised word follows tightly are looked up in the
  // person markers.
  for (int next : capitals) {
    if (next == 0 || !words[next].tight_before) continue;
    const size_t i = static_cast<size_t>(next) - 1;
    if (!lex.IsPersonMarker(Word(kt, words[i]))) continue;
    // Up to two capitalised words tightly after the marker name the person.
    for (size_t j = i + 1; j < words.size() && j <= i + 2; ++j) {
      if (!words[j].capitalized || !words[j].tight_before) break;
      std::string_view w = Word(kt, words[j]);
      if (!lex.IsPersonMarker(w)) out.insert(w);
    }
  }
  return out;
}

void AddAgedPersons(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words,
                    const std::vector<int>& capitals, PersonSet* persons) {
  auto only_comma = [&](uint32_t a, uint32_t b) {  // ", " between source offsets a and b
    const std::string_view gap = text.substr(a, b - a);
    return gap.find(',') != std::string_view::npos && gap.find_first_not_of(", ") == std::string_view::npos &&
           gap.find(',') == gap.rfind(',');
  };
  // The word after each capitalised one.
  for (int name : capitals) {
    const size_t i = static_cast<size_t>(name) + 1;
    if (i + 1 >= words.size()) break;
    if (words[i].kend - words[i].kbegin != 2) continue;
    const char* age = kt.key.data() + words[i].kbegin;
    if (age[0] < '1' || age[0] > '9' || age[1] < '0' || age[1] > '9') continue;
    if (!only_comma(words[i - 1].send, words[i].sbegin)) continue;
    // A comma after the age too, then a lower-case word ("38, wrote", "45, a
    // teacher"): not a date, a count, nor a list of places and figures
    // ("Kherson, 12, Nikopol, 15").
    const uint32_t after = words[i].send;
    if (after >= text.size() || text[after] != ',') continue;
    if (i + 1 >= words.size() || words[i + 1].capitalized) continue;
    const std::string_view next = Word(kt, words[i + 1]);
    if (next == "and" || next == "or") continue;
    persons->insert(Word(kt, words[i - 1]));
    if (i >= 2 && words[i - 1].tight_before && words[i - 2].capitalized) persons->insert(Word(kt, words[i - 2]));
  }
}

bool HasPlaceCue(const KeyedText& kt, const std::vector<KeyWord>& words, int w, const GeoLexicon& lex) {
  if (w <= 0) return false;
  // The one, two, ... words before `w`, as they stand in the key text
  // (words separated by one space), against the cue phrases.
  for (int nwords = 1; nwords <= lex.max_cue_words() && w - nwords >= 0; ++nwords) {
    uint32_t b = words[w - nwords].kbegin, e = words[w - 1].kend;
    if (lex.IsCue(std::string_view(kt.key).substr(b, e - b))) return true;
  }
  return false;
}

bool SettlementNounBefore(const KeyedText& kt, const std::vector<KeyWord>& words, int w) {
  auto noun = [](std::string_view x) {
    return x == "village" || x == "villages" || x == "settlement" || x == "settlements" || x == "town" ||
           x == "towns" || x == "city" || x == "cities" || x == "hamlet";
  };
  if (w <= 0 || !words[w].tight_before) return false;  // "the village. Pobeda" is no name of it
  if (noun(Word(kt, words[w - 1]))) return true;  // "the settlement Pobeda"
  return w >= 2 && words[w - 1].tight_before && Word(kt, words[w - 1]) == "of" &&
         noun(Word(kt, words[w - 2]));  // "the village of Pobeda"
}

bool SettlementNounAfter(const KeyedText& kt, const std::vector<KeyWord>& words, int last) {
  const int n = last + 1;
  if (n >= static_cast<int>(words.size()) || !words[n].tight_before || last < 1) return false;
  const std::string_view x = Word(kt, words[n]);
  // "the Pobeda settlement": "the" before the name, so that "Victory village
  // celebrations" stay words.
  return (x == "village" || x == "settlement" || x == "hamlet") && Word(kt, words[last - 1]) == "the";
}

namespace {

// Whether only one comma (and spaces) lies between source offsets a and b.
bool OneCommaBetween(std::string_view text, uint32_t a, uint32_t b) {
  int commas = 0;
  for (uint32_t p = a; p < b; ++p) {
    if (text[p] == ',') ++commas;
    else if (text[p] != ' ') return false;
  }
  return commas == 1;
}

}  // namespace

bool SettlementAppositiveAfter(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words,
                               int last) {
  const int n = static_cast<int>(words.size());
  int k = last + 1;
  if (k >= n || words[k].tight_before || !OneCommaBetween(text, words[k - 1].send, words[k].sbegin)) return false;
  const std::string_view article = Word(kt, words[k]);
  if (article != "a" && article != "an" && article != "the") return false;
  for (int j = k + 1; j < n && j <= k + 3 && words[j].tight_before && !words[j].capitalized; ++j) {
    const std::string_view x = Word(kt, words[j]);
    if (x != "village" && x != "town" && x != "city" && x != "settlement" && x != "hamlet") continue;
    // The noun heads the appositive: not "the village head", "the town's
    // only doctor".
    if (j + 1 >= n) return true;
    if (text.substr(words[j].send, 1) == "'" || text.substr(words[j].send, 3) == "\u2019") return false;
    if (!words[j + 1].tight_before) return true;  // punctuation after it
    const std::string_view y = Word(kt, words[j + 1]);
    return y == "of" || y == "in" || y == "near" || y == "about" || y == "some" || y == "on" || y == "located" ||
           y == "situated" || y == "that" || y == "which" || y == "where" || y == "with" || y == "east" ||
           y == "west" || y == "north" || y == "south" || y == "just" || y == "only" || y == "roughly" ||
           y == "around" || y == "outside" || y == "close" || y == "by" || y == "along" || y == "at";
  }
  return false;
}

bool ListedAfterSettlementNoun(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words, int w) {
  auto plural = [](std::string_view x) {
    return x == "villages" || x == "settlements" || x == "towns" || x == "hamlets";
  };
  auto comma_only = [&](int k) { return OneCommaBetween(text, words[k - 1].send, words[k].sbegin); };
  int k = w;  // first word of the current item
  for (int items = 0; items < 8; ++items) {
    if (k <= 0) return false;
    int e;  // last word of the item before
    if (words[k].tight_before && (Word(kt, words[k - 1]) == "and" || Word(kt, words[k - 1]) == "or")) {
      e = k - 2;  // "A and B", "A, B, and C"
      if (e < 0 || !(words[k - 1].tight_before || comma_only(k - 1))) return false;
    } else if (comma_only(k)) {
      e = k - 1;
    } else {
      return false;
    }
    if (e < 0 || !words[e].capitalized) return false;
    int b = e;
    while (b > 0 && b > e - 2 && words[b].tight_before && words[b - 1].capitalized) --b;
    if (b >= 1 && words[b].tight_before) {
      const std::string_view x = Word(kt, words[b - 1]);
      if (plural(x)) return true;  // "villages A and B"
      if (x == "of" && b >= 2 && words[b - 1].tight_before && plural(Word(kt, words[b - 2]))) return true;
    }
    k = b;
  }
  return false;
}

std::vector<WordRun> SettlementNameRuns(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words) {
  auto noun = [](std::string_view x) {
    return x == "village" || x == "villages" || x == "settlement" || x == "settlements" || x == "hamlet" ||
           x == "hamlets" || x == "town" || x == "towns";
  };
  // The lengths of the nouns by first letter, as bits: one load and one
  // well-predicted branch rule out almost every word before noun() (tests
  // of letters and lengths, taken or not word by word, mispredicted).
  static constexpr auto kNounLengths = [] {
    std::array<uint32_t, 256> t{};
    t['v'] = 1u << 7 | 1u << 8;    // village, villages
    t['s'] = 1u << 10 | 1u << 11;  // settlement, settlements
    t['h'] = 1u << 6 | 1u << 7;    // hamlet, hamlets
    t['t'] = 1u << 4 | 1u << 5;    // town, towns
    return t;
  }();
  auto may_be_noun = [&](const KeyWord& kw) {
    const uint32_t len = std::min<uint32_t>(kw.kend - kw.kbegin, 31);
    return ((kNounLengths[static_cast<unsigned char>(kt.key[kw.kbegin])] >> len) & 1) != 0;
  };
  // Only a comma (and spaces) between source offsets a and b.
  auto comma_between = [&](uint32_t a, uint32_t b) { return OneCommaBetween(text, a, b); };
  const int n = static_cast<int>(words.size());
  std::vector<WordRun> out;
  // "A-B and C, two settlements in ...": the names a counted plural noun
  // stands in apposition to, walked back from the comma.
  auto apposed_list = [&](int w) {
    const std::string_view count = Word(kt, words[w - 1]);
    if (count != "two" && count != "three" && count != "four" && count != "five" && count != "both" &&
        count != "several") {
      return;
    }
    if (w < 3 || words[w - 1].tight_before || !comma_between(words[w - 2].send, words[w - 1].sbegin)) return;
    std::vector<WordRun> list;
    int e = w - 2;
    while (e >= 0 && words[e].capitalized) {
      int b = e;
      while (b > 0 && b > e - 2 && words[b].tight_before && words[b - 1].capitalized) --b;
      list.push_back({b, e});
      if (b < 2) break;
      const std::string_view before = Word(kt, words[b - 1]);
      if ((before == "and" || before == "or") && words[b].tight_before) {
        e = b - 2;  // "A and B"
      } else if (!words[b].tight_before && comma_between(words[b - 1].send, words[b].sbegin)) {
        e = b - 1;  // "A, B"
      } else {
        break;
      }
      if (e >= 0 && (Word(kt, words[e]) == "and" || Word(kt, words[e]) == "or")) --e;  // "A, and B"
    }
    if (list.size() < 2) return;  // a lone capitalised word before ", two villages" is no list of them
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
      if (out.empty() || it->first > out.back().last) out.push_back(*it);  // text order, no repeats
    }
  };
  for (int w = 0; w + 1 < n; ++w) {
    if (!may_be_noun(words[w]) || words[w].capitalized || !noun(Word(kt, words[w]))) continue;
    if (w >= 3) {
      const size_t before = out.size();
      apposed_list(w);
      if (out.size() > before) continue;
    }
    int k = w + 1;
    if (words[k].tight_before && Word(kt, words[k]) == "of") ++k;
    // "five settlements: A, B", "several villages, including A and B".
    bool opened = false;
    if (k + 1 < n && Word(kt, words[k]) == "including" && words[k + 1].tight_before &&
        (words[k].tight_before || comma_between(words[w].send, words[k].sbegin))) {
      ++k;
      opened = true;
    } else if (k < n && !words[k].tight_before) {
      const std::string_view gap = text.substr(words[w].send, words[k].sbegin - words[w].send);
      opened = !gap.empty() && gap[0] == ':' && gap.find_first_not_of(' ', 1) == std::string_view::npos;
    }
    if (k >= n || !words[k].capitalized || (!words[k].tight_before && !opened)) continue;
    for (;;) {
      int e = k;
      while (e + 1 < n && e + 1 < k + 3 && words[e + 1].capitalized && words[e + 1].tight_before) ++e;
      out.push_back({k, e});
      // The list goes on: ", Y", " and Y", ", and Y", " or Y".
      int nx = e + 1;
      if (nx < n && !words[nx].tight_before && comma_between(words[e].send, words[nx].sbegin)) {
        if (words[nx].capitalized) {
          k = nx;
          continue;
        }
      } else if (nx < n && !words[nx].tight_before) {
        break;
      }
      if (nx < n && (Word(kt, words[nx]) == "and" || Word(kt, words[nx]) == "or") && nx + 1 < n &&
          words[nx + 1].capitalized && words[nx + 1].tight_before) {
        k = nx + 1;
        continue;
      }
      break;
    }
    w = out.back().last;
  }
  return out;
}

bool HasAdjectiveHead(const KeyedText& kt, const std::vector<KeyWord>& words, int last,
                      const GeoLexicon& lex) {
  for (int j = last + 1; j < static_cast<int>(words.size()) && j <= last + 3; ++j) {
    if (lex.IsAdjectiveHead(Word(kt, words[j]))) return true;
  }
  return false;
}

std::vector<std::vector<int>> FindLists(std::string_view text, const KeyedText& kt, const std::vector<KeyWord>& words,
                                        const std::vector<MentionWords>& mentions, const std::vector<bool>& listable) {
  // Only spaces and commas between source offsets a and b (not the hyphen
  // of "the A-B road"); *comma is set when there is one.
  auto separator = [&](uint32_t a, uint32_t b, bool* comma) {
    for (uint32_t x = a; x < b; ++x) {
      if (text[x] == ',') *comma = true;
      else if (text[x] != ' ') return false;
    }
    return true;
  };
  // 0: not listed together; 1: a comma between; 2: "and"/"or" between.
  auto link = [&](const MentionWords& m, const MentionWords& n) {
    if (m.sentence != n.sentence || n.first_word <= m.last_word) return 0;
    bool comma = false, conj = false;
    uint32_t from = words[m.last_word].send;
    bool after_name = false;
    for (int w = m.last_word + 1; w < n.first_word; ++w) {
      const std::string_view k = Word(kt, words[w]);
      const bool name = words[w].capitalized;  // a name that resolved to nothing
      // The parts of such a name may be joined by a hyphen ("Nikolayevo-Daryino").
      const bool joined = after_name && name && HyphenJoined(text, words[w - 1], words[w]);
      if ((k != "and" && k != "or" && !name) || !(joined || separator(from, words[w].sbegin, &comma))) return 0;
      conj |= !name;
      after_name = name;
      from = words[w].send;
    }
    if (!separator(from, words[n.first_word].sbegin, &comma) || !(comma || conj)) return 0;
    return conj ? 2 : 1;
  };
  std::vector<std::vector<int>> lists;
  size_t run = 0;  // first mention of the current run
  bool conj = false;
  auto close_run = [&](size_t end) {
    if (end < run + 2 || !conj) return;
    // "the road between A and B" joins two ends, not neighbours.
    const int before = mentions[run].first_word - 1;
    if (before >= 0 && (Word(kt, words[before]) == "between" || Word(kt, words[before]) == "from")) return;
    std::vector<int> list;
    for (size_t i = run; i < end; ++i) list.push_back(static_cast<int>(i));
    lists.push_back(std::move(list));
  };
  for (size_t i = 0; i <= mentions.size(); ++i) {
    const int l = i > run && i < mentions.size() && listable[i] && listable[i - 1] ? link(mentions[i - 1], mentions[i]) : 0;
    if (l == 0) {
      close_run(i);
      run = i;
      conj = false;
    } else if (l == 2) {
      conj = true;
    }
  }
  return lists;
}

std::vector<Relation> FindRelations(const KeyedText& kt, const std::vector<KeyWord>& words,
                                    const std::vector<MentionWords>& mentions) {
  std::vector<Relation> out;
  // Front sectors: General Staff reports go "In the Kurakhove direction,
  // ... near A and B", and A and B lie on that front.
  auto sector_at = [&](size_t m) {
    const int next = mentions[m].last_word + 1;
    if (next >= static_cast<int>(words.size())) return false;
    const std::string_view w = Word(kt, words[next]);
    // "the Ocheretyny region", "the Kupiansk area": a settlement's
    // surroundings (an oblast's name is a region mention, no settlement).
    return w == "direction" || w == "directions" || w == "axis" || w == "sector" || w == "region" || w == "area" ||
           w == "front";
  };
  std::vector<bool> sector(mentions.size());
  for (size_t m = 0; m < mentions.size(); ++m) sector[m] = sector_at(m);
  std::vector<bool> is_anchor(mentions.size(), false);
  for (size_t m = 0; m < mentions.size(); ++m) {
    int w = mentions[m].first_word;
    // Walk back over "the", "city/town/village of".
    int p = w - 1;
    auto at = [&](int i) -> std::string_view { return i >= 0 ? Word(kt, words[i]) : std::string_view(); };
    if (at(p) == "the") --p;
    if ((at(p) == "of") && (at(p - 1) == "city" || at(p - 1) == "town" || at(p - 1) == "village" ||
                            at(p - 1) == "settlement")) {
      p -= 2;
      // "close to the hilltop town of X", "near the strategic city of X",
      // "east of the big old front-line town of X": up to four words
      // between "the" and the noun.
      for (int k = 1; k <= 4 && p - k >= 0; ++k) {
        if (at(p - k) == "the" || at(p - k) == "a") {
          p -= k;
          break;
        }
        if (at(p - k) == "near" || at(p - k) == "of" || at(p - k) == "from" || at(p - k) == "to" ||
            at(p - k) == "outside") {
          break;
        }
      }
      if (at(p) == "the" || at(p) == "a") --p;
    }
    Relation r;
    r.anchor = static_cast<int>(m);
    bool found = false;
    if (at(p) == "near" || at(p) == "outside" || (at(p) == "to" && at(p - 1) == "close") ||
        (at(p) == "from" && at(p - 1) == "far" && at(p - 2) == "not")) {
      r.kind = RelationKind::kNear;
      found = true;
    } else if (at(p) == "from" || at(p) == "of") {
      int q = p - 1;
      double bearing = Bearing(at(q));
      if (bearing >= 0 && q >= 1 && Bearing(at(q - 1)) >= 0) {
        // "north east of" -> "northeast"
        double joined = Bearing(std::string(at(q - 1)) + std::string(at(q)));
        if (joined >= 0) {
          bearing = joined;
          --q;
        }
      }
      if (bearing >= 0) --q;
      double km = 0;
      bool unit = false;
      bool has_km = false;
      if (IsUnit(at(q))) {
        double v;
        bool u;
        if (ParseNumber(at(q - 1), &v, &u) && !u) {
          km = v;
          has_km = true;
          unit = at(q).rfind("mile", 0) == 0;
        }
      } else {
        double v;
        bool u;
        if (ParseNumber(at(q), &v, &u) && u) {
          km = v;
          has_km = true;
        } else if (int c = q - 1; ParseNumber(at(q), &v, &u) &&
                   (at(c) == "and" || ((at(c) == "about" || at(c) == "some" || at(c) == "around") && at(c - 1) == "and"))) {
          // The unit said once for two distances: "about four kilometers
          // from the border and about 30 from Sumy".
          for (int k = q - 1; k >= 0 && k >= q - 8 && !has_km; --k) {
            if (IsUnit(at(k)) && at(k + 1) == "from") {
              km = v;
              has_km = true;
              unit = at(k).rfind("mile", 0) == 0;
            }
          }
        }
      }
      if (unit) km *= 1.609;
      if (has_km) {
        r.kind = RelationKind::kDistance;
        r.km = km;
        found = true;
        if (bearing >= 0) {
          // Record the bearing as a second relation below.
          Relation b = r;
          b.kind = RelationKind::kBearing;
          b.bearing = bearing;
          b.subject = -2;  // filled below
          out.push_back(b);
        }
      } else if (bearing >= 0) {
        r.kind = RelationKind::kBearing;
        r.bearing = bearing;
        found = true;
      }
    }
    if (!found) continue;
    is_anchor[m] = true;
    // Subject: closest earlier mention of the same sentence that is not an
    // anchor, nor a front sector: in "In the Kupiansk direction, assaults
    // east of X" the assaults lie east of X, not the town the front is
    // named after.
    int subject = -1;
    for (int s = static_cast<int>(m) - 1; s >= 0; --s) {
      if (mentions[s].sentence != mentions[m].sentence) break;
      if (sector[s]) break;
      if (!is_anchor[s]) {
        subject = s;
        break;
      }
    }
    if (subject < 0) {
      if (!out.empty() && out.back().subject == -2) out.pop_back();
      continue;
    }
    if (!out.empty() && out.back().subject == -2) out.back().subject = subject;
    r.subject = subject;
    out.push_back(r);
  }
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (!sector[m]) continue;
    const int s0 = mentions[m].sentence;
    bool next_has_sector = false;
    for (size_t k = 0; k < mentions.size(); ++k) next_has_sector |= sector[k] && mentions[k].sentence == s0 + 1;
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (k == m || sector[k]) continue;
      const int s = mentions[k].sentence;
      if (s != s0 && (s != s0 + 1 || next_has_sector)) continue;
      Relation r;
      r.kind = RelationKind::kSector;
      r.anchor = static_cast<int>(m);
      r.subject = static_cast<int>(k);
      out.push_back(r);
    }
  }
  return out;
}

}  // namespace sitrep::geo

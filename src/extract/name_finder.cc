#include "extract/name_finder.h"

namespace sitrep::extract {
namespace {

bool AllCaps(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// "Russian-installed", "Kremlin-backed": a lower-case part after a hyphen
// makes an adjective, not a name ("Colonel-General", "Rimsky-Korsakov" stay).
bool HyphenatedAdjective(std::string_view w) {
  for (size_t k = 0; k + 1 < w.size(); ++k) {
    if (w[k] == '-' && w[k + 1] >= 'a' && w[k + 1] <= 'z') return true;
  }
  return false;
}

// "DeepStateMap.Live": a word glued to a dot glued to an outlet's name is
// the rest of the site's name ("VKontakte.Oleksiy Arestovich", a missing
// space after a full stop, starts a name).
bool InSiteName(const DocView& v, const std::vector<uint8_t>& taken, size_t i) {
  // (The outlet's token first: most words follow none.)
  if (i < 2 || i - 2 >= taken.size() || !taken[i - 2] || v.raw[i - 1] != ".") return false;
  const auto& tk = v.t.tokens;
  return tk[i - 1].span.end == tk[i].span.begin && tk[i - 2].span.end == tk[i - 1].span.begin;
}

inline bool Usable(const DocView& v, const std::vector<uint8_t>& taken, size_t i) {
  // (A word without an ASCII hyphen, most, is read no further.)
  return v.Cap(i) && !(i < taken.size() && taken[i]) && !v.InPlace(i) &&
         !(v.Hyphenated(i) && HyphenatedAdjective(v.raw[i])) && !InSiteName(v, taken, i);
}

// A noun that heads an organisation's name: the capitalised words after it
// ("Center Against Disinformation", "the Centre for Strategic Studies")
// name the organisation, not a person.
bool OrganisationNoun(std::string_view w) {
  return w == "center" || w == "centre" || w == "council" || w == "institute" || w == "ministry" ||
         w == "committee" || w == "agency" || w == "directorate" || w == "department" || w == "bureau" ||
         w == "commission" || w == "foundation" || w == "academy" || w == "university" || w == "service" ||
         w == "headquarters" || w == "office" || w == "command";
}

// A common noun right before a capitalised run that makes the run its
// name: "the pro-Ukrainian group Oplot Ichkeria", "the channel Rybar".
bool NamingNoun(std::string_view w) {
  return w == "group" || w == "grouping" || w == "unit" || w == "formation" || w == "battalion" || w == "brigade" ||
         w == "regiment" || w == "channel" || w == "project" || w == "movement" || w == "network" ||
         w == "organization" || w == "organisation" || w == "company" || w == "firm" || w == "website" ||
         w == "outlet" || w == "publication" || w == "newspaper" || w == "portal" || w == "platform";
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Token k glued (no space) to token k-1.
bool Glued(const DocView& v, size_t k) { return k > 0 && v.t.tokens[k - 1].span.end == v.t.tokens[k].span.begin; }

// A token inside a name that is no word of its own: the dot of an initial
// ("John P. Doe") or of an abbreviated title ("Dr. Anna Bode") when a
// name goes on after it, or the "'Brien" of "O'Brien". An initial inside an
// acronym ("U.S. Army": a dot before the letter) is none.
bool NameGlueAfterShape(const DocView& v, const Lexicon& lex, const std::vector<uint8_t>& taken, size_t k,
                        size_t end);
inline bool NameGlue(const DocView& v, const Lexicon& lex, const std::vector<uint8_t>& taken, size_t k, size_t end) {
  return GlueShaped(v, k) && NameGlueAfterShape(v, lex, taken, k, end);
}
// NameGlue past its first test (token k is a dot, or opens with an
// apostrophe or a U+2000 punctuation mark).
bool NameGlueAfterShape(const DocView& v, const Lexicon& lex, const std::vector<uint8_t>& taken, size_t k,
                        size_t end) {
  const std::string_view r = v.raw[k];
  if (k == 0 || !Glued(v, k)) return false;
  const std::string_view prev = v.raw[k - 1];
  const bool initial = prev.size() == 1 && IsUpperAscii(prev[0]) && !(k >= 2 && v.raw[k - 2] == "." && Glued(v, k - 1));
  if (r == ".") {
    if (!initial && !(v.Cap(k - 1) && lex.titles.Has(v.ids[k - 1]))) return false;
    return k + 1 < end && !Glued(v, k + 1) && Usable(v, taken, k + 1);  // "U.S.": no space after the dot
  }
  if (!initial || !v.IsWord(k)) return false;
  if (r.size() > 1 && r[0] == '\'' && IsUpperAscii(r[1])) return true;
  return r.size() > 3 && r.substr(0, 3) == "\u2019" && IsUpperAscii(r[3]);
}

}  // namespace

bool NameAt(const DocView& v, const Lexicon& lex, const std::vector<uint8_t>& taken, size_t i, size_t end,
            NameSpan* out) {
  // (The steps below would make a run of a lone title or non-name word
  // alone, skip it and find none.)
  if (LoneNonName(v, lex, i, end)) return false;
  if (!Usable(v, taken, i)) return false;
  size_t j = i < end ? i + 1 : i;  // (token i is usable)
  size_t glue = 0;  // tokens of the run that are no words (NameGlue)
  while (j < end && j < i + 7 + glue) {
    if (Usable(v, taken, j)) {
      ++j;
    } else if (NameGlue(v, lex, taken, j, end)) {
      ++j;
      ++glue;
    } else {
      break;
    }
  }
  // (The same when the next token is capitalised but not usable.)
  if (j == i + 1 && (lex.not_names.Has(v.ids[i]) || lex.titles.Has(v.ids[i]))) return false;
  // A time or a sentence adverb opening the run is no part of the name
  // nor of its title: "Yesterday President Name said", "Today Defence
  // Minister Name".
  auto qualifier = [&](size_t k) {
    const std::string_view w = v.words[k];
    return !lex.weekdays.Has(v.ids[k]) && !lex.months.Has(v.ids[k]) && !lex.relative_dates.Has(v.ids[k]) &&
           !lex.modality.Has(v.ids[k]) && w != "today" && w != "yesterday" && w != "tonight" && w != "meanwhile" &&
           w != "earlier" && w != "later" && w != "now" && w != "then" && w != "also" && w != "however";
  };
  size_t a = i;
  if (a + 2 < j && lex.titles.Has(v.ids[a + 1]) && !qualifier(a)) ++a;
  std::string title;
  while (a < j && (lex.titles.Has(v.ids[a]) || lex.not_names.Has(v.ids[a]) || (a > i && v.raw[a] == "."))) {
    if (lex.titles.Has(v.ids[a])) {
      if (!title.empty()) title += " ";
      title += v.raw[a];
    }
    ++a;
  }
  // "Energy Secretary Name", "US Energy Secretary Name", "Kyiv Mayor Name":
  // up to two capitalised words that qualify the title belong to it.
  if (title.empty() && a + 2 < j && (lex.titles.Has(v.ids[a + 1]) || lex.titles.Has(v.ids[a + 2])) &&
      qualifier(a)) {
    for (size_t t = a + 1; t < j && t <= a + 2 && v.IsWord(t) && v.Cap(t); ++t) {
      if (!lex.titles.Has(v.ids[t])) {
        if (!qualifier(t)) break;
        continue;
      }
      for (size_t k = a; k < t; ++k) {
        if (!title.empty()) title += " ";
        title += v.raw[k];
      }
      for (a = t; a < j && lex.titles.Has(v.ids[a]); ++a) {
        title += " ";
        title += v.raw[a];
      }
      break;
    }
  }
  // "the pro-Ukrainian group Oplot Ichkeria", "the channel Rybar": a run a
  // naming noun opens names what the noun is.
  if (title.empty() && a < j) {
    size_t s0 = i;  // the capitalised run's start, whichever word the candidate opens at
    while (s0 > 0 && s0 + 4 > i && v.sentence_of[s0 - 1] == v.sentence_of[i] && v.IsWord(s0 - 1) && v.Cap(s0 - 1)) {
      --s0;
    }
    if (s0 > 0 && v.sentence_of[s0 - 1] == v.sentence_of[i] && v.IsWord(s0 - 1) && !v.Cap(s0 - 1) &&
        NamingNoun(v.words[s0 - 1])) {
      // (Not a person the phrase's role names: "the spokesman for the
      // eastern group Ivan Dolin"; nor the subject of a relative clause
      // without its pronoun: "the company Andriy Kovalenko commands".)
      const size_t e = j;  // the word after the run
      const bool clause = e < v.size() && v.sentence_of[e] == v.sentence_of[i] && v.IsWord(e) && !v.Cap(e) &&
                          v.words[e].size() > 3 && v.words[e].ends_with("s") && !v.words[e].ends_with("ss") &&
                          s0 + 2 <= e && e + 1 < v.size() && v.sentence_of[e + 1] == v.sentence_of[i] &&
                          v.IsWord(e + 1) && !v.Cap(e + 1) && !lex.reporting_verbs.Has(v.ids[e]);
      bool role = clause;
      for (size_t k = s0 - 1; k-- > 0 && k + 7 > s0 && v.sentence_of[k] == v.sentence_of[i] && !v.IsPunct(k) && !role;) {
        role = lex.roles.Has(v.ids[k]) || lex.titles.Has(v.ids[k]);
      }
      if (!role) return false;
    }
  }
  // "the Center Against Disinformation", "the Centre for Strategic
  // Studies": capitalised words after an organisation's noun, or after its
  // "for"/"of"/"against", name it; not when a title names a person ("the
  // Office of President Name").
  if (title.empty() && a < j) {
    size_t s0 = a;
    bool org = false;
    while (s0 > 0 && s0 + 4 > a && v.sentence_of[s0 - 1] == v.sentence_of[a] && v.IsWord(s0 - 1) &&
           v.Cap(s0 - 1) && !lex.titles.Has(v.ids[s0 - 1])) {
      --s0;
      org |= OrganisationNoun(v.words[s0]);
    }
    if (org || (s0 >= 2 && v.sentence_of[s0 - 2] == v.sentence_of[a] &&
                (v.words[s0 - 1] == "for" || v.words[s0 - 1] == "of" || v.words[s0 - 1] == "against") &&
                OrganisationNoun(v.words[s0 - 2]) && v.Cap(s0 - 2))) {
      return false;
    }
  }
  // "the Center for Defense Strategies", "Foreign Affairs": a word that only
  // qualifies a title ("Defense Minister") before a lone word is no title
  // of a person's; the run names an organisation.
  // (Not a title's end: "Minister of Defense Umerov said".)
  if (a > 0 && a < j && v.sentence_of[a - 1] == v.sentence_of[a] && v.Cap(a - 1) &&
      (a + 1 >= j || !Usable(v, taken, a + 1)) && !(a >= 2 && v.words[a - 2] == "of")) {
    const std::string_view last = v.words[a - 1];
    if (last == "defense" || last == "defence" || last == "foreign" || last == "interior") return false;
  }
  size_t b = a;
  size_t words = 0;  // name words so far: at most three, glue not counted
  while (b < j && words < 3 && !lex.titles.Has(v.ids[b]) && !lex.not_names.Has(v.ids[b]) &&
         !AllCaps(v.raw[b]) && !lex.roles.Has(v.ids[b])) {
    if (!NameGlue(v, lex, taken, b, end)) ++words;
    ++b;
  }
  while (b < j && v.raw[b] != "." && NameGlue(v, lex, taken, b, end)) ++b;  // the "'Brien" after a third word
  if (b == a) return false;
  // "Operational Tactical Group Luhansk", "Task Force East": one word after
  // a grouping's noun names the grouping ("Group of Troops Nazar Voloshyn"
  // has a full name).
  if (b == a + 1 && a > 0 && v.sentence_of[a - 1] == v.sentence_of[a] && v.Cap(a - 1) &&
      (v.words[a - 1] == "group" || v.words[a - 1] == "grouping" || v.words[a - 1] == "force")) {
    return false;
  }
  // A name run directly followed by more capitalised words that are not
  // names ("Igor Ministry") is an organisation, not a person.
  if (b < j && lex.not_names.Has(v.ids[b])) return false;
  out->run = i;
  out->a = a;
  out->b = b;
  out->run_end = j;
  out->title = std::move(title);
  return true;
}

// A lone capitalised word shaped so is a name even opening a sentence.
bool SurnameShaped(std::string_view w) {
  static constexpr std::string_view kEndings[] = {"enko", "chuk", "yuk",   "iuk",   "skiy",   "skyi",
                                                  "skyy", "sky",  "iy",    "yi",    "ovich",  "evich",
                                                  "shvili", "ko", "ov",    "ova",   "ev",     "eva"};
  if (w.size() < 5) return false;
  for (std::string_view end : kEndings) {
    if (w.ends_with(end)) return true;
  }
  return false;
}

namespace {
std::string_view LastWord(std::string_view name) {
  size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}
}  // namespace

bool HasSurnameKey(std::string_view name, std::string_view key) {
  std::string_view last = LastWord(name);
  if (last.size() != key.size()) return false;
  for (size_t i = 0; i < last.size(); ++i) {
    char c = last[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != key[i]) return false;
  }
  return true;
}

std::string SurnameKey(std::string_view name) {
  std::string_view last = LastWord(name);
  std::string out(last);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace sitrep::extract

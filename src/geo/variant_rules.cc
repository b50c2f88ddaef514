#include "geo/variant_rules.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "geo/gazetteer_entry.h"
#include "util/data_path.h"
#include "util/strings.h"

namespace sitrep::geo {
namespace {

using ::sitrep::Split;

Result<std::unique_ptr<icu::Transliterator>> FromRulesFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open rules file");
  std::string line, rules;
  while (std::getline(in, line)) {
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    rules += line + "\n";
  }
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
      icu::UnicodeString::fromUTF8(path), icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD,
      perr, status));
  if (U_FAILURE(status) || !t) {
    return Status::InvalidArgument(path + ":" + std::to_string(perr.line) + ": bad ICU rules: " +
                                   u_errorName(status));
  }
  return t;
}

Result<std::unique_ptr<icu::Transliterator>> Builtin(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t) return Status::Internal(std::string("ICU transliterator ") + id);
  return t;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

}  // namespace

VariantRules::~VariantRules() = default;

Result<std::unique_ptr<VariantRules>> VariantRules::Load(const std::string& dir) {
  std::unique_ptr<VariantRules> r(new VariantRules());
  auto nat = FromRulesFile(dir + "/uk_national.rules");
  if (!nat.ok()) return nat.status();
  r->uk_national_ = std::move(*nat);
  auto simple = FromRulesFile(dir + "/ru_simple.rules");
  if (!simple.ok()) return simple.status();
  r->ru_simple_ = std::move(*simple);
  auto ukb = Builtin("Ukrainian-Latin/BGN; Latin-ASCII; Lower");
  if (!ukb.ok()) return ukb.status();
  r->uk_bgn_ = std::move(*ukb);
  auto rub = Builtin("Russian-Latin/BGN; Latin-ASCII; Lower");
  if (!rub.ok()) return rub.status();
  r->ru_bgn_ = std::move(*rub);
  auto lower = Builtin("Lower");
  if (!lower.ok()) return lower.status();
  r->lower_ = std::move(*lower);

  std::vector<DataLine> lines;
  std::string forms = dir + "/ru_forms.tsv";
  SITREP_RETURN_IF_ERROR(ReadDataLines(forms, &lines));
  for (const DataLine& l : lines) {
    auto f = Split(l.text, '\t');
    if (f.size() < 2) {
      return Status::InvalidArgument(forms + ":" + std::to_string(l.line_no) + ": want kind<TAB>from<TAB>to");
    }
    Rule rule{f[1], Split(f.size() > 2 ? f[2] : "", '|')};
    if (f[0] == "word") r->word_rules_.push_back(rule);
    else if (f[0] == "prefix") r->prefix_rules_.push_back(rule);
    else if (f[0] == "stem") r->stem_rules_.push_back(rule);
    else if (f[0] == "suffix") r->suffix_rules_.push_back(rule);
    else if (f[0] == "char") r->char_rules_.push_back(rule);
    else return Status::InvalidArgument(forms + ":" + std::to_string(l.line_no) + ": unknown kind " + f[0]);
  }
  lines.clear();
  std::string adj = dir + "/adjectives.tsv";
  SITREP_RETURN_IF_ERROR(ReadDataLines(adj, &lines));
  for (const DataLine& l : lines) {
    auto f = Split(l.text, '\t');
    if (f.size() != 2) {
      return Status::InvalidArgument(adj + ":" + std::to_string(l.line_no) + ": want ending<TAB>replacements");
    }
    r->adjective_rules_.push_back({f[0], Split(f[1], '|')});
  }
  return r;
}

std::string VariantRules::Apply(icu::Transliterator* t, std::string_view s) const {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::vector<std::string> VariantRules::RussianWordForms(const std::string& word) const {
  for (const Rule& w : word_rules_) {
    if (w.from == word) return w.to;
  }
  // A compound's opening part, then the rest as a word of its own, where
  // that changes something: the opener's Russian form or a stem rule for the
  // rest (Новоолександрівка -> Ново + Александровка, Верхньокам'янське ->
  // Верхне + Каменское).
  auto has_stem_rule = [&](std::string_view w) {
    for (const Rule& s : stem_rules_) {
      if (w.substr(0, s.from.size()) == s.from) return true;
    }
    return false;
  };
  for (const Rule& p : prefix_rules_) {
    if (word.size() > p.from.size() + 6 && word.rfind(p.from, 0) == 0 &&
        (p.to.size() != 1 || p.to[0] != p.from || has_stem_rule(std::string_view(word).substr(p.from.size())))) {
      std::vector<std::string> forms;
      for (const std::string& rest : RussianWordForms(word.substr(p.from.size()))) {
        for (const std::string& to : p.to) forms.push_back(to + rest);
      }
      return forms;
    }
  }
  // The first stem rule that fits gives one stem per spelling of it
  // ("катерин" -> "екатерин" and "катерин").
  std::vector<std::string> stems = {word};
  for (const Rule& s : stem_rules_) {
    if (word.rfind(s.from, 0) == 0) {
      stems.clear();
      for (const std::string& to : s.to) stems.push_back(to + word.substr(s.from.size()));
      break;
    }
  }
  std::vector<std::string> forms;
  for (const std::string& stem : stems) {
    bool suffixed = false;
    for (const Rule& s : suffix_rules_) {
      if (EndsWith(stem, s.from) && stem.size() > s.from.size() + 2) {
        for (const std::string& to : s.to) forms.push_back(stem.substr(0, stem.size() - s.from.size()) + to);
        suffixed = true;
        break;
      }
    }
    if (!suffixed) forms.push_back(stem);
  }
  for (std::string& f : forms) {
    for (const Rule& c : char_rules_) ReplaceAll(&f, c.from, c.to.empty() ? "" : c.to[0]);
  }
  return forms;
}

std::vector<std::string> VariantRules::RussianForms(std::string_view uk) const {
  std::string lower = Apply(lower_.get(), uk);
  // Split into words, keeping the separators (space, hyphen).
  std::vector<std::string> words, seps;
  std::string cur;
  for (char c : lower) {
    if (c == ' ' || c == '-') {
      words.push_back(cur);
      seps.push_back(std::string(1, c));
      cur.clear();
    } else {
      cur += c;
    }
  }
  words.push_back(cur);
  std::vector<std::string> results = {""};
  for (size_t i = 0; i < words.size(); ++i) {
    std::vector<std::string> next;
    std::vector<std::string> forms = RussianWordForms(words[i]);
    // The adjective opening a name of two words or more takes the Russian
    // long ending too ("Мирна Долина" -> "Мирная Долина", "Біла Гора" ->
    // "Белая Гора"), unless a word rule gave its forms.
    const bool word_rule = std::any_of(word_rules_.begin(), word_rules_.end(),
                                       [&](const Rule& w) { return w.from == words[i]; });
    if (i == 0 && words.size() >= 2 && seps[0] == " " && !word_rule) {
      const size_t n = forms.size();
      for (size_t k = 0; k < n; ++k) {
        const std::string& f = forms[k];
        if (EndsWith(f, "ий") && f.size() > 6) forms.push_back(f.substr(0, f.size() - 4) + "ый");
        else if (EndsWith(f, "а") && f.size() > 4) forms.push_back(f + "я");
        else if (EndsWith(f, "е") && f.size() > 4) forms.push_back(f.substr(0, f.size() - 2) + "ое");
      }
    }
    for (const std::string& prefix : results) {
      for (const std::string& f : forms) {
        if (next.size() < 8) next.push_back(prefix + f + (i < seps.size() ? seps[i] : ""));
      }
    }
    results = std::move(next);
  }
  return results;
}

std::string VariantRules::UkrainianNational(std::string_view uk) const { return Apply(uk_national_.get(), uk); }
std::string VariantRules::UkrainianBgn(std::string_view uk) const { return Apply(uk_bgn_.get(), uk); }
std::string VariantRules::RussianBgn(std::string_view ru) const { return Apply(ru_bgn_.get(), ru); }
std::string VariantRules::RussianSimple(std::string_view ru) const { return Apply(ru_simple_.get(), ru); }

std::vector<std::string> VariantRules::Adjectives(std::string_view key) const {
  std::string k(key);
  if (k.find(' ') != std::string::npos) return {};
  for (const Rule& r : adjective_rules_) {
    if (EndsWith(k, r.from) && k.size() >= r.from.size() + 3) {
      std::vector<std::string> out;
      std::string stem = k.substr(0, k.size() - r.from.size());
      for (const std::string& to : r.to) out.push_back(stem + to);
      return out;
    }
  }
  return {};
}

namespace {

// `letter` written `as` where it follows a vowel; empty when the word has
// no such letter.
std::string AfterVowel(std::string_view ru, std::string_view letter, std::string_view as) {
  static constexpr std::string_view kVowels[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"};
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < ru.size();) {
    if (ru.substr(i, letter.size()) == letter && i >= 2) {
      const std::string_view before = ru.substr(i - 2, 2);
      if (std::find(std::begin(kVowels), std::end(kVowels), before) != std::end(kVowels)) {
        out += as;
        i += letter.size();
        changed = true;
        continue;
      }
    }
    out += ru[i++];
  }
  return changed ? out : std::string();
}

// "й" after a vowel written "и", so that the plain romanisation gives the
// "i" English news often writes for it: Михайловка -> Mikhailovka (BGN and
// the plain rules give Mikhaylovka).
std::string IotaAsI(std::string_view ru) { return AfterVowel(ru, "й", "и"); }

// "е" after a vowel written "ие", so that the plain romanisation gives the
// "ie" Ukrainian outlets write for it when they spell a Russian name by
// their own rules (Строевка -> Stroievka, as if Строєвка).
std::string IotatedEAsIe(std::string_view ru) { return AfterVowel(ru, "е", "ие"); }

}  // namespace

std::vector<std::pair<std::string, uint8_t>> VariantRules::SpellingsOfUkrainian(std::string_view uk) const {
  std::vector<std::pair<std::string, uint8_t>> out;
  out.emplace_back(UkrainianNational(uk), kVarTranslit);
  std::string bgn = UkrainianBgn(uk);
  // An apostrophe before ї read as the i it sounds like: Мар'їнка, BGN
  // "Mar'yinka", is also spelt "Mariyinka" (as Авдіївка is "Avdiyivka").
  std::string apostrophe_i = bgn;
  ReplaceAll(&apostrophe_i, "'yi", "iyi");
  out.emplace_back(std::move(bgn), kVarTranslit);
  if (apostrophe_i != out.back().first) out.emplace_back(std::move(apostrophe_i), kVarTranslit);
  AddRussianSpellings(uk, &out);
  return out;
}

void VariantRules::AddRussianSpellings(std::string_view uk, std::vector<std::pair<std::string, uint8_t>>* out) const {
  for (const std::string& ru : RussianForms(uk)) {
    out->emplace_back(ru, kVarRussian);
    out->emplace_back(RussianBgn(ru), kVarRussian);
    out->emplace_back(RussianSimple(ru), kVarRussian);
    if (std::string i = IotaAsI(ru); !i.empty()) out->emplace_back(RussianSimple(i), kVarRussian);
    if (std::string ie = IotatedEAsIe(ru); !ie.empty()) out->emplace_back(RussianSimple(ie), kVarRussian);
  }
}

std::string CyrillicOfUkrainianNational(std::string_view latin) {
  std::string s;
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != '\'') s.push_back(c);
  }
  auto letter = [&](size_t i) { return i < s.size() && s[i] >= 'a' && s[i] <= 'z'; };
  auto vowel = [&](size_t i) { return letter(i) && std::string_view("aeiouy").find(s[i]) != std::string_view::npos; };
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const bool initial = i == 0 || !letter(i - 1);
    auto at = [&](std::string_view t) { return std::string_view(s).substr(i, t.size()) == t; };
    if (!letter(i)) {
      out.push_back(s[i++]);
      continue;
    }
    // Letter groups first: digraphs, then the iotated vowels, which read
    // one way at a word's start ("ye" -> є) and another inside ("ie" -> є).
    using Group = std::pair<std::string_view, std::string_view>;
    static constexpr Group kDigraphs[] = {{"shch", "щ"}, {"zgh", "зг"}, {"zh", "ж"}, {"kh", "х"},
                                          {"ts", "ц"},   {"ch", "ч"},   {"sh", "ш"}};
    static constexpr Group kInitial[] = {{"ye", "є"}, {"yi", "ї"}, {"yu", "ю"}, {"ya", "я"}};
    static constexpr Group kInside[] = {{"ia", "я"}, {"iu", "ю"}, {"ie", "є"}, {"yi", "иї"}};
    auto take = [&](const auto& table) {
      for (const auto& [from, to] : table) {
        if (at(from)) {
          out += to;
          i += from.size();
          return true;
        }
      }
      return false;
    };
    if (take(kDigraphs) || (initial ? take(kInitial) : take(kInside))) continue;
    const char c = s[i];
    if (c == 'i') {
      // After a vowel: й ("pervomaiske"); a second i: ї, or й at the word's
      // end ("andriivka", "serhii").
      if (!initial && s[i - 1] == 'i') {
        out += letter(i + 1) ? "ї" : "й";
      } else if (!initial && vowel(i - 1)) {
        out += "й";
      } else {
        out += "і";
      }
    } else if (c == 'y') {
      out += initial && vowel(i + 1) ? "й" : "и";
    } else {
      static const char* const kPlain[26] = {"а", "б", "ц", "д", "е", "ф", "ґ", "г", "і", "й", "к", "л", "м",
                                             "н", "о", "п", "к", "р", "с", "т", "у", "в", "в", "кс", "и", "з"};
      out += kPlain[c - 'a'];
    }
    ++i;
  }
  // The soft sign of "-ськ-" and "-цьк-" (not word-initial "ск").
  for (std::string_view hard : {"ск", "цк"}) {
    for (size_t p = out.find(hard); p != std::string::npos; p = out.find(hard, p + 1)) {
      if (p == 0 || out[p - 1] == ' ' || out[p - 1] == '-') continue;
      out.insert(p + 2, "ь");
      p += 2;
    }
  }
  return out;
}

std::vector<std::pair<std::string, uint8_t>> VariantRules::SpellingsOfLatin(std::string_view latin) const {
  return SpellingsOfUkrainian(CyrillicOfUkrainianNational(latin));
}

std::vector<std::string> VariantRules::RomanisationsOfCyrillic(std::string_view cyr) const {
  std::vector<std::string> out = {RussianBgn(cyr), RussianSimple(cyr)};
  if (std::string i = IotaAsI(cyr); !i.empty()) out.push_back(RussianSimple(i));
  return out;
}

}  // namespace sitrep::geo

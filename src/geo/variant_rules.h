// VariantRules: every spelling a settlement may take in the news, generated
// from its Ukrainian Cyrillic name by rules kept in data/geo/:
//
//   uk_national.rules  ICU rules, Ukrainian national romanisation (Kostiantynivka)
//   (ICU built-in)     Ukrainian-Latin/BGN (Kostyantynivka), Russian-Latin/BGN
//   ru_forms.tsv       Ukrainian -> Russian Cyrillic (Костянтинівка -> Константиновка)
//   ru_simple.rules    ICU rules, plain news romanisation of Russian (Kalinovoe)
//   adjectives.tsv     adjective forms of a Latin key (konstantinovka -> konstantinovsky)
//
//   auto rules = VariantRules::Load(DataDir() + "/geo");
//   std::vector<std::string> ru = (*rules)->RussianForms("Калинове");  // калиново, калиновое
//
// Not thread-safe (ICU transliterators keep state); one per building thread.
#ifndef SITREP_GEO_VARIANT_RULES_H_
#define SITREP_GEO_VARIANT_RULES_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace sitrep::geo {

// The Ukrainian Cyrillic (lower case) a national-system romanisation stands
// for, as far as the system reads backwards: "pobieda" -> "побєда",
// "pervomaiske" -> "первомайське", "andriivka" -> "андріївка". The soft sign
// the system drops is put back only in "-ськ-" and "-цьк-".
std::string CyrillicOfUkrainianNational(std::string_view latin);

class VariantRules {
 public:
  // Loads and compiles the rule files of `dir` (normally DataDir()/geo).
  static Result<std::unique_ptr<VariantRules>> Load(const std::string& dir);
  ~VariantRules();

  // Russian Cyrillic forms (lower case) of a Ukrainian Cyrillic name.
  std::vector<std::string> RussianForms(std::string_view uk) const;
  // Ukrainian national romanisation, lower case ("kostiantynivka").
  std::string UkrainianNational(std::string_view uk) const;
  // Ukrainian BGN/PCGN romanisation ("Kostyantynivka").
  std::string UkrainianBgn(std::string_view uk) const;
  // Russian BGN/PCGN romanisation ("Kalinovoye") and plain news form ("kalinovoe").
  std::string RussianBgn(std::string_view ru) const;
  std::string RussianSimple(std::string_view ru) const;
  // Adjective forms of a one-word lower-case Latin key; empty when no rule fits.
  std::vector<std::string> Adjectives(std::string_view key) const;

  // Every spelling of a name given in Ukrainian Cyrillic: the transliterations
  // (flag kVarTranslit) and the Russian forms with their romanisations
  // (kVarRussian). Pairs of (spelling, VariantFlag).
  std::vector<std::pair<std::string, uint8_t>> SpellingsOfUkrainian(std::string_view uk) const;
  // Romanisations of a Cyrillic alternate name read as Russian.
  std::vector<std::string> RomanisationsOfCyrillic(std::string_view cyr) const;
  // Every spelling (as SpellingsOfUkrainian) of a name the settlement list
  // gives in Latin only: a former name ("Pervomaiske" for the village now
  // called Avdiivske -> "Pervomayske", "Pervomayskoye"; "Pobieda" ->
  // "Pobeda"). Read back to Cyrillic with CyrillicOfUkrainianNational first.
  std::vector<std::pair<std::string, uint8_t>> SpellingsOfLatin(std::string_view latin) const;

 private:
  struct Rule {
    std::string from;
    std::vector<std::string> to;
  };
  VariantRules() = default;
  std::string Apply(icu::Transliterator* t, std::string_view s) const;
  std::vector<std::string> RussianWordForms(const std::string& word) const;
  // The Russian forms of `uk` and their romanisations (kVarRussian).
  void AddRussianSpellings(std::string_view uk, std::vector<std::pair<std::string, uint8_t>>* out) const;

  std::vector<Rule> word_rules_, prefix_rules_, stem_rules_, suffix_rules_, char_rules_, adjective_rules_;
  std::unique_ptr<icu::Transliterator> uk_national_, uk_bgn_, ru_bgn_, ru_simple_, lower_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_VARIANT_RULES_H_

// GeoLexicon: the word lists and region tables of data/geo/ that steer
// matching and resolution (all words stored as MatchKey keys):
//
//   stopwords.txt        spellings that never become settlement mentions
//   given_names.txt      given names and titles: the next capitalised word is a person
//   place_cues.txt       words before a name that say it is a place
//   adjective_heads.txt  nouns after a place adjective ("direction", "front")
//   conflict_raions.txt  raions the front line ran through (a prior between namesakes)
//   regions.tsv          oblasts and their news names (DPR -> Donetsk)
//   countries.tsv        countries and their names
#ifndef SITREP_GEO_GEO_LEXICON_H_
#define SITREP_GEO_GEO_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "util/status.h"
#include "util/string_hash.h"
#include "util/string_ids.h"

namespace sitrep::geo {

struct RegionRow {
  std::string codes;             // "UA.05" or "UA.05,UA.14"
  std::string admin1;            // "Donetsk"
  std::string settlement_oblast; // "Donetska" or ""
  double lat = 0, lon = 0;
  std::vector<std::string> names;  // every full name ("Donetsk region", "DPR", ...)
  std::string label;               // the first stem ("Donbas"): a region spanning oblasts is called so
};

struct CountryRow {
  std::string code, name;
  double lat = 0, lon = 0;
  std::vector<std::string> names;
};

class GeoLexicon {
 public:
  // Loads the files of `dir` (normally DataDir()/geo).
  static Result<std::unique_ptr<GeoLexicon>> Load(const std::string& dir);

  bool IsStopWord(std::string_view key) const { return stop_.Has(key); }
  // A given name, rank or role (given_names.txt). Endings are folded so
  // that romanisations meet: a final "iy", "ii" or "yi" reads "y"
  // ("Anatoliy", "Anatolii" and "Anatoly" are one name).
  bool IsPersonMarker(std::string_view key) const {
    if (person_.Has(key)) return true;
    // Only words ending in "iy", "ii" or "yi" are looked up again, folded.
    const size_t n = key.size();
    return n >= 4 && (key[n - 2] == 'i' || key[n - 2] == 'y') && (key[n - 1] == 'i' || key[n - 1] == 'y') &&
           !(key[n - 2] == 'y' && key[n - 1] == 'y') && IsFoldedPersonMarker(key);
  }
  bool IsAdjectiveHead(std::string_view key) const { return heads_.Has(key); }
  // "river", "brigade", "post": the name next to it is no settlement.
  bool IsNonSettlementHead(std::string_view key) const { return non_settlement_heads_.Has(key); }
  // "military" in "the Khortytsia military unit": may stand before a head.
  bool IsHeadModifier(std::string_view key) const { return head_modifiers_.Has(key); }
  // "said", "told" (speech_verbs.txt): the capitalised word before one speaks.
  bool IsSpeechVerb(std::string_view key) const { return speech_verbs_.Has(key); }
  // An adjective that opens two-word names ("Novaya" in "Novaya Sorochina"):
  // right before another capitalised name it is no place of its own
  // (data/geo/name_openers.txt).
  bool IsNameOpener(std::string_view key) const { return name_openers_.Has(key); }
  // True when `key` (words joined by single spaces) is a cue phrase
  // ("village of", "near").
  bool IsCue(std::string_view key) const { return cues_.Has(key); }
  // A raion of conflict_raions.txt, as an entry's admin2 spells it
  // ("Pokrovskyi"; GeoNames' "Pokrovskyi Raion" too).
  bool IsConflictRaion(std::string_view admin2) const;
  // The most words any cue phrase has.
  int max_cue_words() const { return max_cue_words_; }
  const std::vector<RegionRow>& regions() const { return regions_; }
  const std::vector<CountryRow>& countries() const { return countries_; }
  // The admin1 name for a settlement list oblast ("Donetska" -> "Donetsk"):
  // from regions.tsv, else the oblast with a final "ska"/"ka" cut to "sk"/"".
  std::string Admin1OfOblast(const std::string& oblast) const;
  // The GeoNames admin1 code of an admin1 name ("Donetsk" -> "UA.05"), or "".
  std::string Admin1Code(const std::string& admin1) const;

 private:
  // A set of keys looked up once per article word: a shape prefilter
  // rejects most words before hashing.
  class WordSet {
   public:
    void insert(std::string key) { ids_.Intern(key); }
    bool Has(std::string_view key) const { return !key.empty() && ids_.Find(key) != StringIds::kNone; }

   private:
    StringIds ids_;  // shape prefilter, then one open-addressed probe
  };
  bool IsFoldedPersonMarker(std::string_view key) const;  // IsPersonMarker of the folded ending
  WordSet stop_, person_, heads_, non_settlement_heads_, head_modifiers_, cues_, speech_verbs_, name_openers_;
  int max_cue_words_ = 0;
  std::unordered_set<std::string, StringHash, std::equal_to<>> conflict_raions_;
  std::vector<RegionRow> regions_;
  std::vector<CountryRow> countries_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GEO_LEXICON_H_

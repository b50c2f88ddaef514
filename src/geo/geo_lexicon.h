// GeoLexicon: the word lists and region tables of data/geo/ that steer
// matching and resolution (all words stored as MatchKey keys):
//
//   stopwords.txt        spellings that never become settlement mentions
//   given_names.txt      given names and titles: the next capitalised word is a person
//   place_cues.txt       words before a name that say it is a place
//   adjective_heads.txt  nouns after a place adjective ("direction", "front")
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

namespace sitrep::geo {

struct RegionRow {
  std::string codes;             // "UA.05" or "UA.05,UA.14"
  std::string admin1;            // "Donetsk"
  std::string settlement_oblast; // "Donetska" or ""
  double lat = 0, lon = 0;
  std::vector<std::string> names;  // every full name ("Donetsk region", "DPR", ...)
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

  bool IsStopWord(std::string_view key) const { return stop_.find(key) != stop_.end(); }
  bool IsPersonMarker(std::string_view key) const { return person_.find(key) != person_.end(); }
  bool IsAdjectiveHead(std::string_view key) const { return heads_.find(key) != heads_.end(); }
  // Cue phrases, as keys ("village of", "near"); longest first.
  const std::vector<std::string>& cues() const { return cues_; }
  const std::vector<RegionRow>& regions() const { return regions_; }
  const std::vector<CountryRow>& countries() const { return countries_; }
  // The admin1 name for a settlement list oblast ("Donetska" -> "Donetsk"):
  // from regions.tsv, else the oblast with a final "ska"/"ka" cut to "sk"/"".
  std::string Admin1OfOblast(const std::string& oblast) const;
  // The GeoNames admin1 code of an admin1 name ("Donetsk" -> "UA.05"), or "".
  std::string Admin1Code(const std::string& admin1) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  WordSet stop_, person_, heads_;
  std::vector<std::string> cues_;
  std::vector<RegionRow> regions_;
  std::vector<CountryRow> countries_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GEO_LEXICON_H_

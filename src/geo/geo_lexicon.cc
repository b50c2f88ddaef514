#include "geo/geo_lexicon.h"

#include <algorithm>

#include "geo/match_key.h"
#include "util/data_path.h"
#include "util/strings.h"

namespace sitrep::geo {
namespace {

using ::sitrep::Split;

template <typename Set>
Status ReadKeys(const std::string& path, Set* out) {
  std::vector<DataLine> lines;
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  for (const DataLine& l : lines) out->insert(MatchKey(l.text));
  return Status::OK();
}

// `key` with a final "iy", "ii" or "yi" read as "y" into *out; false when
// it has no such ending.
bool FoldNameEnding(std::string_view key, std::string* out) {
  if (key.size() < 4) return false;
  const std::string_view end = key.substr(key.size() - 2);
  if (end != "iy" && end != "ii" && end != "yi") return false;
  out->assign(key.substr(0, key.size() - 2));
  out->push_back('y');
  return true;
}

Status Bad(const std::string& path, int line, const std::string& what) {
  return Status::InvalidArgument(path + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

bool GeoLexicon::IsFoldedPersonMarker(std::string_view key) const {
  std::string folded;
  return FoldNameEnding(key, &folded) && person_.Has(folded);
}

bool GeoLexicon::IsConflictRaion(std::string_view admin2) const {
  if (admin2.ends_with(" Raion")) admin2.remove_suffix(6);
  return !admin2.empty() && conflict_raions_.find(admin2) != conflict_raions_.end();
}

Result<std::unique_ptr<GeoLexicon>> GeoLexicon::Load(const std::string& dir) {
  std::unique_ptr<GeoLexicon> lex(new GeoLexicon());
  SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/stopwords.txt", &lex->stop_));
  {
    std::unordered_set<std::string> given;
    SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/given_names.txt", &given));
    std::string folded;
    for (const std::string& g : given) {
      lex->person_.insert(g);
      if (FoldNameEnding(g, &folded)) lex->person_.insert(folded);
    }
  }
  SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/adjective_heads.txt", &lex->heads_));
  SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/non_settlement_heads.txt", &lex->non_settlement_heads_));
  SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/head_modifiers.txt", &lex->head_modifiers_));
  SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/name_openers.txt", &lex->name_openers_));
  SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/speech_verbs.txt", &lex->speech_verbs_));
  std::unordered_set<std::string> cues;
  SITREP_RETURN_IF_ERROR(ReadKeys(dir + "/place_cues.txt", &cues));
  for (const std::string& cue : cues) {
    int nwords = 1 + static_cast<int>(std::count(cue.begin(), cue.end(), ' '));
    lex->max_cue_words_ = std::max(lex->max_cue_words_, nwords);
    lex->cues_.insert(cue);
  }

  {
    std::vector<DataLine> raions;
    SITREP_RETURN_IF_ERROR(ReadDataLines(dir + "/conflict_raions.txt", &raions));
    for (const DataLine& l : raions) lex->conflict_raions_.insert(l.text);
  }

  std::string path = dir + "/regions.tsv";
  std::vector<DataLine> lines;
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  for (const DataLine& l : lines) {
    auto f = Split(l.text, '\t');
    if (f.size() < 6) return Bad(path, l.line_no, "want 6 or 7 tab-separated fields");
    RegionRow r;
    r.codes = f[0];
    r.admin1 = f[1];
    r.settlement_oblast = f[2] == "-" ? "" : f[2];
    r.lat = std::atof(f[3].c_str());
    r.lon = std::atof(f[4].c_str());
    if (f[5] != "-") {
      for (const std::string& stem : Split(f[5], '|')) {
        if (r.label.empty()) r.label = stem;
        for (const char* tail : {" region", " regions", " regional", " oblast", " Oblast", " province", " Region", " Regional"}) {
          r.names.push_back(stem + tail);
        }
      }
    }
    if (f.size() > 6 && !f[6].empty()) {
      for (const std::string& n : Split(f[6], '|')) r.names.push_back(n);
    }
    lex->regions_.push_back(std::move(r));
  }
  path = dir + "/countries.tsv";
  lines.clear();
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  for (const DataLine& l : lines) {
    auto f = Split(l.text, '\t');
    if (f.size() < 4) return Bad(path, l.line_no, "want code, name, lat, lon[, names]");
    CountryRow c{f[0], f[1], std::atof(f[2].c_str()), std::atof(f[3].c_str()), {f[1]}};
    if (f.size() > 4 && !f[4].empty()) {
      for (const std::string& n : Split(f[4], '|')) c.names.push_back(n);
    }
    lex->countries_.push_back(std::move(c));
  }
  return lex;
}

std::string GeoLexicon::Admin1OfOblast(const std::string& oblast) const {
  for (const RegionRow& r : regions_) {
    if (!r.settlement_oblast.empty() && r.settlement_oblast == oblast) return r.admin1;
  }
  std::string s = oblast;
  if (s.size() > 3 && s.compare(s.size() - 3, 3, "ska") == 0) return s.substr(0, s.size() - 1);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "ka") == 0) return s.substr(0, s.size() - 2);
  return s;
}

std::string GeoLexicon::Admin1Code(const std::string& admin1) const {
  for (const RegionRow& r : regions_) {
    if (r.admin1 == admin1 && r.codes.find(',') == std::string::npos) return r.codes;
  }
  return "";
}

}  // namespace sitrep::geo

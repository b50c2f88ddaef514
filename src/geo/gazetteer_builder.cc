#include "geo/gazetteer_builder.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "geo/match_key.h"
#include "util/data_path.h"

namespace sitrep::geo {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    f.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  if (!f.empty() && !f.back().empty() && f.back().back() == '\r') f.back().pop_back();
  return f;
}

// Decodes the first code point of s.
uint32_t FirstCp(const std::string& s) {
  if (s.empty()) return 0;
  unsigned char c = s[0];
  if (c < 0x80) return c;
  if (c >= 0xD0 && c < 0xE0 && s.size() > 1) return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  if (c >= 0xC0 && c < 0xE0 && s.size() > 1) return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  return 0xFFFF;
}

bool IsCyrillicText(const std::string& s) {
  for (unsigned char c : s) {
    if (c == 0xD0 || c == 0xD1 || c == 0xD2) return true;
  }
  return false;
}

// A GeoNames alternate name worth matching: a capitalised Latin or Cyrillic
// name without digits, not an all-capitals code.
bool UsableAlternate(const std::string& s) {
  if (s.size() < 3) return false;
  uint32_t first = FirstCp(s);
  bool upper_latin = first >= 'A' && first <= 'Z';
  bool latin_ext = first >= 0xC0 && first < 0x250;
  bool upper_cyr = first >= 0x400 && first <= 0x42F;
  if (!upper_latin && !latin_ext && !upper_cyr && first != 0x490 && first != 0x404 && first != 0x406) return false;
  bool has_lower = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= '0' && c <= '9') return false;
    if (c >= 'a' && c <= 'z') has_lower = true;
    if (c >= 0x80) {
      // Reject scripts other than Latin and Cyrillic (lead bytes above U+052F).
      if (c >= 0xD5 && c < 0xE0) return false;
      if (c >= 0xE0) {
        // Allow typographic apostrophes (U+2019, U+201D: E2 80 xx) only.
        if (!(c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80)) return false;
      }
      has_lower = true;
    }
  }
  return has_lower;
}

Rank RankOf(const std::string& feature, uint32_t population) {
  if (feature == "PPLC") return Rank::kCapital;
  if (feature == "PPLA") return Rank::kOblastCentre;
  if (feature == "PPLA2") return Rank::kRaionCentre;
  return population >= 10000 ? Rank::kTown : Rank::kVillage;
}

std::string StripSuffix(std::string s, const std::string& suffix) {
  if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
    s.resize(s.size() - suffix.size());
  }
  return s;
}

// Population from which a city outside the war zone is kept as a stop
// spelling (see AddGeoNamesStream).
constexpr uint32_t kFarCityPopulation = 150000;

bool KeepForWarZone(const std::string& country, const std::string& admin1, uint32_t pop) {
  if (country == "UA") return true;
  if (country == "RU") {
    if (admin1 == "41" || admin1 == "09" || admin1 == "10" || admin1 == "61" || admin1 == "86") return true;
    return pop >= 300000;
  }
  static const std::set<std::string> kNeighbours = {"BY", "MD", "PL", "RO", "SK", "HU", "GE"};
  return kNeighbours.count(country) > 0 && pop >= 300000;
}

}  // namespace

Status ReadAdminNames(const std::string& path, AdminNames* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open");
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_array()) return Status::InvalidArgument(path + ": not a JSON array");
  for (const auto& o : j) {
    if (o.contains("code") && o.contains("name") && o["code"].is_string() && o["name"].is_string()) {
      (*out)[o["code"].get<std::string>()] = o["name"].get<std::string>();
    }
  }
  return Status::OK();
}

Result<std::unique_ptr<GazetteerBuilder>> GazetteerBuilder::Create(const std::string& data_dir) {
  std::unique_ptr<GazetteerBuilder> b(new GazetteerBuilder());
  b->data_dir_ = data_dir;
  auto rules = VariantRules::Load(data_dir);
  if (!rules.ok()) return rules.status();
  b->rules_ = std::move(*rules);
  auto lex = GeoLexicon::Load(data_dir);
  if (!lex.ok()) return lex.status();
  b->lexicon_ = std::move(*lex);
  return b;
}

uint32_t GazetteerBuilder::NewEntry(Entry e) {
  uint32_t id = static_cast<uint32_t>(entries_.size());
  if (!e.code.empty()) by_code_[e.code] = id;
  entries_.push_back(std::move(e));
  keys_.emplace_back();
  has_geonames_.push_back(0);
  has_settlement_.push_back(0);
  return id;
}

void GazetteerBuilder::AddKeyRaw(uint32_t entry, const std::string& key, uint32_t flags) {
  if (key.empty()) return;
  auto [it, inserted] = keys_[entry].emplace(key, flags);
  if (!inserted) {
    it->second |= flags;
    return;
  }
  if (!(flags & kVarAdjective)) by_key_[key].push_back(entry);
}

void GazetteerBuilder::AddKey(uint32_t entry, const std::string& spelling, uint32_t flags) {
  AddKeyRaw(entry, MatchKey(spelling), flags);
}

void GazetteerBuilder::AddExisting(const Gazetteer& g) {
  std::vector<uint32_t> ids(g.size());
  for (uint32_t i = 0; i < g.size(); ++i) {
    ids[i] = NewEntry(g.entry(i));
    const std::string& code = entries_[ids[i]].code;
    has_geonames_[ids[i]] = code.rfind("gn:", 0) == 0 || entries_[ids[i]].population > 0;
    has_settlement_[ids[i]] = code.rfind("UA", 0) == 0;
  }
  for (uint32_t k = 0; k < g.key_count(); ++k) {
    std::string key(g.key(k));
    for (const Posting& p : g.postings(k)) AddKeyRaw(ids[p.entry], key, p.flags);
  }
}

void GazetteerBuilder::AddRegionsAndCountries() {
  for (const RegionRow& r : lexicon_->regions()) {
    if (by_code_.count("region:" + r.codes)) continue;
    Entry e;
    e.kind = PlaceKind::kRegion;
    e.name = r.admin1 + (r.codes.find(',') != std::string::npos ? "" : " Oblast");
    if (r.codes.find(',') != std::string::npos) e.name = r.label;  // "Donbas", "Tavria"
    e.admin1 = r.admin1;
    e.code = "region:" + r.codes;
    e.scope = r.codes;
    e.admin1_code = r.codes.substr(0, r.codes.find(','));
    e.lat = r.lat;
    e.lon = r.lon;
    e.has_coords = true;
    uint32_t id = NewEntry(e);
    for (const std::string& n : r.names) AddKey(id, n, kVarRegionName);
    ++stats_.regions;
  }
  for (const CountryRow& c : lexicon_->countries()) {
    if (by_code_.count("country:" + c.code)) continue;
    Entry e;
    e.kind = PlaceKind::kCountry;
    e.name = c.name;
    e.code = "country:" + c.code;
    e.scope = c.code;
    e.lat = c.lat;
    e.lon = c.lon;
    e.has_coords = true;
    uint32_t id = NewEntry(e);
    for (const std::string& n : c.names) AddKey(id, n, kVarRegionName);
    ++stats_.countries;
  }
}

int64_t GazetteerBuilder::FindTwin(const std::vector<std::string>& keys, double lat, double lon,
                                   bool want_geonames) const {
  int64_t best = -1;
  double best_d = 1e9;
  for (const std::string& k : keys) {
    auto it = by_key_.find(k);
    if (it == by_key_.end()) continue;
    for (uint32_t e : it->second) {
      const Entry& x = entries_[e];
      if (x.kind != PlaceKind::kSettlement || !x.has_coords) continue;
      if (want_geonames ? !has_geonames_[e] || has_settlement_[e] : has_geonames_[e] && !has_settlement_[e]) {
        continue;
      }
      double d = DistanceKm(lat, lon, x.lat, x.lon);
      double limit = x.population >= 100000 ? 10.0 : 5.0;
      if (d <= limit && d < best_d) {
        best_d = d;
        best = e;
      }
    }
  }
  return best;
}

Status GazetteerBuilder::AddGeoNames(const std::string& path, const AdminNames& admin1,
                                     const AdminNames& admin2, GeoNamesFilter filter) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open GeoNames dump");
  return AddGeoNamesStream(in, path, admin1, admin2, filter);
}

Status GazetteerBuilder::AddGeoNamesStream(std::istream& in, const std::string& origin,
                                           const AdminNames& admin1, const AdminNames& admin2,
                                           GeoNamesFilter filter) {
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    if (f.size() < 19) {
      return Status::InvalidArgument(origin + ":" + std::to_string(line_no) + ": want 19 GeoNames columns, got " +
                                     std::to_string(f.size()));
    }
    if (f[6] != "P") continue;
    uint32_t pop = static_cast<uint32_t>(std::strtoul(f[14].c_str(), nullptr, 10));
    // A large city far from the war ("Munich", "Geneva") is kept by its
    // official names only (kVarFarCity): never a candidate, its spelling
    // only keeps a word from being read as a misspelt village.
    bool far_city = false;
    if (filter == GeoNamesFilter::kWarZone && !KeepForWarZone(f[8], f[10], pop)) {
      if (pop < kFarCityPopulation) continue;
      far_city = true;
    }
    std::string code = "gn:" + f[0];
    if (by_code_.count(code)) {
      ++stats_.skipped;
      continue;
    }
    Entry e;
    e.name = f[1];
    e.code = code;
    e.lat = std::atof(f[4].c_str());
    e.lon = std::atof(f[5].c_str());
    e.has_coords = true;
    e.population = pop;
    e.rank = RankOf(f[7], pop);
    e.admin1_code = f[8] + "." + f[10];
    std::string a1;
    for (const RegionRow& r : lexicon_->regions()) {
      if (r.codes == e.admin1_code) a1 = r.admin1;
    }
    if (a1.empty()) {
      auto it = admin1.find(e.admin1_code);
      if (it != admin1.end()) a1 = StripSuffix(StripSuffix(it->second, " Oblast"), " City");
    }
    e.admin1 = a1;
    auto it2 = admin2.find(e.admin1_code + "." + f[11]);
    if (it2 != admin2.end()) e.admin2 = it2->second;

    std::vector<std::pair<std::string, uint32_t>> spellings = {{f[1], kVarOfficial}, {f[2], kVarOfficial}};
    if (far_city) {
      for (auto& sp : spellings) sp.second = kVarFarCity;
    }
    std::string alts = far_city ? std::string() : f[3];
    size_t start = 0;
    while (!far_city && start <= alts.size()) {
      size_t comma = alts.find(',', start);
      std::string a = alts.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (UsableAlternate(a)) {
        spellings.emplace_back(a, kVarAlternate);
        if (IsCyrillicText(a)) {
          for (const std::string& r : rules_->RomanisationsOfCyrillic(a)) spellings.emplace_back(r, kVarAlternate);
        }
      }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    std::vector<std::string> keys;
    for (auto& [s, fl] : spellings) keys.push_back(MatchKey(s));
    int64_t twin = FindTwin(keys, e.lat, e.lon, /*want_geonames=*/false);
    if (twin < 0) {
      // GeoNames sometimes holds one town twice (Kurakhove and Kurakhovo,
      // 100 m apart): a record sharing a spelling within 2 km is the same place.
      int64_t dup = FindTwin(keys, e.lat, e.lon, /*want_geonames=*/true);
      if (dup >= 0 && DistanceKm(e.lat, e.lon, entries_[dup].lat, entries_[dup].lon) <= 2.0) twin = dup;
    }
    uint32_t id;
    if (twin >= 0) {
      id = static_cast<uint32_t>(twin);
      Entry& x = entries_[id];
      x.population = std::max(x.population, pop);
      x.rank = std::max(x.rank, e.rank);
      if (x.admin1_code.empty()) x.admin1_code = e.admin1_code;
      ++stats_.merged;
    } else {
      id = NewEntry(std::move(e));
      ++stats_.geonames;
    }
    has_geonames_[id] = 1;
    for (size_t i = 0; i < spellings.size(); ++i) AddKeyRaw(id, keys[i], spellings[i].second);
  }
  return Status::OK();
}

Status GazetteerBuilder::AddSettlements(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open settlement list");
  return AddSettlementsStream(in, path);
}

Status GazetteerBuilder::AddSettlementsStream(std::istream& in, const std::string& origin) {
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    if (line_no == 1 && !f.empty() && f[0] == "pcode") continue;
    if (f.size() < 7) {
      return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                     ": want pcode, name_en, name_uk, lat, lon, oblast_en, raion_en");
    }
    Entry e;
    e.code = f[0];
    e.name = f[1];
    e.name_uk = f[2];
    e.lat = std::atof(f[3].c_str());
    e.lon = std::atof(f[4].c_str());
    e.has_coords = true;
    e.admin1 = lexicon_->Admin1OfOblast(f[5]);
    e.admin1_code = lexicon_->Admin1Code(e.admin1);
    e.admin2 = f[6];
    std::vector<std::pair<std::string, uint32_t>> spellings = {{f[1], kVarOfficial}, {f[2], kVarOfficial}};
    for (auto& [s, fl] : rules_->SpellingsOfUkrainian(f[2])) spellings.emplace_back(s, fl);
    // A Latin name that is no romanisation of the Cyrillic one is a former
    // name ("Pobieda", now Peremoha; "Pervomaiske", now Avdiivske): its other
    // romanisations ("Pervomayske") and Russian forms ("Pobeda") too.
    if (MatchKey(spellings[2].first) != MatchKey(f[1])) {
      for (auto& [s, fl] : rules_->SpellingsOfLatin(f[1])) {
        spellings.emplace_back(s, fl);
      }
    }
    std::vector<std::string> keys;
    for (auto& [s, fl] : spellings) keys.push_back(MatchKey(s));

    uint32_t id;
    auto same = by_code_.find(e.code);
    int64_t twin = same != by_code_.end() ? static_cast<int64_t>(same->second)
                                          : FindTwin({keys[0], keys[1]}, e.lat, e.lon, /*want_geonames=*/true);
    if (twin >= 0) {
      id = static_cast<uint32_t>(twin);
      Entry& x = entries_[id];
      by_code_.erase(x.code);
      e.population = x.population;
      e.rank = x.rank;
      if (e.admin1_code.empty()) e.admin1_code = x.admin1_code;
      // The list's point wins, also for a city that is an oblast-level unit
      // of its own (Kyiv UA80, whose point is the unit's centroid, 3.5 km
      // from GeoNames' city centre): the list is the reference the gold of
      // ../shared/gold and the surveys take coordinates from.
      x = std::move(e);
      by_code_[x.code] = id;
      ++stats_.merged;
    } else {
      id = NewEntry(std::move(e));
      ++stats_.settlements;
    }
    has_settlement_[id] = 1;
    for (size_t i = 0; i < spellings.size(); ++i) AddKeyRaw(id, keys[i], spellings[i].second);
  }
  return Status::OK();
}

Status GazetteerBuilder::AddExonyms() {
  const std::string path = data_dir_ + "/exonyms.tsv";
  std::vector<DataLine> lines;
  SITREP_RETURN_IF_ERROR(ReadDataLines(path, &lines));
  for (const DataLine& l : lines) {
    auto f = SplitTabs(l.text);
    if (f.size() != 2 || f[0].empty() || f[1].empty()) {
      return Status::InvalidArgument(path + ":" + std::to_string(l.line_no) + ": want code<TAB>name[|name...]");
    }
    auto it = by_code_.find(f[0]);
    if (it == by_code_.end()) continue;  // a settlement list without that place
    size_t start = 0;
    while (start <= f[1].size()) {
      size_t bar = f[1].find('|', start);
      if (bar == std::string::npos) bar = f[1].size();
      const std::string name = f[1].substr(start, bar - start);
      if (!name.empty()) AddKeyRaw(it->second, MatchKey(name), kVarExonym);
      start = bar + 1;
    }
  }
  return Status::OK();
}

void GazetteerBuilder::AddCompoundVariants() {
  constexpr double kTownKm = 30;
  constexpr uint32_t kNotSpelling = kVarAdjective | kVarStopWord | kVarFarCity | kVarRegionName | kVarExonym;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (e.kind != PlaceKind::kSettlement || !e.has_coords) continue;
    std::vector<std::pair<std::string, uint32_t>> add;
    for (const auto& [k, fl] : keys_[i]) {
      const size_t sp = k.find(' ');
      if (!(fl & kVarOfficial) || sp == std::string::npos) continue;
      const std::string first = k.substr(0, sp), rest = k.substr(sp);
      auto it = by_key_.find(first);
      if (it == by_key_.end()) continue;
      for (uint32_t j : it->second) {
        const Entry& town = entries_[j];
        auto own = keys_[j].find(first);
        if (j == i || town.kind != PlaceKind::kSettlement || !town.has_coords || own == keys_[j].end() ||
            !(own->second & kVarOfficial) || DistanceKm(e.lat, e.lon, town.lat, town.lon) > kTownKm) {
          continue;
        }
        for (const auto& [kj, fj] : keys_[j]) {
          if (kj == first || kj.find(' ') != std::string::npos || (fj & kNotSpelling)) continue;
          const uint32_t origin = fj & ~static_cast<uint32_t>(kVarOfficial);
          add.push_back({kj + rest, origin ? origin : static_cast<uint32_t>(kVarAlternate)});
        }
      }
    }
    for (const auto& [k, fl] : add) AddKeyRaw(i, k, fl);
  }
}

Result<std::unique_ptr<Gazetteer>> GazetteerBuilder::Finish() {
  SITREP_RETURN_IF_ERROR(AddExonyms());
  AddCompoundVariants();
  std::vector<std::pair<std::string, Posting>> postings;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    bool settlement = e.kind == PlaceKind::kSettlement;
    std::map<std::string, uint32_t> keys = keys_[i];
    if (settlement && (e.population >= 10000 || e.rank >= Rank::kRaionCentre)) {
      for (const auto& [k, fl] : keys_[i]) {
        if (fl & kVarAdjective) continue;
        for (const std::string& a : rules_->Adjectives(k)) keys.emplace(a, kVarAdjective);
      }
    }
    for (const auto& [k, fl] : keys) {
      if (settlement && k.size() < 4) continue;
      const bool stop = settlement && lexicon_->IsStopWord(k);
      postings.push_back({k, Posting{i, stop ? fl | kVarStopWord : fl}});
    }
  }
  auto lex = GeoLexicon::Load(data_dir_);
  if (!lex.ok()) return lex.status();
  return Gazetteer::FromParts(entries_, std::move(postings), std::move(*lex));
}

}  // namespace sitrep::geo

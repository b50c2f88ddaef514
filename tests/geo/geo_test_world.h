// A small in-memory gazetteer for the geo tests, built from GeoNames and
// settlement lines written here (invented coordinates where noted).
#ifndef SITREP_TESTS_GEO_GEO_TEST_WORLD_H_
#define SITREP_TESTS_GEO_GEO_TEST_WORLD_H_

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <sstream>
#include <string>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "text/analyzer.h"
#include "util/data_path.h"

namespace sitrep::geo::testing {

// GeoNames rows: id, name, asciiname, alternates, lat, lon, P, code, country,
// cc2, admin1, admin2, admin3, admin4, population, elevation, dem, tz, date.
inline std::string GeoNamesRow(const std::string& id, const std::string& name, const std::string& alts,
                               double lat, double lon, const std::string& feature, const std::string& admin1,
                               int pop, const std::string& country = "UA") {
  std::ostringstream o;
  o << id << '\t' << name << '\t' << name << '\t' << alts << '\t' << lat << '\t' << lon << "\tP\t" << feature
    << '\t' << country << "\t\t" << admin1 << "\t\t\t\t" << pop << "\t\t100\tEurope/Kyiv\t2024-01-01\n";
  return o.str();
}

inline std::unique_ptr<Gazetteer> BuildWorld(const std::string& geonames, const std::string& settlements,
                                             GeoNamesFilter filter = GeoNamesFilter::kAll) {
  auto b = GazetteerBuilder::Create(DataPath("geo"));
  EXPECT_TRUE(b.ok()) << b.status().ToString();
  if (!b.ok()) return nullptr;
  (*b)->AddRegionsAndCountries();
  std::istringstream g(geonames), s(settlements);
  AdminNames a1 = {{"UA.05", "Donetsk"}, {"UA.07", "Kharkiv"}, {"UA.13", "Kyiv Oblast"}, {"RU.41", "Kursk"}};
  AdminNames a2;
  Status st = (*b)->AddGeoNamesStream(g, "test-geonames", a1, a2, filter);
  EXPECT_TRUE(st.ok()) << st.ToString();
  st = (*b)->AddSettlementsStream(s, "test-settlements");
  EXPECT_TRUE(st.ok()) << st.ToString();
  auto gaz = (*b)->Finish();
  EXPECT_TRUE(gaz.ok()) << gaz.status().ToString();
  return gaz.ok() ? std::move(*gaz) : nullptr;
}

inline Resolution ResolveText(const Gazetteer& g, const std::string& text, bool verbose = false) {
  auto a = text::Analyzer::Create();
  text::AnalyzedText t;
  (*a)->Analyze(text, &t);
  Resolution r;
  Resolver(g, {.verbose = verbose}).Resolve(t, &r);
  return r;
}

// The place a surface form resolved to, or nullptr.
inline const ResolvedPlace* PlaceOf(const Resolution& r, const std::string& surface) {
  for (const Mention& m : r.mentions) {
    if (m.surface == surface && m.place >= 0) return &r.places[m.place];
  }
  return nullptr;
}

// The name of the place `surface` resolved to in `text`, or "" when none.
inline std::string NameOf(const Gazetteer& g, const std::string& text, const std::string& surface) {
  const Resolution r = ResolveText(g, text);
  const ResolvedPlace* p = PlaceOf(r, surface);
  return p ? p->name : "";
}

// The latitude of the place `surface` resolved to in `text`, or NaN when none.
inline double LatOf(const Gazetteer& g, const std::string& text, const std::string& surface) {
  const Resolution r = ResolveText(g, text);
  const ResolvedPlace* p = PlaceOf(r, surface);
  return p ? p->lat : std::nan("");
}

}  // namespace sitrep::geo::testing

#endif  // SITREP_TESTS_GEO_GEO_TEST_WORLD_H_

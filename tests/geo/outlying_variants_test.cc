// MergeOutlyingVariants: a far small place one letter from a named one;
// ReplaceOutliersByNearbyTowns: ... or from a town near the others.
#include "geo/outlying_variants.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {
namespace {

struct PlaceSpec {
  std::string spelling;  // the one surface, also the name
  double lat, lon;
  int64_t population;
};

ResolvedPlace PlaceOf(const PlaceSpec& s) {
  ResolvedPlace p;
  p.name = p.code = s.spelling;
  p.lat = s.lat;
  p.lon = s.lon;
  p.has_coords = true;
  p.population = s.population;
  return p;
}

// A resolution with one mention per place, in order.
Resolution ResolutionOf(const std::vector<PlaceSpec>& specs) {
  Resolution r;
  for (const PlaceSpec& s : specs) {
    ResolvedPlace p = PlaceOf(s);
    p.surface = {s.spelling};
    Mention m;
    m.place = static_cast<int>(r.places.size());
    m.surface = s.spelling;
    r.places.push_back(p);
    r.mentions.push_back(m);
  }
  return r;
}

// Per mention, the name of the place it ends on.
std::vector<std::string> NamesOfMentions(const Resolution& r) {
  std::vector<std::string> out;
  for (const Mention& m : r.mentions) out.push_back(r.places[m.place].name);
  return out;
}

std::vector<std::string> MergedNames(const std::vector<PlaceSpec>& specs) {
  Resolution r = ResolutionOf(specs);
  MergeOutlyingVariants(&r);
  return NamesOfMentions(r);
}

TEST(OutlyingVariantsTest, Table) {
  const PlaceSpec kKreminna{"Kreminna", 49.04, 38.21, 18000}, kRubizhne{"Rubizhne", 49.02, 38.37, 55000},
      kSvatove{"Svatove", 49.41, 38.15, 16000};
  struct Case {
    const char* why;
    std::vector<PlaceSpec> places;
    std::vector<std::string> want;
  } cases[] = {
      {"a far village one letter from a named town joins it",
       {kKreminna, kRubizhne, kSvatove, {"Kreminne", 48.46, 27.60, 0}},
       {"Kreminna", "Rubizhne", "Svatove", "Kreminna"}},
      {"two letters apart: another place",
       {kKreminna, kRubizhne, kSvatove, {"Kremenets", 48.46, 27.60, 0}},
       {"Kreminna", "Rubizhne", "Svatove", "Kremenets"}},
      {"near the others: a real neighbour, kept",
       {kKreminna, kRubizhne, kSvatove, {"Kreminne", 49.10, 38.30, 0}},
       {"Kreminna", "Rubizhne", "Svatove", "Kreminne"}},
      {"a far city is no misspelling",
       {kKreminna, kRubizhne, kSvatove, {"Kremenna", 48.46, 27.60, 250000}},
       {"Kreminna", "Rubizhne", "Svatove", "Kremenna"}},
      {"the look-alike is itself an outlier: nothing to join",
       {{"Kreminna", 45.0, 30.0, 18000}, kRubizhne, kSvatove, {"Kreminne", 48.46, 27.60, 0}},
       {"Kreminna", "Rubizhne", "Svatove", "Kreminne"}},
      {"two places: no document to be far from",
       {kKreminna, {"Kreminne", 48.46, 27.60, 0}},
       {"Kreminna", "Kreminne"}},
  };
  for (const Case& c : cases) EXPECT_EQ(MergedNames(c.places), c.want) << c.why;
}

// The same; the lookup finds `towns` one letter from any key.
std::vector<std::string> ReplacedNames(const std::vector<PlaceSpec>& specs, const std::vector<PlaceSpec>& towns) {
  Resolution r = ResolutionOf(specs);
  ReplaceOutliersByNearbyTowns(
      [&](std::string_view) {
        std::vector<ResolvedPlace> found;
        for (const PlaceSpec& t : towns) found.push_back(PlaceOf(t));
        return found;
      },
      &r);
  return NamesOfMentions(r);
}

TEST(OutlyingVariantsTest, NearbyTownTable) {
  const PlaceSpec kAlchevsk{"Alchevsk", 48.47, 38.80, 100000}, kBrianka{"Brianka", 48.51, 38.64, 45000},
      kFarVillage{"Kadyivka", 49.23, 26.81, 0};
  struct Case {
    const char* why;
    std::vector<PlaceSpec> places, towns;
    std::vector<std::string> want;
  } cases[] = {
      {"a far village is the town one letter away near the others",
       {kAlchevsk, kBrianka, kFarVillage}, {{"Kadiivka", 48.56, 38.65, 70000}},
       {"Alchevsk", "Brianka", "Kadiivka"}},
      {"the nearest of two towns",
       {kAlchevsk, kBrianka, kFarVillage}, {{"Kadiivkb", 48.90, 38.90, 70000}, {"Kadiivka", 48.56, 38.65, 70000}},
       {"Alchevsk", "Brianka", "Kadiivka"}},
      {"a village near the others is no evidence",
       {kAlchevsk, kBrianka, kFarVillage}, {{"Kadiivka", 48.56, 38.65, 500}},
       {"Alchevsk", "Brianka", "Kadyivka"}},
      {"a town far from the others neither",
       {kAlchevsk, kBrianka, kFarVillage}, {{"Kadiivka", 47.00, 35.00, 70000}},
       {"Alchevsk", "Brianka", "Kadyivka"}},
      {"a place near the others is no outlier",
       {kAlchevsk, kBrianka, {"Kadyivka", 48.60, 38.70, 0}}, {{"Kadiivka", 48.56, 38.65, 70000}},
       {"Alchevsk", "Brianka", "Kadyivka"}},
      {"the town the document names already takes the mentions",
       {kAlchevsk, {"Kadiivka", 48.56, 38.65, 70000}, kFarVillage}, {{"Kadiivka", 48.56, 38.65, 70000}},
       {"Alchevsk", "Kadiivka", "Kadiivka"}},
  };
  for (const Case& c : cases) EXPECT_EQ(ReplacedNames(c.places, c.towns), c.want) << c.why;
}

}  // namespace
}  // namespace sitrep::geo

#include "geo/outlying_variants.h"

#include <string>
#include <vector>

#include "geo/fuzzy_index.h"
#include "geo/gazetteer_entry.h"
#include "geo/match_key.h"

namespace sitrep::geo {
namespace {

bool Located(const ResolvedPlace& p) { return p.kind == PlaceKind::kSettlement && p.has_coords; }

// The nearest other located settlement of the document, in km (a large
// number when there is none).
double NearestOther(const Resolution& r, size_t i) {
  double best = 1e9;
  for (size_t j = 0; j < r.places.size(); ++j) {
    if (j == i || !Located(r.places[j])) continue;
    const double d = DistanceKm(r.places[i].lat, r.places[i].lon, r.places[j].lat, r.places[j].lon);
    if (d < best) best = d;
  }
  return best;
}

}  // namespace

void MergeOutlyingVariants(Resolution* out) {
  const size_t n = out->places.size();
  if (n < 3) return;  // an outlier needs a document that is somewhere else
  std::vector<double> nearest(n, 1e9);
  for (size_t i = 0; i < n; ++i) {
    if (Located(out->places[i])) nearest[i] = NearestOther(*out, i);
  }
  for (size_t i = 0; i < n; ++i) {
    const ResolvedPlace& p = out->places[i];
    if (!Located(p) || p.population > kMaxOutlierPopulation || nearest[i] <= kOutlierKm) continue;
    // The place one letter away, itself among the document's others.
    int target = -1;
    for (const std::string& s : p.surface) {
      const std::string key = MatchKey(s);
      for (size_t j = 0; j < n && target < 0; ++j) {
        if (j == i || !Located(out->places[j]) || nearest[j] > kOutlierKm) continue;
        for (const std::string& t : out->places[j].surface) {
          if (BoundedEditDistance(key, MatchKey(t), 1) == 1) {
            target = static_cast<int>(j);
            break;
          }
        }
      }
      if (target >= 0) break;
    }
    if (target < 0) continue;
    ResolvedPlace& q = out->places[target];
    for (Mention& m : out->mentions) {
      if (m.place != static_cast<int>(i)) continue;
      m.place = target;
      bool known = false;
      for (const std::string& s : q.surface) known |= s == m.surface;
      if (!known) q.surface.push_back(m.surface);
    }
  }
}

void ReplaceOutliersByNearbyTowns(const OneLetterLookup& lookup, Resolution* out) {
  const size_t n = out->places.size();
  if (n < 3) return;
  std::vector<bool> mentioned(n, false);
  for (const Mention& m : out->mentions) {
    if (m.place >= 0 && static_cast<size_t>(m.place) < n) mentioned[m.place] = true;
  }
  for (size_t i = 0; i < n; ++i) {
    const ResolvedPlace& p = out->places[i];
    if (!mentioned[i] || !Located(p) || p.population > kMaxOutlierPopulation) continue;
    if (NearestOther(*out, i) <= kOutlierKm) continue;
    // The nearest town one letter away to another settlement of the document.
    ResolvedPlace best;
    double best_km = kNearTownKm;
    for (const std::string& s : p.surface) {
      for (ResolvedPlace& c : lookup(MatchKey(s))) {
        if (c.population < kMinTownPopulation || !c.has_coords) continue;
        for (size_t j = 0; j < n; ++j) {
          if (j == i || !mentioned[j] || !Located(out->places[j])) continue;
          const double d = DistanceKm(c.lat, c.lon, out->places[j].lat, out->places[j].lon);
          if (d < best_km) {
            best_km = d;
            best = c;
          }
        }
      }
    }
    if (best.code.empty() && best.name.empty()) continue;
    int same = -1;
    for (size_t j = 0; j < n; ++j) {
      if (j != i && mentioned[j] && out->places[j].code == best.code && !best.code.empty()) same = static_cast<int>(j);
    }
    if (same < 0) {
      best.surface = p.surface;
      best.confidence = p.confidence;
      out->places[i] = std::move(best);
      continue;
    }
    ResolvedPlace& q = out->places[same];
    for (Mention& m : out->mentions) {
      if (m.place != static_cast<int>(i)) continue;
      m.place = same;
      bool known = false;
      for (const std::string& s : q.surface) known |= s == m.surface;
      if (!known) q.surface.push_back(m.surface);
    }
    mentioned[i] = false;
  }
}

}  // namespace sitrep::geo

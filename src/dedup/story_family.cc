#include "dedup/story_family.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace sitrep::dedup {
namespace {

int Find(std::vector<int>* parent, int x) {
  while ((*parent)[x] != x) x = (*parent)[x] = (*parent)[(*parent)[x]];
  return x;
}

// Only the date part of an ISO date or date-time.
std::string Day(const std::string& s) { return s.substr(0, std::min<size_t>(10, s.size())); }

}  // namespace

bool IsSourceOf(const std::string& pa, double ca, const std::string& pb, double cb) {
  std::string da = Day(pa), db = Day(pb);
  if (!da.empty() && !db.empty() && da != db) return da < db;
  if (!da.empty() && db.empty()) return true;
  if (da.empty() && !db.empty()) return false;
  return ca >= cb;
}

std::vector<StoryFamily> BuildFamilies(int n, const std::vector<PairLink>& links,
                                       const std::vector<std::string>& published) {
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<double> contained(n, 0);
  std::vector<int> degree(n, 0);
  for (const auto& l : links) {
    parent[Find(&parent, l.a)] = Find(&parent, l.b);
    contained[l.a] += l.coverage_a;
    contained[l.b] += l.coverage_b;
    ++degree[l.a];
    ++degree[l.b];
  }
  std::map<int, std::vector<int>> comps;
  for (int i = 0; i < n; ++i) {
    if (degree[i]) comps[Find(&parent, i)].push_back(i);
  }
  std::vector<StoryFamily> out;
  for (auto& [root, members] : comps) {
    if (members.size() < 2) continue;
    int origin = members[0];
    auto score = [&](int i) { return contained[i] / degree[i]; };
    for (int m : members) {
      std::string dm = Day(published[m]), dorig = Day(published[origin]);
      if (!dm.empty() && (dorig.empty() || dm < dorig)) origin = m;
      else if (dm == dorig && score(m) > score(origin)) origin = m;
    }
    StoryFamily f;
    f.origin = origin;
    f.members.push_back(origin);
    for (int m : members) if (m != origin) f.members.push_back(m);
    out.push_back(std::move(f));
  }
  std::sort(out.begin(), out.end(), [](const StoryFamily& x, const StoryFamily& y) { return x.origin < y.origin; });
  return out;
}

}  // namespace sitrep::dedup

#include "dedup/rewrite_pair_json.h"

#include <cmath>

namespace sitrep::dedup {

nlohmann::json RewritePairToJson(const RewritePair& p) {
  auto round3 = [](double x) { return std::round(x * 1000) / 1000; };
  nlohmann::json j = {{"a", p.a},
                      {"b", p.b},
                      {"similarity", round3(p.similarity)},
                      {"added_in_a", p.added_in_a},
                      {"added_in_b", p.added_in_b},
                      {"quotes_only_in_a", p.quotes_only_in_a},
                      {"quotes_only_in_b", p.quotes_only_in_b},
                      {"coverage_a", round3(p.coverage_a)},
                      {"coverage_b", round3(p.coverage_b)},
                      {"anonymous_in_a", p.anonymous_in_a},
                      {"anonymous_in_b", p.anonymous_in_b}};
  j["changed"] = nlohmann::json::array();
  for (const auto& c : p.changed) {
    j["changed"].push_back({{"in_a", c.in_a}, {"in_b", c.in_b}, {"sentence_a", c.sentence_a}, {"sentence_b", c.sentence_b}});
  }
  return j;
}

}  // namespace sitrep::dedup

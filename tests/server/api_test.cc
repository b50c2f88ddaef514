#include "server/api.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../report/test_world.h"

namespace sitrep::server {
namespace {

using nlohmann::json;
using sitrep::testing::MakeClaim;
using sitrep::testing::MakePlace;
using sitrep::testing::TempStore;

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto a = MakePlace("Testivka", "UA9900000001", 48.5, 37.7, {"Testovka"});
    auto b = MakePlace("Zrazkove", "UA9900000003", 48.1, 37.2, {"Zrazkovo"});
    extract::Record r1;
    r1.places = {a, b};
    r1.claims = {MakeClaim(a, "fighting", "Petro Example", "2025-11-21", "asserted", "Fighting <b>near</b> Testovka."),
                 MakeClaim(b, "captured", "Ivan Sampleson", "2025-11-20", "asserted", "Zrazkovo was taken.")};
    r1.claims[0].outlet = "TASS";
    w_.Add("d1", "2025-11-21", r1);
    extract::Record r2;
    r2.places = {a};
    r2.claims = {MakeClaim(a, "contested", "", "2025-11-25", "asserted", "Testivka remains contested.")};
    w_.Add("d2", "2025-11-25", r2);
    w_.Close();
    pool_ = std::move(*StorePool::Open(w_.path()));
    ApiLimits limits;
    limits.max_page = 2;
    api_ = std::make_unique<Api>(pool_.get(), limits);
  }
  json Get(const std::string& path, std::map<std::string, std::string> params, int want_status = 200) {
    ApiResponse r = api_->Handle(path, params);
    EXPECT_EQ(r.status, want_status) << path << " " << r.body;
    return json::parse(r.body);
  }
  TempStore w_;
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, ClaimsFilterByPlaceSurfaceSpeakerOutletKindAndDate) {
  EXPECT_EQ(Get("/api/claims", {})["total"], 3);
  EXPECT_EQ(Get("/api/claims", {{"place", "testovka"}})["total"], 2);
  EXPECT_EQ(Get("/api/claims", {{"place", "UA9900000003"}})["total"], 1);
  EXPECT_EQ(Get("/api/claims", {{"speaker", "sampleson"}})["total"], 1);
  EXPECT_EQ(Get("/api/claims", {{"outlet", "tass"}})["total"], 1);
  EXPECT_EQ(Get("/api/claims", {{"kind", "contested"}})["total"], 1);
  EXPECT_EQ(Get("/api/claims", {{"since", "2025-11-21"}})["total"], 2);
  EXPECT_EQ(Get("/api/claims", {{"until", "--11-20"}})["total"], 1);
  // Text comes back verbatim in JSON; escaping for display is the UI's job.
  json j = Get("/api/claims", {{"speaker", "example"}});
  EXPECT_EQ(j["claims"][0]["sentence"], "Fighting <b>near</b> Testovka.");
}

TEST_F(ApiTest, PagesAreCapped) {
  json j = Get("/api/claims", {{"limit", "1000"}});
  EXPECT_EQ(j["limit"], 2);
  EXPECT_EQ(j["claims"].size(), 2u);
  j = Get("/api/claims", {{"limit", "2"}, {"offset", "2"}});
  EXPECT_EQ(j["claims"].size(), 1u);
  Get("/api/claims", {{"limit", "-1"}}, 400);
  Get("/api/claims", {{"offset", "1e9"}}, 400);
}

TEST_F(ApiTest, HostileParametersAreDataNotSql) {
  for (const char* evil : {"' OR 1=1 --", "x'); DROP TABLE claims; --", "%", "_", "\"", "\xff\xfe"}) {
    json j = Get("/api/claims", {{"place", evil}});
    EXPECT_EQ(j["total"], 0) << evil;
  }
  EXPECT_EQ(Get("/api/claims", {})["total"], 3);  // nothing dropped
  Get("/api/claims", {{"place", std::string(300, 'a')}}, 400);
  Get("/api/claims", {{"since", "yesterday"}}, 400);
}

TEST_F(ApiTest, TimelinePlacesDocumentsAndErrors) {
  json t = Get("/api/timeline", {{"place", "TESTIVKA"}});
  ASSERT_EQ(t["entries"].size(), 2u);
  EXPECT_EQ(t["entries"][0]["kind"], "fighting");
  EXPECT_EQ(t["entries"][1]["kind"], "contested");
  Get("/api/timeline", {{"place", "Nowhere"}}, 404);
  Get("/api/timeline", {}, 400);
  json places = Get("/api/places", {});
  EXPECT_EQ(places["type"], "FeatureCollection");
  EXPECT_EQ(places["features"].size(), 2u);
  json docs = Get("/api/documents", {});
  EXPECT_EQ(docs["total"], 2);
  json d = Get("/api/document", {{"id", "d1"}});
  EXPECT_EQ(d["record"]["claims"].size(), 2u);
  Get("/api/document", {{"id", "nope"}}, 404);
  Get("/api/nothing", {}, 404);
  EXPECT_TRUE(Get("/api/families", {})["families"].is_array());
  EXPECT_TRUE(Get("/api/diff", {{"doc", "d1"}})["pairs"].is_array());
  EXPECT_TRUE(Get("/api/contradictions", {})["contradictions"].is_array());
}

TEST(StorePoolTest, MissingStoreIsAnError) {
  auto p = StorePool::Open("/nonexistent/dir/x.db");
  EXPECT_FALSE(p.ok());
}

}  // namespace
}  // namespace sitrep::server

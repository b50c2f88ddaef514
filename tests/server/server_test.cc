#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <future>
#include <thread>

#include "../report/test_world.h"

namespace sitrep::server {
namespace {

using sitrep::testing::MakeClaim;
using sitrep::testing::MakePlace;
using sitrep::testing::TempStore;

TEST(ServerTest, ServesUiAndApiOnLoopbackAndRefusesWrites) {
  TempStore w;
  auto a = MakePlace("Testivka", "UA9900000001", 48.5, 37.7, {"Testovka"});
  extract::Record r;
  r.places = {a};
  r.claims = {MakeClaim(a, "fighting", "Petro Example", "2025-11-21", "asserted", "Fighting near Testovka.")};
  w.Add("d1", "2025-11-21", r);
  w.Close();
  ServerOptions o;
  o.db = w.path();
  o.port = 0;
  auto s = Server::Create(o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  std::promise<int> bound;
  std::thread t([&] { (*s)->Run([&](int port) { bound.set_value(port); }); });
  int port = bound.get_future().get();
  httplib::Client c("127.0.0.1", port);
  auto ui = c.Get("/");
  ASSERT_TRUE(ui);
  EXPECT_EQ(ui->status, 200);
  EXPECT_NE(ui->body.find("<title>sitrep</title>"), std::string::npos);
  EXPECT_NE(ui->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
  auto claims = c.Get("/api/claims?place=Testovka");
  ASSERT_TRUE(claims);
  EXPECT_EQ(claims->status, 200);
  EXPECT_NE(claims->body.find("\"total\":1"), std::string::npos);
  auto post = c.Post("/api/claims", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto big = c.Get(("/api/claims?place=" + std::string(20000, 'a')).c_str());
  ASSERT_TRUE(big);
  EXPECT_GE(big->status, 400);
  (*s)->Stop();
  t.join();
}

TEST(ServerTest, EscapesNothingIntoTheUiPage) {
  // The UI builds every element with textContent: no innerHTML anywhere.
  EXPECT_EQ(UiPage().find("innerHTML"), std::string::npos);
  // Only the SVG namespace names a URL; nothing is loaded from elsewhere.
  std::string page = UiPage();
  for (size_t at = page.find("http"); at != std::string::npos; at = page.find("http", at + 1)) {
    EXPECT_EQ(page.compare(at, 26, "http://www.w3.org/2000/svg"), 0) << page.substr(at, 40);
  }
}

}  // namespace
}  // namespace sitrep::server

#include "report/contradictions.h"

#include <gtest/gtest.h>

#include "test_world.h"

namespace sitrep::report {
namespace {

using sitrep::testing::MakeClaim;
using sitrep::testing::MakePlace;
using sitrep::testing::TempStore;

extract::Quantity Killed(double v, const std::string& bound = "exact") {
  extract::Quantity q;
  q.value = v;
  q.unit = "killed";
  q.bound = bound;
  return q;
}

TEST(ContradictionsTest, CapturedThenContestedByAnIndependentSource) {
  TempStore w;
  auto town = MakePlace("Zrazkove", "UA9900000003", 48.1, 37.2, {"Zrazkovo"});
  extract::Record a;
  a.places = {town};
  a.claims = {MakeClaim(town, "captured", "Spokesman One", "2025-04-16", "asserted", "Zrazkovo was liberated.")};
  w.Add("a", "2025-04-16", a);
  extract::Record b;
  b.places = {town};
  b.claims = {MakeClaim(town, "contested", "Spokeswoman Two", "2025-04-17", "asserted", "Zrazkove is still held.")};
  w.Add("b", "2025-04-17", b);
  extract::Record early;  // contested BEFORE the capture claim: no contradiction
  early.places = {town};
  early.claims = {MakeClaim(town, "contested", "Three", "2025-04-10", "asserted", "Zrazkove is contested.")};
  w.Add("early", "2025-04-10", early);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  auto found = FindContradictions(l, BuildAllTimelines(l));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "captured vs contested");
  EXPECT_EQ(found[0].docs_a, std::vector<std::string>{"a"});
  EXPECT_EQ(found[0].docs_b, std::vector<std::string>{"b"});
}

TEST(ContradictionsTest, DeniedCaptureInTheSameFamilyIsNotIndependent) {
  TempStore w;
  auto town = MakePlace("Zrazkove", "UA9900000003", 48.1, 37.2, {});
  extract::Record a;
  a.places = {town};
  a.claims = {MakeClaim(town, "captured", "One", "2025-04-16", "asserted", "Zrazkove was taken.")};
  w.Add("a", "2025-04-16", a);
  extract::Record b;
  b.places = {town};
  auto denial = MakeClaim(town, "captured", "Two", "2025-04-16", "denied", "Two denied Zrazkove was taken.");
  denial.negated = true;
  b.claims = {denial};
  w.Add("b", "2025-04-16", b);
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  EXPECT_EQ(FindContradictions(l, BuildAllTimelines(l)).size(), 1u);
  l.SetFamilies({{"a", "a"}, {"b", "a"}});
  l.Finish();
  EXPECT_TRUE(FindContradictions(l, BuildAllTimelines(l)).empty());
}

TEST(ContradictionsTest, DifferentFiguresForTheSameEvent) {
  TempStore w;
  auto town = MakePlace("Zrazkove", "UA9900000003", 48.1, 37.2, {});
  auto far = MakePlace("Inshe", "UA9900000004", 49.1, 36.2, {});
  auto rec = [&](const geo::ResolvedPlace& p, std::vector<extract::Quantity> q) {
    extract::Record r;
    r.places = {p};
    r.quantities = std::move(q);
    return r;
  };
  w.Add("q1", "2025-04-16", rec(town, {Killed(310, "up_to")}));
  w.Add("q2", "2025-04-18", rec(town, {Killed(300)}));
  w.Add("q3", "2025-06-18", rec(town, {Killed(305)}));  // two months later: another event
  w.Add("q4", "2025-04-18", rec(far, {Killed(290)}));   // another place
  w.Add("q5", "2025-04-17", rec(town, {Killed(12)}));   // far from the others: another event
  Ledger l;
  ASSERT_TRUE(Ledger::Load(w.store(), &l).ok());
  auto found = FindContradictions(l, BuildAllTimelines(l));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "numbers");
  EXPECT_NE(found[0].summary.find("310 (up_to)"), std::string::npos) << found[0].summary;
  EXPECT_NE(found[0].summary.find("300"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::report

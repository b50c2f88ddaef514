#include "store/store.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "store/ingester.h"
#include "store/statement.h"

namespace sitrep::store {
namespace {

std::string TempDb(const std::string& name) {
  std::string p = testing::TempDir() + "/" + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((p + suffix).c_str());
  return p;
}

extract::Record MakeRecord(const std::string& id) {
  extract::Record r;
  r.id = id;
  geo::ResolvedPlace p;
  p.name = "Kostiantynivka";
  p.code = "UA1412345001";
  p.has_coords = true;
  p.lat = 48.52;
  p.lon = 37.70;
  p.surface = {"Konstantinovka"};
  r.places.push_back(p);
  extract::Claim c;
  c.kind = "fighting";
  c.place = p.name;
  c.place_code = p.code;
  c.speaker = "Ivan Petrenko";
  c.modality = "asserted";
  r.claims.push_back(c);
  return r;
}

TEST(StoreTest, AddFindReopen) {
  std::string path = TempDb("s1.db");
  {
    auto st = Store::Open(path);
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    ingest::Document d{"doc1", "Title", "Body text", "2025-11-21", "tass.ru", "u", "", "f.txt"};
    ASSERT_TRUE((*st)->Begin().ok());
    int64_t rowid = 0;
    ASSERT_TRUE((*st)->AddDocument(d, 42, MakeRecord("doc1"), &rowid).ok());
    ASSERT_TRUE((*st)->Commit().ok());
    EXPECT_TRUE((*st)->Contains("doc1", 0));
    EXPECT_TRUE((*st)->Contains("other", 42));
    EXPECT_FALSE((*st)->Contains("other", 43));
  }
  auto ro = Store::Open(path, {.read_only = true, .create_if_missing = false});
  ASSERT_TRUE(ro.ok());
  EXPECT_EQ((*ro)->CountDocuments(), 1);
  extract::Record r;
  ASSERT_TRUE((*ro)->GetRecord("doc1", &r).ok());
  ASSERT_EQ(r.claims.size(), 1u);
  EXPECT_EQ(r.claims[0].speaker, "Ivan Petrenko");
  Statement st((*ro)->db(), "SELECT count(*) FROM claims WHERE code = ?");
  st.Bind(1, "UA1412345001");
  ASSERT_TRUE(st.Step());
  EXPECT_EQ(st.ColumnInt(0), 1);
  StoredDocument sd;
  ASSERT_TRUE((*ro)->GetDocument("doc1", &sd).ok());
  EXPECT_EQ(sd.doc.outlet, "tass.ru");
  EXPECT_EQ((*ro)->GetDocument("nope", &sd).code(), Status::Code::kNotFound);
}

TEST(StoreTest, ReadOnlyOpenOfMissingStoreFails) {
  auto st = Store::Open(TempDb("missing.db"), {.read_only = true, .create_if_missing = false});
  EXPECT_FALSE(st.ok());
}

TEST(StoreTest, UncommittedBatchIsNotVisibleAfterCrashLikeClose) {
  std::string path = TempDb("s2.db");
  {
    auto st = Store::Open(path);
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE((*st)->Begin().ok());
    ingest::Document d{"a", "", "x", "", "", "", "", ""};
    ASSERT_TRUE((*st)->AddDocument(d, 1, MakeRecord("a"), nullptr).ok());
    // Destroyed without Commit: rolled back.
  }
  auto st = Store::Open(path);
  ASSERT_TRUE(st.ok());
  EXPECT_EQ((*st)->CountDocuments(), 0);
}

TEST(IngesterTest, SkipsSameIdAndSameNormalisedText) {
  auto st = Store::Open(TempDb("s3.db"));
  ASSERT_TRUE(st.ok());
  auto gaz = geo::Gazetteer::Empty();
  auto p = extract::Pipeline::Create(gaz.get());
  ASSERT_TRUE(p.ok());
  Ingester ing(st->get(), p->get(), 2);
  ingest::Document a{"a", "", "Troops advanced near the river.", "", "", "", "", ""};
  ingest::Document b{"b", "", "TROOPS advanced   near the river.", "", "", "", "", ""};
  ingest::Document c{"c", "", "A different report.", "", "", "", "", ""};
  ASSERT_TRUE(ing.Add(a).ok());
  ASSERT_TRUE(ing.Add(a).ok());
  ASSERT_TRUE(ing.Add(b).ok());
  ASSERT_TRUE(ing.Add(c).ok());
  ASSERT_TRUE(ing.Flush().ok());
  EXPECT_EQ(ing.stats().stored, 2u);
  EXPECT_EQ(ing.stats().duplicates, 2u);
  EXPECT_EQ((*st)->CountDocuments(), 2);
}

}  // namespace
}  // namespace sitrep::store

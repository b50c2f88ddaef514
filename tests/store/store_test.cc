#include "store/store.h"

#include <filesystem>
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "extract/record_json.h"
#include "store/checkpointer.h"
#include "store/ingester.h"
#include "store/statement.h"
#include "temp_db.h"

namespace sitrep::store {
namespace {

using testing::TempDb;

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

// Two claims that use every field the claims table must give back: aliases
// with a quote and Cyrillic, a span, coordinates; and one of a place with no
// code (the table's code column then holds the name), no coordinates,
// negated, with a deadline.
extract::Record RecordWithEveryClaimField(const std::string& id) {
  extract::Record r = MakeRecord(id);
  r.claims[0].aliases = {"Konstantinovka", "\"Kostya\"", "Костянтинівка"};
  r.claims[0].span = {12, 80};
  r.claims[0].has_coords = true;
  r.claims[0].lat = 48.52;
  r.claims[0].lon = 37.70;
  r.claims[0].sentence = "Fighting goes on in Konstantinovka, Ivan Petrenko said.";
  r.claims[0].date = "2025-11-20";
  extract::Claim c;
  c.kind = "prediction";
  c.place = "Unlisted Hamlet";
  c.side = "RU";
  c.outlet = "TASS";
  c.deadline = "--12-31";
  c.modality = "predicted";
  c.negated = true;
  c.sentence = "It will not fall by the end of the year.";
  c.span = {81, 121};
  r.claims.push_back(c);
  return r;
}

std::string Json(const extract::Record& r) { return extract::RecordToJson(r).dump(); }

// Every record ForEachRecord gives, as JSON, in its order.
Status AllRecordsJson(Store* store, std::vector<std::string>* out) {
  return store->ForEachRecord([&](int64_t, const extract::Record& r) {
    out->push_back(Json(r));
    return true;
  });
}

TEST(StoreTest, ClaimsLiveInTheClaimsTableAndComeBackWithTheRecord) {
  std::string path = TempDb("s_claims.db");
  const extract::Record want = RecordWithEveryClaimField("doc1");
  {
    auto st = Store::Open(path);
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE((*st)->Begin().ok());
    int64_t rowid = 0;
    ingest::Document d{"doc0", "", "Other text", "", "", "", "", "f0"};
    ASSERT_TRUE((*st)->AddDocument(d, 1, MakeRecord("doc0"), &rowid).ok());
    d = {"doc1", "", "Body text", "", "", "", "", "f1"};
    ASSERT_TRUE((*st)->AddDocument(d, 2, want, &rowid).ok());
    d = {"doc2", "", "No claims", "", "", "", "", "f2"};
    ASSERT_TRUE((*st)->AddDocument(d, 3, extract::Record{.id = "doc2"}, &rowid).ok());
    ASSERT_TRUE((*st)->Commit().ok());
    Statement in_json((*st)->db(), "SELECT count(*) FROM records WHERE json_type(json, '$.claims') IS NOT NULL");
    ASSERT_TRUE(in_json.Step());
    EXPECT_EQ(in_json.ColumnInt(0), 0);
    EXPECT_EQ((*st)->GetMeta("schema_version"), "2");
  }
  auto ro = Store::Open(path, {.read_only = true, .create_if_missing = false});
  ASSERT_TRUE(ro.ok());
  extract::Record got;
  ASSERT_TRUE((*ro)->GetRecord("doc1", &got).ok());
  EXPECT_EQ(Json(got), Json(want));
  std::vector<std::string> seen;
  ASSERT_TRUE(AllRecordsJson(ro->get(), &seen).ok());
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0], Json(MakeRecord("doc0")));
  EXPECT_EQ(seen[1], Json(want));
  EXPECT_EQ(seen[2], Json(extract::Record{.id = "doc2"}));
}

TEST(StoreTest, VersionOneStoreIsUpgradedAndItsRecordsKeepTheirJsonClaims) {
  std::string path = TempDb("s_v1.db");
  const extract::Record old_record = RecordWithEveryClaimField("old");
  {
    // A version-1 store: the claims table without span and aliases, each
    // record's claims in its JSON (and, less completely, in the table).
    auto st = Store::Open(path);
    ASSERT_TRUE(st.ok());
    sqlite3* db = (*st)->db();
    ASSERT_TRUE(ExecSql(db, "ALTER TABLE claims DROP COLUMN aliases; ALTER TABLE claims DROP COLUMN span_end;"
                            " ALTER TABLE claims DROP COLUMN span_start;").ok());
    ASSERT_TRUE((*st)->SetMeta("schema_version", "1").ok());
    ASSERT_TRUE(ExecSql(db, "INSERT INTO documents(rowid, id, text_hash, text) VALUES (1, 'old', 7, 'x')").ok());
    std::string json;
    extract::AppendRecordJson(old_record, &json);
    Statement rec(db, "INSERT INTO records(doc, json) VALUES (1, ?)");
    rec.BindRef(1, json);
    ASSERT_TRUE(rec.Exec().ok());
    ASSERT_TRUE(ExecSql(db, "INSERT INTO claims(doc, kind, code, place) VALUES (1, 'fighting', 'UA1412345001', 'Kostiantynivka')").ok());
  }
  {
    // Read-only, it is read as it stands.
    auto ro = Store::Open(path, {.read_only = true, .create_if_missing = false});
    ASSERT_TRUE(ro.ok());
    extract::Record got;
    ASSERT_TRUE((*ro)->GetRecord("old", &got).ok());
    EXPECT_EQ(Json(got), Json(old_record));
  }
  auto st = Store::Open(path);
  ASSERT_TRUE(st.ok()) << st.status().ToString();
  EXPECT_EQ((*st)->GetMeta("schema_version"), "2");
  const extract::Record new_record = RecordWithEveryClaimField("new");
  ASSERT_TRUE((*st)->Begin().ok());
  int64_t rowid = 0;
  ingest::Document d{"new", "", "Body", "", "", "", "", "f"};
  ASSERT_TRUE((*st)->AddDocument(d, 8, new_record, &rowid).ok());
  ASSERT_TRUE((*st)->Commit().ok());
  std::vector<std::string> seen;
  ASSERT_TRUE(AllRecordsJson(st->get(), &seen).ok());
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], Json(old_record));
  EXPECT_EQ(seen[1], Json(new_record));
}

TEST(StoreTest, BoundInPlaceValuesAreStoredAndClearedAfterExec) {
  auto st = Store::Open(TempDb("s_ref.db"));
  ASSERT_TRUE(st.ok());
  sqlite3* db = (*st)->db();
  ASSERT_TRUE(ExecSql(db, "CREATE TABLE t(k INTEGER, s TEXT, b BLOB)").ok());
  Statement ins(db, "INSERT INTO t(k, s, b) VALUES (?, ?, ?)");
  std::string text = "first value";
  const char blob[3] = {'\0', 'x', '\xff'};
  ins.Bind(1, 1).BindRef(2, text).BindBlobRef(3, blob, sizeof blob);
  ASSERT_TRUE(ins.Exec().ok());
  text = "changed after Exec";  // the stored row keeps what was bound
  // Reset cleared the bindings: an unbound parameter is NULL, not the old bytes.
  ins.Bind(1, 2);
  ASSERT_TRUE(ins.Exec().ok());
  Statement q(db, "SELECT k, s, b, s IS NULL FROM t ORDER BY k");
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnText(1), "first value");
  EXPECT_EQ(q.ColumnBlob(2), std::string(blob, sizeof blob));
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnInt(3), 1);
}

TEST(StoreTest, RemoveDocumentDeletesEveryRowOfThatDocumentOnly) {
  auto st = Store::Open(TempDb("s_rm.db"));
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE((*st)->Begin().ok());
  int64_t keep = 0, drop = 0;
  ASSERT_TRUE((*st)->AddDocument({"keep", "", "One text", "", "", "", "", ""}, 1, MakeRecord("keep"), &keep).ok());
  ASSERT_TRUE((*st)->AddDocument({"drop", "", "Two text", "", "", "", "", ""}, 2, MakeRecord("drop"), &drop).ok());
  ASSERT_TRUE((*st)->RemoveDocument(drop).ok());
  ASSERT_TRUE((*st)->Commit().ok());
  for (const char* table : {"documents WHERE rowid", "records WHERE doc", "mentions WHERE doc", "claims WHERE doc"}) {
    for (int64_t rowid : {keep, drop}) {
      Statement q((*st)->db(), (std::string("SELECT count(*) FROM ") + table + " = ?").c_str());
      q.Bind(1, rowid);
      ASSERT_TRUE(q.Step());
      EXPECT_EQ(q.ColumnInt(0), rowid == keep ? 1 : 0) << table << " " << rowid;
    }
  }
  EXPECT_TRUE((*st)->Contains("keep", 0));
  EXPECT_FALSE((*st)->Contains("drop", 2));
}

// A place is written once per store, and again after the transaction that
// wrote it was rolled back.
TEST(StoreTest, PlaceRowSurvivesRepeatsAndIsRewrittenAfterRollback) {
  auto st = Store::Open(TempDb("s_places.db"));
  ASSERT_TRUE(st.ok());
  Store& s = **st;
  auto count_places = [&s] {
    Statement q(s.db(), "SELECT count(*) FROM places WHERE code = 'UA1412345001'");
    return q.Step() ? q.ColumnInt(0) : -1;
  };
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.AddDocument({"a", "", "One text", "", "", "", "", ""}, 1, MakeRecord("a"), nullptr).ok());
  ASSERT_TRUE(s.Rollback().ok());
  EXPECT_EQ(count_places(), 0);
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.AddDocument({"b", "", "Two text", "", "", "", "", ""}, 2, MakeRecord("b"), nullptr).ok());
  ASSERT_TRUE(s.AddDocument({"c", "", "Three text", "", "", "", "", ""}, 3, MakeRecord("c"), nullptr).ok());
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_EQ(count_places(), 1);
  // Outside a transaction (each statement commits itself) as well.
  ASSERT_TRUE(s.AddDocument({"d", "", "Four text", "", "", "", "", ""}, 4, MakeRecord("d"), nullptr).ok());
  EXPECT_EQ(count_places(), 1);
  Statement m(s.db(), "SELECT count(*) FROM mentions WHERE code = 'UA1412345001'");
  ASSERT_TRUE(m.Step());
  EXPECT_EQ(m.ColumnInt(0), 3);
}

// The indexes on random keys, by name, as the schema holds them now.
std::vector<std::string> RandomKeyIndexes(Store* st) {
  std::vector<std::string> out;
  Statement q(st->db(), "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN"
                        " ('documents_text_hash', 'mentions_code', 'claims_code') ORDER BY name");
  while (q.Step()) out.push_back(q.ColumnText(0));
  return out;
}

// With the indexes deferred, Contains answers text hashes as the index did:
// the open batch's, the committed ones, not the rolled back or removed ones,
// and what other connections added or deleted.
TEST(StoreTest, DeferredIndexesKeepContainsExact) {
  std::string path = TempDb("s_defer.db");
  const std::vector<std::string> all = {"claims_code", "documents_text_hash", "mentions_code"};
  auto doc = [](const char* id) { return ingest::Document{id, "", id, "", "", "", "", ""}; };
  auto st = Store::Open(path);
  ASSERT_TRUE(st.ok());
  Store& s = **st;
  EXPECT_EQ(RandomKeyIndexes(&s), all);
  ASSERT_TRUE(s.Begin().ok());
  EXPECT_FALSE(s.DeferIndexes().ok());  // not inside a batch
  ASSERT_TRUE(s.Rollback().ok());
  ASSERT_TRUE(s.DeferIndexes().ok());
  EXPECT_TRUE(s.indexes_deferred());
  EXPECT_TRUE(RandomKeyIndexes(&s).empty());

  ASSERT_TRUE(s.Begin().ok());
  int64_t removed = 0;
  ASSERT_TRUE(s.AddDocument(doc("a"), 11, MakeRecord("a"), nullptr).ok());
  ASSERT_TRUE(s.AddDocument(doc("b"), 12, MakeRecord("b"), &removed).ok());
  EXPECT_TRUE(s.Contains("x", 11));  // in the open batch
  EXPECT_TRUE(s.Contains("b", 0));   // by id, in the open batch (the id filter)
  EXPECT_FALSE(s.Contains("never", 0));
  ASSERT_TRUE(s.RemoveDocument(removed).ok());
  EXPECT_FALSE(s.Contains("x", 12));
  ASSERT_TRUE(s.Commit().ok());
  EXPECT_TRUE(s.Contains("x", 11));
  EXPECT_TRUE(s.Contains("a", 99));  // by id

  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.AddDocument(doc("c"), 13, MakeRecord("c"), nullptr).ok());
  ASSERT_TRUE(s.Rollback().ok());
  EXPECT_FALSE(s.Contains("x", 13));

  // A committed document removed in a batch that is rolled back stays.
  int64_t kept = 0;
  ASSERT_TRUE(s.AddDocument(doc("k"), 15, MakeRecord("k"), &kept).ok());  // autocommit
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.RemoveDocument(kept).ok());
  EXPECT_FALSE(s.Contains("x", 15));
  ASSERT_TRUE(s.Rollback().ok());
  EXPECT_TRUE(s.Contains("x", 15));

  {  // another writer on the same file adds one document and deletes another
    auto other = Store::Open(path);
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(RandomKeyIndexes(other->get()).empty());  // its Open leaves them to the loader
    ASSERT_TRUE((*other)->Begin().ok());
    ASSERT_TRUE((*other)->AddDocument(doc("d"), 14, MakeRecord("d"), nullptr).ok());
    ASSERT_TRUE((*other)->RemoveDocument(kept).ok());
    ASSERT_TRUE((*other)->Commit().ok());
  }
  ASSERT_TRUE(s.Begin().ok());
  EXPECT_TRUE(s.Contains("x", 14));
  EXPECT_FALSE(s.Contains("x", 15));
  EXPECT_TRUE(s.Contains("d", 0));  // by id: the other writer's, read again by Begin
  EXPECT_TRUE(s.Contains("a", 0));
  EXPECT_FALSE(s.Contains("k", 0));  // the other writer deleted it
  EXPECT_FALSE(s.Contains("never", 0));
  ASSERT_TRUE(s.Commit().ok());

  ASSERT_TRUE(s.BuildIndexes().ok());
  EXPECT_FALSE(s.indexes_deferred());
  EXPECT_FALSE(s.IndexesDeferredInStore());
  EXPECT_EQ(RandomKeyIndexes(&s), all);
  Statement q(s.db(), "SELECT count(*) FROM documents INDEXED BY documents_text_hash WHERE text_hash = 11");
  ASSERT_TRUE(q.Step());
  EXPECT_EQ(q.ColumnInt(0), 1);
  // The build sorts with a small page cache and gives the writer its own back.
  Statement cache(s.db(), "PRAGMA cache_size");
  ASSERT_TRUE(cache.Step());
  EXPECT_EQ(cache.ColumnInt(0), -static_cast<int64_t>(Store::kCacheBytes >> 10));
}

// A bulk load killed before BuildIndexes leaves the store marked; opening it
// does not build them (a loader may still run), the next ingest does.
TEST(StoreTest, KilledBulkLoadLeavesTheIndexesToTheNextLoad) {
  std::string path = TempDb("s_defer_killed.db");
  {
    auto st = Store::Open(path);
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE((*st)->DeferIndexes().ok());
    ASSERT_TRUE((*st)->Begin().ok());
    ASSERT_TRUE((*st)->AddDocument({"a", "", "One", "", "", "", "", ""}, 21, MakeRecord("a"), nullptr).ok());
    ASSERT_TRUE((*st)->Commit().ok());
    // Destroyed without BuildIndexes.
  }
  auto st = Store::Open(path);
  ASSERT_TRUE(st.ok());
  EXPECT_TRUE(RandomKeyIndexes(st->get()).empty());
  EXPECT_TRUE((*st)->IndexesDeferredInStore());
  ASSERT_TRUE((*st)->DeferIndexes().ok());  // what the next ingest does
  EXPECT_TRUE((*st)->Contains("x", 21));    // hashes of what was stored before
  ASSERT_TRUE((*st)->BuildIndexes().ok());
  EXPECT_EQ(RandomKeyIndexes(st->get()).size(), 3u);
  EXPECT_FALSE((*st)->IndexesDeferredInStore());
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

int64_t PragmaInt(Store* st, const char* pragma) {
  Statement q(st->db(), pragma);
  return q.Step() ? q.ColumnInt(0) : -1;
}

// The store at `path`, opened again, holds `documents` and passes SQLite's
// integrity check.
void ExpectWholeStore(const std::string& path, int64_t documents) {
  auto st = Store::Open(path);
  ASSERT_TRUE(st.ok());
  EXPECT_EQ((*st)->CountDocuments(), documents);
  Statement check((*st)->db(), "PRAGMA integrity_check");
  ASSERT_TRUE(check.Step());
  EXPECT_EQ(check.ColumnText(0), "ok");
}

TEST(CheckpointerTest, CopiesCommittedFramesOnItsOwnThread) {
  std::string path = TempDb("s5.db");
  {
    auto st = Store::Open(path);
    ASSERT_TRUE(st.ok());
    auto cp = Checkpointer::Start(st->get());
    ASSERT_TRUE(cp.ok()) << cp.status().ToString();
    for (int batch = 0; batch < 5; ++batch) {
      ASSERT_TRUE((*st)->Begin().ok());
      for (int i = 0; i < 20; ++i) {
        std::string id = "d" + std::to_string(batch * 20 + i);
        ingest::Document d{id, "", "text of " + id, "", "", "", "", ""};
        ASSERT_TRUE((*st)->AddDocument(d, batch * 20 + i + 1, MakeRecord(id), nullptr).ok());
      }
      ASSERT_TRUE((*st)->Commit().ok());
    }
    for (int i = 0; i < 100 && (*cp)->frames_copied() == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_GT((*cp)->runs(), 0);
    EXPECT_GT((*cp)->frames_copied(), 0) << "checkpoints ran but copied nothing";
    cp->reset();
    EXPECT_EQ(PragmaInt(st->get(), "PRAGMA wal_autocheckpoint"), 1000);  // restored
  }
  ExpectWholeStore(path, 100);
}

// Past the restart point, the thread checkpoints and flushes first and the
// writer restarts the WAL after a later commit: the WAL stops growing, and
// the store keeps every document.
TEST(CheckpointerTest, StartsTheWalOverOnceTheThreadHasCaughtUp) {
  std::string path = TempDb("s6.db");
  const int64_t restart_bytes = 256 << 10;  // 16 pages of 16 KiB
  int restarts = 0;
  {
    auto st = Store::Open(path);
    ASSERT_TRUE(st.ok());
    auto cp = Checkpointer::Start(st->get(), restart_bytes);
    ASSERT_TRUE(cp.ok()) << cp.status().ToString();
    const std::string filler(3000, 'x');
    for (int batch = 0; batch < 40; ++batch) {
      ASSERT_TRUE((*st)->Begin().ok());
      for (int i = 0; i < 10; ++i) {
        const int n = batch * 10 + i;
        std::string id = "d" + std::to_string(n);
        ingest::Document d{id, "", id + " " + filler, "", "", "", "", ""};
        ASSERT_TRUE((*st)->AddDocument(d, n + 1, MakeRecord(id), nullptr).ok());
      }
      ASSERT_TRUE((*st)->Commit().ok());
      std::this_thread::sleep_for(std::chrono::milliseconds(15));  // lets the thread answer
    }
    restarts = (*cp)->restarts();
    EXPECT_GT(restarts, 0) << "the WAL never started over";
    // Bounded: the restart point twice over (the writer restarts without the
    // thread past it) and 1 MiB for a batch (~30 KiB of text, in 16 KiB pages).
    std::error_code ec;
    const auto wal = std::filesystem::file_size(path + "-wal", ec);
    ASSERT_FALSE(ec);
    EXPECT_LT(static_cast<int64_t>(wal), 2 * restart_bytes + (int64_t{1} << 20)) << "restarts " << restarts;
  }
  ExpectWholeStore(path, 400);
}

uint64_t HashOf(const std::string& text) {
  text::AnalyzedText t;
  t.text = text;
  return NormalizedTextHash(t);
}

TEST(NormalizedTextHashTest, FoldsCaseAndWhiteSpaceInEveryScript) {
  struct Case {
    const char* a;
    const char* b;
    bool same;
  } cases[] = {
      {"Troops  advanced", "troops advanced", true},
      {"Troops\tadvanced\n", "  troops advanced", true},
      {"Troops\u00A0advanced", "troops advanced", true},  // no-break space is white space
      {"\u0412\u041E\u0419\u0421\u041A\u0410 Dr", "\u0432\u043E\u0439\u0441\u043A\u0430 dR", true},
      {"\u00C4rzte", "\u00E4RZTE", true},
      {"troops advanced", "troops-advanced", false},
      {"troops\x1F" "advanced", "troops advanced", false},  // a control character is not white space
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HashOf(c.a) == HashOf(c.b), c.same) << c.a << " | " << c.b;
  }
  // Long texts hash in pieces: still folded alike.
  std::string big, big_upper;
  for (int i = 0; i < 20000; ++i) {
    big += "word \u0441\u043B\u043E\u0432\u043E ";
    big_upper += "WORD  \u0421\u041B\u041E\u0412\u041E\t";
  }
  EXPECT_EQ(HashOf(big), HashOf(big_upper));
}

// Rows of a table as text, in storage order.
std::vector<std::string> Rows(Store* st, const char* sql) {
  std::vector<std::string> out;
  Statement q(st->db(), sql);
  while (q.Step()) out.push_back(q.ColumnText(0));
  return out;
}

// A hook that records the order it sees documents in and what Prepare made.
class OrderHook : public IndexHook {
 public:
  struct Len : HookWork {
    size_t n;
  };
  std::unique_ptr<HookWork> Prepare(const ingest::Document& doc, const extract::Record&,
                                    const text::AnalyzedText& t) const override {
    auto w = std::make_unique<Len>();
    w->n = t.text.size();
    return w;
  }
  Status OnStored(Store*, int64_t, const ingest::Document& doc, const extract::Record&, HookWork* w) override {
    seen.push_back(doc.id + ":" + std::to_string(static_cast<Len*>(w)->n));
    return Status::OK();
  }
  std::vector<std::string> seen;
};

// `n` analysis pipelines over `gaz` (owned by *owned); fewer when one
// cannot be created.
std::vector<extract::Pipeline*> Pipelines(const geo::Gazetteer& gaz, int n,
                                          std::vector<std::unique_ptr<extract::Pipeline>>* owned) {
  std::vector<extract::Pipeline*> out;
  for (int k = 0; k < n; ++k) {
    auto p = extract::Pipeline::Create(&gaz);
    if (!p.ok()) break;
    owned->push_back(std::move(*p));
    out.push_back(owned->back().get());
  }
  return out;
}

// A hook that writes a row of its own for each document and fails on the
// documents whose id starts with "bad" after writing it.
class FailingHook : public IndexHook {
 public:
  std::unique_ptr<HookWork> Prepare(const ingest::Document&, const extract::Record&,
                                    const text::AnalyzedText&) const override {
    return nullptr;
  }
  Status OnStored(Store* st, int64_t rowid, const ingest::Document& doc, const extract::Record&, HookWork*) override {
    Statement ins(st->db(), "INSERT INTO hook_rows(doc) VALUES (?)");
    ins.Bind(1, rowid);
    SITREP_RETURN_IF_ERROR(ins.Exec());
    if (doc.id.rfind("bad", 0) == 0) return Status::InvalidArgument("refused " + doc.id);
    return Status::OK();
  }
  Status Undo(Store* st, int64_t rowid) override {
    ++undone;
    Statement del(st->db(), "DELETE FROM hook_rows WHERE doc = ?");
    del.Bind(1, rowid);
    return del.Exec();
  }
  int undone = 0;
};

TEST(IngesterTest, FailedDocumentIsUndoneAndTheRestOfTheBatchStays) {
  auto gaz = geo::Gazetteer::Empty();
  for (int threads : {1, 2}) {
    auto st = Store::Open(TempDb("s_fail.db"));
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(ExecSql((*st)->db(), "CREATE TABLE hook_rows(doc INTEGER)").ok());
    std::vector<std::unique_ptr<extract::Pipeline>> owned;
    std::vector<extract::Pipeline*> pipelines = Pipelines(*gaz, threads, &owned);
    ASSERT_EQ(pipelines.size(), static_cast<size_t>(threads));
    FailingHook hook;
    std::string errors;
    {
      Ingester ing(st->get(), pipelines, 10);
      ing.AddHook(&hook);
      for (int i = 0; i < 50; ++i) {
        std::string id = (i % 7 == 3 ? "bad" : "ok") + std::to_string(i);
        Status s = ing.Add({id, "", "Text number " + std::to_string(i) + ".", "", "", "", "", "in.jsonl:" + std::to_string(i + 1)});
        if (!s.ok()) errors += s.message() + "\n";
      }
      Status s = ing.Flush();
      if (!s.ok()) errors += s.message() + "\n";
      EXPECT_EQ(ing.stats().stored, 43u);
      EXPECT_EQ(ing.stats().failed, 7u);
    }
    EXPECT_EQ(hook.undone, 7);
    EXPECT_NE(errors.find("in.jsonl:4: cannot store document: refused bad3"), std::string::npos) << errors;
    EXPECT_EQ(Rows(st->get(), "SELECT count(*) FROM documents"), std::vector<std::string>{"43"});
    EXPECT_EQ(Rows(st->get(), "SELECT count(*) FROM documents WHERE id LIKE 'bad%'"), std::vector<std::string>{"0"});
    EXPECT_EQ(Rows(st->get(), "SELECT count(*) FROM records"), std::vector<std::string>{"43"});
    EXPECT_EQ(Rows(st->get(), "SELECT count(*) FROM hook_rows WHERE doc NOT IN (SELECT rowid FROM documents)"),
              std::vector<std::string>{"0"});
    EXPECT_EQ(Rows(st->get(), "SELECT count(*) FROM hook_rows"), std::vector<std::string>{"43"});
  }
}

TEST(IngesterTest, ParallelIngestStoresWhatSerialIngestStores) {
  auto gaz = geo::Gazetteer::Empty();
  std::vector<ingest::Document> docs;
  const char* verbs[] = {"advanced near", "shelled", "withdrew from", "claimed control of", "denied losing"};
  for (int i = 0; i < 700; ++i) {
    int k = i % 650;
    std::string text = "Report " + std::to_string(k) + ": troops " + verbs[k % 5] + " the river crossing, the "
                       "commander said on Monday. About " + std::to_string(k * 7 % 300) + " soldiers were involved.";
    docs.push_back({"doc" + std::to_string(i % 690), "", text, "", "", "", "", ""});  // repeats ids and texts
  }
  std::vector<std::vector<std::string>> docs_rows, records_rows, seen;
  std::vector<Ingester::Stats> stats;
  for (int threads : {1, 3}) {
    auto st = Store::Open(TempDb("s4.db"));
    ASSERT_TRUE(st.ok());
    std::vector<std::unique_ptr<extract::Pipeline>> owned;
    std::vector<extract::Pipeline*> pipelines = Pipelines(*gaz, threads, &owned);
    ASSERT_EQ(pipelines.size(), static_cast<size_t>(threads));
    OrderHook hook;
    {
      Ingester ing(st->get(), pipelines, 100);
      ing.AddHook(&hook);
      for (const auto& d : docs) ASSERT_TRUE(ing.Add(d).ok());
      ASSERT_TRUE(ing.Flush().ok());
      stats.push_back(ing.stats());
    }
    docs_rows.push_back(Rows(st->get(), "SELECT id || ' ' || text_hash FROM documents ORDER BY rowid"));
    records_rows.push_back(Rows(st->get(), "SELECT json FROM records ORDER BY doc"));
    seen.push_back(hook.seen);
  }
  EXPECT_EQ(stats[0].stored, 650u);      // 690 ids, of which 40 repeat an earlier text
  EXPECT_EQ(stats[0].duplicates, 50u);  // and 10 repeat an earlier id
  EXPECT_EQ(stats[1].stored, stats[0].stored);
  EXPECT_EQ(stats[1].duplicates, stats[0].duplicates);
  EXPECT_EQ(docs_rows[1], docs_rows[0]);
  EXPECT_EQ(records_rows[1], records_rows[0]);
  EXPECT_EQ(seen[1], seen[0]);
  ASSERT_EQ(seen[0].size(), 650u);
  EXPECT_EQ(seen[0][0], "doc0:" + std::to_string(docs[0].text.size()));
}

// CommitAnalysed commits what is stored and leaves the store outside any
// batch, so that a bulk load builds its indexes while the workers analyse
// the queue; more documents may come after, and Flush stores them all,
// with the indexes kept up to date.
TEST(IngesterTest, CommitAnalysedLetsTheIndexesBeBuiltBeforeTheLastDocumentsAreStored) {
  auto gaz = geo::Gazetteer::Empty();
  for (int threads : {1, 2}) {
    auto st = Store::Open(TempDb("s_endinput.db"));
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE((*st)->DeferIndexes().ok());
    std::vector<std::unique_ptr<extract::Pipeline>> owned;
    std::vector<extract::Pipeline*> pipelines = Pipelines(*gaz, threads, &owned);
    Ingester ing(st->get(), pipelines, 7);
    auto add = [&](int from, int to) {
      for (int i = from; i < to; ++i) {
        ASSERT_TRUE(ing.Add({"d" + std::to_string(i), "", "Report number " + std::to_string(i % 250) + ".", "", "",
                             "", "", ""})
                        .ok());
      }
    };
    add(0, 200);
    ASSERT_TRUE(ing.CommitAnalysed().ok());
    ASSERT_TRUE((*st)->BuildIndexes().ok()) << "threads " << threads;  // outside any batch
    add(200, 300);  // more input after the build
    ASSERT_TRUE(ing.Flush().ok());
    EXPECT_EQ(ing.stats().stored, 250u);
    EXPECT_EQ(ing.stats().duplicates, 50u);  // the same text again, before and after the build
    EXPECT_EQ((*st)->CountDocuments(), 250);
    EXPECT_FALSE((*st)->IndexesDeferredInStore());
    EXPECT_EQ(Rows(st->get(), "SELECT count(*) FROM documents INDEXED BY documents_text_hash WHERE text_hash > 0"),
              std::vector<std::string>{"250"});
  }
}

}  // namespace
}  // namespace sitrep::store

#include "store/store.h"

#include <algorithm>
#include <mutex>
#include <utility>

#include <nlohmann/json.hpp>
#include <xxhash.h>

#include "extract/record_json.h"
#include "store/statement.h"

namespace sitrep::store {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text_hash INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  published TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS records (
  doc INTEGER PRIMARY KEY REFERENCES documents(rowid),
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS places (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  admin1 TEXT NOT NULL DEFAULT '',
  lat REAL, lon REAL
);
CREATE TABLE IF NOT EXISTS mentions (
  doc INTEGER NOT NULL REFERENCES documents(rowid),
  code TEXT NOT NULL REFERENCES places(code),
  surface TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
  rowid INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(rowid),
  kind TEXT NOT NULL,
  code TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  lat REAL, lon REAL,
  side TEXT NOT NULL DEFAULT '',
  speaker TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  deadline TEXT NOT NULL DEFAULT '',
  modality TEXT NOT NULL DEFAULT '',
  negated INTEGER NOT NULL DEFAULT 0,
  sentence TEXT NOT NULL DEFAULT '',
  span_start INTEGER NOT NULL DEFAULT -1,
  span_end INTEGER NOT NULL DEFAULT -1,
  aliases TEXT NOT NULL DEFAULT ''
);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '2');
)sql";

// The indexes a bulk load builds at its end (Store::DeferIndexes): those
// whose keys come in random order, and the per-document ones of mentions and
// claims (a bulk load never reads them by document; undoing a document that
// failed half-way then scans; without them the load writes 8.7k fewer
// instructions a document, 1.5%). Part of the schema: Open creates them
// unless the meta row 'indexes_deferred' says a bulk load dropped them (it
// may still be running; the next ingest builds them).
constexpr const char* kDeferredIndexes = R"sql(
CREATE INDEX IF NOT EXISTS documents_text_hash ON documents(text_hash);
CREATE INDEX IF NOT EXISTS mentions_code ON mentions(code);
CREATE INDEX IF NOT EXISTS claims_code ON claims(code);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc);
)sql";
constexpr const char* kDeferredKey = "indexes_deferred";

// Store::id_filter_: 2^24 bits, two of them per id. False "maybe"s stay
// under 2% up to a million documents (then the query decides, as before).
constexpr size_t kIdFilterWords = (size_t{1} << 24) / 64;
constexpr uint64_t kIdFilterMask = (uint64_t{1} << 24) - 1;

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const Options& options) {
  // No memory statistics: with them every sqlite3_malloc and free takes a
  // global mutex (2% of an ingest). Only possible before SQLite starts;
  // later (another connection came first) it fails harmlessly.
  static std::once_flag no_memstatus;
  std::call_once(no_memstatus, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  std::unique_ptr<Store> s(new Store());
  s->path_ = path;
  int flags = options.read_only ? SQLITE_OPEN_READONLY
                                : (SQLITE_OPEN_READWRITE | (options.create_if_missing ? SQLITE_OPEN_CREATE : 0));
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &s->db_, flags, nullptr) != SQLITE_OK) {
    std::string msg = s->db_ ? sqlite3_errmsg(s->db_) : "out of memory";
    if (s->db_) sqlite3_close(s->db_);
    s->db_ = nullptr;
    if (options.read_only) return Status::NotFound(path + ": cannot open store: " + msg);
    return Status::IOError(path + ": cannot open store: " + msg);
  }
  sqlite3_busy_timeout(s->db_, kBusyTimeoutMs);
  if (!options.read_only) {
    // 16 KiB pages for a new store (an existing one keeps its own; the
    // pragma is then a no-op). With 4 KiB ones every WAL frame, checkpoint
    // copy and B-tree step handles a quarter as much, and a record (3 KiB
    // of JSON on average) often overflowed onto a page of its own: an ingest
    // of 25k gen_corpus documents took 3.94 CPU s with 4 KiB pages, 3.71
    // with 16 KiB, 3.70 with 64 KiB (store 10% smaller). Large pages cost
    // where keys come in random order, as each commit rewrites every index
    // page its rows touch: a bulk load builds those indexes at its end
    // (DeferIndexes), but documents(id) is kept, and an ingest into a
    // non-empty store keeps them all; 16 KiB bounds that cost at four times
    // 4 KiB's where 64 KiB would make it sixteen (64 KiB pages once saved
    // nothing at 100k documents, before the indexes were deferred).
    SITREP_RETURN_IF_ERROR(ExecSql(s->db_, ("PRAGMA page_size=" + std::to_string(kPageSize)).c_str()));
    SITREP_RETURN_IF_ERROR(ExecSql(s->db_, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"));
    // A page cache that holds a whole batch and the hot index pages (64 MiB,
    // allocated as used): with SQLite's 2 MiB default, large ingests spill
    // pages to the WAL in mid-transaction and re-read index pages.
    SITREP_RETURN_IF_ERROR(s->SetCacheBytes(kCacheBytes));
    // The per-document savepoints of an ingest journal the pages they touch:
    // in memory, not in a temporary file (that cost 36 write calls a document).
    SITREP_RETURN_IF_ERROR(ExecSql(s->db_, "PRAGMA temp_store=MEMORY;"));
    Status st = s->CreateSchema();
    if (st.ok()) st = s->UpgradeSchema();
    if (!st.ok()) return Status::Corruption(path + ": " + st.message());
  } else {
    Statement check(s->db_, "SELECT count(*) FROM documents");
    if (!check.status().ok()) return Status::Corruption(path + ": not a sitrep store");
  }
  return s;
}

Store::~Store() {
  // A bulk load that did not get to BuildIndexes: the next Open builds them.
  contains_.reset();
  contains_id_.reset();
  ins_doc_.reset();
  ins_record_.reset();
  ins_place_.reset();
  ins_mention_.reset();
  ins_claim_.reset();
  for (auto& d : del_doc_) d.reset();
  if (db_) {
    if (in_txn_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db_);
  }
}

Status Store::CreateSchema() {
  // One transaction: a process killed while creating a new store leaves
  // either the whole schema or an empty file (which the next Open
  // completes), never some tables without the others.
  SITREP_RETURN_IF_ERROR(ExecSql(db_, "BEGIN IMMEDIATE"));
  Status s = ExecSql(db_, kSchema);
  if (s.ok() && !IndexesDeferredInStore()) s = ExecSql(db_, kDeferredIndexes);
  if (s.ok()) s = ExecSql(db_, "COMMIT");
  if (!s.ok() && sqlite3_get_autocommit(db_) == 0) ExecSql(db_, "ROLLBACK");
  return s;
}

Status Store::UpgradeSchema() {
  // Version 1 kept each claim in the record's JSON and, without its span
  // and aliases, in the claims table; version 2 keeps the claims in the
  // table only. Version-1 records keep their JSON claims, which the readers
  // use when a record has them.
  {
    Statement cols(db_, "SELECT 1 FROM pragma_table_info('claims') WHERE name = 'aliases'");
    if (cols.Step()) return Status::OK();
    SITREP_RETURN_IF_ERROR(cols.status());
  }
  SITREP_RETURN_IF_ERROR(ExecSql(db_, "BEGIN IMMEDIATE"));
  Status s = ExecSql(db_,
                     "ALTER TABLE claims ADD COLUMN span_start INTEGER NOT NULL DEFAULT -1;"
                     " ALTER TABLE claims ADD COLUMN span_end INTEGER NOT NULL DEFAULT -1;"
                     " ALTER TABLE claims ADD COLUMN aliases TEXT NOT NULL DEFAULT '';");
  if (s.ok()) s = SetMeta("schema_version", "2");
  if (s.ok()) s = ExecSql(db_, "COMMIT");
  if (!s.ok() && sqlite3_get_autocommit(db_) == 0) ExecSql(db_, "ROLLBACK");
  return s;
}

bool Store::IndexesDeferredInStore() { return GetMeta(kDeferredKey) == "1"; }

Status Store::DeferIndexes() {
  if (deferred_) return Status::OK();
  if (in_txn_) return Status::InvalidArgument("cannot defer the indexes inside a batch");
  SITREP_RETURN_IF_ERROR(ExecSql(db_, "BEGIN IMMEDIATE"));
  Status s = ExecSql(db_, "DROP INDEX IF EXISTS documents_text_hash; DROP INDEX IF EXISTS mentions_code;"
                          " DROP INDEX IF EXISTS claims_code; DROP INDEX IF EXISTS mentions_doc;"
                          " DROP INDEX IF EXISTS claims_doc;");
  if (s.ok()) s = SetMeta(kDeferredKey, "1");
  if (s.ok()) s = ExecSql(db_, "COMMIT");
  if (!s.ok()) {
    if (sqlite3_get_autocommit(db_) == 0) ExecSql(db_, "ROLLBACK");
    return s;
  }
  deferred_ = true;
  txn_hashes_.clear();
  txn_removed_.clear();
  data_version_ = -1;
  return LoadHashes();
}

Status Store::SetCacheBytes(size_t bytes) {
  return ExecSql(db_, ("PRAGMA cache_size=-" + std::to_string(bytes >> 10)).c_str());
}

Status Store::BuildIndexes() {
  if (!deferred_ && !IndexesDeferredInStore()) return Status::OK();
  if (in_txn_) return Status::InvalidArgument("cannot build the indexes inside a batch");
  // The sorts spill to temporary files, not memory (temp_store=MEMORY held
  // all of them: peak RSS 512 -> 769 MB at 1M documents), in runs of
  // kIndexBuildCacheBytes.
  SITREP_RETURN_IF_ERROR(ExecSql(db_, "PRAGMA temp_store=FILE;"));
  SITREP_RETURN_IF_ERROR(SetCacheBytes(kIndexBuildCacheBytes));
  Status built = ExecSql(db_, "BEGIN IMMEDIATE");
  if (built.ok()) built = ExecSql(db_, kDeferredIndexes);
  if (built.ok()) built = ExecSql(db_, "DELETE FROM meta WHERE key = 'indexes_deferred'");
  if (built.ok()) built = ExecSql(db_, "COMMIT");
  if (!built.ok() && sqlite3_get_autocommit(db_) == 0) ExecSql(db_, "ROLLBACK");
  SITREP_RETURN_IF_ERROR(ExecSql(db_, "PRAGMA temp_store=MEMORY;"));
  SITREP_RETURN_IF_ERROR(SetCacheBytes(kCacheBytes));
  SITREP_RETURN_IF_ERROR(built);
  deferred_ = false;
  hashes_.clear();
  txn_hashes_.clear();
  txn_removed_.clear();
  std::vector<uint64_t>().swap(id_filter_);
  id_filter_ready_ = false;
  return Status::OK();
}

int64_t Store::DataVersion() {
  Statement st(db_, "PRAGMA data_version");
  return st.Step() ? st.ColumnInt(0) : -1;
}

Status Store::LoadHashes() {
  // data_version changes when another connection commits (not with our own
  // commits): then its rows, added or deleted, are read again, all of them.
  int64_t version = DataVersion();
  if (version == data_version_) return Status::OK();
  hashes_.clear();
  id_filter_.assign(kIdFilterWords, 0);
  id_filter_ready_ = false;
  Statement st(db_, "SELECT text_hash, id FROM documents");
  while (st.Step()) {
    hashes_.insert(static_cast<uint64_t>(st.ColumnInt(0)));
    AddToIdFilter(st.ColumnText(1));
  }
  SITREP_RETURN_IF_ERROR(st.status());
  data_version_ = version;
  id_filter_ready_ = true;
  return Status::OK();
}

namespace {
// The id filter's two bit positions for `id` (from the two halves of one hash).
std::pair<uint64_t, uint64_t> IdFilterBits(std::string_view id) {
  const uint64_t h = XXH3_64bits(id.data(), id.size());
  return {h & kIdFilterMask, (h >> 32) & kIdFilterMask};
}
}  // namespace

void Store::AddToIdFilter(std::string_view id) {
  if (id_filter_.empty()) return;
  const auto [a, b] = IdFilterBits(id);
  for (const uint64_t bit : {a, b}) {
    id_filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

bool Store::IdFilterMayHold(std::string_view id) const {
  const auto [a, b] = IdFilterBits(id);
  return (id_filter_[a >> 6] >> (a & 63) & 1) != 0 && (id_filter_[b >> 6] >> (b & 63) & 1) != 0;
}

Status Store::Begin() {
  if (in_txn_) return Status::OK();
  SITREP_RETURN_IF_ERROR(ExecSql(db_, "BEGIN IMMEDIATE"));
  in_txn_ = true;
  // Under the write lock: another connection's documents are in the table
  // now and none can come until the commit.
  if (deferred_) return LoadHashes();
  return Status::OK();
}

Status Store::Commit() {
  if (!in_txn_) return Status::OK();
  in_txn_ = false;
  Status s = ExecSql(db_, "COMMIT");
  if (s.ok()) {
    known_places_.merge(txn_places_);
    txn_places_.clear();
    // Removals first: a document removed and another with its text added
    // in one batch leaves the text stored.
    for (uint64_t h : txn_removed_) hashes_.erase(h);
    txn_removed_.clear();
    hashes_.merge(txn_hashes_);
    txn_hashes_.clear();
  } else if (sqlite3_get_autocommit(db_) == 0) {
    in_txn_ = true;  // COMMIT failed and the transaction is still open
  } else {
    txn_places_.clear();  // rolled back
    txn_hashes_.clear();
    txn_removed_.clear();
  }
  return s;
}

Status Store::Rollback() {
  txn_places_.clear();
  txn_hashes_.clear();
  txn_removed_.clear();
  if (!in_txn_) return Status::OK();
  in_txn_ = false;
  return ExecSql(db_, "ROLLBACK");
}

Statement* Store::Prepared(std::unique_ptr<Statement>* slot, const char* sql) {
  if (!*slot) *slot = std::make_unique<Statement>(db_, sql);
  (*slot)->Reset();
  return slot->get();
}

bool Store::Contains(const std::string& id, uint64_t text_hash) {
  if (deferred_) {
    if (txn_hashes_.count(text_hash)) return true;
    if (hashes_.count(text_hash) &&
        std::find(txn_removed_.begin(), txn_removed_.end(), text_hash) == txn_removed_.end()) {
      return true;
    }
    if (in_txn_ && id_filter_ready_ && !IdFilterMayHold(id)) return false;
    Statement& st = *Prepared(&contains_id_, "SELECT 1 FROM documents WHERE id = ?1");
    st.Bind(1, id);
    bool found = st.Step();
    st.Reset();
    return found;
  }
  Statement& st = *Prepared(&contains_,
      "SELECT 1 FROM documents WHERE id = ?1 UNION ALL SELECT 1 FROM documents WHERE text_hash = ?2 LIMIT 1");
  st.Bind(1, id).Bind(2, static_cast<int64_t>(text_hash));
  bool found = st.Step();
  st.Reset();
  return found;
}

Status Store::AddDocument(const ingest::Document& doc, uint64_t text_hash, const Record& record,
                          int64_t* rowid, const std::string* record_json) {
  Statement& ins = *Prepared(&ins_doc_,
                "INSERT INTO documents(id, text_hash, title, text, published, outlet, url, extra, origin)"
                " VALUES (?,?,?,?,?,?,?,?,?)");
  // The document, its record and its claims outlive each Exec: bound in place.
  ins.BindRef(1, doc.id).Bind(2, static_cast<int64_t>(text_hash)).BindRef(3, doc.title).BindRef(4, doc.text);
  ins.BindRef(5, doc.published).BindRef(6, doc.outlet).BindRef(7, doc.url).BindRef(8, doc.extra_json);
  ins.BindRef(9, doc.origin);
  SITREP_RETURN_IF_ERROR(ins.Exec());
  int64_t id = sqlite3_last_insert_rowid(db_);
  if (rowid) *rowid = id;
  if (deferred_) {
    (sqlite3_get_autocommit(db_) == 0 ? txn_hashes_ : hashes_).insert(text_hash);
    AddToIdFilter(doc.id);
  }
  Statement& rec = *Prepared(&ins_record_, "INSERT INTO records(doc, json) VALUES (?, ?)");
  std::string json;
  if (record_json == nullptr) {
    extract::AppendRecordJsonWithoutClaims(record, &json);
    record_json = &json;
  }
  rec.Bind(1, id).BindRef(2, *record_json);
  SITREP_RETURN_IF_ERROR(rec.Exec());
  Statement& place = *Prepared(&ins_place_, "INSERT OR IGNORE INTO places(code, name, kind, admin1, lat, lon) VALUES (?,?,?,?,?,?)");
  Statement& mention = *Prepared(&ins_mention_, "INSERT INTO mentions(doc, code, surface) VALUES (?,?,?)");
  for (const auto& p : record.places) {
    const std::string& code = p.code.empty() ? p.name : p.code;
    if (!known_places_.count(code) && !txn_places_.count(code)) {
      place.Bind(1, code).Bind(2, p.name).Bind(3, geo::PlaceKindName(p.kind)).Bind(4, p.admin1);
      if (p.has_coords) place.Bind(5, p.lat).Bind(6, p.lon); else place.BindNull(5).BindNull(6);
      SITREP_RETURN_IF_ERROR(place.Exec());
      // Inside any open transaction (ours or one begun with plain SQL) the
      // row is not final until it commits.
      (sqlite3_get_autocommit(db_) == 0 ? txn_places_ : known_places_).insert(code);
    }
    for (const auto& s : p.surface) {
      mention.Bind(1, id).BindRef(2, code).BindRef(3, s);
      SITREP_RETURN_IF_ERROR(mention.Exec());
    }
  }
  Statement& claim = *Prepared(&ins_claim_,
                  "INSERT INTO claims(doc, kind, code, place, lat, lon, side, speaker, outlet, date,"
                  " deadline, modality, negated, sentence, span_start, span_end, aliases)"
                  " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& c : record.claims) {
    aliases_json_.clear();
    if (!c.aliases.empty()) extract::AppendAliasesJson(c.aliases, &aliases_json_);
    claim.Bind(15, static_cast<int64_t>(c.span.begin)).Bind(16, static_cast<int64_t>(c.span.end));
    claim.BindRef(17, aliases_json_);
    claim.Bind(1, id).Bind(2, c.kind).Bind(3, c.place_code.empty() ? c.place : c.place_code).Bind(4, c.place);
    if (c.has_coords) claim.Bind(5, c.lat).Bind(6, c.lon); else claim.BindNull(5).BindNull(6);
    claim.BindRef(7, c.side).BindRef(8, c.speaker).BindRef(9, c.outlet).BindRef(10, c.date).BindRef(11, c.deadline);
    claim.BindRef(12, c.modality).Bind(13, c.negated ? 1 : 0).BindRef(14, c.sentence);
    SITREP_RETURN_IF_ERROR(claim.Exec());
  }
  return Status::OK();
}

Status Store::RemoveDocument(int64_t rowid) {
  bool has_hash = false;
  uint64_t hash = 0;
  if (deferred_) {
    Statement st(db_, "SELECT text_hash FROM documents WHERE rowid = ?");
    st.Bind(1, rowid);
    if (st.Step()) {
      has_hash = true;
      hash = static_cast<uint64_t>(st.ColumnInt(0));
    }
    SITREP_RETURN_IF_ERROR(st.status());
  }
  static constexpr const char* kDelete[4] = {
      "DELETE FROM claims WHERE doc = ?", "DELETE FROM mentions WHERE doc = ?",
      "DELETE FROM records WHERE doc = ?", "DELETE FROM documents WHERE rowid = ?"};
  for (int k = 0; k < 4; ++k) {
    Statement& st = *Prepared(&del_doc_[k], kDelete[k]);
    st.Bind(1, rowid);
    SITREP_RETURN_IF_ERROR(st.Exec());
  }
  if (has_hash) {
    // Contains let no second document with this text in: the hash was this
    // one's. Inside a batch, forgotten when the batch commits.
    if (sqlite3_get_autocommit(db_) == 0) {
      txn_hashes_.erase(hash);
      txn_removed_.push_back(hash);
    } else {
      hashes_.erase(hash);
    }
  }
  return Status::OK();
}

bool Store::BatchIntact() const { return !in_txn_ || sqlite3_get_autocommit(db_) == 0; }

int64_t Store::CountDocuments() {
  Statement st(db_, "SELECT count(*) FROM documents");
  return st.Step() ? st.ColumnInt(0) : 0;
}

namespace {
// The claims table's columns in the order ReadClaim reads them.
constexpr const char* kClaimColumns =
    "SELECT doc, kind, code, place, lat, lon, side, speaker, outlet, date, deadline, modality, negated,"
    " sentence, span_start, span_end, aliases FROM claims";

Status ReadClaim(const Statement& st, extract::Claim* c) {
  c->kind = st.ColumnText(1);
  c->place = st.ColumnText(3);
  // The code column holds the name when the place has no code.
  c->place_code = st.ColumnText(2);
  if (c->place_code == c->place) c->place_code.clear();
  c->has_coords = !st.ColumnIsNull(4) && !st.ColumnIsNull(5);
  if (c->has_coords) {
    c->lat = st.ColumnDouble(4);
    c->lon = st.ColumnDouble(5);
  }
  c->side = st.ColumnText(6);
  c->speaker = st.ColumnText(7);
  c->outlet = st.ColumnText(8);
  c->date = st.ColumnText(9);
  c->deadline = st.ColumnText(10);
  c->modality = st.ColumnText(11);
  c->negated = st.ColumnInt(12) != 0;
  c->sentence = st.ColumnText(13);
  c->span.begin = static_cast<uint32_t>(std::max<int64_t>(0, st.ColumnInt(14)));
  c->span.end = static_cast<uint32_t>(std::max<int64_t>(0, st.ColumnInt(15)));
  const std::string aliases = st.ColumnText(16);
  if (!aliases.empty()) {
    auto j = nlohmann::json::parse(aliases, nullptr, false);
    if (!j.is_array()) return Status::Corruption("claim of document " + std::to_string(st.ColumnInt(0)) + ": aliases are not a JSON array");
    for (const auto& a : j) {
      if (a.is_string()) c->aliases.push_back(a.get<std::string>());
    }
  }
  return Status::OK();
}
}  // namespace

Status Store::ForEachRecord(const std::function<bool(int64_t, const extract::Record&)>& fn) {
  Statement st(db_, "SELECT doc, json FROM records ORDER BY doc");
  // The claims of records that leave them out, read alongside in the same
  // order (claims_doc), opened at the first such record.
  std::unique_ptr<Statement> claims;
  bool claim_row = false;
  while (st.Step()) {
    const int64_t doc = st.ColumnInt(0);
    Record r;
    auto j = nlohmann::json::parse(st.ColumnText(1), nullptr, false);
    Status s = extract::RecordFromJson(j, &r);
    if (!s.ok()) return Status::Corruption(path_ + ": record of document " + std::to_string(doc) + ": " + s.message());
    if (!j.contains("claims")) {
      if (!claims) {
        claims = std::make_unique<Statement>(db_, (std::string(kClaimColumns) + " ORDER BY doc, rowid").c_str());
        claim_row = claims->Step();
      }
      while (claim_row && claims->ColumnInt(0) < doc) claim_row = claims->Step();
      for (; claim_row && claims->ColumnInt(0) == doc; claim_row = claims->Step()) {
        r.claims.emplace_back();
        s = ReadClaim(*claims, &r.claims.back());
        if (!s.ok()) return Status::Corruption(path_ + ": " + s.message());
      }
      if (!claims->status().ok()) return claims->status();
    }
    if (!fn(doc, r)) break;
  }
  return st.status();
}

namespace {
void ReadDoc(const Statement& st, StoredDocument* d) {
  d->rowid = st.ColumnInt(0);
  d->doc.id = st.ColumnText(1);
  d->doc.title = st.ColumnText(2);
  d->doc.text = st.ColumnText(3);
  d->doc.published = st.ColumnText(4);
  d->doc.outlet = st.ColumnText(5);
  d->doc.url = st.ColumnText(6);
  d->doc.extra_json = st.ColumnText(7);
  d->doc.origin = st.ColumnText(8);
}
constexpr const char* kDocColumns = "SELECT rowid, id, title, text, published, outlet, url, extra, origin FROM documents";
}  // namespace

Status Store::ForEachDocument(const std::function<bool(const StoredDocument&)>& fn) {
  Statement st(db_, (std::string(kDocColumns) + " ORDER BY rowid").c_str());
  while (st.Step()) {
    StoredDocument d;
    ReadDoc(st, &d);
    if (!fn(d)) break;
  }
  return st.status();
}

Status Store::GetDocument(const std::string& id, StoredDocument* out) {
  Statement st(db_, (std::string(kDocColumns) + " WHERE id = ?").c_str());
  st.Bind(1, id);
  if (!st.Step()) return st.status().ok() ? Status::NotFound("no document " + id) : st.status();
  ReadDoc(st, out);
  return Status::OK();
}

Status Store::GetRecord(const std::string& id, extract::Record* out) {
  Statement st(db_, "SELECT r.doc, r.json FROM records r JOIN documents d ON d.rowid = r.doc WHERE d.id = ?");
  st.Bind(1, id);
  if (!st.Step()) return st.status().ok() ? Status::NotFound("no record for " + id) : st.status();
  auto j = nlohmann::json::parse(st.ColumnText(1), nullptr, false);
  Record r;
  SITREP_RETURN_IF_ERROR(extract::RecordFromJson(j, &r));
  if (!j.contains("claims")) {
    Statement claims(db_, (std::string(kClaimColumns) + " WHERE doc = ? ORDER BY rowid").c_str());
    claims.Bind(1, st.ColumnInt(0));
    while (claims.Step()) {
      r.claims.emplace_back();
      SITREP_RETURN_IF_ERROR(ReadClaim(claims, &r.claims.back()));
    }
    SITREP_RETURN_IF_ERROR(claims.status());
  }
  *out = std::move(r);
  return Status::OK();
}

Status Store::SetMeta(const std::string& key, const std::string& value) {
  Statement st(db_, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
  st.Bind(1, key).Bind(2, value);
  return st.Exec();
}

std::string Store::GetMeta(const std::string& key) {
  Statement st(db_, "SELECT value FROM meta WHERE key = ?");
  st.Bind(1, key);
  return st.Step() ? st.ColumnText(0) : std::string();
}

}  // namespace sitrep::store

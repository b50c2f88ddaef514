// Store: the embedded SQLite database (WAL mode) holding documents, their
// extraction records, places, claims, and what later stages add (rewrite
// sketches and pairs). The schema is documented in doc/store_schema.md.
//
// Writes go in explicit batches (Begin/Commit): a process killed at any
// moment leaves the last committed batch, and re-running an ingest stores
// exactly what is missing, because AddDocument skips known ids and texts.
#ifndef SITREP_STORE_STORE_H_
#define SITREP_STORE_STORE_H_

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/record.h"
#include "ingest/document.h"
#include "store/statement.h"
#include "util/status.h"

namespace sitrep::store {

using extract::Record;

struct StoredDocument {
  int64_t rowid = 0;
  ingest::Document doc;
};

class Store {
 public:
  // How long a statement waits for another connection's lock before it
  // fails with SQLITE_BUSY.
  static constexpr int kBusyTimeoutMs = 10000;
  // A new store's page size, and the page cache of a writing connection.
  static constexpr int kPageSize = 16384;
  static constexpr size_t kCacheBytes = size_t{64} << 20;
  // The page cache while BuildIndexes runs. SQLite's sorter takes up to the
  // cache size for each run it sorts in memory, grown by doubling from
  // fresh pages: with 64 MiB, the five deferred indexes of 100k documents
  // cost 21k of the ingest's 78k page faults. 2 MiB runs, merged from
  // temporary files: 78k -> 48k faults, ~4% less CPU, 35 MB less peak RSS.
  static constexpr size_t kIndexBuildCacheBytes = size_t{2} << 20;
  struct Options {
    bool read_only = false;
    bool create_if_missing = true;
  };
  // Opens (creating when allowed) the store at `path` and brings its schema
  // up to date. NotFound when read_only and the file does not exist.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const Options& options);
  static Result<std::unique_ptr<Store>> Open(const std::string& path) { return Open(path, Options()); }
  ~Store();

  Status Begin();
  Status Commit();
  Status Rollback();

  // True when a document with this id or this text hash is stored.
  bool Contains(const std::string& id, uint64_t text_hash);

  // Bulk loading. Drops the indexes whose keys arrive in random order
  // (documents by text hash, mentions and claims by place code), which
  // every commit otherwise rewrites pages all over, and those of mentions
  // and claims by document (a load never reads them; undoing a document
  // that failed half-way scans instead), and marks the store so
  // (meta 'indexes_deferred'); Contains then answers text hashes from
  // memory (some 40 bytes a document), and inside a batch most new ids too
  // (a 2 MiB filter), read again from the table whenever another
  // connection has committed. Queries by place code or document scan until
  // BuildIndexes builds them, one sort each, and clears the mark. Other
  // connections that open the store meanwhile leave them alone; an ingest
  // into a marked store (a killed bulk load) defers and builds them too.
  // Neither inside a batch.
  Status DeferIndexes();
  Status BuildIndexes();
  // Whether the store carries the mark (any connection's bulk load).
  bool IndexesDeferredInStore();
  bool indexes_deferred() const { return deferred_; }

  // Stores doc and its record (and the record's places and claims). The
  // claims go to the claims table only: the record's JSON leaves them out,
  // and ForEachRecord and GetRecord put them back.
  // REQUIRES: !Contains(doc.id, text_hash). *rowid receives the new row id.
  // `record_json`, when not null, is the record as
  // AppendRecordJsonWithoutClaims writes it, made beforehand (e.g. on a
  // worker thread).
  Status AddDocument(const ingest::Document& doc, uint64_t text_hash, const Record& record,
                     int64_t* rowid, const std::string* record_json = nullptr);
  // Deletes every row AddDocument wrote for the document at `rowid`
  // (documents, records, mentions, claims; a new place row stays, harmless
  // without mentions). How a failed document is undone inside a batch
  // without a savepoint per document.
  Status RemoveDocument(int64_t rowid);
  // False when SQLite has rolled the open batch back on its own (disk full,
  // I/O error): the batch is lost and the store must not be written on.
  bool BatchIntact() const;

  int64_t CountDocuments();

  // Calls fn for each stored record in ingest order until fn returns false.
  Status ForEachRecord(const std::function<bool(int64_t rowid, const extract::Record&)>& fn);
  // Calls fn for each stored document in ingest order until fn returns false.
  Status ForEachDocument(const std::function<bool(const StoredDocument&)>& fn);
  Status GetDocument(const std::string& id, StoredDocument* out);
  Status GetRecord(const std::string& id, extract::Record* out);

  // Key-value metadata (schema version, gazetteer in use, ...).
  Status SetMeta(const std::string& key, const std::string& value);
  std::string GetMeta(const std::string& key);

  // The raw handle, for stage-specific tables (see doc/store_schema.md).
  sqlite3* db() { return db_; }
  const std::string& path() const { return path_; }

 private:
  Store() = default;
  Status CreateSchema();
  Status UpgradeSchema();  // a version-1 store's claims table gains span and aliases
  Status SetCacheBytes(size_t bytes);  // PRAGMA cache_size
  // Prepared once on first use; the hot ingest path reuses them.
  Statement* Prepared(std::unique_ptr<Statement>* slot, const char* sql);
  Status LoadHashes();  // every stored text hash, when another connection committed
  int64_t DataVersion();
  std::unique_ptr<Statement> contains_, contains_id_, ins_doc_, ins_record_, ins_place_, ins_mention_, ins_claim_;
  std::unique_ptr<Statement> del_doc_[4];
  sqlite3* db_ = nullptr;
  std::string path_;
  bool in_txn_ = false;
  std::string aliases_json_;  // AddDocument's scratch
  // Place codes this connection knows to be in `places`, so that a place
  // named by many documents is written once, not tried (INSERT OR IGNORE,
  // an index search) for each. Codes written inside the open transaction
  // wait in txn_places_ until it commits; a rollback forgets them.
  std::unordered_set<std::string> known_places_, txn_places_;
  // While the indexes are deferred: the stored documents' text hashes as of
  // data_version_ (hashes_), those the open transaction added (txn_hashes_,
  // merged on commit) and removed (txn_removed_, erased on commit); a
  // rollback drops both.
  bool deferred_ = false;
  std::unordered_set<uint64_t> hashes_, txn_hashes_;
  std::vector<uint64_t> txn_removed_;
  int64_t data_version_ = -1;
  // While the indexes are deferred: a Bloom filter (2 MiB) of every id in
  // `documents` as of data_version_ and of every id this connection added
  // since (removed or rolled back ones stay: a false "maybe" only costs the
  // query). Inside a batch begun by Begin, which reloads it when another
  // connection has committed, an id it lacks is not stored, and Contains
  // answers without the two id queries an ingested document otherwise
  // costs (~1% of an ingest's CPU). id_filter_ready_ is false while it is
  // not complete (a failed reload).
  std::vector<uint64_t> id_filter_;
  bool id_filter_ready_ = false;
  void AddToIdFilter(std::string_view id);
  bool IdFilterMayHold(std::string_view id) const;
};



}  // namespace sitrep::store

#endif  // SITREP_STORE_STORE_H_

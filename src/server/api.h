// Api: the server's read-only JSON API, as a pure function of a request's
// path and query parameters (so tests call it without HTTP). All SQL is
// parameterised (store/statement.h); every parameter is length-checked and
// page sizes are capped.
//
//   GET /api/places                     GeoJSON FeatureCollection of places
//                                       with their latest claims
//   GET /api/timeline?place=NAME        a place's timeline + contradictions
//   GET /api/claims?place=&speaker=&outlet=&kind=&since=&until=&limit=&offset=
//                                       claims, paged (limit <= max_page)
//   GET /api/contradictions             all contradictions
//   GET /api/families                   rewrite families
//   GET /api/diff?doc=ID                rewrite pairs involving a document
//   GET /api/documents?limit=&offset=   documents, paged
//   GET /api/document?id=ID             one document: text, record, sourcing
//
// Errors are JSON {"error": "..."} with 400 (bad parameter), 404 (unknown
// path, place or document) or 500 (store error).
#ifndef SITREP_SERVER_API_H_
#define SITREP_SERVER_API_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "report/ledger.h"
#include "server/store_pool.h"

namespace sitrep::server {

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

struct ApiLimits {
  int max_page = 500;
  int default_page = 50;
  size_t max_param_bytes = 256;
};

class Api {
 public:
  // REQUIRES: pool outlives the Api. Thread-safe.
  Api(StorePool* pool, ApiLimits limits = {}) : pool_(pool), limits_(limits) {}

  ApiResponse Handle(const std::string& path, const std::map<std::string, std::string>& params);

 private:
  ApiResponse Places();
  ApiResponse Timeline(const std::map<std::string, std::string>& p);
  ApiResponse Claims(const std::map<std::string, std::string>& p);
  ApiResponse Contradictions();
  ApiResponse Families();
  ApiResponse Diff(const std::map<std::string, std::string>& p);
  ApiResponse Documents(const std::map<std::string, std::string>& p);
  ApiResponse Document(const std::map<std::string, std::string>& p);

  // The ledger, rebuilt when the store changed (new documents or claims) or
  // after a few seconds (rewrite families are verified lazily).
  Status CurrentLedger(std::shared_ptr<const report::Ledger>* out);

  StorePool* pool_;
  ApiLimits limits_;
  std::mutex mu_;
  std::shared_ptr<const report::Ledger> ledger_;  // GUARDED_BY(mu_)
  std::string ledger_key_;                        // GUARDED_BY(mu_)
  int64_t ledger_time_ = 0;                       // GUARDED_BY(mu_)
};

}  // namespace sitrep::server

#endif  // SITREP_SERVER_API_H_

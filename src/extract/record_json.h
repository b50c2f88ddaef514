// Record <-> JSON, in the shape of doc/output_format.md (a superset of
// ../shared/eval/FORMAT.md). Used by `extract --format json[l]` and the store.
#ifndef SITREP_EXTRACT_RECORD_JSON_H_
#define SITREP_EXTRACT_RECORD_JSON_H_

#include <nlohmann/json.hpp>

#include <string>

#include "extract/record.h"
#include "util/status.h"

namespace sitrep::extract {

nlohmann::json RecordToJson(const Record& r);
// Appends RecordToJson(r).dump(-1, ' ', false, error_handler_t::replace) to
// *out, byte for byte, without building the DOM (the output and store path).
void AppendRecordJson(const Record& r, std::string* out);
// The store's form of the record: the same, but for the "claims" key, which
// it leaves out. The store keeps the claims as rows of its claims table
// (all their fields) and puts them back when it reads a record; leaving
// them out of the JSON halved what each document wrote (3.3 KB to 1.4 KB of
// JSON a gen_corpus document).
void AppendRecordJsonWithoutClaims(const Record& r, std::string* out);
// The aliases of a claim as a JSON array of strings, as "aliases" holds them.
void AppendAliasesJson(const std::vector<std::string>& aliases, std::string* out);
// Fails with Corruption naming the missing or mistyped field.
Status RecordFromJson(const nlohmann::json& j, Record* out);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_RECORD_JSON_H_

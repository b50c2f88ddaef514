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
// Fails with Corruption naming the missing or mistyped field.
Status RecordFromJson(const nlohmann::json& j, Record* out);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_RECORD_JSON_H_

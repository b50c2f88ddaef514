// JSON Lines: one article per line with fields id, title, text, published,
// outlet, url; other fields are kept in Document::extra_json.
#ifndef SITREP_INGEST_JSONL_READER_H_
#define SITREP_INGEST_JSONL_READER_H_

#include <string>

#include "ingest/document.h"
#include "util/status.h"

namespace sitrep::ingest {

// Parses one JSONL line. Invalid UTF-8 is replaced with U+FFFD first (the
// record is kept; callers report it). `origin` ("file:line") names it in errors and in
// Document::origin; `fallback_id` is used when the record has no id.
Status ParseJsonlLine(const std::string& line, const std::string& origin,
                      const std::string& fallback_id, Document* out);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_JSONL_READER_H_

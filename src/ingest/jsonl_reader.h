// JSON Lines: one article per line with fields id, title, text, published,
// outlet, url; other fields are kept in Document::extra_json.
#ifndef SITREP_INGEST_JSONL_READER_H_
#define SITREP_INGEST_JSONL_READER_H_

#include <memory>
#include <string>

#include "ingest/document.h"
#include "util/status.h"

namespace sitrep::ingest {

// Parses JSONL records one at a time with simdjson, reusing its buffers from
// line to line. Lines simdjson refuses (invalid JSON or UTF-8, a byte-order
// mark, integers beyond 64 bits, nesting deeper than 64 levels) go through the
// nlohmann parser instead, so results and error messages are the same as
// they were with nlohmann alone. Not thread-safe: one per reader or thread.
class JsonlParser {
 public:
  JsonlParser();
  ~JsonlParser();
  JsonlParser(const JsonlParser&) = delete;
  JsonlParser& operator=(const JsonlParser&) = delete;

  // As ParseJsonlLine below.
  Status Parse(const std::string& line, const std::string& origin, const std::string& fallback_id,
               Document* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses one JSONL line. Invalid UTF-8 is replaced with U+FFFD first (the
// record is kept; callers report it). `origin` ("file:line") names it in errors and in
// Document::origin; `fallback_id` is used when the record has no id. Uses one
// JsonlParser per thread.
Status ParseJsonlLine(const std::string& line, const std::string& origin,
                      const std::string& fallback_id, Document* out);

// The same with nlohmann's parser alone: the reference JsonlParser matches,
// and its path for the lines simdjson refuses. Slower; for those and tests.
Status ParseJsonlLineWithNlohmann(const std::string& line, const std::string& origin,
                                  const std::string& fallback_id, Document* out);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_JSONL_READER_H_

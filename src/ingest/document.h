// Document: one article as read from an input, before any analysis.
#ifndef SITREP_INGEST_DOCUMENT_H_
#define SITREP_INGEST_DOCUMENT_H_

#include <string>

namespace sitrep::ingest {

struct Document {
  std::string id;         // file name without extension, or the record's "id"
  std::string title;
  std::string text;       // body text, UTF-8 (possibly invalid: the text stage repairs it)
  std::string published;  // ISO 8601 date or date-time as given, or empty
  std::string outlet;     // publishing site or agency, or empty
  std::string url;
  std::string extra_json; // other input fields, as a JSON object text, or empty
  std::string origin;     // where it came from: "path", "path:line" or "path#record"
};

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_DOCUMENT_H_

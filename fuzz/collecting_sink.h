// A DocumentSink for fuzz targets: checks the invariants every reader owes
// its sink and keeps nothing.
#ifndef SITREP_FUZZ_COLLECTING_SINK_H_
#define SITREP_FUZZ_COLLECTING_SINK_H_

#include <cstdlib>
#include <string>

#include "ingest/reader.h"

namespace sitrep::fuzz {

class CheckingSink : public ingest::DocumentSink {
 public:
  bool OnDocument(ingest::Document&& doc) override {
    // Every document has an id and some text.
    if (doc.id.empty()) std::abort();
    ++documents;
    return true;
  }
  void OnError(const std::string& origin, const std::string& message) override {
    // Every problem names where it happened and what it is.
    if (origin.empty() || message.empty()) std::abort();
    ++errors;
  }
  int documents = 0;
  int errors = 0;
};

}  // namespace sitrep::fuzz

#endif  // SITREP_FUZZ_COLLECTING_SINK_H_

// Extractor: the claims stage. Takes a document, its AnalyzedText and its
// resolved places; gives out speakers, outlets, dates, quantities, claims and
// sourcing flags (a Record). Rules and lexicons live in data/lexicon/.
#ifndef SITREP_EXTRACT_EXTRACTOR_H_
#define SITREP_EXTRACT_EXTRACTOR_H_

#include <memory>

#include "extract/record.h"
#include "geo/resolution.h"
#include "ingest/document.h"
#include "text/analyzed_text.h"
#include "util/status.h"

namespace sitrep::extract {

class Extractor {
 public:
  // Loads and validates the lexicons under DataDir(); the error names the
  // file and line of a bad entry.
  static Result<std::unique_ptr<Extractor>> Create();
  virtual ~Extractor() = default;

  // Fills the extraction fields of *out (places are copied from `places`).
  // Thread-safe.
  virtual void Extract(const ingest::Document& doc, const text::AnalyzedText& t,
                       const geo::Resolution& places, Record* out) const = 0;

 protected:
  Extractor() = default;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_EXTRACTOR_H_

// Pipeline: one document through every analysis stage,
//   text::Analyzer -> geo::Resolver -> extract::Extractor
// producing its Record. Used alike by `ingest` and by `extract` on files.
//
//   auto gaz = geo::Gazetteer::Load(geo::Gazetteer::DefaultPath());
//   auto p = extract::Pipeline::Create(gaz->get());
//   extract::Record r;  text::AnalyzedText t;
//   (*p)->Process(doc, &r, &t);
#ifndef SITREP_EXTRACT_PIPELINE_H_
#define SITREP_EXTRACT_PIPELINE_H_

#include <memory>

#include "extract/extractor.h"
#include "extract/record.h"
#include "geo/gazetteer.h"
#include "ingest/document.h"
#include "text/analyzer.h"
#include "util/status.h"

namespace sitrep::extract {

// "Dovhalivka-Zalyman": a word that holds two place mentions a hyphen
// joins is split into the two names and the hyphen (text::SplitWordsAt), so
// that the finders see each place. Pipeline::Process runs it between the
// resolver and the extractor.
void SplitJoinedPlaces(const geo::Resolution& places, text::AnalyzedText* t);

class Pipeline {
 public:
  // REQUIRES: gazetteer outlives the pipeline.
  static Result<std::unique_ptr<Pipeline>> Create(const geo::Gazetteer* gazetteer);

  // Runs all stages on doc. *analyzed (may be null) receives the text stage's
  // output for callers that need it (rewrite indexing). Not thread-safe; use
  // one Pipeline per thread.
  void Process(const ingest::Document& doc, Record* out, text::AnalyzedText* analyzed = nullptr);

 private:
  Pipeline() = default;
  std::unique_ptr<text::Analyzer> analyzer_;
  std::unique_ptr<geo::Resolver> resolver_;
  std::unique_ptr<Extractor> extractor_;
  text::AnalyzedText scratch_;
  // The resolver's output, reused from document to document: its vectors
  // keep their capacity (7 of the 255 allocations per gen_corpus document
  // were their growth).
  geo::Resolution places_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_PIPELINE_H_

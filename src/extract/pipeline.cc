#include "extract/pipeline.h"

#include "text/tokenizer.h"

namespace sitrep::extract {

void SplitJoinedPlaces(const geo::Resolution& places, text::AnalyzedText* t) {
  std::vector<uint32_t> hyphens;
  for (size_t m = 0; m + 1 < places.mentions.size(); ++m) {
    const uint32_t at = places.mentions[m].span.end;
    if (at + 1 == places.mentions[m + 1].span.begin && at < t->text.size() && t->text[at] == '-') {
      hyphens.push_back(at);
    }
  }
  text::SplitWordsAt(hyphens, t);
}

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const geo::Gazetteer* gazetteer) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  auto a = text::Analyzer::Create();
  if (!a.ok()) return a.status();
  p->analyzer_ = std::move(*a);
  p->resolver_ = std::make_unique<geo::Resolver>(*gazetteer);
  auto e = Extractor::Create();
  if (!e.ok()) return e.status();
  p->extractor_ = std::move(*e);
  return p;
}

void Pipeline::Process(const ingest::Document& doc, Record* out, text::AnalyzedText* analyzed) {
  text::AnalyzedText& t = analyzed ? *analyzed : scratch_;
  analyzer_->Analyze(doc.text, &t);
  geo::Resolution places;
  resolver_->Resolve(t, &places);
  SplitJoinedPlaces(places, &t);
  *out = Record();
  out->id = doc.id;
  out->title = doc.title;
  out->published = doc.published;
  out->outlet = doc.outlet;
  out->url = doc.url;
  out->invalid_bytes = t.invalid_bytes;
  extractor_->Extract(doc, t, places, out);
}

}  // namespace sitrep::extract

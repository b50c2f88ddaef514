#include "extract/pipeline.h"

#include "text/tokenizer.h"

namespace sitrep::extract {

void SplitJoinedPlaces(const geo::Resolution& places, text::AnalyzedText* t) {
  std::vector<uint32_t> hyphens;
  const size_t n = places.mentions.size();
  for (size_t m = 0; m + 1 < n;) {
    // A chain of names joined by hyphens, A-B(-C ...).
    size_t last = m;
    while (last + 1 < n && places.mentions[last].span.end + 1 == places.mentions[last + 1].span.begin &&
           places.mentions[last].span.end < t->text.size() && t->text[places.mentions[last].span.end] == '-') {
      ++last;
    }
    // Not one that a hyphenated modifier closes ("Kupiansk-Lyman-based
    // units"): the modifier qualifies the whole.
    const uint32_t after = places.mentions[last].span.end;
    const bool modifier = after + 1 < t->text.size() && t->text[after] == '-';
    for (size_t k = m; k < last && !modifier; ++k) hyphens.push_back(places.mentions[k].span.end);
    m = last + 1;
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
  geo::Resolution& places = places_;
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

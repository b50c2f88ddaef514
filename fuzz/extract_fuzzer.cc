// libFuzzer target: the whole analysis of one document, extract::Pipeline
// (text -> geo -> extract), as `sitrep ingest` runs it. The input is the
// document text; a first line followed by a blank line is its title.
// The gazetteer is data/gazetteer.bin when SITREP_FUZZ_GAZETTEER=1 and it
// loads (slower, more coverage of geo), else the empty gazetteer.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/pipeline.h"
#include "extract/record_json.h"
#include "fuzz/analyzed_checks.h"
#include "geo/gazetteer.h"
#include "ingest/text_reader.h"

namespace {

struct Fixture {
  std::unique_ptr<sitrep::geo::Gazetteer> gazetteer;
  std::unique_ptr<sitrep::extract::Pipeline> pipeline;
};

Fixture* Get() {
  static Fixture* f = [] {
    auto* fx = new Fixture;
    const char* g = std::getenv("SITREP_FUZZ_GAZETTEER");
    if (g && std::string(g) == "1") {
      auto loaded = sitrep::geo::Gazetteer::Load(sitrep::geo::Gazetteer::DefaultPath());
      if (loaded.ok()) fx->gazetteer = std::move(*loaded);
    }
    if (!fx->gazetteer) fx->gazetteer = sitrep::geo::Gazetteer::Empty();
    auto p = sitrep::extract::Pipeline::Create(fx->gazetteer.get());
    if (!p.ok()) {
      std::fprintf(stderr, "%s\n", p.status().message().c_str());
      std::abort();
    }
    fx->pipeline = std::move(*p);
    return fx;
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Fixture* fx = Get();
  sitrep::ingest::Document doc = sitrep::ingest::DocumentFromText(
      "fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  doc.published = "2024-05-06";
  sitrep::extract::Record r;
  sitrep::text::AnalyzedText t;
  fx->pipeline->Process(doc, &r, &t);
  sitrep::fuzz_check::CheckAnalyzed(t, doc.text.size());
  if (r.id != doc.id) std::abort();
  return 0;
}

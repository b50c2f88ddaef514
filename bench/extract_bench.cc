// Throughput of the claims stage and of the whole per-document pipeline.
//
//   SITREP_BENCH_CORPUS=/tmp/c.jsonl build/extract_bench
//
// The corpus is JSON Lines with a "text" field (gen_corpus.py output); when
// SITREP_BENCH_CORPUS is unset, the seed articles of ../shared/seeds are used.
// Each benchmark reports bytes/s of article text; the table in
// bench/results/extract.md was made with this program and `sitrep extract`.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/pipeline.h"
#include "geo/gazetteer.h"
#include "text/analyzer.h"

namespace {

using sitrep::ingest::Document;

const std::vector<Document>& Corpus() {
  static std::vector<Document> docs = [] {
    std::vector<Document> out;
    const char* path = std::getenv("SITREP_BENCH_CORPUS");
    if (path != nullptr && *path) {
      std::ifstream in(path);
      std::string line;
      while (std::getline(in, line) && out.size() < 20000) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.contains("text")) continue;
        Document d;
        d.id = j.value("id", "");
        d.text = j.value("text", "");
        d.published = j.value("published", "");
        out.push_back(std::move(d));
      }
    } else {
      for (const auto& e : std::filesystem::directory_iterator(SITREP_SOURCE_DATA_DIR "/../../shared/seeds")) {
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        Document d;
        d.id = e.path().stem().string();
        d.text = ss.str();
        out.push_back(std::move(d));
      }
    }
    return out;
  }();
  return docs;
}

int64_t CorpusBytes() {
  int64_t n = 0;
  for (const auto& d : Corpus()) n += static_cast<int64_t>(d.text.size());
  return n;
}

void BM_TextStage(benchmark::State& state) {
  auto analyzer = sitrep::text::Analyzer::Create();
  sitrep::text::AnalyzedText t;
  for (auto _ : state) {
    for (const auto& d : Corpus()) (*analyzer)->Analyze(d.text, &t);
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_TextStage)->Unit(benchmark::kMillisecond);

void BM_ExtractStage(benchmark::State& state) {
  auto analyzer = sitrep::text::Analyzer::Create();
  auto extractor = sitrep::extract::Extractor::Create();
  if (!extractor.ok()) {
    state.SkipWithError(extractor.status().ToString().c_str());
    return;
  }
  std::vector<sitrep::text::AnalyzedText> analyzed(Corpus().size());
  for (size_t i = 0; i < Corpus().size(); ++i) (*analyzer)->Analyze(Corpus()[i].text, &analyzed[i]);
  sitrep::geo::Resolution none;
  for (auto _ : state) {
    for (size_t i = 0; i < Corpus().size(); ++i) {
      sitrep::extract::Record r;
      (*extractor)->Extract(Corpus()[i], analyzed[i], none, &r);
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_ExtractStage)->Unit(benchmark::kMillisecond);

void BM_Pipeline(benchmark::State& state) {
  auto gaz = sitrep::geo::Gazetteer::Load(sitrep::geo::Gazetteer::DefaultPath());
  std::unique_ptr<sitrep::geo::Gazetteer> g = gaz.ok() ? std::move(*gaz) : sitrep::geo::Gazetteer::Empty();
  auto p = sitrep::extract::Pipeline::Create(g.get());
  if (!p.ok()) {
    state.SkipWithError(p.status().ToString().c_str());
    return;
  }
  for (auto _ : state) {
    for (const auto& d : Corpus()) {
      sitrep::extract::Record r;
      (*p)->Process(d, &r);
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.SetLabel(gaz.ok() ? "with gazetteer" : "no gazetteer");
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

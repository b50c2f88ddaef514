// Geo stage benchmarks: key folding and full resolution over the synthetic corpus, and the gazetteer's load
// time and memory.
//
//   python3 ../shared/bench/gen_corpus.py --docs 2000 --out /tmp/c.jsonl --truth /tmp/t.jsonl
//   SITREP_BENCH_CORPUS=/tmp/c.jsonl build/matcher_bench
//
// Uses the gazetteer at Gazetteer::DefaultPath() ($SITREP_GAZETTEER).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/match_key.h"
#include "text/analyzer.h"

namespace {

using sitrep::geo::Gazetteer;

std::vector<std::string>& Corpus() {
  static std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    const char* p = std::getenv("SITREP_BENCH_CORPUS");
    std::ifstream in(p && *p ? p : "/tmp/c.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) out.push_back(j["text"].get<std::string>());
    }
    return out;
  }();
  return docs;
}

const Gazetteer* Gaz() {
  static std::unique_ptr<Gazetteer> g = [] {
    auto r = Gazetteer::Load(Gazetteer::DefaultPath());
    return r.ok() ? std::move(*r) : nullptr;
  }();
  return g.get();
}

long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string k;
  while (in >> k) {
    if (k == "VmRSS:") {
      long v;
      in >> v;
      return v;
    }
  }
  return 0;
}

bool Ready(benchmark::State& state) {
  if (Corpus().empty()) {
    state.SkipWithError("no corpus: run gen_corpus.py --out /tmp/c.jsonl or set SITREP_BENCH_CORPUS");
    return false;
  }
  if (!Gaz()) {
    state.SkipWithError("no gazetteer: run `sitrep gazetteer build` and import");
    return false;
  }
  return true;
}

// Key folding alone (MakeKeyedText): the text the resolver looks words up in.
void BM_KeyFolding(benchmark::State& state) {
  if (!Ready(state)) return;
  const auto& docs = Corpus();
  sitrep::geo::KeyedText kt;
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& d : docs) {
      sitrep::geo::MakeKeyedText(d, &kt);
      benchmark::DoNotOptimize(kt.key.data());
      bytes += d.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_KeyFolding)->Unit(benchmark::kMillisecond);

// The whole geo stage: matching, fuzzy candidates, guards, disambiguation
// (on texts already analysed by the text stage).
void BM_Resolve(benchmark::State& state) {
  if (!Ready(state)) return;
  auto analyzer = sitrep::text::Analyzer::Create();
  std::vector<sitrep::text::AnalyzedText> texts(Corpus().size());
  for (size_t i = 0; i < texts.size(); ++i) (*analyzer)->Analyze(Corpus()[i], &texts[i]);
  sitrep::geo::Resolver resolver(*Gaz());
  size_t bytes = 0, places = 0;
  for (auto _ : state) {
    for (const auto& t : texts) {
      sitrep::geo::Resolution r;
      resolver.Resolve(t, &r);
      places += r.places.size();
      bytes += t.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["places/doc"] = static_cast<double>(places) / (state.iterations() * texts.size());
}
BENCHMARK(BM_Resolve)->Unit(benchmark::kMillisecond);

// Loading the gazetteer file (entries, keys, key and fuzzy indexes,
// word lists); reports the resident memory it adds.
void BM_GazetteerLoad(benchmark::State& state) {
  long before = RssKb();
  long added = 0;
  for (auto _ : state) {
    auto g = Gazetteer::Load(Gazetteer::DefaultPath());
    if (!g.ok()) {
      state.SkipWithError(g.status().message().c_str());
      return;
    }
    added = std::max(added, RssKb() - before);
    benchmark::DoNotOptimize(g);
  }
  state.counters["rss_added_MB"] = added / 1024.0;
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();

// The rewrite index's own share of ingest: signature building, sketching,
// candidate search and indexing of documents that the text stage has already
// analysed (no geo, no extract, no SQLite), and the verification of pairs.
//
//   SITREP_BENCH_CORPUS=c.jsonl build/rewrites_bench   (gen_corpus.py output)
//
// Without SITREP_BENCH_CORPUS it indexes 2,000 generated documents.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "dedup/candidate_index.h"
#include "dedup/doc_signature.h"
#include "dedup/pair_aligner.h"
#include "dedup/rewrite_lexicon.h"
#include "ingest/reader.h"
#include "text/analyzer.h"
#include "util/env.h"

namespace {

using namespace sitrep;

class Collect : public ingest::DocumentSink {
 public:
  bool OnDocument(ingest::Document&& d) override {
    docs.push_back(std::move(d));
    return true;
  }
  void OnError(const std::string&, const std::string&) override {}
  std::vector<ingest::Document> docs;
};

struct Corpus {
  std::vector<text::AnalyzedText> texts;
  std::unique_ptr<dedup::RewriteLexicon> lex;
};

Corpus* LoadCorpus() {
  static Corpus* c = [] {
    auto* c = new Corpus();
    c->lex = std::move(*dedup::RewriteLexicon::Load(dedup::RewriteLexicon::DefaultPath()));
    Collect sink;
    if (const char* p = std::getenv("SITREP_BENCH_CORPUS")) {
      (void)ingest::ReadInput(p, &sink, Env::Default());
    } else {
      const char* places[] = {"Kostiantynivka", "Pokrovsk", "Toretsk", "Siversk", "Lyman"};
      for (int i = 0; i < 2000; ++i) {
        ingest::Document d;
        d.id = "g" + std::to_string(i);
        for (int s = 0; s < 10; ++s) {
          d.text += "Officer Ivan Petrenko" + std::to_string(i % 97) + " said on March " + std::to_string(1 + (i + s) % 28) +
                    " that " + std::to_string(i * 7 + s) + " soldiers advanced toward " + places[(i + s) % 5] + ".\n";
        }
        sink.docs.push_back(std::move(d));
      }
    }
    auto analyzer = text::Analyzer::Create();
    c->texts.resize(sink.docs.size());
    for (size_t i = 0; i < sink.docs.size(); ++i) (*analyzer)->Analyze(sink.docs[i].text, &c->texts[i]);
    return c;
  }();
  return c;
}

// Signature + sketch + candidate search + add, per document, into one index
// holding the whole corpus.
void BM_IndexDocuments(benchmark::State& state) {
  Corpus* c = LoadCorpus();
  extract::Record empty;
  size_t docs = 0, candidates = 0, mem = 0;
  for (auto _ : state) {
    dedup::SignatureBuilder builder(c->lex.get());
    dedup::CandidateIndex index;
    dedup::DocSignature sig;
    dedup::CandidateIndex::Keys keys;
    std::vector<dedup::Candidate> found;
    for (const auto& t : c->texts) {
      builder.Build(t, empty, &sig);
      index.Sketch(sig, &keys);
      index.Find(keys, &found);
      candidates += found.size();
      index.Add(keys);
      std::string blob = dedup::EncodeSignature(sig);
      benchmark::DoNotOptimize(blob);
    }
    docs += c->texts.size();
    mem = index.MemoryBytes();
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
  state.counters["cand/doc"] = static_cast<double>(candidates) / docs;
  state.counters["index_bytes/doc"] = static_cast<double>(mem) / c->texts.size();
}
BENCHMARK(BM_IndexDocuments)->Unit(benchmark::kMillisecond)->Iterations(1);

// Candidate search and indexing alone (what the storing thread runs per
// document at ingest): the keys are sketched once, outside the timing, and
// each iteration indexes the whole corpus into a new index.
void BM_FindAndAdd(benchmark::State& state) {
  Corpus* c = LoadCorpus();
  static const std::vector<dedup::CandidateIndex::Keys>* all_keys = [c] {
    auto* v = new std::vector<dedup::CandidateIndex::Keys>(c->texts.size());
    dedup::SignatureBuilder builder(c->lex.get());
    dedup::CandidateIndex index;
    extract::Record empty;
    dedup::DocSignature sig;
    for (size_t i = 0; i < c->texts.size(); ++i) {
      builder.Build(c->texts[i], empty, &sig);
      index.Sketch(sig, &(*v)[i]);
    }
    return v;
  }();
  size_t docs = 0, candidates = 0;
  for (auto _ : state) {
    dedup::CandidateIndex index;
    std::vector<dedup::Candidate> found;
    for (const auto& keys : *all_keys) {
      index.Find(keys, &found);
      candidates += found.size();
      index.Add(keys);
    }
    docs += all_keys->size();
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
  state.counters["cand/doc"] = static_cast<double>(candidates) / docs;
}
BENCHMARK(BM_FindAndAdd)->Unit(benchmark::kMillisecond)->Iterations(3);

// Verification (sentence alignment) of neighbouring documents.
void BM_AlignPairs(benchmark::State& state) {
  Corpus* c = LoadCorpus();
  dedup::SignatureBuilder builder(c->lex.get());
  extract::Record empty;
  std::vector<dedup::DocSignature> sigs(std::min<size_t>(c->texts.size(), 2000));
  for (size_t i = 0; i < sigs.size(); ++i) builder.Build(c->texts[i], empty, &sigs[i]);
  size_t pairs = 0;
  for (auto _ : state) {
    for (size_t i = 1; i < sigs.size(); ++i) {
      auto al = dedup::AlignPair(sigs[i - 1], sigs[i]);
      benchmark::DoNotOptimize(al);
      ++pairs;
    }
  }
  state.counters["pairs/s"] = benchmark::Counter(static_cast<double>(pairs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AlignPairs)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

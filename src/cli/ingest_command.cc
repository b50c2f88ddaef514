// `sitrep ingest [--db FILE] INPUT...`: reads articles (text, JSONL, HTML,
// WARC, directories, "-" for stdin JSONL), analyses them and stores them.
#include <functional>
#include <future>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "extract/extractor.h"
#include "extract/pipeline.h"
#include "geo/gazetteer.h"
#include "ingest/reader.h"
#include "store/checkpointer.h"
#include "store/ingester.h"
#include "store/page_cache.h"
#include "store/rewrite_hook.h"
#include "util/env.h"
#include "util/progress.h"

namespace sitrep::cli {
namespace {

struct IngestOptions {
  std::string db = DefaultDbPath();
  std::vector<std::string> inputs;
  int batch = 500;
  int threads = 0;  // 0: one per core
  bool verbose = false;
};

class StoringSink : public ingest::DocumentSink {
 public:
  StoringSink(store::Ingester* ing, Progress* progress) : ing_(ing), progress_(progress) {}
  bool OnDocument(ingest::Document&& doc) override {
    Status s = ing_->Add(std::move(doc));
    if (!s.ok()) Report(s.message());
    ++docs_;
    progress_->Update(docs_, base_ + bytes_);
    if (near_end_at_ != 0 && base_ + bytes_ >= near_end_at_) {
      near_end_at_ = 0;
      near_end_();
    }
    return !fatal_;
  }
  // Runs `fn` once, after the document that takes the input read past `at`
  // bytes (0: never).
  void SetNearEnd(uint64_t at, std::function<void()> fn) {
    near_end_at_ = at;
    near_end_ = std::move(fn);
  }
  void OnError(const std::string& origin, const std::string& message) override {
    ++errors_;
    ing_->stats().failed++;
    progress_->Finish();
    PrintError(origin + ": " + message);
  }
  void OnProgress(uint64_t bytes) override {
    bytes_ = bytes;
    progress_->Update(docs_, base_ + bytes_);
  }
  void NextFile(uint64_t size) {
    base_ += bytes_;
    bytes_ = 0;
    (void)size;
  }
  void Report(const std::string& m) {
    ++errors_;
    progress_->Finish();
    PrintError(m);
  }
  uint64_t errors_ = 0;
  bool fatal_ = false;

 private:
  store::Ingester* ing_;
  Progress* progress_;
  uint64_t docs_ = 0, base_ = 0, bytes_ = 0;
  uint64_t near_end_at_ = 0;
  std::function<void()> near_end_;
};

// What analyses documents: the gazetteer, and one pipeline per thread
// sharing it.
struct Analysis {
  std::unique_ptr<geo::Gazetteer> gazetteer;
  std::vector<std::unique_ptr<extract::Pipeline>> pipelines;
  Status status;
};

// Loads the gazetteer while the lexicons load on a thread of their own
// (the pipelines share one lexicon; 0.11 and 0.08 s, once one after the
// other), then creates the pipelines at once, one a thread.
Analysis LoadAnalysis(int threads) {
  Analysis a;
  // Its error, if any, is Pipeline::Create's too: reported below.
  auto lexicon = std::async(std::launch::async, [] { return extract::Extractor::Create().ok(); });
  auto gaz = geo::Gazetteer::Load(geo::Gazetteer::DefaultPath());
  lexicon.wait();
  if (!gaz.ok()) {
    PrintError(gaz.status().message() + " (run `sitrep gazetteer build`); places will not be resolved");
    a.gazetteer = geo::Gazetteer::Empty();
  } else {
    a.gazetteer = std::move(*gaz);
  }
  std::vector<std::future<Result<std::unique_ptr<extract::Pipeline>>>> more;
  for (int k = 1; k < threads; ++k) {
    more.push_back(std::async(std::launch::async, [g = a.gazetteer.get()] { return extract::Pipeline::Create(g); }));
  }
  auto first = extract::Pipeline::Create(a.gazetteer.get());
  if (!first.ok()) a.status = first.status();
  else a.pipelines.push_back(std::move(*first));
  for (auto& f : more) {
    auto p = f.get();
    if (!p.ok()) a.status = p.status();
    else a.pipelines.push_back(std::move(*p));
  }
  return a;
}

int RunIngest(const IngestOptions& o) {
  Env* env = Env::Default();
  int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // The writer's page cache (and the checkpointer's few pages) in one block
  // of huge pages: 20% fewer page faults, 3% less CPU at 100k documents.
  // First, before any thread starts (SQLite's configuration is not
  // thread-safe) and before the first open.
  store::UseBulkPageCache(store::Store::kCacheBytes + (size_t{8} << 20), store::Store::kPageSize);
  // Start-up is serial time: the analysis loads on a thread of its own
  // while the store opens and the rewrite index loads.
  std::future<Analysis> loading = std::async(std::launch::async, LoadAnalysis, threads);
  auto st = store::Store::Open(o.db);
  if (!st.ok()) {
    PrintError(st.status().message());
    return 1;
  }
  // Into an empty store (or one a killed bulk load left without them), the
  // indexes on random keys are built at the end.
  if ((*st)->CountDocuments() == 0 || (*st)->IndexesDeferredInStore()) {
    if (Status d = (*st)->DeferIndexes(); !d.ok()) PrintError(o.db + ": " + d.message());
  }
  // WAL checkpoints on their own thread, off the writer's commits.
  std::unique_ptr<store::Checkpointer> checkpointer;
  if (auto cp = store::Checkpointer::Start(st->get()); cp.ok()) checkpointer = std::move(*cp);
  auto hook = store::MakeRewriteIndexHook(st->get());
  if (!hook.ok()) {
    PrintError(hook.status().message());
    return 1;
  }
  Analysis analysis = loading.get();
  if (!analysis.status.ok()) {
    PrintError(analysis.status.message());
    return 1;
  }
  std::vector<extract::Pipeline*> workers;
  for (auto& p : analysis.pipelines) workers.push_back(p.get());
  store::Ingester ingester(st->get(), workers, o.batch);
  if (*hook) ingester.AddHook(hook->get());
  uint64_t total = 0;
  for (const auto& in : o.inputs) {
    if (in != "-" && !env->IsDirectory(in)) total += static_cast<uint64_t>(std::max<int64_t>(0, env->FileSize(in)));
  }
  Progress progress("ingest", total);
  StoringSink sink(&ingester, &progress);
  // A bulk load builds its deferred indexes once 90% of the input is read:
  // the workers analyse the queued documents meanwhile, and the last tenth
  // of the input keeps both threads busy after (built when the input has
  // ended, the indexes left a worker idle, and the writer then stored the
  // queue alone). Input of unknown size (stdin, directories): at its end.
  auto build_indexes = [&] {
    if (!(*st)->indexes_deferred()) return Status::OK();
    Status s = ingester.CommitAnalysed();
    if (Status b = (*st)->BuildIndexes(); !b.ok()) s = s.ok() ? b : Status::IOError(s.message() + "\n" + b.message());
    return s;
  };
  if (total > 0) {
    sink.SetNearEnd(total - total / 10, [&] {
      if (Status s = build_indexes(); !s.ok()) sink.Report(o.db + ": " + s.message());
    });
  }
  for (const auto& in : o.inputs) {
    Status s = ingest::ReadInput(in, &sink, env);
    if (!s.ok()) sink.Report(s.message());
    sink.NextFile(0);
  }
  Status s = build_indexes();
  if (Status f = ingester.Flush(); !f.ok()) {
    if (s.ok()) {
      s = f;
    } else {
      PrintError(o.db + ": " + f.message());
    }
  }
  progress.Finish();
  if (!s.ok()) {
    PrintError(o.db + ": " + s.message());
    return 1;
  }
  const auto& stats = ingester.stats();
  // Quiet when stderr is not a terminal, unless asked: errors were printed above.
  if (progress.enabled() || o.verbose) std::cerr << "ingest: " << stats.stored << " stored, " << stats.duplicates
            << " skipped as duplicates, " << stats.failed << " failed\n";
  return stats.failed > 0 || sink.errors_ > 0 ? 1 : 0;
}

}  // namespace

void RegisterIngest(CLI::App& app, Runner* run) {
  auto o = std::make_shared<IngestOptions>();
  auto* sub = app.add_subcommand("ingest", "read articles and store them with their extracted claims");
  sub->add_option("--db", o->db, "SQLite store")->capture_default_str();
  sub->add_option("--batch", o->batch, "documents per transaction")->capture_default_str()->check(CLI::Range(1, 100000));
  sub->add_option("--threads", o->threads, "analysis threads, the writing thread included (default: one per core)")->check(CLI::Range(0, 256));
  sub->add_flag("--verbose,-v", o->verbose, "print the summary line even when stderr is not a terminal");
  sub->add_option("inputs", o->inputs, "files (.txt .jsonl[.gz] .html .warc[.gz]), directories, or - for JSONL on stdin")
      ->required();
  sub->callback([o, run] { *run = [o] { return RunIngest(*o); }; });
}

}  // namespace sitrep::cli

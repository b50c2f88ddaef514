// `sitrep extract [--db FILE] [--format jsonl|json|table|csv] [INPUT...]`:
// prints the extraction record of each document, from files directly (no
// store) or, without inputs, from the store.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "extract/pipeline.h"
#include "geo/gazetteer.h"
#include "ingest/reader.h"
#include "report/record_output.h"
#include "store/store.h"
#include "util/env.h"

namespace sitrep::cli {
namespace {

struct ExtractOptions {
  std::string db = DefaultDbPath();
  std::string format = "jsonl";
  std::vector<std::string> inputs;
};

class ExtractingSink : public ingest::DocumentSink {
 public:
  ExtractingSink(extract::Pipeline* p, report::RecordWriter* w) : p_(p), w_(w) {}
  bool OnDocument(ingest::Document&& doc) override {
    extract::Record r;
    p_->Process(doc, &r);
    w_->Write(r);
    return true;
  }
  void OnError(const std::string& origin, const std::string& message) override {
    ++errors;
    PrintError(origin + ": " + message);
  }
  int errors = 0;

 private:
  extract::Pipeline* p_;
  report::RecordWriter* w_;
};

int RunExtract(const ExtractOptions& o) {
  auto writer = report::RecordWriter::Create(o.format, &std::cout);
  if (!writer.ok()) {
    PrintError(writer.status().message());
    return 2;
  }
  if (o.inputs.empty()) {
    auto st = store::Store::Open(o.db, {.read_only = true, .create_if_missing = false});
    if (!st.ok()) {
      PrintError(st.status().message());
      return 1;
    }
    Status s = (*st)->ForEachRecord([&](int64_t, const extract::Record& r) {
      (*writer)->Write(r);
      return true;
    });
    (*writer)->Finish();
    if (!s.ok()) {
      PrintError(s.message());
      return 1;
    }
    return 0;
  }
  auto gaz = geo::Gazetteer::Load(geo::Gazetteer::DefaultPath());
  std::unique_ptr<geo::Gazetteer> gazetteer;
  if (!gaz.ok()) {
    PrintError(gaz.status().message() + " (run `sitrep gazetteer build`); places will not be resolved");
    gazetteer = geo::Gazetteer::Empty();
  } else {
    gazetteer = std::move(*gaz);
  }
  auto pipeline = extract::Pipeline::Create(gazetteer.get());
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return 1;
  }
  ExtractingSink sink(pipeline->get(), writer->get());
  for (const auto& in : o.inputs) {
    Status s = ingest::ReadInput(in, &sink, Env::Default());
    if (!s.ok()) sink.OnError(in, s.message().substr(s.message().find(": ") + 2));
  }
  (*writer)->Finish();
  return sink.errors > 0 ? 1 : 0;
}

}  // namespace

void RegisterExtract(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ExtractOptions>();
  auto* sub = app.add_subcommand("extract", "print places, speakers, outlets, dates, claims, quantities and sourcing per document");
  sub->add_option("--db", o->db, "SQLite store (read when no INPUT is given)")->capture_default_str();
  sub->add_option("--format,-f", o->format, "jsonl | json | table | csv")
      ->capture_default_str()
      ->check(CLI::IsMember({"jsonl", "json", "table", "csv"}));
  sub->add_option("inputs", o->inputs, "files or directories to process without a store");
  sub->callback([o, run] { *run = [o] { return RunExtract(*o); }; });
}

}  // namespace sitrep::cli

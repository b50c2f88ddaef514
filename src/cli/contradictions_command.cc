// `sitrep contradictions [--db FILE] [--format table|json|csv]`: claims that
// contradict each other across independent sources, different figures for
// the same event, and predictions past their deadline (report/contradictions.h).
#include <iostream>

#include "cli/commands.h"
#include "cli/ledger_loader.h"
#include "report/contradictions.h"
#include "report/exports.h"
#include "report/ledger.h"
#include "report/timeline.h"
#include "store/store.h"

namespace sitrep::cli {
namespace {

struct ContradictionsOptions {
  std::string db = DefaultDbPath();
  std::string format = "table";
};

int RunContradictions(const ContradictionsOptions& o) {
  report::Ledger ledger;
  if (!LoadLedger(o.db, &ledger)) return 1;
  Status s;
  auto found = report::FindContradictions(ledger, report::BuildAllTimelines(ledger));
  s = report::WriteContradictions(found, o.format, std::cout);
  if (!s.ok()) {
    PrintError(s.message());
    return 2;
  }
  return 0;
}

}  // namespace

void RegisterContradictions(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ContradictionsOptions>();
  auto* sub = app.add_subcommand("contradictions",
                                 "contradicting claims, differing figures and predictions past their deadline");
  sub->add_option("--db", o->db, "store file")->capture_default_str();
  sub->add_option("--format", o->format, "table | json | csv")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  sub->callback([run, o] { *run = [o] { return RunContradictions(*o); }; });
}

}  // namespace sitrep::cli

// `sitrep timeline PLACE [--db FILE] [--since DATE] [--format table|json|csv]`:
// the claims about one place in date order, identical claims merged with
// their count of independent sources (a rewrite family counts once), then
// the contradictions that involve the place. PLACE matches a place's code,
// official name or any spelling the texts used, case-insensitively.
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

struct TimelineOptions {
  std::string db = DefaultDbPath();
  std::string place;
  std::string since;
  std::string format = "table";
};

int RunTimeline(const TimelineOptions& o) {
  report::ReportDate since;
  if (!o.since.empty()) {
    since = report::ReportDate::Parse(o.since);
    if (!since.ok()) {
      PrintError("timeline: --since '" + o.since + "' is not a date (YYYY-MM-DD or --MM-DD)");
      return 2;
    }
  }
  report::Ledger ledger;
  if (!LoadLedger(o.db, &ledger)) return 1;
  Status s;
  std::vector<std::string> codes = ledger.FindPlaces(o.place);
  if (codes.empty()) {
    PrintError("timeline: no place named '" + o.place + "' in " + o.db);
    return 1;
  }
  report::TimelineOptions to;
  to.since = since;
  auto entries = report::BuildTimeline(ledger, codes, to);
  std::vector<report::Contradiction> mine;
  for (auto& c : report::FindContradictions(ledger, report::BuildTimeline(ledger, codes))) {
    mine.push_back(std::move(c));
  }
  s = report::WriteTimeline(entries, mine, o.format, std::cout);
  if (!s.ok()) {
    PrintError(s.message());
    return 2;
  }
  return 0;
}

}  // namespace

void RegisterTimeline(CLI::App& app, Runner* run) {
  auto o = std::make_shared<TimelineOptions>();
  auto* sub = app.add_subcommand("timeline", "claims about one place in date order, with independent-source counts");
  sub->add_option("place", o->place, "place name, code or any spelling (e.g. Kostiantynivka, Konstantinovka)")
      ->required();
  sub->add_option("--db", o->db, "store file")->capture_default_str();
  sub->add_option("--since", o->since, "leave out claims before this date (YYYY-MM-DD)");
  sub->add_option("--format", o->format, "table | json | csv")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  sub->callback([run, o] { *run = [o] { return RunTimeline(*o); }; });
}

}  // namespace sitrep::cli

// `sitrep report`: write a self-contained HTML report. Placeholder until its issue lands.
#include "cli/commands.h"

namespace sitrep::cli {

void RegisterReport(CLI::App& app, Runner* run) {
  auto* sub = app.add_subcommand("report", "write a self-contained HTML report (not yet implemented)");
  sub->callback([run] {
    *run = [] {
      PrintError("report: not yet implemented");
      return 1;
    };
  });
}

}  // namespace sitrep::cli

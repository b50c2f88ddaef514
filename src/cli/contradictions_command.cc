// `sitrep contradictions`: contradicting claims and predictions past their deadline. Placeholder until its issue lands.
#include "cli/commands.h"

namespace sitrep::cli {

void RegisterContradictions(CLI::App& app, Runner* run) {
  auto* sub = app.add_subcommand("contradictions", "contradicting claims and predictions past their deadline (not yet implemented)");
  sub->callback([run] {
    *run = [] {
      PrintError("contradictions: not yet implemented");
      return 1;
    };
  });
}

}  // namespace sitrep::cli

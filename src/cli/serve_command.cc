// `sitrep serve`: serve a read-only JSON API and web UI. Placeholder until its issue lands.
#include "cli/commands.h"

namespace sitrep::cli {

void RegisterServe(CLI::App& app, Runner* run) {
  auto* sub = app.add_subcommand("serve", "serve a read-only JSON API and web UI (not yet implemented)");
  sub->callback([run] {
    *run = [] {
      PrintError("serve: not yet implemented");
      return 1;
    };
  });
}

}  // namespace sitrep::cli

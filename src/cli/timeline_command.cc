// `sitrep timeline`: claims about one place in date order. Placeholder until its issue lands.
#include "cli/commands.h"

namespace sitrep::cli {

void RegisterTimeline(CLI::App& app, Runner* run) {
  auto* sub = app.add_subcommand("timeline", "claims about one place in date order (not yet implemented)");
  sub->callback([run] {
    *run = [] {
      PrintError("timeline: not yet implemented");
      return 1;
    };
  });
}

}  // namespace sitrep::cli

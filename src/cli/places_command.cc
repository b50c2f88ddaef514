// `sitrep places`: list resolved places with mention and document counts. Placeholder until its issue lands.
#include "cli/commands.h"

namespace sitrep::cli {

void RegisterPlaces(CLI::App& app, Runner* run) {
  auto* sub = app.add_subcommand("places", "list resolved places with mention and document counts (not yet implemented)");
  sub->callback([run] {
    *run = [] {
      PrintError("places: not yet implemented");
      return 1;
    };
  });
}

}  // namespace sitrep::cli

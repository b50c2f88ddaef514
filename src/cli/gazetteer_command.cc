// `sitrep gazetteer`: build, import and query the gazetteer. Placeholder until its issue lands.
#include "cli/commands.h"

namespace sitrep::cli {

void RegisterGazetteer(CLI::App& app, Runner* run) {
  auto* sub = app.add_subcommand("gazetteer", "build, import and query the gazetteer (not yet implemented)");
  sub->callback([run] {
    *run = [] {
      PrintError("gazetteer: not yet implemented");
      return 1;
    };
  });
}

}  // namespace sitrep::cli

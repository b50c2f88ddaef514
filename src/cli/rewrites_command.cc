// `sitrep rewrites`: find rewrites of the same story and what each added. Placeholder until its issue lands.
#include "cli/commands.h"

namespace sitrep::cli {

void RegisterRewrites(CLI::App& app, Runner* run) {
  auto* sub = app.add_subcommand("rewrites", "find rewrites of the same story and what each added (not yet implemented)");
  sub->callback([run] {
    *run = [] {
      PrintError("rewrites: not yet implemented");
      return 1;
    };
  });
}

}  // namespace sitrep::cli

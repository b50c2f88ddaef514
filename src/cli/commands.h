// The subcommands of `sitrep`. Each lives in its own <name>_command.cc with
// its usage text and defaults; sitrep_main.cc only dispatches.
//
// A Register function adds its subcommand to `app` and, when that subcommand
// is chosen on the command line, stores in *run the function that performs it
// and returns the process exit status (0 ok, 1 some input failed, 2 usage).
#ifndef SITREP_CLI_COMMANDS_H_
#define SITREP_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace sitrep::cli {

using Runner = std::function<int()>;

void RegisterIngest(CLI::App& app, Runner* run);
void RegisterExtract(CLI::App& app, Runner* run);
void RegisterRewrites(CLI::App& app, Runner* run);
void RegisterPlaces(CLI::App& app, Runner* run);
void RegisterGazetteer(CLI::App& app, Runner* run);
void RegisterTimeline(CLI::App& app, Runner* run);
void RegisterContradictions(CLI::App& app, Runner* run);
void RegisterReport(CLI::App& app, Runner* run);
void RegisterServe(CLI::App& app, Runner* run);

// The default store path, "./sitrep.db", or $SITREP_DB when set.
std::string DefaultDbPath();

// Prints "sitrep: <message>" to stderr.
void PrintError(const std::string& message);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_COMMANDS_H_

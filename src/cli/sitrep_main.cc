// sitrep: a sourced, geolocated ledger of claims from war reporting.
// This file only dispatches to the subcommands in src/cli/*_command.cc.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace sitrep::cli;
  // Output to a file or a pipe (JSON Lines of a whole corpus) goes out in
  // 1 MB writes instead of one write(2) per 4 KB; a terminal keeps its line
  // buffering.
  // (glibc ignores the size unless it is given the buffer.)
  static char out_buffer[1 << 20];
  if (!isatty(fileno(stdout))) std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  CLI::App app{"sitrep: turns war reporting into a sourced, geolocated ledger of claims"};
  app.set_version_flag("--version", std::string("sitrep ") + SITREP_VERSION);
  app.require_subcommand(1);
  Runner run;
  RegisterIngest(app, &run);
  RegisterExtract(app, &run);
  RegisterRewrites(app, &run);
  RegisterPlaces(app, &run);
  RegisterGazetteer(app, &run);
  RegisterTimeline(app, &run);
  RegisterContradictions(app, &run);
  RegisterReport(app, &run);
  RegisterServe(app, &run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;  // usage error
  }
  if (!run) return 2;
  try {
    return run();
  } catch (const std::exception& e) {
    PrintError(std::string("internal error: ") + e.what());
    return 1;
  }
}

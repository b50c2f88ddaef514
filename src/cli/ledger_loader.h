// Shared by the analyst-view commands (timeline, contradictions).
#ifndef SITREP_CLI_LEDGER_LOADER_H_
#define SITREP_CLI_LEDGER_LOADER_H_

#include <string>

#include "report/ledger.h"

namespace sitrep::cli {

// Opens the store read-only and loads the analyst ledger; prints problems.
// Returns false (after printing) when the store cannot be read.
bool LoadLedger(const std::string& db, report::Ledger* ledger);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_LEDGER_LOADER_H_

#include "cli/ledger_loader.h"

#include "cli/commands.h"
#include "store/store.h"

namespace sitrep::cli {

bool LoadLedger(const std::string& db, report::Ledger* ledger) {
  store::Store::Options so;
  so.read_only = true;
  auto st = store::Store::Open(db, so);
  if (!st.ok()) {
    PrintError(st.status().message());
    return false;
  }
  std::string warning;
  Status s = report::Ledger::Load(st->get(), ledger, &warning);
  if (!s.ok()) {
    PrintError(s.message());
    return false;
  }
  if (!warning.empty()) PrintError(warning);
  return true;
}

}  // namespace sitrep::cli

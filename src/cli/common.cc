#include <cstdlib>
#include <iostream>

#include "cli/commands.h"

namespace sitrep::cli {

std::string DefaultDbPath() {
  if (const char* p = std::getenv("SITREP_DB"); p && *p) return p;
  return "sitrep.db";
}

void PrintError(const std::string& message) { std::cerr << "sitrep: " << message << "\n"; }

}  // namespace sitrep::cli

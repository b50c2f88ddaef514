// Placeholder until the places issue lands: an empty gazetteer.
#include "geo/gazetteer.h"

#include "util/data_path.h"

#include <cstdlib>

namespace sitrep::geo {

std::string Gazetteer::DefaultPath() {
  if (const char* p = std::getenv("SITREP_GAZETTEER"); p && *p) return p;
  return DataPath("gazetteer.bin");
}

namespace {
class EmptyGazetteer : public Gazetteer {};
}  // namespace

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  return std::unique_ptr<Gazetteer>(new EmptyGazetteer());
}

std::unique_ptr<Gazetteer> Gazetteer::Empty() { return std::make_unique<EmptyGazetteer>(); }

void Resolver::Resolve(const text::AnalyzedText& t, Resolution* out) const { *out = Resolution(); }

}  // namespace sitrep::geo

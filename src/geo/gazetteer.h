// Gazetteer: every known place with all its generated spellings, and the
// Resolver that turns an AnalyzedText into a Resolution.
//
// CONTRACT (filled in by the places issue):
//   auto gaz = geo::Gazetteer::Load(geo::Gazetteer::DefaultPath());
//   geo::Resolver resolver(**gaz);
//   geo::Resolution r;  resolver.Resolve(analyzed_text, &r);
#ifndef SITREP_GEO_GAZETTEER_H_
#define SITREP_GEO_GAZETTEER_H_

#include <memory>
#include <string>

#include "geo/resolution.h"
#include "text/analyzed_text.h"
#include "util/status.h"

namespace sitrep::geo {

class Gazetteer {
 public:
  // Where `sitrep gazetteer build` writes and everything else reads:
  // $SITREP_GAZETTEER when set, else DataDir()/gazetteer.bin.
  static std::string DefaultPath();
  // Loads a built gazetteer. NotFound when the file is missing.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);
  // An empty gazetteer (resolves nothing); for tools that run without one.
  static std::unique_ptr<Gazetteer> Empty();
  virtual ~Gazetteer() = default;

 protected:
  Gazetteer() = default;
};

class Resolver {
 public:
  // REQUIRES: gazetteer outlives the resolver.
  explicit Resolver(const Gazetteer& gazetteer) : gaz_(gazetteer) {}
  // Finds and resolves the place mentions of `t`. Thread-safe.
  void Resolve(const text::AnalyzedText& t, Resolution* out) const;

 private:
  const Gazetteer& gaz_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GAZETTEER_H_

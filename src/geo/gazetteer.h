// Gazetteer: every known place with all its generated spellings, and the
// Resolver that turns an AnalyzedText into a Resolution.
//
// The geo stage takes an AnalyzedText and gives out a Resolution: the places
// the text names, each resolved to one gazetteer entry, and every mention.
//
//   auto gaz = geo::Gazetteer::Load(geo::Gazetteer::DefaultPath());
//   geo::Resolver resolver(**gaz);
//   geo::Resolution r;  resolver.Resolve(analyzed_text, &r);
//
// A gazetteer is built by GazetteerBuilder (gazetteer_builder.h) and stored in
// the binary format of doc/gazetteer.md; it holds entries, their spellings as
// match keys (match_key.h) with postings, a hashed key index (FindKey) and
// a fuzzy index of one-word keys (fuzzy_index.h).
#ifndef SITREP_GEO_GAZETTEER_H_
#define SITREP_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/gazetteer_entry.h"
#include "geo/resolution.h"
#include "text/analyzed_text.h"
#include "util/status.h"

namespace sitrep::geo {

class FuzzyIndex;
class GeoLexicon;

class Gazetteer {
 public:
  // Where `sitrep gazetteer build` writes and everything else reads:
  // $SITREP_GAZETTEER when set, else DataDir()/gazetteer.bin.
  static std::string DefaultPath();
  // Loads a built gazetteer and the word lists of DataDir()/geo.
  // NotFound when the file is missing, Corruption when it is not one.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);
  // An empty gazetteer (resolves nothing); for tools that run without one.
  static std::unique_ptr<Gazetteer> Empty();
  // An in-memory gazetteer from entries and (key, posting) pairs; keys are
  // MatchKey() forms. Builds the key and fuzzy indexes. Used by the builder
  // and tests.
  static Result<std::unique_ptr<Gazetteer>> FromParts(
      std::vector<Entry> entries, std::vector<std::pair<std::string, Posting>> postings,
      std::unique_ptr<GeoLexicon> lexicon);
  virtual ~Gazetteer();

  // Writes the binary format (doc/gazetteer.md) to `path`.
  Status Save(const std::string& path) const;

  size_t size() const;
  const Entry& entry(uint32_t i) const;
  // ToSpherePoint(entry(i).lat, entry(i).lon), computed at load.
  const SpherePoint& sphere(uint32_t i) const;
  size_t key_count() const;
  std::string_view key(uint32_t key_id) const;
  std::span<const Posting> postings(uint32_t key_id) const;
  // Id of a match key, or -1.
  int64_t FindKey(std::string_view key) const;
  // How many words a key that starts with `first_word` (one key word) can
  // have: 1 unless some key of two or more words starts with it.
  int MaxKeyWordsFrom(std::string_view first_word) const;
  // The region whose key is `stem` + " region" ("donetsk" -> Donetsk Oblast),
  // or -1.
  int64_t RegionOfStem(std::string_view stem) const;
  // All keys of entry i with their flags (slow: scans every posting).
  std::vector<std::pair<std::string, uint32_t>> KeysOf(uint32_t i) const;

  const FuzzyIndex& fuzzy() const;
  const GeoLexicon& lexicon() const;

 protected:
  Gazetteer();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct ResolveOptions {
  bool verbose = false;  // fill ResolvedPlace::beaten
};

class Resolver {
 public:
  // REQUIRES: gazetteer outlives the resolver.
  explicit Resolver(const Gazetteer& gazetteer, ResolveOptions options = {})
      : gaz_(gazetteer), options_(options) {}
  // Finds and resolves the place mentions of `t`, replacing the contents of
  // *out (whose vectors keep their capacity). Thread-safe.
  void Resolve(const text::AnalyzedText& t, Resolution* out) const;

 private:
  const Gazetteer& gaz_;
  ResolveOptions options_;
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_GAZETTEER_H_

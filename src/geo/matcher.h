// Matcher: one Hyperscan pass over a keyed text (see match_key.h) that finds
// every occurrence of every gazetteer key on word boundaries.
//
//   auto m = Matcher::Compile(keys);          // at build time
//   std::string blob = m->Serialize();        // stored in gazetteer.bin
//   auto m2 = Matcher::Deserialize(blob);     // at load time (milliseconds)
//   m2->Scan(keyed.key, [](const KeyMatch& k) { ... });
//
// Keys are pure [a-z0-9 ] (MatchKey output), so the scan needs no case or
// script handling. Each key is compiled between spaces (" key ") and the text
// scanned between spaces, so Hyperscan itself keeps to word boundaries: a key
// inside a longer word costs no callback. Scan is thread-safe (each call allocates its own scratch
// from a prototype, cached per thread).
#ifndef SITREP_GEO_MATCHER_H_
#define SITREP_GEO_MATCHER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

struct hs_database;
struct hs_scratch;

namespace sitrep::geo {

struct KeyMatch {
  uint32_t begin, end;  // byte range in the key text
  uint32_t id;          // index of the key given to Compile
};

class Matcher {
 public:
  // Compiles literal keys; key i reports id i. Empty keys are skipped.
  static Result<std::unique_ptr<Matcher>> Compile(const std::vector<std::string_view>& keys);
  static Result<std::unique_ptr<Matcher>> Deserialize(std::string_view blob);
  ~Matcher();

  std::string Serialize() const;
  // Calls `on` for each occurrence bounded by spaces or the ends of `key_text`,
  // in order of end offset.
  void Scan(std::string_view key_text, const std::function<void(const KeyMatch&)>& on) const;
  // Collects the matches of Scan into `out`.
  void ScanAll(std::string_view key_text, std::vector<KeyMatch>* out) const;
  // A byte range of the key text that starts and ends on word boundaries.
  struct Range {
    uint32_t begin, end;
  };
  // ScanAll over the given ranges only (in text order, not overlapping):
  // the matches that lie wholly inside one range, in key-text offsets and in
  // order of end offset (matches that end at one offset in the engine's
  // order). (The resolver looks its few capitalised words up in the
  // gazetteer's key index instead: cheaper than a scan for a handful.)
  void ScanRanges(std::string_view key_text, const std::vector<Range>& ranges, std::vector<KeyMatch>* out) const;

 private:
  Matcher() = default;
  Status Init();
  hs_database* db_ = nullptr;
  hs_scratch* proto_ = nullptr;
  std::vector<uint32_t> lengths_;  // key lengths by id
};

}  // namespace sitrep::geo

#endif  // SITREP_GEO_MATCHER_H_

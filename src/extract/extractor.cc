// The claims stage: runs the finders over one document in dependency order,
//   outlets -> speakers/institutions (need outlet tokens) -> dates ->
//   quantities -> sourcing -> claims (need all of the above) -> capitals
//   named only as governments leave the places.
#include "extract/extractor.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "extract/claim_finder.h"
#include "extract/date_finder.h"
#include "extract/doc_view.h"
#include "extract/lexicon.h"
#include "extract/metonym_filter.h"
#include "extract/outlet_finder.h"
#include "extract/quantity_finder.h"
#include "extract/sources.h"
#include "extract/sourcing_finder.h"
#include "extract/speaker_finder.h"
#include "util/data_path.h"

namespace sitrep::extract {
namespace {

class RuleExtractor : public Extractor {
 public:
  explicit RuleExtractor(std::shared_ptr<const Lexicon> lex)
      : lex_(std::move(lex)),
        outlets_(*lex_),
        speakers_(*lex_),
        dates_(*lex_),
        quantities_(*lex_),
        sourcing_(*lex_),
        claims_(*lex_),
        metonyms_(*lex_) {}

  void Extract(const ingest::Document& doc, const text::AnalyzedText& t, const geo::Resolution& places,
               Record* out) const override {
    out->places = places.places;
    DocView v(t, places, lex_->vocabulary);
    Sources src;
    src.Reset(t.sentences.size(), t.tokens.size());
    outlets_.Find(v, &out->outlets, &src);
    speakers_.Find(v, out, &src);
    dates_.Find(v, out->published.empty() ? doc.published : out->published, &out->dates);
    quantities_.Find(v, &out->quantities, &out->measures);
    sourcing_.Find(v, &out->sourcing);
    sourcing_.UnnamedRoles(v, src, out->speakers, &out->sourcing);
    claims_.Find(v, src, out);
    metonyms_.Apply(v, src, out);
  }

 private:
  std::shared_ptr<const Lexicon> lex_;  // shared by every extractor of the process
  OutletFinder outlets_;
  SpeakerFinder speakers_;
  DateFinder dates_;
  QuantityFinder quantities_;
  SourcingFinder sourcing_;
  ClaimFinder claims_;
  MetonymFilter metonyms_;
};

// The lexicon of a directory, loaded once per process: it is immutable once
// loaded, so every extractor (one per analysis thread) reads the same one.
// Loading it took a third of an ingest's start-up, once per thread. A
// caller that asks while another loads waits for that load; a failed load
// is not kept (the next caller tries again and gets the error itself).
Result<std::shared_ptr<const Lexicon>> SharedLexicon(const std::string& dir) {
  // Never destroyed: no exit-time teardown while a thread may still read.
  static std::mutex* mu = new std::mutex;
  static auto* loaded = new std::map<std::string, std::shared_ptr<const Lexicon>>;
  std::lock_guard<std::mutex> lock(*mu);
  if (auto it = loaded->find(dir); it != loaded->end()) return it->second;
  auto lex = Lexicon::LoadDir(dir);
  if (!lex.ok()) return lex.status();
  std::shared_ptr<const Lexicon> shared = std::move(*lex);
  loaded->emplace(dir, shared);
  return shared;
}

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create() {
  auto lex = SharedLexicon(DataPath("lexicon/en"));
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Extractor>(new RuleExtractor(std::move(*lex)));
}

}  // namespace sitrep::extract

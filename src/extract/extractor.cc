// The claims stage: runs the finders over one document in dependency order,
//   outlets -> speakers/institutions (need outlet tokens) -> dates ->
//   quantities -> sourcing -> claims (need all of the above) -> capitals
//   named only as governments leave the places.
#include "extract/extractor.h"

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

namespace sitrep::extract {
namespace {

class RuleExtractor : public Extractor {
 public:
  explicit RuleExtractor(std::unique_ptr<Lexicon> lex)
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
  std::unique_ptr<Lexicon> lex_;
  OutletFinder outlets_;
  SpeakerFinder speakers_;
  DateFinder dates_;
  QuantityFinder quantities_;
  SourcingFinder sourcing_;
  ClaimFinder claims_;
  MetonymFilter metonyms_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create() {
  auto lex = Lexicon::Load("en");
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Extractor>(new RuleExtractor(std::move(*lex)));
}

}  // namespace sitrep::extract

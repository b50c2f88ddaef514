// Placeholder until the claims issue lands: copies places, extracts nothing.
#include "extract/extractor.h"

namespace sitrep::extract {
namespace {

class PlacesOnlyExtractor : public Extractor {
 public:
  void Extract(const ingest::Document& doc, const text::AnalyzedText& t,
               const geo::Resolution& places, Record* out) const override {
    out->places = places.places;
  }
};

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create() {
  return std::unique_ptr<Extractor>(new PlacesOnlyExtractor());
}

}  // namespace sitrep::extract

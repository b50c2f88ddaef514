// libFuzzer target: the text stage (text::Analyzer: UTF-8 repair, NFKC with
// offsets, sentences, tokens, quotes). Checks that every span it gives out
// lies inside the text and maps back inside the input.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "fuzz/analyzed_checks.h"
#include "text/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<sitrep::text::Analyzer> analyzer = [] {
    auto a = sitrep::text::Analyzer::Create();
    if (!a.ok()) std::abort();
    return std::move(*a);
  }();
  sitrep::text::AnalyzedText t;
  analyzer->Analyze(std::string_view(reinterpret_cast<const char*>(data), size), &t);
  sitrep::fuzz_check::CheckAnalyzed(t, size);
  return 0;
}

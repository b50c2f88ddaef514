// libFuzzer target: an HTML page (ingest::DocumentFromHtml), including the
// charset conversion and the nesting flattener.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string html(reinterpret_cast<const char*>(data), size);
  sitrep::ingest::Document d;
  sitrep::Status s = sitrep::ingest::DocumentFromHtml(html, "fuzz.html", &d);
  if (s.ok() && d.text.empty()) std::abort();
  return 0;
}

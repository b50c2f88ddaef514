// libFuzzer target: one JSON Lines record (ingest::ParseJsonlLine).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  sitrep::ingest::Document d;
  sitrep::Status s = sitrep::ingest::ParseJsonlLine(line, "fuzz:1", "fuzz:1", &d);
  if (s.ok() && (d.id.empty() || d.text.empty())) std::abort();
  if (!s.ok() && s.message().rfind("fuzz:1", 0) != 0) std::abort();  // names the line
  return 0;
}

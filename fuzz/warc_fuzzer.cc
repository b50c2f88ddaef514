// libFuzzer target: a WARC file, plain or gzip (ingest::ReadWarc over a
// LineStream), with small caps so overlong lines and records are reached.
#include <cstdint>

#include "fuzz/collecting_sink.h"
#include "fuzz/fuzz_input_file.h"
#include "ingest/line_stream.h"
#include "ingest/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static sitrep::fuzz::FuzzInputFile file;
  file.Set(data, size);
  sitrep::ingest::LineStream in(file.Path(), 64 << 20, 4096);
  if (!in.open_status().ok()) return 0;
  sitrep::fuzz::CheckingSink sink;
  sitrep::ingest::ReadWarc(&in, "fuzz.warc", &sink);
  return 0;
}

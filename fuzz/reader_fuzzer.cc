// libFuzzer target: ingest::ReadInput on a whole file, so kind detection
// (text, JSONL, HTML, WARC, binary, gzip of any of them) and every reader
// are reached from one input. Small caps reach the size-limit paths.
#include <cstdint>

#include "fuzz/collecting_sink.h"
#include "fuzz/fuzz_input_file.h"
#include "ingest/reader.h"
#include "util/env.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static sitrep::fuzz::FuzzInputFile file;
  file.Set(data, size);
  sitrep::ingest::ReadOptions opt;
  opt.max_decompressed_bytes = 8 << 20;
  opt.max_record_bytes = 64 << 10;
  sitrep::fuzz::CheckingSink sink;
  sitrep::Status s = sitrep::ingest::ReadInput(file.Path(), &sink, sitrep::Env::Default(), opt);
  (void)s;
  return 0;
}

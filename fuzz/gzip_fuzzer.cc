// libFuzzer target: LineStream (plain and gzip input, line and block reads,
// the line-length and decompressed-size caps).
//
// The first byte picks the mode: even = the rest is the file as is (corrupt
// gzip streams); odd = the rest is gzip-compressed here, then cut at a point
// taken from the second byte (valid and truncated streams).
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz/fuzz_input_file.h"
#include "ingest/line_stream.h"

namespace {

std::string Gzip(const uint8_t* data, size_t size) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) std::abort();
  std::string out(deflateBound(&z, size) + 64, '\0');
  z.next_in = const_cast<Bytef*>(data);
  z.avail_in = static_cast<uInt>(size);
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) std::abort();
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static sitrep::fuzz::FuzzInputFile file;
  if (size < 2) return 0;
  uint8_t mode = data[0], cut = data[1];
  data += 2;
  size -= 2;
  std::string bytes;
  if (mode & 1) {
    bytes = Gzip(data, size);
    if (cut != 0xff) bytes.resize(bytes.size() * cut / 255);
  } else {
    bytes.assign(reinterpret_cast<const char*>(data), size);
  }
  file.Set(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  const uint64_t max_total = (mode & 2) ? 1000 : (64 << 20);
  const uint64_t max_line = (mode & 4) ? 7 : 4096;
  sitrep::ingest::LineStream in(file.Path(), max_total, max_line);
  if (!in.open_status().ok()) std::abort();  // the file exists
  std::string line, block;
  bool too_long = false;
  uint64_t out_bytes = 0;
  while (true) {
    if (mode & 8) {
      block.clear();
      size_t n = in.Read(1 + (cut & 15), &block);
      if (n == 0) break;
      if (block.size() != n) std::abort();
      out_bytes += n;
    } else {
      if (!in.NextLine(&line, &too_long)) break;
      if (line.size() > max_line + (1 << 20)) std::abort();  // bounded by cap + one chunk
      if (line.find('\n') != std::string::npos) std::abort();
    }
  }
  // Uncompressed input that fits the cap reads back exactly.
  if (!(mode & 1) && (mode & 8) && size < 1000 && in.status().ok() && out_bytes != size &&
      !(size >= 2 && data[0] == 0x1f && data[1] == 0x8b)) {
    std::abort();
  }
  return 0;
}

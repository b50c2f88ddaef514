// LineStream: reads a plain or gzip-compressed file (or stdin) line by line
// or in blocks, with caps on decompressed size and on line length.
#ifndef SITREP_INGEST_LINE_STREAM_H_
#define SITREP_INGEST_LINE_STREAM_H_

#include <zlib.h>

#include <cstdint>
#include <string>

#include "util/status.h"

namespace sitrep::ingest {

class LineStream {
 public:
  // path "-" reads stdin. Compressed input is detected by its magic bytes.
  LineStream(const std::string& path, uint64_t max_total_bytes, uint64_t max_line_bytes);
  ~LineStream();
  LineStream(const LineStream&) = delete;
  LineStream& operator=(const LineStream&) = delete;

  const Status& open_status() const { return open_status_; }

  // Reads the next line (without its '\n') into *line. Returns false at the
  // end or on error; status() then tells which. A line longer than the cap is
  // skipped and reported by *too_long = true (the call still returns true).
  bool NextLine(std::string* line, bool* too_long);
  // Reads up to n bytes into *out (appending); returns bytes read, 0 at end.
  size_t Read(size_t n, std::string* out);

  // The read error, if any; its message does not repeat the path (callers
  // prefix their "path:line" origin).
  const Status& status() const { return status_; }
  uint64_t line_number() const { return line_no_; }
  uint64_t bytes_out() const { return total_; }
  // Compressed (on-disk) bytes consumed so far.
  uint64_t bytes_in() const;

 private:
  bool Fill();
  gzFile gz_ = nullptr;
  Status open_status_;
  Status status_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  uint64_t line_no_ = 0;
  uint64_t total_ = 0;
  uint64_t max_total_;
  uint64_t max_line_;
  std::string path_;
};

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_LINE_STREAM_H_

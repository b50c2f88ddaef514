// The ingest stage: files in, Documents out.
//
// ReadInput picks a reader by content as well as extension:
//   plain text (text_reader) | JSON Lines, optionally gzip (jsonl_reader) |
//   HTML (html_reader) | WARC, optionally gzip (warc_reader) | a directory
//   (recursed) | "-" (JSON Lines on stdin).
// Readers stream: a document is handed to the sink as soon as it is read, and
// a bad record is reported to the sink with its file and line (or record
// number) while the rest of the input is still read.
#ifndef SITREP_INGEST_READER_H_
#define SITREP_INGEST_READER_H_

#include <cstdint>
#include <string>

#include "ingest/document.h"
#include "util/env.h"
#include "util/status.h"

namespace sitrep::ingest {

class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // Receives one document. Return false to stop reading.
  virtual bool OnDocument(Document&& doc) = 0;
  // Receives one problem: origin is "path:line" or "path#record".
  virtual void OnError(const std::string& origin, const std::string& message) = 0;
  // Bytes of input consumed so far (for progress); called now and then.
  virtual void OnProgress(uint64_t bytes_read) {}
};

struct ReadOptions {
  // Cap on the decompressed size of one input; beyond it the input fails with
  // a clear error (protection against gzip bombs). The environment variable
  // SITREP_MAX_DECOMPRESSED_MB, when set to a positive number, overrides it
  // (ApplyEnvironment, called by ReadInput).
  uint64_t max_decompressed_bytes = 16ull << 30;
  // Cap on one line or record (one article); longer ones are reported and
  // skipped. News articles are kilobytes; the analysis needs several times
  // the article's size in memory, so a 200 MB "article" is refused.
  uint64_t max_record_bytes = 32ull << 20;
};

// Reads `path` ("-" for stdin) and feeds the sink. The returned Status is not
// OK only when the input as a whole could not be read (missing file); record
// level problems go to sink->OnError.
Status ReadInput(const std::string& path, DocumentSink* sink, Env* env,
                 const ReadOptions& options = ReadOptions());

// `o` with the overrides from the environment applied (see ReadOptions).
ReadOptions ApplyEnvironment(ReadOptions o);

// The kind ReadInput would choose for a file, from its name and first bytes.
enum class InputKind { kText, kJsonl, kHtml, kWarc, kBinary, kEmpty };
InputKind DetectKind(const std::string& path, const std::string& head);

// Document id from a path: file name without directories and extensions
// (".txt", ".html", ".htm", ".jsonl", ".gz").
std::string IdFromPath(const std::string& path);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_READER_H_

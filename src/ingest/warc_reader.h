// WARC (ISO 28500), plain or gzip (per-record members or whole-file): each
// "response" record with an HTML payload becomes a Document with the
// record's WARC-Target-URI and WARC-Date. Written by hand rather than with
// libarchive, whose WARC support hides the WARC-Type and HTTP headers that
// decide which records are articles, and stops at the first bad record.
#ifndef SITREP_INGEST_WARC_READER_H_
#define SITREP_INGEST_WARC_READER_H_

#include <string>

#include "ingest/line_stream.h"
#include "ingest/reader.h"

namespace sitrep::ingest {

// Reads every record of `in` (opened on `path`), handing documents and
// per-record errors ("path#N") to the sink.
void ReadWarc(LineStream* in, const std::string& path, DocumentSink* sink);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_WARC_READER_H_

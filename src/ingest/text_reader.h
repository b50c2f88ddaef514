// Plain-text articles: the first line is the title when a blank line follows
// it; the id is the file name without extension.
#ifndef SITREP_INGEST_TEXT_READER_H_
#define SITREP_INGEST_TEXT_READER_H_

#include <string>

#include "ingest/document.h"

namespace sitrep::ingest {

// Builds a Document from the contents of a .txt file.
Document DocumentFromText(const std::string& path, std::string contents);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_TEXT_READER_H_

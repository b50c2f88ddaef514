// HTML articles: the title and the main text, with scripts, styles and page
// boilerplate (nav, header, footer, aside, forms) dropped. A page that
// declares a legacy charset (windows-1251, koi8-r) is converted with ICU.
#ifndef SITREP_INGEST_HTML_READER_H_
#define SITREP_INGEST_HTML_READER_H_

#include <string>

#include "ingest/document.h"
#include "util/status.h"

namespace sitrep::ingest {

// Parses an HTML page into *out (id, title, text; origin set to `origin`).
// Fails when no text remains.
Status DocumentFromHtml(const std::string& html, const std::string& origin, Document* out);

// Converts bytes in `charset` to UTF-8 with ICU. Unknown charsets fail.
Status ConvertToUtf8(const std::string& in, const std::string& charset, std::string* out);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_READER_H_

// Escaping text for HTML and for JSON embedded in HTML. Every piece of
// article text, name or id the report and the web UI show passes through
// one of these: nothing from a document is ever written to a page raw.
#ifndef SITREP_REPORT_HTML_ESCAPE_H_
#define SITREP_REPORT_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace sitrep::report {

// Escapes & < > " ' for use in element content and quoted attribute values.
// Invalid UTF-8 bytes and control characters other than tab/newline become
// U+FFFD, so the output is always valid UTF-8 with no raw markup.
std::string HtmlEscape(std::string_view s);

// Makes a JSON text safe inside <script type="application/json">: escapes
// '<', '>', '&' and U+2028/U+2029 as \uXXXX (still the same JSON value).
// REQUIRES: json is a serialised JSON value.
std::string JsonForScript(std::string_view json);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_HTML_ESCAPE_H_

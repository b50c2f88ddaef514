#include "ingest/text_reader.h"

#include "ingest/reader.h"

namespace sitrep::ingest {

Document DocumentFromText(const std::string& path, std::string contents) {
  Document d;
  d.id = IdFromPath(path);
  d.origin = path;
  // Strip a UTF-8 byte order mark.
  if (contents.size() >= 3 && contents.compare(0, 3, "\xEF\xBB\xBF") == 0) contents.erase(0, 3);
  size_t nl = contents.find('\n');
  if (nl != std::string::npos) {
    size_t next = nl + 1;
    if (next < contents.size() && contents[next] == '\r') ++next;
    bool blank_follows = next < contents.size() && contents[next] == '\n';
    std::string first = contents.substr(0, nl);
    if (!first.empty() && first.back() == '\r') first.pop_back();
    if (blank_follows && !first.empty() && first.size() < 400) {
      d.title = first;
      contents.erase(0, next + 1);
    }
  }
  d.text = std::move(contents);
  return d;
}

}  // namespace sitrep::ingest

#include "ingest/warc_reader.h"

#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "ingest/html_reader.h"

namespace sitrep::ingest {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string Strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string IdFromUrl(const std::string& url) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(url.data(), url.size())));
  return std::string("warc-") + buf;
}

}  // namespace

void ReadWarc(LineStream* in, const std::string& path, DocumentSink* sink) {
  std::string line;
  bool too_long = false;
  int record = 0;
  while (in->NextLine(&line, &too_long)) {
    if (Strip(line).empty()) continue;
    if (line.rfind("WARC/", 0) != 0) {
      sink->OnError(path + ":" + std::to_string(in->line_number()),
                    "expected a WARC record header, found other data; skipping to the next record");
      continue;
    }
    ++record;
    std::string origin = path + "#" + std::to_string(record);
    std::string type, uri, date;
    long long length = -1;
    while (in->NextLine(&line, &too_long)) {
      std::string s = Strip(line);
      if (s.empty()) break;
      size_t colon = s.find(':');
      if (colon == std::string::npos) continue;
      std::string k = Lower(Strip(s.substr(0, colon)));
      std::string v = Strip(s.substr(colon + 1));
      if (k == "warc-type") type = v;
      else if (k == "warc-target-uri") uri = v;
      else if (k == "warc-date") date = v;
      else if (k == "content-length") {
        try {
          length = std::stoll(v);
        } catch (...) {
          length = -1;
        }
      }
    }
    if (length < 0 || length > (1ll << 31)) {
      sink->OnError(origin, "record has no valid Content-Length");
      continue;
    }
    std::string block;
    size_t got = in->Read(static_cast<size_t>(length), &block);
    if (got < static_cast<size_t>(length)) {
      sink->OnError(origin, "record truncated: " + std::to_string(got) + " of " +
                                std::to_string(length) + " bytes");
      break;
    }
    sink->OnProgress(in->bytes_in());
    if (type != "response" && type != "resource") continue;
    std::string body = block;
    if (type == "response") {
      // Split HTTP headers from the payload; keep only HTML.
      size_t hdr_end = block.find("\r\n\r\n");
      size_t skip = 4;
      if (hdr_end == std::string::npos) {
        hdr_end = block.find("\n\n");
        skip = 2;
      }
      if (hdr_end == std::string::npos) {
        sink->OnError(origin, "response record without HTTP headers");
        continue;
      }
      std::string headers = Lower(block.substr(0, hdr_end));
      size_t ct = headers.find("content-type:");
      if (ct != std::string::npos) {
        std::string ctype = headers.substr(ct, headers.find('\n', ct) - ct);
        if (ctype.find("html") == std::string::npos) continue;
      }
      body = block.substr(hdr_end + skip);
    }
    Document d;
    Status s = DocumentFromHtml(body, origin, &d);
    if (!s.ok()) {
      sink->OnError(origin, s.message());
      continue;
    }
    d.id = IdFromUrl(uri.empty() ? origin : uri);
    d.url = uri;
    d.published = date;
    if (!sink->OnDocument(std::move(d))) return;
  }
  if (!in->status().ok()) sink->OnError(path + "#" + std::to_string(record + 1), in->status().message());
}

}  // namespace sitrep::ingest

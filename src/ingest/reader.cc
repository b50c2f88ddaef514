#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/line_stream.h"
#include "ingest/text_reader.h"
#include "ingest/warc_reader.h"
#include "text/utf8.h"

namespace sitrep::ingest {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// The first bytes of a file, decompressed when it is gzip.
std::string Head(const std::string& path, const ReadOptions& opt) {
  LineStream in(path, opt.max_decompressed_bytes, opt.max_record_bytes);
  std::string head;
  if (in.open_status().ok()) in.Read(4096, &head);
  return head;
}

void ReadJsonl(const std::string& path, DocumentSink* sink, const ReadOptions& opt) {
  LineStream in(path, opt.max_decompressed_bytes, opt.max_record_bytes);
  if (!in.open_status().ok()) {
    sink->OnError(path, in.open_status().message());
    return;
  }
  std::string line;
  bool too_long = false;
  std::string base = path == "-" ? "stdin" : IdFromPath(path);
  while (in.NextLine(&line, &too_long)) {
    std::string origin = (path == "-" ? std::string("<stdin>") : path) + ":" + std::to_string(in.line_number());
    if (too_long) {
      sink->OnError(origin, "line longer than " + std::to_string(opt.max_record_bytes >> 20) + " MiB; skipped");
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (!text::IsValidUtf8(line)) {
      std::string repaired;
      text::RepairUtf8(line, &repaired, nullptr);
      size_t bad = 0;
      while (bad < line.size() && bad < repaired.size() && line[bad] == repaired[bad]) ++bad;
      sink->OnError(origin, "invalid UTF-8 at byte " + std::to_string(bad) + "; replaced with U+FFFD");
    }
    Document d;
    Status s = ParseJsonlLine(line, origin, base + ":" + std::to_string(in.line_number()), &d);
    if (!s.ok()) {
      sink->OnError(origin, s.message().substr(s.message().find(": ") + 2));
      continue;
    }
    if (!sink->OnDocument(std::move(d))) return;
    if ((in.line_number() & 255) == 0) sink->OnProgress(in.bytes_in());
  }
  sink->OnProgress(in.bytes_in());
  if (!in.status().ok()) sink->OnError(path + ":" + std::to_string(in.line_number() + 1), in.status().message());
}

Status ReadFileInput(const std::string& path, DocumentSink* sink, Env* env, const ReadOptions& opt) {
  std::string head = Head(path, opt);
  InputKind kind = DetectKind(path, head);
  switch (kind) {
    case InputKind::kEmpty:
      sink->OnError(path, "empty file");
      return Status::OK();
    case InputKind::kBinary:
      sink->OnError(path, "binary data, not an article (text, JSONL, HTML or WARC expected)");
      return Status::OK();
    case InputKind::kJsonl:
      ReadJsonl(path, sink, opt);
      return Status::OK();
    case InputKind::kWarc: {
      LineStream in(path, opt.max_decompressed_bytes, opt.max_record_bytes);
      if (!in.open_status().ok()) return in.open_status();
      ReadWarc(&in, path, sink);
      return Status::OK();
    }
    case InputKind::kHtml:
    case InputKind::kText: {
      LineStream in(path, opt.max_decompressed_bytes, opt.max_record_bytes);
      if (!in.open_status().ok()) return in.open_status();
      std::string contents;
      while (in.Read(1 << 20, &contents) > 0) {
        if (contents.size() > opt.max_record_bytes) {
          sink->OnError(path, "file larger than " + std::to_string(opt.max_record_bytes >> 20) +
                                  " MiB; not an article");
          return Status::OK();
        }
      }
      if (!in.status().ok()) {
        sink->OnError(path, in.status().message());
        return Status::OK();
      }
      sink->OnProgress(in.bytes_in());
      Document d;
      if (kind == InputKind::kHtml) {
        Status s = DocumentFromHtml(contents, path, &d);
        if (!s.ok()) {
          sink->OnError(path, s.message().substr(s.message().find(": ") + 2));
          return Status::OK();
        }
        d.id = IdFromPath(path);
      } else {
        if (!text::IsValidUtf8(contents)) {
          // Report where, then go on with the repaired text.
          size_t bad = 0;
          int line = 1;
          std::string repaired;
          text::RepairUtf8(contents, &repaired, nullptr);
          for (size_t i = 0; i < contents.size() && i < repaired.size(); ++i) {
            if (contents[i] != repaired[i]) {
              bad = i;
              break;
            }
            if (contents[i] == '\n') ++line;
          }
          sink->OnError(path + ":" + std::to_string(line),
                        "invalid UTF-8 at byte " + std::to_string(bad) + "; replaced with U+FFFD");
        }
        d = DocumentFromText(path, std::move(contents));
        if (d.text.find_first_not_of(" \t\r\n") == std::string::npos) {
          sink->OnError(path, "no text");
          return Status::OK();
        }
      }
      sink->OnDocument(std::move(d));
      return Status::OK();
    }
  }
  return Status::OK();
}

}  // namespace

std::string IdFromPath(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  for (const char* ext : {".gz", ".txt", ".html", ".htm", ".jsonl", ".json", ".warc"}) {
    if (EndsWith(Lower(name), ext)) name.resize(name.size() - std::string(ext).size());
  }
  return name;
}

InputKind DetectKind(const std::string& path, const std::string& head) {
  if (head.empty()) return InputKind::kEmpty;
  std::string lower = Lower(path);
  size_t i = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (i == std::string::npos) return InputKind::kEmpty;
  if (head.compare(i, 5, "WARC/") == 0) return InputKind::kWarc;
  if (text::LooksBinary(head)) return InputKind::kBinary;
  std::string lhead = Lower(head.substr(i, 512));
  if (lhead.rfind("<!doctype html", 0) == 0 || lhead.rfind("<html", 0) == 0 ||
      ((EndsWith(lower, ".html") || EndsWith(lower, ".htm")) && lhead[0] == '<')) {
    return InputKind::kHtml;
  }
  if (head[i] == '{' && !EndsWith(lower, ".txt")) return InputKind::kJsonl;
  if (EndsWith(lower, ".jsonl") || EndsWith(lower, ".jsonl.gz")) return InputKind::kJsonl;
  if (EndsWith(lower, ".warc") || EndsWith(lower, ".warc.gz")) return InputKind::kWarc;
  if (lhead[0] == '<' && (lhead.find("<body") != std::string::npos || lhead.find("<p>") != std::string::npos ||
                          lhead.find("<head") != std::string::npos)) {
    return InputKind::kHtml;
  }
  return InputKind::kText;
}

ReadOptions ApplyEnvironment(ReadOptions o) {
  if (const char* mb = std::getenv("SITREP_MAX_DECOMPRESSED_MB")) {
    char* end = nullptr;
    unsigned long long v = std::strtoull(mb, &end, 10);
    if (end != mb && *end == '\0' && v > 0 && v < (1ull << 40)) o.max_decompressed_bytes = v << 20;
  }
  return o;
}

Status ReadInput(const std::string& path, DocumentSink* sink, Env* env, const ReadOptions& given) {
  const ReadOptions options = ApplyEnvironment(given);
  if (path == "-") {
    ReadJsonl(path, sink, options);
    return Status::OK();
  }
  if (!env->FileExists(path)) return Status::NotFound(path + ": no such file or directory");
  if (env->IsDirectory(path)) {
    std::vector<std::string> files;
    SITREP_RETURN_IF_ERROR(env->ListFilesRecursive(path, &files));
    for (const auto& f : files) {
      std::string base = f.substr(f.find_last_of('/') + 1);
      if (!base.empty() && base[0] == '.') continue;
      SITREP_RETURN_IF_ERROR(ReadFileInput(f, sink, env, options));
    }
    return Status::OK();
  }
  return ReadFileInput(path, sink, env, options);
}

}  // namespace sitrep::ingest

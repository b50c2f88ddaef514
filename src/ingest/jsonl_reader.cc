#include "ingest/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace sitrep::ingest {

using nlohmann::json;

namespace {

std::string AsString(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_null()) return "";
  return v.dump();
}

}  // namespace

Status ParseJsonlLine(const std::string& line, const std::string& origin,
                      const std::string& fallback_id, Document* out) {
  // nlohmann's parser is recursive; refuse absurd nesting before parsing.
  int depth = 0, max_depth = 0;
  bool in_str = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') in_str = false;
    } else if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      max_depth = std::max(max_depth, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  if (max_depth > 64) return Status::InvalidArgument(origin + ": JSON nested deeper than 64 levels");
  // JSON must be UTF-8: repair invalid bytes (U+FFFD) rather than lose the
  // whole record, as the text stage does for other inputs.
  std::string repaired;
  if (!text::IsValidUtf8(line)) text::RepairUtf8(line, &repaired, nullptr);
  json j = json::parse(repaired.empty() ? line : repaired, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument(origin + ": not valid JSON");
  if (!j.is_object()) return Status::InvalidArgument(origin + ": a JSON object was expected");
  Document d;
  d.origin = origin;
  json extra = json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    if (k == "id") d.id = AsString(it.value());
    else if (k == "title") d.title = AsString(it.value());
    else if (k == "text" || k == "body" || k == "content") {
      if (d.text.empty()) d.text = AsString(it.value());
    } else if (k == "published" || k == "date") {
      if (d.published.empty()) d.published = AsString(it.value());
    } else if (k == "outlet" || k == "source") {
      if (d.outlet.empty()) d.outlet = AsString(it.value());
    } else if (k == "url") d.url = AsString(it.value());
    else extra[k] = it.value();
  }
  if (d.text.empty()) return Status::InvalidArgument(origin + ": record has no \"text\"");
  if (d.id.empty()) d.id = fallback_id;
  if (!extra.empty()) d.extra_json = extra.dump(-1, ' ', false, json::error_handler_t::replace);
  *out = std::move(d);
  return Status::OK();
}

}  // namespace sitrep::ingest

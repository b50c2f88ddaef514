#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>
#include <vector>

#include "text/utf8.h"
#include "util/json_writer.h"

namespace sitrep::ingest {

using nlohmann::json;

namespace {

constexpr size_t kMaxDepth = 64;
// A parser keeps buffers of about ten times the longest line it has seen;
// longer lines get a parser of their own, freed after them.
constexpr size_t kKeepCapacity = 1 << 20;

// --- The nlohmann path: the reference behaviour, and the fallback. -----------

std::string AsString(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_null()) return "";
  return v.dump();
}

}  // namespace

Status ParseJsonlLineWithNlohmann(const std::string& line, const std::string& origin,
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
  if (max_depth > static_cast<int>(kMaxDepth)) {
    return Status::InvalidArgument(origin + ": JSON nested deeper than 64 levels");
  }
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

namespace {

// --- The simdjson path. ---------------------------------------------------------
// nlohmann keeps object members in a std::map: keys in byte order, the last
// of duplicate keys wins. The code below reproduces that on simdjson's
// document order, so fields, extras and their JSON text come out the same.

using Member = std::pair<std::string_view, simdjson::dom::element>;

// Sorts by key and keeps the last of each duplicate key.
void SortMembers(std::vector<Member>* m) {
  std::stable_sort(m->begin(), m->end(), [](const Member& a, const Member& b) { return a.first < b.first; });
  size_t kept = 0;
  for (size_t i = 0; i < m->size(); ++i) {
    if (i + 1 < m->size() && (*m)[i + 1].first == (*m)[i].first) continue;
    (*m)[kept++] = (*m)[i];
  }
  m->resize(kept);
}

// The element as nlohmann's dump() writes the value it parses from the same text.
void WriteElement(JsonWriter& w, simdjson::dom::element e) {
  using simdjson::dom::element_type;
  switch (e.type()) {
    case element_type::OBJECT: {
      std::vector<Member> members;
      for (auto kv : simdjson::dom::object(e)) members.emplace_back(kv.key, kv.value);
      SortMembers(&members);
      w.BeginObject();
      for (const auto& [k, v] : members) WriteElement(w.KeyFromInput(k), v);
      w.EndObject();
      return;
    }
    case element_type::ARRAY:
      w.BeginArray();
      for (auto v : simdjson::dom::array(e)) WriteElement(w, v);
      w.EndArray();
      return;
    case element_type::STRING: w.String(std::string_view(e)); return;
    case element_type::INT64: w.Int(int64_t(e)); return;
    case element_type::UINT64: w.Uint(uint64_t(e)); return;
    case element_type::DOUBLE: w.Double(double(e)); return;
    case element_type::BOOL: w.Bool(bool(e)); return;
    case element_type::NULL_VALUE: w.Null(); return;
  }
}

std::string AsString(simdjson::dom::element e) {
  using simdjson::dom::element_type;
  switch (e.type()) {
    case element_type::STRING: return std::string(std::string_view(e));
    case element_type::INT64: return std::to_string(int64_t(e));
    // nlohmann's get<int64_t>() on an unsigned number: a plain cast.
    case element_type::UINT64: return std::to_string(static_cast<int64_t>(uint64_t(e)));
    case element_type::NULL_VALUE: return "";
    default: {
      std::string s;
      {
        JsonWriter w(&s);
        WriteElement(w, e);
      }  // (s holds the text once the writer is gone)
      return s;
    }
  }
}

// The document fields, in the byte order of their keys (the order nlohmann
// met them in): for text, "body" then "content" then "text"; the first
// non-empty one is taken.
enum Field { kBody, kContent, kDate, kId, kOutlet, kPublished, kSource, kText, kTitle, kUrl, kFields };
constexpr std::string_view kFieldKeys[kFields] = {"body",      "content", "date",  "id",    "outlet",
                                                  "published", "source",  "text",  "title", "url"};

int FieldOf(std::string_view k) {
  for (int f = 0; f < kFields; ++f) {
    if (k == kFieldKeys[f]) return f;
  }
  return -1;
}

}  // namespace

struct JsonlParser::Impl {
  simdjson::dom::parser parser;
  std::string padded;  // the line, then SIMDJSON_PADDING bytes
  std::vector<Member> extras;

  Impl() {
    // Should this fail, the parser keeps its default depth and Parse() sends
    // every line to the nlohmann path.
    [[maybe_unused]] simdjson::error_code err = parser.allocate(4096, kMaxDepth);
  }

  // False when simdjson refuses the line; *out untouched.
  bool Parse(const std::string& line, const std::string& origin, const std::string& fallback_id,
             Document* out, Status* status);
};

bool JsonlParser::Impl::Parse(const std::string& line, const std::string& origin,
                              const std::string& fallback_id, Document* out, Status* status) {
  simdjson::dom::parser big;
  std::string big_padded;
  simdjson::dom::parser* p = &parser;
  std::string* buf = &padded;
  if (line.size() > kKeepCapacity) {
    if (big.allocate(line.size(), kMaxDepth) != simdjson::SUCCESS) return false;
    p = &big;
    buf = &big_padded;
  }
  buf->assign(line);
  buf->resize(line.size() + simdjson::SIMDJSON_PADDING);
  // The depth limit is what makes deep documents fall back to nlohmann's
  // path and its error message; growing the parser keeps it.
  if (p->max_depth() != kMaxDepth) return false;
  simdjson::dom::element root;
  if (p->parse(buf->data(), line.size(), false).get(root) != simdjson::SUCCESS) return false;
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    *status = Status::InvalidArgument(origin + ": a JSON object was expected");
    return true;
  }
  simdjson::dom::element fields[kFields];
  bool present[kFields] = {};
  extras.clear();
  for (auto kv : obj) {
    int f = FieldOf(kv.key);
    if (f < 0) {
      extras.emplace_back(kv.key, kv.value);
    } else {
      fields[f] = kv.value;  // the last of duplicate keys wins
      present[f] = true;
    }
  }
  auto take = [&](Field f, std::string* into) {
    if (present[f] && into->empty()) *into = AsString(fields[f]);
  };
  Document d;
  d.origin = origin;
  if (present[kId]) d.id = AsString(fields[kId]);
  if (present[kTitle]) d.title = AsString(fields[kTitle]);
  if (present[kUrl]) d.url = AsString(fields[kUrl]);
  take(kBody, &d.text);
  take(kContent, &d.text);
  take(kText, &d.text);
  take(kDate, &d.published);
  take(kPublished, &d.published);
  take(kOutlet, &d.outlet);
  take(kSource, &d.outlet);
  if (d.text.empty()) {
    *status = Status::InvalidArgument(origin + ": record has no \"text\"");
    return true;
  }
  if (d.id.empty()) d.id = fallback_id;
  if (!extras.empty()) {
    SortMembers(&extras);
    JsonWriter w(&d.extra_json);  // (flushed at the end of this block)
    w.BeginObject();
    for (const auto& [k, v] : extras) WriteElement(w.KeyFromInput(k), v);
    w.EndObject();
  }
  *out = std::move(d);
  *status = Status::OK();
  return true;
}

JsonlParser::JsonlParser() : impl_(std::make_unique<Impl>()) {}
JsonlParser::~JsonlParser() = default;

Status JsonlParser::Parse(const std::string& line, const std::string& origin,
                          const std::string& fallback_id, Document* out) {
  Status s;
  if (impl_->Parse(line, origin, fallback_id, out, &s)) return s;
  return ParseJsonlLineWithNlohmann(line, origin, fallback_id, out);
}

Status ParseJsonlLine(const std::string& line, const std::string& origin,
                      const std::string& fallback_id, Document* out) {
  thread_local JsonlParser parser;
  return parser.Parse(line, origin, fallback_id, out);
}

}  // namespace sitrep::ingest

#include "extract/record_json.h"

#include "util/json_writer.h"

namespace sitrep::extract {

using nlohmann::json;

namespace {

json SpanJson(text::Span s) { return json::array({s.begin, s.end}); }
text::Span SpanFrom(const json& j) {
  if (!j.is_array() || j.size() != 2) return {};
  return text::Span{j[0].get<uint32_t>(), j[1].get<uint32_t>()};
}
std::string Str(const json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
double Num(const json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}
bool Bool(const json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}
json Coord(bool has, double v) { return has ? json(v) : json(nullptr); }

geo::PlaceKind KindFrom(const std::string& s) {
  if (s == "region") return geo::PlaceKind::kRegion;
  if (s == "country") return geo::PlaceKind::kCountry;
  return geo::PlaceKind::kSettlement;
}

}  // namespace

json RecordToJson(const Record& r) {
  json j;
  j["id"] = r.id;
  if (!r.title.empty()) j["title"] = r.title;
  if (!r.published.empty()) j["published"] = r.published;
  if (!r.outlet.empty()) j["source_outlet"] = r.outlet;
  if (!r.url.empty()) j["url"] = r.url;
  json places = json::array();
  for (const auto& p : r.places) {
    json pj = {{"name", p.name},     {"kind", geo::PlaceKindName(p.kind)},
               {"admin1", p.admin1}, {"lat", Coord(p.has_coords, p.lat)},
               {"lon", Coord(p.has_coords, p.lon)}, {"code", p.code},
               {"surface", p.surface}, {"confidence", p.confidence}};
    if (!p.admin2.empty()) pj["admin2"] = p.admin2;
    if (!p.beaten.empty()) pj["beaten"] = p.beaten;
    places.push_back(std::move(pj));
  }
  j["places"] = std::move(places);
  json speakers = json::array();
  for (const auto& s : r.speakers) {
    json sj = {{"name", s.name}, {"role", s.role}};
    if (!s.affiliation.empty()) sj["affiliation"] = s.affiliation;
    if (s.anonymous) sj["anonymous"] = true;
    speakers.push_back(std::move(sj));
  }
  j["speakers"] = std::move(speakers);
  json inst = json::array();
  for (const auto& i : r.institutions) inst.push_back({{"name", i.name}});
  j["institutions"] = std::move(inst);
  json outlets = json::array();
  for (const auto& o : r.outlets) {
    json oj = {{"name", o.name}};
    if (!o.via.empty()) oj["via"] = o.via;
    if (!o.text.empty()) oj["text"] = o.text;
    outlets.push_back(std::move(oj));
  }
  j["outlets"] = std::move(outlets);
  json dates = json::array();
  for (const auto& d : r.dates) {
    json dj = {{"text", d.text}, {"value", d.value}, {"span", SpanJson(d.span)}};
    if (d.relative) dj["relative"] = true;
    if (!d.resolved.empty()) dj["resolved"] = d.resolved;
    dates.push_back(std::move(dj));
  }
  j["dates"] = std::move(dates);
  json claims = json::array();
  for (const auto& c : r.claims) {
    json cj = {{"kind", c.kind},         {"place", c.place},
               {"code", c.place_code},   {"lat", Coord(c.has_coords, c.lat)},
               {"lon", Coord(c.has_coords, c.lon)}, {"side", c.side},
               {"speaker", c.speaker},   {"outlet", c.outlet},
               {"date", c.date},         {"modality", c.modality},
               {"negated", c.negated},   {"sentence", c.sentence},
               {"span", SpanJson(c.span)}};
    if (!c.deadline.empty()) cj["deadline"] = c.deadline;
    if (!c.aliases.empty()) cj["aliases"] = c.aliases;
    claims.push_back(std::move(cj));
  }
  j["claims"] = std::move(claims);
  auto quantities = [](const std::vector<Quantity>& v) {
    json qs = json::array();
    for (const auto& q : v) qs.push_back({{"value", q.value}, {"unit", q.unit}, {"bound", q.bound}, {"text", q.text}});
    return qs;
  };
  j["quantities"] = quantities(r.quantities);
  if (!r.measures.empty()) j["measures"] = quantities(r.measures);
  json src = json::array();
  for (const auto& s : r.sourcing) src.push_back({{"kind", s.kind}, {"text", s.text}});
  j["sourcing"] = std::move(src);
  if (r.invalid_bytes) j["invalid_bytes"] = r.invalid_bytes;
  return j;
}

// Keys below are written in byte order, the order of nlohmann's std::map
// objects, so the bytes equal RecordToJson(r).dump(); record_json_test checks it.
namespace {

void WriteSpan(JsonWriter& w, text::Span s) { w.BeginArray().Uint(s.begin).Uint(s.end).EndArray(); }
void WriteCoord(JsonWriter& w, bool has, double v) {
  if (has) w.Double(v); else w.Null();
}
void WriteStrings(JsonWriter& w, const std::vector<std::string>& v) {
  w.BeginArray();
  for (const auto& s : v) w.String(s);
  w.EndArray();
}

void WriteQuantities(JsonWriter& w, const std::vector<Quantity>& v) {
  w.BeginArray();
  for (const auto& q : v) {
    w.BeginObject().Key("bound").String(q.bound).Key("text").String(q.text);
    w.Key("unit").String(q.unit).Key("value").Double(q.value).EndObject();
  }
  w.EndArray();
}
void WritePlace(JsonWriter& w, const geo::ResolvedPlace& p) {
  w.BeginObject().Key("admin1").String(p.admin1);
  if (!p.admin2.empty()) w.Key("admin2").String(p.admin2);
  if (!p.beaten.empty()) WriteStrings(w.Key("beaten"), p.beaten);
  w.Key("code").String(p.code).Key("confidence").Double(p.confidence);
  w.Key("kind").String(geo::PlaceKindName(p.kind));
  WriteCoord(w.Key("lat"), p.has_coords, p.lat);
  WriteCoord(w.Key("lon"), p.has_coords, p.lon);
  w.Key("name").String(p.name);
  WriteStrings(w.Key("surface"), p.surface);
  w.EndObject();
}

void WriteClaim(JsonWriter& w, const Claim& c) {
  w.BeginObject();
  if (!c.aliases.empty()) WriteStrings(w.Key("aliases"), c.aliases);
  w.Key("code").String(c.place_code).Key("date").String(c.date);
  if (!c.deadline.empty()) w.Key("deadline").String(c.deadline);
  w.Key("kind").String(c.kind);
  WriteCoord(w.Key("lat"), c.has_coords, c.lat);
  WriteCoord(w.Key("lon"), c.has_coords, c.lon);
  w.Key("modality").String(c.modality).Key("negated").Bool(c.negated);
  w.Key("outlet").String(c.outlet).Key("place").String(c.place);
  w.Key("sentence").String(c.sentence).Key("side").String(c.side);
  WriteSpan(w.Key("span"), c.span);
  w.Key("speaker").String(c.speaker);
  w.EndObject();
}

void AppendRecord(const Record& r, bool with_claims, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  if (with_claims) {
    w.Key("claims").BeginArray();
    for (const auto& c : r.claims) WriteClaim(w, c);
    w.EndArray();
  }
  w.Key("dates").BeginArray();
  for (const auto& d : r.dates) {
    w.BeginObject();
    if (d.relative) w.Key("relative").Bool(true);
    if (!d.resolved.empty()) w.Key("resolved").String(d.resolved);
    WriteSpan(w.Key("span"), d.span);
    w.Key("text").String(d.text).Key("value").String(d.value);
    w.EndObject();
  }
  w.EndArray();
  w.Key("id").String(r.id);
  w.Key("institutions").BeginArray();
  for (const auto& i : r.institutions) w.BeginObject().Key("name").String(i.name).EndObject();
  w.EndArray();
  if (r.invalid_bytes) w.Key("invalid_bytes").Uint(r.invalid_bytes);
  if (!r.measures.empty()) WriteQuantities(w.Key("measures"), r.measures);
  w.Key("outlets").BeginArray();
  for (const auto& o : r.outlets) {
    w.BeginObject().Key("name").String(o.name);
    if (!o.text.empty()) w.Key("text").String(o.text);
    if (!o.via.empty()) w.Key("via").String(o.via);
    w.EndObject();
  }
  w.EndArray();
  w.Key("places").BeginArray();
  for (const auto& p : r.places) WritePlace(w, p);
  w.EndArray();
  if (!r.published.empty()) w.Key("published").String(r.published);
  WriteQuantities(w.Key("quantities"), r.quantities);
  if (!r.outlet.empty()) w.Key("source_outlet").String(r.outlet);
  w.Key("sourcing").BeginArray();
  for (const auto& s : r.sourcing) w.BeginObject().Key("kind").String(s.kind).Key("text").String(s.text).EndObject();
  w.EndArray();
  w.Key("speakers").BeginArray();
  for (const auto& s : r.speakers) {
    w.BeginObject();
    if (!s.affiliation.empty()) w.Key("affiliation").String(s.affiliation);
    if (s.anonymous) w.Key("anonymous").Bool(true);
    w.Key("name").String(s.name).Key("role").String(s.role);
    w.EndObject();
  }
  w.EndArray();
  if (!r.title.empty()) w.Key("title").String(r.title);
  if (!r.url.empty()) w.Key("url").String(r.url);
  w.EndObject();
}

}  // namespace

void AppendRecordJson(const Record& r, std::string* out) { AppendRecord(r, true, out); }

void AppendRecordJsonWithoutClaims(const Record& r, std::string* out) { AppendRecord(r, false, out); }

void AppendAliasesJson(const std::vector<std::string>& aliases, std::string* out) {
  JsonWriter w(out);
  WriteStrings(w, aliases);
}

Status RecordFromJson(const json& j, Record* out) {
  if (!j.is_object()) return Status::Corruption("record is not a JSON object");
  if (!j.contains("id") || !j["id"].is_string()) return Status::Corruption("record has no string 'id'");
  Record r;
  try {
    r.id = j["id"].get<std::string>();
    r.title = Str(j, "title");
    r.published = Str(j, "published");
    r.outlet = Str(j, "source_outlet");
    r.url = Str(j, "url");
    for (const auto& p : j.value("places", json::array())) {
      geo::ResolvedPlace rp;
      rp.name = Str(p, "name");
      rp.kind = KindFrom(Str(p, "kind"));
      rp.admin1 = Str(p, "admin1");
      rp.admin2 = Str(p, "admin2");
      rp.has_coords = p.contains("lat") && p["lat"].is_number();
      rp.lat = Num(p, "lat");
      rp.lon = Num(p, "lon");
      rp.code = Str(p, "code");
      rp.confidence = Num(p, "confidence");
      if (p.contains("surface")) rp.surface = p["surface"].get<std::vector<std::string>>();
      if (p.contains("beaten")) rp.beaten = p["beaten"].get<std::vector<std::string>>();
      r.places.push_back(std::move(rp));
    }
    for (const auto& s : j.value("speakers", json::array())) {
      r.speakers.push_back({Str(s, "name"), Str(s, "role"), Str(s, "affiliation"), Bool(s, "anonymous")});
    }
    for (const auto& i : j.value("institutions", json::array())) r.institutions.push_back({Str(i, "name")});
    for (const auto& o : j.value("outlets", json::array())) {
      r.outlets.push_back({Str(o, "name"), Str(o, "via"), Str(o, "text")});
    }
    for (const auto& d : j.value("dates", json::array())) {
      DateMention dm{Str(d, "text"), Str(d, "value"), Bool(d, "relative"), {}, ""};
      if (d.contains("span")) dm.span = SpanFrom(d["span"]);
      dm.resolved = Str(d, "resolved");
      r.dates.push_back(std::move(dm));
    }
    for (const auto& c : j.value("claims", json::array())) {
      Claim cl;
      cl.kind = Str(c, "kind");
      cl.place = Str(c, "place");
      cl.place_code = Str(c, "code");
      cl.has_coords = c.contains("lat") && c["lat"].is_number();
      cl.lat = Num(c, "lat");
      cl.lon = Num(c, "lon");
      cl.side = Str(c, "side");
      cl.speaker = Str(c, "speaker");
      cl.outlet = Str(c, "outlet");
      cl.date = Str(c, "date");
      cl.deadline = Str(c, "deadline");
      if (c.contains("aliases")) cl.aliases = c["aliases"].get<std::vector<std::string>>();
      cl.modality = Str(c, "modality");
      cl.negated = Bool(c, "negated");
      cl.sentence = Str(c, "sentence");
      if (c.contains("span")) cl.span = SpanFrom(c["span"]);
      r.claims.push_back(std::move(cl));
    }
    for (const auto& q : j.value("measures", json::array())) {
      r.measures.push_back({Num(q, "value"), Str(q, "unit"), Str(q, "bound"), Str(q, "text")});
    }
    for (const auto& q : j.value("quantities", json::array())) {
      r.quantities.push_back({Num(q, "value"), Str(q, "unit"), Str(q, "bound"), Str(q, "text")});
    }
    for (const auto& s : j.value("sourcing", json::array())) {
      r.sourcing.push_back({Str(s, "kind"), Str(s, "text")});
    }
    r.invalid_bytes = static_cast<uint32_t>(Num(j, "invalid_bytes"));
  } catch (const json::exception& e) {
    return Status::Corruption("record " + r.id + ": " + e.what());
  }
  *out = std::move(r);
  return Status::OK();
}

}  // namespace sitrep::extract

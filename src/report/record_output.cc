#include "report/record_output.h"

#include <memory>

#include "extract/record_json.h"
#include "report/table.h"

namespace sitrep::report {
namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

class JsonlWriter : public RecordWriter {
 public:
  explicit JsonlWriter(std::ostream* out) : out_(out) {}
  void Write(const extract::Record& r) override { *out_ << Dump(extract::RecordToJson(r)) << "\n"; }
  void Finish() override { out_->flush(); }

 private:
  std::ostream* out_;
};

class JsonWriter : public RecordWriter {
 public:
  explicit JsonWriter(std::ostream* out) : out_(out) {}
  void Write(const extract::Record& r) override {
    *out_ << (first_ ? "[\n" : ",\n") << Dump(extract::RecordToJson(r));
    first_ = false;
  }
  void Finish() override { *out_ << (first_ ? "[]\n" : "\n]\n"); }

 private:
  std::ostream* out_;
  bool first_ = true;
};

std::vector<std::string> kClaimHeader = {"doc", "place", "kind", "speaker", "outlet", "date", "modality", "sentence"};

std::vector<std::string> ClaimRow(const extract::Record& r, const extract::Claim& c) {
  std::string kind = c.negated ? c.kind + " (denied)" : c.kind;
  return {r.id, c.place, kind, c.speaker, c.outlet, c.date, c.modality, c.sentence};
}

class TableWriter : public RecordWriter {
 public:
  TableWriter(std::ostream* out, bool csv) : out_(out), csv_(csv), table_(kClaimHeader) {}
  void Write(const extract::Record& r) override {
    ++docs_;
    for (const auto& c : r.claims) table_.AddRow(ClaimRow(r, c));
  }
  void Finish() override {
    if (csv_) {
      table_.PrintCsv(*out_);
    } else {
      table_.PrintText(*out_, 48);
      *out_ << table_.rows() << " claims in " << docs_ << " documents\n";
    }
  }

 private:
  std::ostream* out_;
  bool csv_;
  Table table_;
  size_t docs_ = 0;
};

}  // namespace

Result<std::unique_ptr<RecordWriter>> RecordWriter::Create(const std::string& format, std::ostream* out) {
  if (format == "jsonl") return std::unique_ptr<RecordWriter>(new JsonlWriter(out));
  if (format == "json") return std::unique_ptr<RecordWriter>(new JsonWriter(out));
  if (format == "table") return std::unique_ptr<RecordWriter>(new TableWriter(out, false));
  if (format == "csv") return std::unique_ptr<RecordWriter>(new TableWriter(out, true));
  return Status::InvalidArgument("unknown format '" + format + "' (jsonl, json, table, csv)");
}

}  // namespace sitrep::report

#include "report/record_output.h"

#include <memory>

#include "extract/record_json.h"
#include "report/table.h"

namespace sitrep::report {
namespace {

class JsonlWriter : public RecordWriter {
 public:
  explicit JsonlWriter(std::ostream* out) : out_(out) {}
  void Write(const extract::Record& r) override {
    buf_.clear();
    extract::AppendRecordJson(r, &buf_);
    buf_.push_back('\n');
    out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  }
  void Finish() override { out_->flush(); }

 private:
  std::ostream* out_;
  std::string buf_;  // reused: one record's line
};

class JsonWriter : public RecordWriter {
 public:
  explicit JsonWriter(std::ostream* out) : out_(out) {}
  void Write(const extract::Record& r) override {
    buf_.assign(first_ ? "[\n" : ",\n");
    extract::AppendRecordJson(r, &buf_);
    out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    first_ = false;
  }
  void Finish() override { *out_ << (first_ ? "[]\n" : "\n]\n"); }

 private:
  std::ostream* out_;
  bool first_ = true;
  std::string buf_;
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

// Writing extraction records in the formats of `sitrep extract`:
// jsonl (one record a line, the scorer's input), json (one array), table (one
// claim a line, for people) and csv (one claim a row).
#ifndef SITREP_REPORT_RECORD_OUTPUT_H_
#define SITREP_REPORT_RECORD_OUTPUT_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "extract/record.h"
#include "util/status.h"

namespace sitrep::report {

class RecordWriter {
 public:
  // format: jsonl | json | table | csv. InvalidArgument otherwise.
  static Result<std::unique_ptr<RecordWriter>> Create(const std::string& format, std::ostream* out);
  virtual ~RecordWriter() = default;
  virtual void Write(const extract::Record& r) = 0;
  // Ends the output (closing bracket, the table itself).
  virtual void Finish() = 0;
};

}  // namespace sitrep::report

#endif  // SITREP_REPORT_RECORD_OUTPUT_H_

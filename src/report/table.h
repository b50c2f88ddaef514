// Table: rows of cells printed as an aligned text table (for people) or as
// RFC 4180 CSV (for spreadsheets). Shared by every command with a table or
// csv format.
#ifndef SITREP_REPORT_TABLE_H_
#define SITREP_REPORT_TABLE_H_

#include <ostream>
#include <string>
#include <vector>

namespace sitrep::report {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  // Cells beyond the header's width are dropped; missing ones are blank.
  void AddRow(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  size_t rows() const { return rows_.size(); }

  // Aligned columns; a column wider than max_width is cut with "…". Widths
  // count code points, so Cyrillic aligns.
  void PrintText(std::ostream& out, size_t max_width = 60) const;
  void PrintCsv(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// Quotes a CSV field when it holds a comma, quote or line break.
std::string CsvField(const std::string& s);

}  // namespace sitrep::report

#endif  // SITREP_REPORT_TABLE_H_

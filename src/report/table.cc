#include "report/table.h"

#include <algorithm>

namespace sitrep::report {
namespace {

size_t Width(const std::string& s) {
  size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

// Cuts s to at most w code points, ending with "…" when cut; newlines become spaces.
std::string Fit(const std::string& s, size_t w) {
  std::string flat = s;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\t', ' ');
  if (Width(flat) <= w) return flat;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < flat.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(flat[i]);
    if ((c & 0xC0) != 0x80) {
      if (n + 1 >= w) break;
      ++n;
    }
    out.push_back(flat[i]);
  }
  return out + "…";
}

}  // namespace

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

void Table::PrintText(std::ostream& out, size_t max_width) const {
  std::vector<size_t> w(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) w[i] = Width(header_[i]);
  for (const auto& r : rows_) {
    for (size_t i = 0; i < header_.size() && i < r.size(); ++i) {
      w[i] = std::min(max_width, std::max(w[i], Width(Fit(r[i], max_width))));
    }
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (size_t i = 0; i < header_.size(); ++i) {
      std::string cell = Fit(i < r.size() ? r[i] : "", w[i]);
      s += cell;
      if (i + 1 < header_.size()) s += std::string(w[i] - Width(cell) + 2, ' ');
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << "\n";
  };
  line(header_);
  std::vector<std::string> rule;
  for (size_t x : w) rule.push_back(std::string(x, '-'));
  line(rule);
  for (const auto& r : rows_) line(r);
}

void Table::PrintCsv(std::ostream& out) const {
  auto line = [&](const std::vector<std::string>& r) {
    for (size_t i = 0; i < header_.size(); ++i) {
      if (i) out << ',';
      out << CsvField(i < r.size() ? r[i] : "");
    }
    out << "\r\n";
  };
  line(header_);
  for (const auto& r : rows_) line(r);
}

}  // namespace sitrep::report

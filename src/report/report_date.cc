#include "report/report_date.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "util/civil_date.h"

namespace sitrep::report {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

int NumberWord(const std::string& w) {
  static const char* kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "eleven", "twelve"};
  for (int i = 0; i < 13; ++i) {
    if (w == kWords[i]) return i;
  }
  if (w == "a" || w == "an") return 1;
  if (w == "a few" || w == "few" || w == "several" || w == "a couple of" || w == "couple of") return 3;
  if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) return std::atoi(w.c_str());
  return -1;
}

int UnitDays(const std::string& unit, int n, bool* hours) {
  *hours = false;
  if (unit.rfind("hour", 0) == 0) {
    *hours = true;
    return (n + 23) / 24;
  }
  if (unit.rfind("day", 0) == 0) return n;
  if (unit.rfind("week", 0) == 0) return n * 7;
  if (unit.rfind("month", 0) == 0) return n * 31;
  return -1;
}

}  // namespace

ReportDate ReportDate::Parse(std::string_view s) {
  ReportDate d;
  int y = 0, m = 0, day = 0;
  if (s.size() >= 7 && s[0] == '-' && s[1] == '-' && Digits(s, 2, 2, &m) && s[4] == '-' &&
      Digits(s, 5, 2, &day)) {
    d.month = m;
    d.day = day;
  } else if (s.size() >= 10 && Digits(s, 0, 4, &y) && s[4] == '-' && Digits(s, 5, 2, &m) &&
             s[7] == '-' && Digits(s, 8, 2, &day)) {
    d.year = y;
    d.month = m;
    d.day = day;
  } else if (s.size() == 7 && Digits(s, 0, 4, &y) && s[4] == '-' && Digits(s, 5, 2, &m)) {
    d.year = y;
    d.month = m;
    d.day = 1;
  }
  if (!d.ok()) return ReportDate();
  return d;
}

std::string ReportDate::ToString() const {
  if (!ok()) return "";
  char buf[16];
  if (year) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  return buf;
}

long ReportDate::DayNumber(int default_year) const {
  return DaysFromCivil(year ? year : default_year, month, day);
}

ReportDate ReportDate::AddDays(long n) const {
  if (!ok()) return *this;
  ReportDate r;
  CivilFromDays(DayNumber() + n, &r.year, &r.month, &r.day);
  if (!year) r.year = 0;
  return r;
}

int ReportDate::Compare(const ReportDate& o) const {
  if (year && o.year && year != o.year) return year < o.year ? -1 : 1;
  if (month != o.month) return month < o.month ? -1 : 1;
  if (day != o.day) return day < o.day ? -1 : 1;
  return 0;
}

ReportDate ReportDate::WithYearFrom(const ReportDate& o) const {
  ReportDate r = *this;
  if (!r.year && o.ok()) r.year = o.year;
  return r;
}

int HorizonDays(std::string_view sentence) {
  std::string s(sentence);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  // "one or two days", "48 hours", "a week", "a few weeks", "2-3 days".
  static const RE2 kCount(
      R"(\b(\d+|a few|a couple of|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
      R"((?:\s*(?:or|to|-|–)\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)"
      R"(\s+(hours?|days?|weeks?|months?)\b)");
  // "within days", "in the coming days/weeks".
  static const RE2 kBare(R"(\b(?:within|in the coming|in the next|over the next)\s+(hours|days|weeks|months)\b)");
  int best = -1;
  re2::StringPiece in(s);
  std::string a, b, unit;
  bool hours = false;
  while (RE2::FindAndConsume(&in, kCount, &a, &b, &unit)) {
    int n = NumberWord(a);
    if (!b.empty()) n = std::max(n, NumberWord(b));
    if (n <= 0) continue;
    int days = UnitDays(unit, n, &hours);
    if (days >= 0 && (best < 0 || days < best)) best = days;
  }
  if (best >= 0) return best;
  re2::StringPiece in2(s);
  if (RE2::PartialMatch(in2, kBare, &unit)) return UnitDays(unit, 3, &hours);
  return -1;
}

}  // namespace sitrep::report
